#!/usr/bin/env bash
# The organisations directory at size: imports 50,000 generated organisations (reporting
# rows per second and peak memory), then load-tests the filtered directory page (two
# filters and a text search) with `wrk -t2 -c50 -d15s` on loopback, reporting p95, and the
# outreach board and a deep page of its list for a coordinator, 10 and 50 at once.
#   bench/orgs.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${BENCH_PORT:-18181}
DURATION=${BENCH_DURATION:-15s}
WORK=$(mktemp -d /tmp/coproduce-orgs-bench.XXXXXX)
SERVER_PID=""
cleanup() {
  set +e
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
cargo bench --quiet --bench orgs_import -- "$WORK/data"
[ -x target/release/coproduce ] || cargo build --release --quiet
RUST_LOG=warn "$ROOT/target/release/coproduce" --data-dir "$WORK/data" serve --bind "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
until curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; do sleep 0.05; done
URL="http://127.0.0.1:$PORT/organisations?nation=wales&characteristic=disability&q=network"
echo "results on the page: $(curl -fsS "$URL" | grep -o 'class="org-card"' | wc -l)"
wrk -t2 -c50 -d3s "$URL" >/dev/null
wrk -t2 -c50 -d"$DURATION" --latency -s bench/p95.lua "$URL"

# The outreach board for a signed-in coordinator at this size: never cached.
echo "bench coordinator passphrase" | "$ROOT/target/release/coproduce" --data-dir "$WORK/data" \
  admin create-user --email coordinator@example.org --name Bench --role coordinator --password-stdin >/dev/null
JAR="$WORK/cookies"
TOKEN=$(curl -fsS -c "$JAR" "http://127.0.0.1:$PORT/sign-in" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -fsS -b "$JAR" -c "$JAR" -o /dev/null -d "email=coordinator@example.org" \
  --data-urlencode "password=bench coordinator passphrase" -d "csrf_token=$TOKEN" \
  "http://127.0.0.1:$PORT/sign-in"
SESSION=$(awk '$6 == "coproduce_session" {print $7}' "$JAR")
for path in "/outreach" "/outreach?view=list&page=250"; do
  echo "=== $path for a coordinator (not cached): $(curl -fsS -H "Cookie: coproduce_session=$SESSION" "http://127.0.0.1:$PORT$path" | wc -c) bytes"
  for connections in 10 50; do
    echo "--- $connections at once"
    wrk -t2 -c"$connections" -d"$DURATION" --latency -s bench/p95.lua -H "Cookie: coproduce_session=$SESSION" \
      "http://127.0.0.1:$PORT$path"
  done
done
