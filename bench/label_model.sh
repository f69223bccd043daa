#!/usr/bin/env bash
# The label models (majority vote, the baseline; accuracy-weighted vote; Dawid-Skene EM) on
# synthetic vote matrices with known LF accuracies: the accuracy of the labels they make,
# and how well they recover each LF's accuracy. Same machine, same run.
#   bench/label_model.sh [ITEMS=20000]
set -euo pipefail
cd "$(dirname "$0")/.."
bench=${TRIAGE_BENCH_LABELMODEL:-build/dev/bench/triage-bench-labelmodel}
. bench/common.sh
require_built "$bench"
"$bench" "${1:-20000}"
