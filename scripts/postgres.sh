#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL cluster from the machine's PostgreSQL binaries, for
# tests and benchmarks. Usage: scripts/postgres.sh start|stop DIR PORT, or createdb DIR PORT NAME
# `start` prints the connection URL on stdout. Tests trade durability for speed (fsync and
# synchronous commit off); `PG_DURABLE=1 scripts/postgres.sh start …` keeps PostgreSQL's defaults,
# as production runs them, for benchmarks whose figure includes the commit (bench:checkout).
set -euo pipefail
action=${1:?start|stop}; dir=${2:?data directory}; port=${3:?port}
# Absolute: the server resolves `-k` (its socket and lock file) and the log path after changing
# into the data directory, so a relative DIR would point inside itself.
mkdir -p "$dir" && dir=$(cd "$dir" && pwd)
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 1; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_postgres "$bin/initdb" -D "$dir" -A trust -U postgres --no-sync >"$dir.initdb.log" 2>&1 \
        || { cat "$dir.initdb.log" >&2; exit 1; }
    fi
    durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${PG_DURABLE:-0}" = 1 ] && durability=""
    as_postgres "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $durability -c max_connections=300" \
      start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  createdb)
    # A fresh, empty database NAME on the running cluster (dropped first when it exists).
    name=${4:?database name}
    as_postgres "$bin/dropdb" -h "$dir" -p "$port" -U postgres --if-exists "$name"
    as_postgres "$bin/createdb" -h "$dir" -p "$port" -U postgres "$name"
    ;;
  stop)
    [ -f "$dir/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    ;;
  *) echo "usage: $0 start|stop DIR PORT | createdb DIR PORT NAME" >&2; exit 2 ;;
esac
