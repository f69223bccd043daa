#!/usr/bin/env bash
# Scoring throughput: a ResNet-18-shaped TorchScript classifier (torchvision's architecture,
# random weights) over N Fashion-MNIST images written as PNG files, at SIZE x SIZE RGB.
#   1. the baseline: PyTorch + torchvision, a Dataset decoding with PIL, a DataLoader with
#      one worker process per core, the model under inference_mode, outputs to SQLite; and
#      the same with the model frozen for inference as Triage freezes it, to tell the
#      pipeline's gain from the freezing's;
#   2. each stage of Triage's pipeline alone (decode + preprocess, infer, write);
#   3. Triage's pipeline: triage-cli model score, which also fills the input cache;
#   4. re-scoring from the cache: the same file added again as a second model.
# Same machine, same run, so the figures compare.
#   bench/autolabel_throughput.sh [N=10000] [SIZE=224]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
size=${2:-224}
cli=${TRIAGE_CLI:-build/dev/app/triage-cli}
stages=${TRIAGE_BENCH_STAGES:-build/dev/bench/triage-bench-stages}
. bench/common.sh
require_built "$cli" "$stages"
/usr/bin/python3 -c 'import torch, torchvision, PIL' 2>/dev/null ||
    { echo "the baseline needs PyTorch: scripts/install-deps.sh --bench" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
quiet() { grep -vE '^(score [0-9]|models run on)' "$1" || true; }
timed() { /usr/bin/time -f "  wall %e s, cpu %U s user + %S s system, peak memory %M KiB" "$@"; }
rate() { /usr/bin/python3 -c 'import json,sys; print(round(json.load(sys.stdin)["images_per_second"], 1))'; }

"$cli" idx2png "$fashion/train-images-idx3-ubyte.gz" "$fashion/train-labels-idx1-ubyte.gz" \
    --out "$work/data" --count "$n" --classes "$classes" >/dev/null
/usr/bin/python3 bench/python/make_resnet18.py "$work/resnet18.pt" "$size" "$classes"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "job: $n PNG images (28x28 gray) → ResNet-18 at ${size}x${size} RGB → probabilities in SQLite"
echo "PyTorch $(/usr/bin/python3 -c 'import torch; print(torch.__version__)') for both"

# The baseline as a PyTorch user runs it (OpenMP's default waiting); prints its figures and
# leaves its images/s in $work/NAME.rate and its time in $work/NAME.time.
baseline() {
    local name=$1; shift
    local result
    result=$(unset OMP_WAIT_POLICY; timed /usr/bin/python3 bench/python/baseline_dataloader.py \
        "$work/data/images" "$work/resnet18.pt" "$size" "$work/$name.sqlite" \
        --workers "$(nproc)" --batch 64 "$@" 2>"$work/$name.time")
    echo "  $result"
    cat "$work/$name.time"
    echo "$result" | sed -E 's/.*images\/s ([0-9.]+).*/\1/' >"$work/$name.rate"
}

echo
echo "== 1. baseline: PyTorch DataLoader ($(nproc) workers, batch 64)"
baseline baseline
baseline_rate=$(cat "$work/baseline.rate")
echo "== 1b. baseline with the model frozen (torch.jit.optimize_for_inference)"
baseline frozen --freeze
frozen_rate=$(cat "$work/frozen.rate")

project="$work/throughput.triage"
"$cli" init "$project" --classes "$classes" >/dev/null
"$cli" import "$project" "$work/data/images" >/dev/null 2>&1
"$cli" model add "$project" "$work/resnet18.pt" --names "$work/resnet18.txt" --input "$size" >/dev/null

echo
echo "== 2. each stage of Triage's pipeline alone"
"$stages" "$project" resnet18 2048 | sed 's/^/  /'

echo
echo "== 3. Triage: triage-cli model score (decodes, fills the input cache)"
triage_json=$(timed "$cli" model score "$project" resnet18 --batch 64 --json 2>"$work/triage.time")
quiet "$work/triage.time"
triage_rate=$(echo "$triage_json" | rate)
echo "  $triage_rate images/s"

echo
echo "== 4. Triage: re-scoring from the input cache (the same model added again)"
"$cli" model add "$project" "$work/resnet18.pt" --name again --names "$work/resnet18.txt" \
    --input "$size" >/dev/null
cached_json=$(timed "$cli" model score "$project" again --batch 64 --json 2>"$work/cached.time")
quiet "$work/cached.time"
echo "  $(echo "$cached_json" | rate) images/s, $(echo "$cached_json" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["from_cache"])') inputs from the cache"
echo "  cache on disk: $(du -sh "$project-cache" | cut -f1)"

wall() { sed -nE 's/.*wall ([0-9.]+) s.*/\1/p' "$1"; }
echo
echo "== summary"
/usr/bin/python3 - "$baseline_rate" "$triage_rate" "$(wall "$work/baseline.time")" \
    "$(wall "$work/triage.time")" "$frozen_rate" <<'PY'
import sys
baseline, triage, baseline_wall, triage_wall, frozen = map(float, sys.argv[1:])
print(f"  scoring rate (each timed inside, model loaded): Triage {triage} images/s, "
      f"baseline {baseline} images/s: {triage / baseline:.2f}x "
      f"(frozen baseline {frozen} images/s: {triage / frozen:.2f}x)")
print(f"  whole process (interpreter/library start included): Triage {triage_wall} s, "
      f"baseline {baseline_wall} s: {baseline_wall / triage_wall:.2f}x")
PY
