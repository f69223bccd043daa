#!/usr/bin/env bash
# Installs what is missing, builds with the ci preset (warnings are errors) and runs
# every test. This is the README's test command, and .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
