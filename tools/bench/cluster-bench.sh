#!/usr/bin/env bash
# Cluster load figures for docs/PERFORMANCE.md: GET journey and an evidence write on one and on two silos (a private
# PostgreSQL and Redis on loopback), beside a bare ASP.NET Core endpoint answering a body of the same size, all in
# one run; then memory per active charity grain. Needs root (PostgreSQL runs as its own user), wrk, and a Release build:
#   dotnet build FunderPortal.sln -c Release && sudo tools/bench/cluster-bench.sh
# Settings: SECONDS_EACH (default 10), CONNECTIONS (default 32), CHARITIES (write spread, default 8), ACTIVATE (default 2000).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${SECONDS_EACH:-10}; connections=${CONNECTIONS:-32}; charities=${CHARITIES:-8}; activate=${ACTIVATE:-2000}
host=src/FunderPortal.Api/bin/Release/net10.0/FunderPortal.Api.dll
bare=tools/BareEndpoint/bin/Release/net10.0/BareEndpoint.dll
[ -f "$host" ] && [ -f "$bare" ] || { echo "Build first: dotnet build FunderPortal.sln -c Release"; exit 2; }
command -v wrk >/dev/null || { echo "Install wrk (apt-get install -y wrk)"; exit 2; }

work=$(mktemp -d /tmp/funderportal-bench-XXXXXX); chown postgres "$work"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg_port=25432; redis_port=26390; pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  redis-cli -p $redis_port shutdown nosave >/dev/null 2>&1 || true
  runuser -u postgres -- "$pgbin/pg_ctl" stop -D "$work/pg" -m immediate >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

runuser -u postgres -- "$pgbin/initdb" -D "$work/pg" -U postgres --auth=trust --no-sync >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" start -D "$work/pg" -l "$work/pg.log" -w \
  -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work -c max_connections=300" >/dev/null
psql -h 127.0.0.1 -p $pg_port -U postgres -qc "CREATE DATABASE portal"
mkdir -p "$work/redis"
redis-server --port $redis_port --bind 127.0.0.1 --appendonly yes --dir "$work/redis" --daemonize yes --logfile "$work/redis.log"

start_silo() { # index http-port
  Portal__Mode=Cluster ConnectionStrings__Events="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=portal" \
  ConnectionStrings__Redis=127.0.0.1:$redis_port Orleans__ClusterId=bench Orleans__ServiceId=bench \
  Orleans__AdvertisedIPAddress=127.0.0.1 Orleans__SiloPort=$((21111 + $1)) Orleans__GatewayPort=$((23000 + $1)) \
  Portal__KeyRing__ProtectionKey=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= Auth__DevTokens=true Auth__DevSigningKey=bench Portal__RateLimit__PermitsPerMinute=0 ASPNETCORE_URLS=http://127.0.0.1:$2 \
    dotnet "$host" >"$work/silo$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$2/health" >/dev/null && return 0; sleep 0.2; done
  echo "silo $1 did not become healthy"; tail -20 "$work/silo$1.log"; exit 1
}
silo_pid() { echo "${pids[$1]}"; }

