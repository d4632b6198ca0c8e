#!/usr/bin/env bash
# The one test command: builds everything and runs every test project, then prints
# "N passed, N failed, N skipped". Needs only the .NET SDK; it installs what the suites need (chromium from apt).
set -uo pipefail
cd "$(dirname "$0")"

log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== build"
if ! dotnet build FunderPortal.sln -c Release >"$log" 2>&1; then
  grep -E "error" "$log" | sort -u | head -40
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== format (dotnet format --verify-no-changes)"
format_failed=0
if ! dotnet format FunderPortal.sln --verify-no-changes --no-restore >"$log" 2>&1; then
  grep -E "error|warning" "$log" | head -20
  format_failed=1
fi

echo "== browser (Debian's chromium for the browser tests; installed once, never downloaded by Playwright)"
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    { apt-get install -y chromium || { apt-get update && apt-get install -y chromium; }; } >"$log" 2>&1 || tail -5 "$log"
  else
    echo "chromium is missing and this is not root: the browser tests will fail (apt-get install -y chromium)."
  fi
fi

echo "== test"
dotnet test FunderPortal.sln -c Release --no-build 2>&1 | tee "$log" | grep -vE "^(Test run for|A total of)"
status=${PIPESTATUS[0]}

# VSTest prints one "Passed!  - Failed: 0, Passed: 7, Skipped: 0, Total: 7" line per project.
summary=$(awk -F'[:,]' '/^(Passed|Failed)!/ {f+=$2; p+=$4; s+=$6; n++} END {printf "%d %d %d %d", p, f, s, n}' "$log")
read -r passed failed skipped projects <<<"$summary"
expected=$(find tests -name '*.Tests.csproj' | wc -l)
if [ "$projects" -lt "$expected" ]; then
  echo "Only $projects of $expected test projects reported results."
  failed=$((failed + expected - projects))
fi
# The format check counts as one test of its own.
passed=$((passed + 1 - format_failed))
failed=$((failed + format_failed))
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
