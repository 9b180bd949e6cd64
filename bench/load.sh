#!/usr/bin/env bash
# Load benchmark of the home page, on loopback only.
#   bench/load.sh sqlite      # SQLite in a temporary data directory
#   bench/load.sh postgres    # a throw-away PostgreSQL cluster on 127.0.0.1
# Prints: start-up time to the first 200 on /healthz, resident memory at idle and under
# load, and wrk's requests per second and latency percentiles for `wrk -t2 -c50 -d15s`.
# Needs wrk (Debian package `wrk`) and a release build (built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BACKEND=${1:-sqlite}
PORT=${BENCH_PORT:-18181}
DURATION=${BENCH_DURATION:-15s}
WORK=$(mktemp -d /tmp/coproduce-bench.XXXXXX)
SERVER_PID=""
source "$ROOT/scripts/lib/postgres.sh"

cleanup() {
  set +e
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  pg_stop "$WORK"
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x target/release/coproduce ] || cargo build --release --quiet
BIN="$ROOT/target/release/coproduce"

env_args=(env -u DATABASE_URL)
if [ "$BACKEND" = postgres ]; then
  pg_install_if_missing
  pg_start "$WORK" "${BENCH_PG_PORT:-54339}"
  env_args=(env DATABASE_URL="$PG_URL")
fi
# Migrate first, so start-up time measures serving, not the first migration.
"${env_args[@]}" "$BIN" --data-dir "$WORK/data" migrate >/dev/null

start=$(date +%s%N)
"${env_args[@]}" RUST_LOG=warn "$BIN" --data-dir "$WORK/data" serve --bind "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
until curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; do sleep 0.005; done
ready=$(date +%s%N)
echo "backend: $BACKEND"
echo "start to first 200 on /healthz: $(( (ready - start) / 1000000 )) ms"
sleep 2
rss() { awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status"; }
echo "resident memory at idle: $(( $(rss) / 1024 )) MiB"

wrk -t2 -c50 -d3s "http://127.0.0.1:$PORT/" >/dev/null   # warm-up
peak=0
( while kill -0 "$SERVER_PID" 2>/dev/null; do rss >>"$WORK/rss"; sleep 0.2; done ) &
SAMPLER=$!
wrk -t2 -c50 -d"$DURATION" --latency "http://127.0.0.1:$PORT/" | tee "$WORK/wrk.txt"
kill "$SAMPLER" 2>/dev/null || true
peak=$(sort -n "$WORK/rss" | tail -n 1)
echo "resident memory under load (peak): $(( peak / 1024 )) MiB"
echo "binary size: $(( $(stat -c %s "$BIN") / 1024 / 1024 )) MiB"
