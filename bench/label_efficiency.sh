#!/usr/bin/env bash
# Label efficiency on Fashion-MNIST: N training images written as PNG files, imported into
# two fresh projects; a simulated annotator spends BUDGET decisions on each, retraining
# every BATCH. One run answers the review queue as a person would (least confident first),
# the baseline answers a random sample of it. Both tables come from the same run and
# machine, so they compare.
#   bench/label_efficiency.sh [N=10000] [BUDGET=1000] [BATCH=100]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
budget=${2:-1000}
batch=${3:-100}
cli=${TRIAGE_CLI:-build/dev/app/triage-cli}
[ -x "$cli" ] || { echo "build first: cmake --preset dev && cmake --build --preset dev" >&2; exit 1; }
fashion=/usr/share/datasets/fashion-mnist
classes=tshirt_top,trouser,pullover,dress,coat,sandal,shirt,sneaker,bag,ankle_boot
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cli" idx2png "$fashion/train-images-idx3-ubyte.gz" "$fashion/train-labels-idx1-ubyte.gz" \
    --out "$work/data" --count "$n" --classes "$classes" >/dev/null
echo "machine: $(nproc) cores, $(uname -m); $n images, budget $budget, retraining every $batch"
for sampling in queue random; do
    "$cli" init "$work/$sampling.triage" --classes "$classes" >/dev/null
    "$cli" import "$work/$sampling.triage" "$work/data/images" >/dev/null 2>&1
    echo
    echo "== sampling: $sampling"
    /usr/bin/time -f "wall %e s, peak memory %M KiB" \
        "$cli" simulate "$work/$sampling.triage" --truth "$work/data/truth.csv" \
        --budget "$budget" --batch "$batch" --sampling "$sampling" 2> >(grep -E '^wall|models run' >&2)
done
