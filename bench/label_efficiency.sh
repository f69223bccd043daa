#!/usr/bin/env bash
# Label efficiency on Fashion-MNIST: N training images written as PNG files, imported into
# fresh projects; a simulated annotator spends BUDGET decisions on each, retraining every
# BATCH. Runs answer the review queue as a person would, one per sampling strategy (mixed:
# cold start then margin; least confidence; margin; entropy); the baseline answers a random
# sample of it. One more run answers the queue with the learner trained as a head on a
# backbone's frozen features (bench/python/make_backbone.py: a small CNN trained on
# Fashion-MNIST's test images, none of which is in the pool); it needs PyTorch
# (scripts/install-deps.sh --bench) and is left out without it. RUNS="mixed random" picks
# runs. Every run routes at the project defaults (target precision 99%, 2% audited, 4
# folds). The tables come from the same run and machine, so they compare.
#   bench/label_efficiency.sh [N=10000] [BUDGET=1000] [BATCH=100]
#
# Full mode: all 60,000 training images as the pool (imported from the IDX file), the
# default strategy against random sampling, retraining after 300, 600, 1200, 2000, 3000,
# 4500 and 6000 decisions (budgets of 1, 2, 5 and 10% among them: fewer, larger rounds
# than the quick mode's, to fit the hour on two cores), and the final learner's accuracy
# on the 10,000-image test split.
#   bench/label_efficiency.sh --full
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${TRIAGE_CLI:-build/dev/app/triage-cli}
. bench/common.sh
require_built "$cli"
if [ "${1:-}" = --full ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    echo "machine: $(nproc) cores, $(uname -m); 60000 images, budget 6000 (10%)"
    started=$SECONDS
    for run in ${RUNS:-mixed random}; do
        project="$work/$run.triage"
        "$cli" init "$project" --classes "$classes" >/dev/null
        "$cli" import "$project" "$fashion/train-images-idx3-ubyte.gz" >/dev/null 2>&1
        case "$run" in
        random) extra=(--sampling random) ;;
        *) extra=(--sampling queue --strategy "$run") ;;
        esac
        echo
        echo "== $run"
        /usr/bin/time -f "wall %e s, peak memory %M KiB" \
            "$cli" simulate "$project" --truth "$fashion/train-labels-idx1-ubyte.gz" \
            --budget 6000 --rounds-at 300,600,1200,2000,3000,4500,6000 "${extra[@]}" \
            2> >(grep -E '^wall|models run' >&2)
        "$cli" evaluate "$project" --images "$fashion/t10k-images-idx3-ubyte.gz" \
            --labels "$fashion/t10k-labels-idx1-ubyte.gz"
    done
    echo
    echo "full benchmark: $((SECONDS - started)) s"
    exit 0
fi
n=${1:-10000}
budget=${2:-1000}
batch=${3:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cli" idx2png "$fashion/train-images-idx3-ubyte.gz" "$fashion/train-labels-idx1-ubyte.gz" \
    --out "$work/data" --count "$n" --classes "$classes" >/dev/null
echo "machine: $(nproc) cores, $(uname -m); $n images, budget $budget, retraining every $batch"
runs=${RUNS:-mixed least-confidence margin entropy random}
if [ -z "${RUNS:-}" ]; then
    if /usr/bin/python3 -c 'import torch' 2>/dev/null; then
        /usr/bin/python3 bench/python/make_backbone.py "$work/backbone.pt" 2>/dev/null
        runs="$runs backbone"
    else
        echo "(no PyTorch: the backbone run is left out; scripts/install-deps.sh --bench adds it)"
    fi
fi
for run in $runs; do
    project="$work/$run.triage"
    "$cli" init "$project" --classes "$classes" >/dev/null
    "$cli" import "$project" "$work/data/images" >/dev/null 2>&1
    case "$run" in
    random) extra=(--sampling random) ;;
    backbone) ;;
    *) extra=(--sampling queue --strategy "$run") ;;
    esac
    if [ "$run" = backbone ]; then
        "$cli" model add "$project" "$work/backbone.pt" --kind embedder --input 28 \
            --channels gray --mean 0.5,0.5,0.5 --std 0.5,0.5,0.5 >/dev/null
        extra=(--sampling queue --backbone backbone)
    fi
    echo
    case "$run" in
    random) title="a random sample of the queue (the baseline)" ;;
    backbone) title="queue (least confidence), learner on the backbone's features" ;;
    *) title="queue ordered by $run" ;;
    esac
    echo "== $run: $title"
    /usr/bin/time -f "wall %e s, peak memory %M KiB" \
        "$cli" simulate "$project" --truth "$work/data/truth.csv" \
        --budget "$budget" --batch "$batch" "${extra[@]}" 2> >(grep -E '^wall|models run' >&2)
done
