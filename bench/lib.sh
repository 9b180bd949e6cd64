# Shared by the benchmark scripts: source it after setting ROOT, BACKEND, PORT,
# NGINX_PORT, DURATION and WORK. It installs wrk and nginx when missing, starts the chosen
# backend, the server (a release build) and nginx on loopback, runs wrk with the p95
# reporter, signs people in, and stops everything it started on exit.
source "$ROOT/scripts/lib/postgres.sh"
SERVER_PID=""
bench_cleanup() {
  set +e
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  [ "$BACKEND" = postgres ] && pg_stop "$WORK"
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
  rm -rf "$WORK"
}
trap bench_cleanup EXIT
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null; }
done
ENV_ARGS=(env -u DATABASE_URL)
if [ "$BACKEND" = postgres ]; then
  pg_install_if_missing
  pg_start "$WORK" "${BENCH_PG_PORT:-54339}"
  ENV_ARGS=(env DATABASE_URL="$PG_URL")
fi
BIN=${COPRODUCE_BIN:-$ROOT/target/release/coproduce}
[ -x "$BIN" ] || cargo build --release --quiet

# bench_server: starts the server on PORT and waits for it.
bench_server() {
  "${ENV_ARGS[@]}" RUST_LOG=warn "$BIN" --data-dir "$WORK/data" serve --bind "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  until curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; do sleep 0.05; done
}

# bench_nginx PATH: nginx serves the page at PATH as a static file, /page.html.
bench_nginx() {
  mkdir -p "$WORK/static"
  curl -fsS "http://127.0.0.1:$PORT$1" -o "$WORK/static/page.html"
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
}

# bench_run LABEL WRK-ARGS...: one wrk run, its rate, p95 and p99.
bench_run() {
  echo "=== $1"
  shift
  wrk -t2 -c50 -d"$DURATION" --latency -s "$ROOT/bench/p95.lua" "$@" | grep -E "Requests/sec|p95|p99|Non-2xx"
}

# bench_account EMAIL ROLE PASSWORD: an account made on the command line.
bench_account() {
  echo "$3" | "${ENV_ARGS[@]}" "$BIN" --data-dir "$WORK/data" admin create-user \
    --email "$1" --name "Bench $2" --role "$2" --password-stdin >/dev/null
}

# bench_sign_in EMAIL PASSWORD: prints the session cookie's value (the jar keeps the CSRF cookie).
bench_sign_in() {
  local jar="$WORK/$1.jar" token
  token=$(curl -fsS -c "$jar" "http://127.0.0.1:$PORT/sign-in" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -fsS -b "$jar" -c "$jar" -o /dev/null -d "email=$1" --data-urlencode "password=$2" \
    -d "csrf_token=$token" "http://127.0.0.1:$PORT/sign-in"
  awk '$6 == "coproduce_session" {print $7}' "$jar"
}