start_silo 0 25081
token=$(curl -s -X POST http://127.0.0.1:25081/dev/token -H 'content-type: application/json' -d '{"subject":"bench"}' \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
auth="Authorization: Bearer $token"
post() { curl -sf -X POST "http://127.0.0.1:25081$1" -H "$auth" -H 'content-type: application/json' -d "$2"; }

# A journey of a realistic size, and charities to spread the writes over (each with a workstream to attach evidence to).
lua="$work/evidence.lua"; echo 'local targets = {' >"$lua"
for i in $(seq 1 "$charities"); do
  org=GB-CHC-$((9000000 + i))
  post /api/v1/charities "{\"orgId\":\"$org\",\"name\":\"Bench $i\"}" >/dev/null
  for w in 1 2 3; do
    ws=$(post "/api/v1/charities/$org/workstreams" "{\"title\":\"Workstream $w\"}" | sed -E 's/.*"id":"([^"]+)".*/\1/')
  done
  echo "{ path = \"/api/v1/charities/$org/evidence\", body = '{\"kind\":\"DecisionRecord\",\"title\":\"Minutes\",\"workstreamId\":\"$ws\"}' }," >>"$lua"
done
cat >>"$lua" <<LUA
}
local n = 0
request = function()
  n = n + 1
  local t = targets[(n % #targets) + 1]
  return wrk.format("POST", t.path, { ["Authorization"] = "Bearer $token", ["Content-Type"] = "application/json" }, t.body)
end
LUA
get_lua="$work/get.lua"
printf 'wrk.headers["Authorization"] = "Bearer %s"\n' "$token" >"$get_lua"
journey=/api/v1/charities/GB-CHC-9000001/journey
curl -sf "http://127.0.0.1:25081$journey" -H "$auth" >"$work/body.json"
body_bytes=$(wc -c <"$work/body.json")

BARE_BODY_FILE="$work/body.json" ASPNETCORE_URLS=http://127.0.0.1:25090 dotnet "$bare" >"$work/bare.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -sf http://127.0.0.1:25090/bare >/dev/null && break; sleep 0.2; done

# wrk on the given URLs at once (connections split between them): req/s summed, p50/p99 of the slowest.
measure() { # label script url...
  local label=$1 script=$2; shift 2
  local per=$((connections / $#)) outs=()
  for url in "$@"; do
    out=$(mktemp -p "$work"); outs+=("$out")
    wrk -t1 -c"$per" -d"${seconds}s" --latency -s "$script" "$url" >"$out" &
  done
  wait $(jobs -p | tail -n $#) 2>/dev/null || true
  awk -v label="$label" '
    /Requests\/sec/ {rps += $2}
    /^ +50%/ {p50 = (tomillis($2) > p50 ? tomillis($2) : p50)}
    /^ +99%/ {p99 = (tomillis($2) > p99 ? tomillis($2) : p99)}
    /Non-2xx/ {bad += $NF}
    function tomillis(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    END {printf "| %s | %.0f | %.2f | %.2f | %d |\n", label, rps, p50, p99, bad}' "${outs[@]}"
}
: >"$work/empty.lua"

echo "Body of GET journey: $body_bytes bytes. $connections connections, ${seconds} s each, writes spread over $charities charities."
echo "| what | req/s | p50 ms | p99 ms | non-2xx |"
echo "|---|---|---|---|---|"
measure "bare endpoint, same body" "$work/empty.lua" http://127.0.0.1:25090/bare
measure "GET journey, 1 silo" "$get_lua" "http://127.0.0.1:25081$journey"
measure "POST evidence, 1 silo" "$lua" http://127.0.0.1:25081
start_silo 1 25082
measure "GET journey, 2 silos" "$get_lua" "http://127.0.0.1:25081$journey" "http://127.0.0.1:25082$journey"
measure "POST evidence, 2 silos" "$lua" http://127.0.0.1:25081 http://127.0.0.1:25082

# Memory per active charity grain: silo 0's resident memory before and after registering (activating) more charities.
rss() { awk '/VmRSS/ {print $2}' "/proc/$(silo_pid 0)/status"; }
before=$(rss)
seq 1 "$activate" | xargs -P 8 -I{} curl -sf -o /dev/null -X POST http://127.0.0.1:25081/api/v1/charities \
  -H "$auth" -H 'content-type: application/json' -d '{"orgId":"GB-CHC-5{}","name":"Active {}"}' || true
sleep 2
after=$(rss)
echo "Silo 0 resident memory: $((before / 1024)) MB before, $((after / 1024)) MB after activating $activate charities:" \
  "about $(((after - before) / activate)) KB per active charity grain, about $((1024 * 1024 / ((after - before) / activate + 1))) in 1 GB."
