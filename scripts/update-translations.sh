#!/usr/bin/env bash
# Re-extracts the GUI's strings into translations/*.ts after UI text changes.
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate -silent -no-obsolete ui app/gui -ts translations/triage_de.ts translations/triage_zh_CN.ts
