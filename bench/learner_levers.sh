#!/usr/bin/env bash
# The learner's levers, each on and off against the project defaults, on the same labels:
# N Fashion-MNIST training images as the pool, LABELS of them labelled at random (a seeded
# simulated annotator answering a random sample of the queue, one round), then the learner's
# accuracy on the 10,000-image test split (triage-cli evaluate), the pool's overall accuracy
# and the calibration error on the pool's unlabelled items. Same run, same machine.
#   bench/learner_levers.sh [N=10000] [LABELS=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
labels=${2:-1000}
cli=${TRIAGE_CLI:-build/dev/app/triage-cli}
. bench/common.sh
require_built "$cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cli" idx2png "$fashion/train-images-idx3-ubyte.gz" "$fashion/train-labels-idx1-ubyte.gz" \
    --out "$work/data" --count "$n" --classes "$classes" >/dev/null
echo "machine: $(nproc) cores, $(uname -m); $n images, $labels labelled at random"
printf '%-34s %10s %9s %7s %9s\n' "learner" "test acc" "pool acc" "ECE" "seconds"
run() {  # NAME FLAGS...
    local name=$1
    shift
    local project="$work/$name.triage"
    "$cli" init "$project" --classes "$classes" >/dev/null
    "$cli" import "$project" "$work/data/images" >/dev/null 2>&1
    local started=$SECONDS
    local sim
    sim=$("$cli" simulate "$project" --truth "$work/data/truth.csv" --budget "$labels" \
        --batch "$labels" --sampling random --json "$@" 2>/dev/null)
    local test
    test=$("$cli" evaluate "$project" --images "$fashion/t10k-images-idx3-ubyte.gz" \
        --labels "$fashion/t10k-labels-idx1-ubyte.gz" --json)
    /usr/bin/python3 - "$name" "$sim" "$test" "$((SECONDS - started))" <<'PY'
import json, sys
name, sim, test, seconds = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4]
print(f"{name:<34} {test['accuracy']*100:9.1f}% {sim['overall_accuracy']*100:8.1f}% "
      f"{sim['calibration_error']*100:6.1f}% {seconds:>9}")
PY
}
run "defaults (4 folds, TTA, unbalanced)"
run "no test-time flip" --tta off
run "class-balanced batches" --balanced on
run "one model, 15% held out" --folds 1
