#!/usr/bin/env bash
# Review and browse latency at a million items (issue 10): a synthetic project of N items
# (records of symbolic links to one Fashion-MNIST file, scored and routed as a mid-project
# round leaves them: bench/bigproject.cpp), then the real main window offscreen
# (bench/reviewlatency.cpp):
#   - the baseline: the store's own call for the next item, no GUI;
#   - browse: open to the first painted page, then paint time per frame while scrolling a
#     page at a time and jumping at random; the window's memory;
#   - review: Enter (accept) to the next image painted, D decisions, idle and while an
#     auto-label round runs in the same window. Each key comes THINK_MS after the image
#     shows (150 ms: 24,000 items an hour, faster than any person).
# Targets: first paint <= 1 s, scroll frame p95 <= 16 ms, accept -> next p99 <= 50 ms.
#   bench/review_latency.sh [N=1000000] [D=1000] [THINK_MS=150] [BUILD_DIR=build/dev]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
decisions=${2:-1000}
think=${3:-150}
build=${4:-build/dev}
. bench/common.sh
maker=$build/bench/triage-bench-bigproject
driver=$build/bench/triage-bench-review
require_built "$maker" "$driver"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "== $(nproc) cores; a synthetic project of $n items"
make_big_project "$maker" "$work/big.triage" "$n" "$work"
echo "== the main window, offscreen: $decisions decisions a phase, a key $think ms after each image"
# Qt's notes about the offscreen platform are left out; the driver's own errors are not.
QT_QPA_PLATFORM=offscreen "$driver" "$work/big.triage" "$decisions" "$think" \
    2> >(grep -v -e '^QStandardPaths' -e 'propagateSizeHints' -e 'qt.svg' >&2)
