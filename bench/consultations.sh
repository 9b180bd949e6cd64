#!/usr/bin/env bash
# The consultation at size: a 20,000-word document with 5,000 comments (seeded by
# `benches/consultation_seed.rs`, which also times publishing a new version that matches
# every block). Then, with `wrk -t2 -c50` on loopback: the document page for a visitor and
# for a signed-in participant (never cached), beside nginx serving the same HTML as a
# static file in the same run, and posting a comment 1, 10 and 50 at once (p95 each).
#   bench/consultations.sh            # SQLite in a temporary data directory
#   bench/consultations.sh postgres   # a throw-away PostgreSQL cluster on 127.0.0.1
# Needs wrk and nginx (Debian packages; installed if missing) and a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BACKEND=${1:-sqlite}
PORT=${BENCH_PORT:-18181}
NGINX_PORT=${BENCH_NGINX_PORT:-18282}
DURATION=${BENCH_DURATION:-15s}
WORK=$(mktemp -d /tmp/coproduce-consultation-bench.XXXXXX)
chmod 755 "$WORK"
SERVER_PID=""
source "$ROOT/scripts/lib/postgres.sh"
cleanup() {
  set +e
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  [ "$BACKEND" = postgres ] && pg_stop "$WORK"
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null; }
done
env_args=(env -u DATABASE_URL -u BENCH_DATABASE_URL)
if [ "$BACKEND" = postgres ]; then
  pg_install_if_missing
  pg_start "$WORK" "${BENCH_PG_PORT:-54339}"
  env_args=(env DATABASE_URL="$PG_URL" BENCH_DATABASE_URL="$PG_URL")
fi
echo "backend: $BACKEND"
"${env_args[@]}" cargo bench --quiet --bench consultation_seed -- "$WORK/data"
BIN=${COPRODUCE_BIN:-$ROOT/target/release/coproduce}
[ -x "$BIN" ] || cargo build --release --quiet
"${env_args[@]}" RUST_LOG=warn "$BIN" --data-dir "$WORK/data" serve --bind "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
until curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; do sleep 0.05; done
PAGE=/consultations/bench
mkdir -p "$WORK/static"
curl -fsS "http://127.0.0.1:$PORT$PAGE" -o "$WORK/static/page.html"
chmod -R a+rX "$WORK/static"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/static; }
}
CONF
nginx -c "$WORK/nginx.conf"
until curl -fsS "http://127.0.0.1:$NGINX_PORT/page.html" >/dev/null 2>&1; do sleep 0.05; done
echo "page: $(stat -c %s "$WORK/static/page.html") bytes, $(grep -o 'class="consultation-block ' "$WORK/static/page.html" | wc -l) parts"
wrk -t2 -c50 -d3s "http://127.0.0.1:$PORT$PAGE" >/dev/null
echo "=== coproduce: $PAGE for a visitor"
wrk -t2 -c50 -d"$DURATION" --latency -s bench/p95.lua "http://127.0.0.1:$PORT$PAGE"
echo "=== nginx: the same HTML as a static file"
wrk -t2 -c50 -d"$DURATION" --latency -s bench/p95.lua "http://127.0.0.1:$NGINX_PORT/page.html"

echo "bench participant passphrase" | "${env_args[@]}" "$BIN" --data-dir "$WORK/data" \
  admin create-user --email participant@example.org --name Bench --role participant --password-stdin >/dev/null
JAR="$WORK/cookies"
TOKEN=$(curl -fsS -c "$JAR" "http://127.0.0.1:$PORT/sign-in" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -fsS -b "$JAR" -c "$JAR" -o /dev/null -d "email=participant@example.org" \
  --data-urlencode "password=bench participant passphrase" -d "csrf_token=$TOKEN" \
  "http://127.0.0.1:$PORT/sign-in"
SESSION=$(awk '$6 == "coproduce_session" {print $7}' "$JAR")
echo "=== coproduce: $PAGE for a signed-in participant (not cached)"
wrk -t2 -c50 -d"$DURATION" --latency -s bench/p95.lua -H "Cookie: coproduce_session=$SESSION" \
  "http://127.0.0.1:$PORT$PAGE"
PART=$(grep -o 'href="/consultations/bench/blocks/[0-9]*"' "$WORK/static/page.html" | sed -n '40p' | sed 's/href="\(.*\)"/\1/')
FORM_TOKEN=$(curl -fsS -H "Cookie: coproduce_session=$SESSION" "http://127.0.0.1:$PORT$PART" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n 1)
BEFORE=$(curl -fsS "http://127.0.0.1:$PORT/consultations/bench/comments.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')
for connections in 1 10 50; do
  echo "=== coproduce: posting a comment on $PART, $connections at once"
  COMMENT_PATH="$PART" COMMENT_COOKIE="coproduce_session=$SESSION" COMMENT_TOKEN="$FORM_TOKEN" \
    wrk -t1 -c"$connections" -d"$DURATION" --latency -s bench/comment_post.lua "http://127.0.0.1:$PORT"
done
AFTER=$(curl -fsS "http://127.0.0.1:$PORT/consultations/bench/comments.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')
echo "comments kept: $((AFTER - BEFORE)) new (from $BEFORE to $AFTER)"
