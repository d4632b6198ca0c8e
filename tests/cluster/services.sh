#!/usr/bin/env bash
# Installs what the cluster tests, the compose check, the browser tests, the proxy tests and the mail tests need, when
# missing: PostgreSQL's server programs, redis-server, docker-compose, Debian's chromium, nginx and python3-aiosmtpd (a
# real SMTP server the mail tests start on a free loopback port) (Debian packages; needs
# root). Idempotent: does nothing when all are there. Browsers are never downloaded: Playwright drives this chromium.
# The tests themselves start private instances (initdb/pg_ctl and redis-server --appendonly yes) on free loopback
# ports, so they never touch a PostgreSQL or Redis that is already running on this machine.
set -euo pipefail

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v docker-compose >/dev/null || missing+=(docker-compose)
command -v chromium >/dev/null || missing+=(chromium)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing+=(python3-aiosmtpd)

if [ ${#missing[@]} -eq 0 ]; then
  echo "PostgreSQL, redis-server, docker-compose, chromium, nginx and aiosmtpd are installed."
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing ${missing[*]}; run as root (or install them) to run the cluster tests." >&2
  exit 1
fi
echo "Installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends "${missing[@]}" \
  || { apt-get update && apt-get install -y --no-install-recommends "${missing[@]}"; }
