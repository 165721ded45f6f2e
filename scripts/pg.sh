#!/usr/bin/env bash
# Start (or stop) a throwaway PostgreSQL 15 server on 127.0.0.1 for the tests.
# Prints the URL to use as TOLLWATCH_TEST_PG. Usage: scripts/pg.sh start|stop
set -euo pipefail
PORT="${TOLLWATCH_PG_PORT:-55432}"
DATA="${TOLLWATCH_PG_DATA:-/tmp/tollwatch-pg-$PORT}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$BIN/initdb" ] || BIN="$(dirname "$(command -v initdb || echo /nonexistent/initdb)")"
if [ ! -x "$BIN/initdb" ]; then echo "pg.sh: no initdb found (install postgresql)" >&2; exit 3; fi
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-start}" in
  start)
    if [ ! -f "$DATA/PG_VERSION" ]; then
      mkdir -p "$DATA"; [ "$(id -u)" = 0 ] && chown postgres "$DATA"
      as_pg "$BIN/initdb" -D "$DATA" -U postgres -A trust --no-sync >/dev/null
    fi
    if ! as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
      as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k /tmp -c fsync=off -c max_connections=200" start >/dev/null
    fi
    echo "postgresql://postgres@127.0.0.1:$PORT/postgres" ;;
  stop) as_pg "$BIN/pg_ctl" -D "$DATA" -m fast stop >/dev/null 2>&1 || true ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
