#!/usr/bin/env bash
# The one test command: builds everything, runs every test project and every benchmark scenario at quick sizes, then
# prints "N passed, N failed, N skipped". Needs the .NET SDK and Node/npm; as root it installs what the suites need
# (PostgreSQL, redis-server, docker-compose, chromium: tests/cluster/services.sh).
set -uo pipefail
cd "$(dirname "$0")"

log=$(mktemp)
bench_log=$(mktemp)
web_log=$(mktemp)
trap 'rm -f "$log" "$bench_log" "$web_log" "${due_log:-}"' EXIT

# Each stage says how long the ones before it took (the whole run must stay under 15 minutes on 2 cores).
began=$SECONDS
stage() {
  echo "== $1   [$((SECONDS - began)) s]"
}

stage "build"
if ! dotnet build FunderPortal.sln -c Release >"$log" 2>&1; then
  grep -E "error" "$log" | sort -u | head -40
  echo "0 passed, 1 failed"
  exit 1
fi

stage "services (tests/cluster/services.sh: PostgreSQL, Redis, docker-compose, chromium)"
# When this fails the cluster tests fail too (they never skip), naming what is missing.
tests/cluster/services.sh 2>&1 | tail -5

stage "compose (docker-compose -f docker-compose.yml config)"
compose_failed=0
if ! POSTGRES_PASSWORD=check REDIS_PASSWORD=check KEY_RING_KEY=check docker-compose -f docker-compose.yml config -q >"$log" 2>&1; then
  head -20 "$log"
  compose_failed=1
fi

# The build already fails on every analyzer and code-style warning (TreatWarningsAsErrors, EnforceCodeStyleInBuild), so
# the format check runs the two passes the build cannot: code style's fixes (imports' order…) and whitespace. Together
# they are what `dotnet format --verify-no-changes` checks, in two thirds of its time.
stage "format (dotnet format style + whitespace --verify-no-changes)"
format_failed=0
if ! { dotnet format style FunderPortal.sln --verify-no-changes --no-restore >"$log" 2>&1 \
  && dotnet format whitespace . --folder --verify-no-changes >>"$log" 2>&1; }; then
  grep -E "error|warning" "$log" | head -20
  format_failed=1
fi

stage "contract lint (@redocly/cli, pinned in package.json)"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
lint_failed=0
if ! { npm ci --no-audit --no-fund --loglevel=error >"$log" 2>&1 && npm run -s lint:openapi >>"$log" 2>&1; }; then
  grep -vE "║|╔|╚" "$log" | grep -E "^\[|error|must|npm ERR" | head -20
  lint_failed=1
fi

# The due-dates scenario mostly waits for its midnight (a reminder never fires sooner than a minute after it is set), so it
# runs beside the tests rather than after them; the other scenarios run after the second lane's projects.
due_log=$(mktemp)
dotnet run -c Release --no-build --project tests/FunderPortal.Benchmarks -- due-dates --quick >"$due_log" 2>&1 &
due_pid=$!

# Two lanes on two cores: the browser tests (the longest project, mostly waiting on a page) start first in their own;
# the other projects run one after another in the second, then every benchmark scenario at quick sizes. The browser
# lane's output follows the other's.
stage "test (two lanes: browser tests | other projects, then the quick benchmarks)"
dotnet test tests/FunderPortal.Web.Tests -c Release --no-build >"$web_log" 2>&1 &
web_pid=$!
status=0
: >"$log"
for project in $(find tests -name '*.Tests.csproj' ! -name 'FunderPortal.Web.Tests.csproj' | sort); do
  dotnet test "$project" -c Release --no-build 2>&1 | tee -a "$log" | grep -vE "^(Test run for|A total of)"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done

# Every benchmark scenario end to end against the built host at small sizes (about a minute): every answer 2xx and
# every check holding, no speed target judged (docs/PERFORMANCE.md). Exit code 2 when a scenario failed.
stage "benchmarks, quick (dotnet run --project tests/FunderPortal.Benchmarks -- all --quick; due-dates beside the tests)"
bench_failed=0
for run in after beside; do
  if [ "$run" = after ]; then
    dotnet run -c Release --no-build --project tests/FunderPortal.Benchmarks -- all --except due-dates --quick >"$bench_log" 2>&1
    code=$?
  else
    wait "$due_pid"
    code=$?
    cat "$due_log" >"$bench_log"
  fi
  if [ "$code" -eq 0 ]; then
    grep -E "^== .*: done in|^Quick run" "$bench_log"
  else
    grep -E "^== .*: (done in|FAILED)|^Quick run|Exception:|answered" "$bench_log" | head -20
    tail -n 3 "$bench_log"
    bench_failed=1
  fi
done

stage "browser tests (their lane's output)"
wait "$web_pid" || status=1
grep -vE "^(Test run for|A total of)" "$web_log"
cat "$web_log" >>"$log"

# VSTest prints one "Passed!  - Failed: 0, Passed: 7, Skipped: 0, Total: 7" line per project.
summary=$(awk -F'[:,]' '/^(Passed|Failed)!/ {f+=$2; p+=$4; s+=$6; n++} END {printf "%d %d %d %d", p, f, s, n}' "$log")
read -r passed failed skipped projects <<<"$summary"
expected=$(find tests -name '*.Tests.csproj' | wc -l)
if [ "$projects" -lt "$expected" ]; then
  echo "Only $projects of $expected test projects reported results."
  failed=$((failed + expected - projects))
fi
# The format check, the contract lint, the compose check and the quick benchmarks count as one test each.
passed=$((passed + 4 - format_failed - lint_failed - compose_failed - bench_failed))
failed=$((failed + format_failed + lint_failed + compose_failed + bench_failed))
echo "(whole run: $((SECONDS - began)) s)"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
