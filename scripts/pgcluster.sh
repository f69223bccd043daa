#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests and benchmarks: `start DIR` makes one
# (initdb, in a folder under /tmp that DIR/cluster names), starts it on a free localhost
# port and writes its URL to DIR/url; `stop DIR` stops it and removes both folders.
# Debian's postgresql package; as root the server runs as the postgres user (PostgreSQL
# refuses to run as root).
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
    # The cluster itself lives under /tmp: the server's user must reach it, and the build
    # folder's parents may be closed to it (/root). DIR keeps its URL and where it is.
    data=$(mktemp -d /tmp/triage-pg.XXXXXX)
    echo "$data" >"$dir/cluster"
    [ ${#as_owner[@]} -eq 0 ] || chown postgres: "$data"
    chmod 700 "$data"
    "${as_owner[@]}" "$bin/initdb" -D "$data/data" -U triage -A trust -E UTF8 --no-sync \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    for attempt in 1 2 3; do
        port=$(free_port)
        # fsync off: a test cluster is thrown away, never recovered.
        if "${as_owner[@]}" "$bin/pg_ctl" -D "$data/data" -l "$data/server.log" -w -t 60 \
            -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
            start >/dev/null; then
            echo "postgresql://triage@127.0.0.1:$port" >"$dir/url"
            echo "pgcluster: started on port $port ($data)"
            exit 0
        fi
    done
    cat "$data/server.log" >&2
    exit 1
    ;;
stop)
    data=$(cat "$dir/cluster" 2>/dev/null || true)
    if [ -n "$data" ] && [ -f "$data/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$data/data" -m immediate -w stop >/dev/null || true
    fi
    case "$data" in /tmp/triage-pg.*) rm -rf "$data" ;; esac
    rm -rf "$dir"
    ;;
*) usage ;;
esac
