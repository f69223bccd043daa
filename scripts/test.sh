#!/usr/bin/env bash
# Installs what is missing, builds with the ci preset (warnings are errors) and runs
# every test; then builds the core, the CLI and their tests under AddressSanitizer and
# UBSan (preset asan) and runs those tests again. This is the README's test command, and
# .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
cmake --preset asan
cmake --build --preset asan
ctest --preset asan
