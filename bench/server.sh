#!/usr/bin/env bash
# REST server load (issue 12): the review loop's "next item" (lease one) and "post
# decision" from 1, 8 and 32 concurrent clients, each with its own token, on a synthetic
# 100,000-item project (bench/bigproject.cpp), through triage-server on localhost and, as
# the ceiling, as the same store calls in-process. A fixed number of loops per level, so
# it stops by itself; every level checks that the decisions stored are exactly the ones
# acknowledged with 201.
#   bench/server.sh [N=100000] [LOOPS=3200] [BUILD_DIR=build/dev]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
loops=${2:-3200}
build=${3:-build/dev}
. bench/common.sh
maker=$build/bench/triage-bench-bigproject
load=$build/bench/triage-bench-server
server=$build/app/triage-server
cli=$build/app/triage-cli
require_built "$maker" "$load" "$server" "$cli"
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
echo "== $(nproc) cores; a synthetic project of $n items"
make_big_project "$maker" "$work/big.triage" "$n" "$work" | tail -n 2
for c in $(seq 0 31); do
    echo "client$c $("$cli" token create "$work/big.triage" --role annotator --name "client$c" | head -n1)"
done > "$work/tokens"
"$server" --project "$work/big.triage" --listen 127.0.0.1:0 --rate-limit 0 --threads 64 \
    > "$work/server.out" 2> "$work/server.err" &
pid=$!
for _ in $(seq 100); do grep -q listening "$work/server.out" 2>/dev/null && break; sleep 0.1; done
port=$(grep -o '127.0.0.1:[0-9]*' "$work/server.out" | cut -d: -f2)
[ -n "$port" ] || { cat "$work/server.err" >&2; exit 1; }
echo "== $loops loops (lease one, decide it) per level, split over the clients"
for clients in 1 8 32; do
    "$load" inprocess "$work/big.triage" "$clients" $((loops / clients))
    "$load" http "$port" "$work/tokens" "$work/big.triage" "$clients" $((loops / clients))
done
echo "== server memory: $(grep VmHWM /proc/$pid/status | tr -s ' ')"
kill "$pid"
wait "$pid" || true
pid=""
