#!/usr/bin/env bash
# The label models (majority vote, the baseline; accuracy-weighted vote; Dawid-Skene EM):
#  1. on synthetic vote matrices with known LF accuracies (ITEMS a scenario);
#  2. on Fashion-MNIST (IMAGES training images, 5% of them labelled by "people" through a
#     labelled manifest) with real labeling functions: image-statistics rules, a near-
#     duplicate and a nearest-neighbour function, and the in-app learner trained on the 5%
#     as the classifier (it confuses shirts, T-shirts, pullovers and coats).
# Each prints the accuracy and coverage of the three models against the truth, and the
# error of the LF accuracies they estimate. Same machine, same run.
#   bench/label_model.sh [ITEMS=20000] [IMAGES=10000]
set -euo pipefail
cd "$(dirname "$0")/.."
bench=${TRIAGE_BENCH_LABELMODEL:-build/dev/bench/triage-bench-labelmodel}
cli=${TRIAGE_CLI:-build/dev/app/triage-cli}
. bench/common.sh
require_built "$bench" "$cli"
"$bench" "${1:-20000}"

images=${2:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" idx2png "$fashion/train-images-idx3-ubyte.gz" "$fashion/train-labels-idx1-ubyte.gz" \
    --out "$work/data" --count "$images" --classes "$classes" >/dev/null
# Every 20th image comes with its label (5%), as a labelled manifest would bring it.
awk -F, 'NR == 1 || (NR - 2) % 20 == 0' "$work/data/truth.csv" >"$work/data/labelled.csv"
project="$work/fashion.triage"
"$cli" init "$project" --classes "$classes" >/dev/null
"$cli" import "$project" "$work/data/labelled.csv" >/dev/null 2>&1
"$cli" import "$project" "$work/data/images" >/dev/null 2>&1
add() { "$cli" lf add "$project" "$@" >/dev/null; }
add dark-sandal --kind rule --class sandal --when 'brightness=..0.12'
add wide-bag --kind rule --class bag --when 'near_black=..0.25;brightness=0.35..'
add narrow-trouser --kind rule --class trouser --when 'near_black=0.6..;contrast=0.35..'
add near-duplicate --kind near-duplicate --max-distance 4
add neighbours --kind neighbours --model pixels --k 5
"$cli" lf apply "$project" >/dev/null 2>&1
"$cli" autolabel "$project" --min-labels-per-class 5 >/dev/null 2>&1
"$bench" --project "$project" --truth "$work/data/truth.csv"
