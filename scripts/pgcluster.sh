#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests and benchmarks: `start DIR` makes one in
# DIR (initdb), starts it on a free localhost port and writes its URL to DIR/url;
# `stop DIR` stops it and removes DIR. Debian's postgresql package; as root the server
# runs as the postgres user (PostgreSQL refuses to run as root).
set -euo pipefail
. "$(dirname "$0")/freeport.sh"

usage() { echo "usage: pgcluster.sh start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
dir=$(realpath -m "$2")

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "pgcluster: no PostgreSQL server found (apt-get install postgresql)" >&2
    exit 1
fi
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    as_owner=(runuser -u postgres --)
fi

case "$action" in
start)
    "$0" stop "$dir" 2>/dev/null || true
    mkdir -p "$dir"
    [ ${#as_owner[@]} -eq 0 ] || chown postgres: "$dir"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U triage -A trust -E UTF8 --no-sync \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    for attempt in 1 2 3; do
        port=$(free_port)
        # fsync off: a test cluster is thrown away, never recovered.
        if "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
            start >/dev/null; then
            echo "postgresql://triage@127.0.0.1:$port" >"$dir/url"
            echo "pgcluster: started on port $port ($dir)"
            exit 0
        fi
    done
    cat "$dir/server.log" >&2
    exit 1
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*) usage ;;
esac
