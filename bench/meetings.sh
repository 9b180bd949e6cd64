#!/usr/bin/env bash
# Meetings and events at size: seeds 4,000 meetings and 1,000 events (and measures
# registrations per second with zero overbooking), then load-tests the public iCalendar
# feed and /meetings with `wrk -t2 -c50 -d15s` on loopback, reporting p95.
#   bench/meetings.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${BENCH_PORT:-18182}
DURATION=${BENCH_DURATION:-15s}
WORK=$(mktemp -d /tmp/coproduce-meetings-bench.XXXXXX)
SERVER_PID=""
cleanup() {
  set +e
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
cargo bench --quiet --bench meetings_seed -- "$WORK/data"
[ -x target/release/coproduce ] || cargo build --release --quiet
RUST_LOG=warn "$ROOT/target/release/coproduce" --data-dir "$WORK/data" serve --bind "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
until curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; do sleep 0.05; done
for path in /calendar.ics /meetings /events; do
  URL="http://127.0.0.1:$PORT$path"
  echo "== $path: $(curl -fsS "$URL" | wc -c) bytes"
  wrk -t2 -c50 -d3s "$URL" >/dev/null
  wrk -t2 -c50 -d"$DURATION" --latency -s bench/p95.lua "$URL"
done
