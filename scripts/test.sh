#!/usr/bin/env bash
# The README's test command (.ci/run calls it). Installs what is missing, then builds and
# tests the three configurations CI keeps true:
#   ci        everything (core, CLI, GUI, tests), warnings are errors;
#   headless  core, CLI and their tests with no Qt Gui or Widgets, under ASan and UBSan;
#   ml        core/ml alone (std + LibTorch), as on a bare GPU server, and its check.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
for preset in ci headless ml; do
    echo "== $preset"
    cmake --preset "$preset"
    cmake --build --preset "$preset"
    ctest --preset "$preset"
done
