#!/usr/bin/env bash
# The label models (majority vote, the baseline; accuracy-weighted vote; Dawid-Skene EM) on
# synthetic vote matrices with known LF accuracies: the accuracy of the labels they make,
# and how well they recover each LF's accuracy. Same machine, same run.
#   bench/label_model.sh [ITEMS=20000]
set -euo pipefail
cd "$(dirname "$0")/.."
bench=${TRIAGE_BENCH_LABELMODEL:-build/dev/bench/triage-bench-labelmodel}
[ -x "$bench" ] || { echo "build first: cmake --preset dev && cmake --build --preset dev" >&2; exit 1; }
"$bench" "${1:-20000}"
