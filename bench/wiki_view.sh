#!/usr/bin/env bash
# Anonymous views of the founding wiki page, side by side in one run with nginx serving the
# same HTML as a static file. Loopback only; each wrk run lasts $BENCH_DURATION (15s).
#   bench/wiki_view.sh
# Needs wrk and nginx (Debian packages; installed if missing) and a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
APP_PORT=${BENCH_PORT:-18181}
NGINX_PORT=${BENCH_NGINX_PORT:-18282}
DURATION=${BENCH_DURATION:-15s}
WORK=$(mktemp -d /tmp/coproduce-wiki-bench.XXXXXX)
chmod 755 "$WORK"
SERVER_PID=""
cleanup() {
  set +e
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null; }
done
[ -x target/release/coproduce ] || cargo build --release --quiet
PAGE=/wiki/Equalities_co-production_initiative

RUST_LOG=warn "$ROOT/target/release/coproduce" --data-dir "$WORK/data" serve --demo --bind "127.0.0.1:$APP_PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
until curl -fsS "http://127.0.0.1:$APP_PORT/healthz" >/dev/null 2>&1; do sleep 0.05; done
mkdir -p "$WORK/static"
curl -fsS "http://127.0.0.1:$APP_PORT$PAGE" -o "$WORK/static/page.html"
chmod -R a+rX "$WORK/static"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/static;
  }
}
CONF
nginx -c "$WORK/nginx.conf"
until curl -fsS "http://127.0.0.1:$NGINX_PORT/page.html" >/dev/null 2>&1; do sleep 0.05; done
echo "page size: $(stat -c %s "$WORK/static/page.html") bytes"

wrk -t2 -c50 -d3s "http://127.0.0.1:$APP_PORT$PAGE" >/dev/null
echo "=== coproduce: $PAGE (rendered HTML cached per revision and language)"
wrk -t2 -c50 -d"$DURATION" --latency "http://127.0.0.1:$APP_PORT$PAGE"
echo "=== nginx: the same HTML as a static file"
wrk -t2 -c50 -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/page.html"

# The same page for a signed-in participant: never cached (a fresh page each time).
echo "bench participant passphrase" | "$ROOT/target/release/coproduce" --data-dir "$WORK/data" \
  admin create-user --email bench@example.org --name Bench --password-stdin >/dev/null
JAR="$WORK/cookies"
TOKEN=$(curl -fsS -c "$JAR" "http://127.0.0.1:$APP_PORT/sign-in" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -fsS -b "$JAR" -c "$JAR" -o /dev/null -d "email=bench@example.org" \
  --data-urlencode "password=bench participant passphrase" -d "csrf_token=$TOKEN" \
  "http://127.0.0.1:$APP_PORT/sign-in"
SESSION=$(awk '$6 == "coproduce_session" {print $7}' "$JAR")
echo "=== coproduce: $PAGE for a signed-in participant (not cached)"
wrk -t2 -c50 -d"$DURATION" --latency -H "Cookie: coproduce_session=$SESSION" \
  "http://127.0.0.1:$APP_PORT$PAGE"
