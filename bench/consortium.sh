#!/usr/bin/env bash
# The consortium at size (#13): 60 members, a register of 500 decisions with 30,000
# stances, and a proposal of 40 sections with 2,000 revisions (seeded by
# `benches/consortium_seed.rs`). With `wrk -t2 -c50` on loopback: the public pages (the
# members, the register, an open decision, the register as JSON) beside nginx serving the
# register's HTML as a static file in the same run; the members' pages as a coordinator
# (the decision with every stance, the proposal, a section with its history, the budget);
# and a signatory recording a stance, 50 at once (p95).
#   bench/consortium.sh            # SQLite in a temporary data directory
#   bench/consortium.sh postgres   # a throw-away PostgreSQL cluster on 127.0.0.1
# Needs wrk and nginx (Debian packages; installed if missing) and a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BACKEND=${1:-sqlite}
PORT=${BENCH_PORT:-18181}
NGINX_PORT=${BENCH_NGINX_PORT:-18282}
DURATION=${BENCH_DURATION:-10s}
WORK=$(mktemp -d /tmp/coproduce-consortium-bench.XXXXXX)
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
"${env_args[@]}" cargo bench --quiet --bench consortium_seed -- "$WORK/data" | tee "$WORK/seed.txt"
OPEN=$(sed -n 's/^OPEN_DECISION=//p' "$WORK/seed.txt")
SECTION=$(sed -n 's/^SECTION=//p' "$WORK/seed.txt")
BIN=${COPRODUCE_BIN:-$ROOT/target/release/coproduce}
[ -x "$BIN" ] || cargo build --release --quiet
"${env_args[@]}" RUST_LOG=warn "$BIN" --data-dir "$WORK/data" serve --bind "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
until curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; do sleep 0.05; done
mkdir -p "$WORK/static"
curl -fsS "http://127.0.0.1:$PORT/consortium/decisions" -o "$WORK/static/page.html"
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
echo "register: $(stat -c %s "$WORK/static/page.html") bytes, $(grep -o 'class="meeting-list__item"' "$WORK/static/page.html" | wc -l) decisions"
run() {
  echo "=== $1"
  shift
  wrk -t2 -c50 -d"$DURATION" --latency -s bench/p95.lua "$@" | grep -E "Requests/sec|p95|p99|Non-2xx"
}
wrk -t2 -c50 -d3s "http://127.0.0.1:$PORT/consortium/decisions" >/dev/null
run "nginx: the register's HTML as a static file" "http://127.0.0.1:$NGINX_PORT/page.html"
for page in /consortium /consortium/decisions "$OPEN" /consortium/decisions.json; do
  run "coproduce, a visitor: $page" "http://127.0.0.1:$PORT$page"
done

sign_in() {
  local jar="$WORK/$1.jar"
  local token
  token=$(curl -fsS -c "$jar" "http://127.0.0.1:$PORT/sign-in" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -fsS -b "$jar" -c "$jar" -o /dev/null -d "email=$1" --data-urlencode "password=bench consortium passphrase" \
    -d "csrf_token=$token" "http://127.0.0.1:$PORT/sign-in"
  awk '$6 == "coproduce_session" {print $7}' "$jar"
}
COORDINATOR=$(sign_in coordinator@example.org)
for page in "$OPEN" /proposals/bench "$SECTION" /proposals/bench/budget; do
  run "coproduce, a coordinator: $page" -H "Cookie: coproduce_session=$COORDINATOR" "http://127.0.0.1:$PORT$page"
done
SIGNATORY=$(sign_in signatory@example.org)
TOKEN=$(curl -fsS -H "Cookie: coproduce_session=$SIGNATORY" "http://127.0.0.1:$PORT$OPEN" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n 1)
BEFORE=$(curl -fsS "http://127.0.0.1:$PORT/consortium/decisions.json" | python3 -c 'import json,sys; d=json.load(sys.stdin)["decisions"][0]; print(sum(d["stances"].values()))')
echo "=== coproduce: a signatory recording a stance on $OPEN, 50 at once"
FORM_PATH="$OPEN/stance" FORM_COOKIE="coproduce_session=$SIGNATORY" FORM_TOKEN="$TOKEN" \
  FORM_BODY="round=1&stance=reservations&reason=Generated+by+the+benchmark." \
  wrk -t2 -c50 -d"$DURATION" --latency -s bench/form_post.lua "http://127.0.0.1:$PORT" | grep -E "Requests/sec|p95|p99|errors"
AFTER=$(curl -fsS "http://127.0.0.1:$PORT/consortium/decisions.json" | python3 -c 'import json,sys; d=json.load(sys.stdin)["decisions"][0]; print(sum(d["stances"].values()), d["stances"]["reservations"])')
echo "stances on the open decision: $BEFORE before, $AFTER after (one per member, the signatory's changed)"
