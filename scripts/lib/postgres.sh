# Shared by scripts/test and bench/load.sh: a throw-away PostgreSQL cluster on loopback.
# Usage: source this file, then `pg_start DIR PORT` (sets PG_URL) and `pg_stop DIR`.

pg_bin_dir() {
  dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)"
}

pg_install_if_missing() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "Installing PostgreSQL from Debian"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
}

# pg_start DIR PORT: initdb into DIR/pg, start on 127.0.0.1:PORT, create database coproduce.
pg_start() {
  local dir=$1 port=$2 bin
  bin=$(pg_bin_dir)
  mkdir -p "$dir/pg"
  chown postgres "$dir" "$dir/pg"
  runuser -u postgres -- "$bin/initdb" -D "$dir/pg" -A trust -U postgres --no-sync >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir/pg" -l "$dir/pg.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
  runuser -u postgres -- "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres coproduce
  PG_URL="postgres://postgres@127.0.0.1:$port/coproduce"
}

# pg_stop DIR: stop the cluster in DIR/pg if it runs.
pg_stop() {
  local dir=$1
  if [ -f "$dir/pg/postmaster.pid" ]; then
    runuser -u postgres -- "$(pg_bin_dir)/pg_ctl" -D "$dir/pg" -m fast stop >/dev/null 2>&1 || true
  fi
}
