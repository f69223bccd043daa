#!/usr/bin/env bash
# Import throughput: triage-cli import against a Python peer doing the same work (read,
# fully decode with PIL, hash, insert into SQLite 256 rows a transaction, one worker
# process per core: bench/python/import_peer.py), same machine, same run, on
#   1. N Fashion-MNIST images written as PNG files;
#   2. an IDX file of M distinct 28x28 records (bench/python/make_idx.py).
# Each line gives wall time, CPU time and peak memory.
#   bench/import_throughput.sh [N=60000] [M=1000000]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-60000}
m=${2:-1000000}
cli=${TRIAGE_CLI:-build/dev/app/triage-cli}
. bench/common.sh
require_built "$cli"
/usr/bin/python3 -c 'import PIL, numpy' 2>/dev/null ||
    { echo "the peer needs PIL and numpy: scripts/install-deps.sh --bench" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
measure() {  # label, command...: prints one line
    local label=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/out" 2>&1 ||
        { cat "$work/out" >&2; exit 1; }
    awk -v label="$label" -v cores="$(nproc)" '{
        printf "  %-12s wall %7.1f s, cpu %6.1f s (%3.0f%% of %d cores), peak memory %5d MiB\n",
            label, $1, $2 + $3, ($2 + $3) * 100 / $1 / cores, cores, $4 / 1024 }' "$work/time"
    cut -d' ' -f1 "$work/time" >"$work/wall-$label"
}
ratio() { awk -v a="$(cat "$work/wall-$1")" -v b="$(cat "$work/wall-$2")" 'BEGIN { printf "%.2f", a / b }'; }

"$cli" idx2png "$fashion/train-images-idx3-ubyte.gz" "$fashion/train-labels-idx1-ubyte.gz" \
    --out "$work/png" --count "$n" --classes "$classes" >/dev/null
/usr/bin/python3 bench/python/make_idx.py "$work/records.idx" "$m"
sync
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"

# The peer, then Triage, importing SOURCE; NAME tells the runs apart.
compare() {
    local name=$1 title=$2 source=$3
    echo
    echo "== $title"
    measure "peer-$name" /usr/bin/python3 bench/python/import_peer.py "$source" \
        "$work/peer-$name.sqlite" --workers "$(nproc)"
    "$cli" init "$work/$name.triage" --classes "$classes" >/dev/null
    measure "triage-$name" "$cli" import "$work/$name.triage" "$source"
    echo "  Triage is $(ratio "peer-$name" "triage-$name")x the peer's speed"
}

compare png "1. $n PNG files" "$work/png/images"
compare idx "2. an IDX file of $m records" "$work/records.idx"
