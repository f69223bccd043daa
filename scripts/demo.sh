#!/usr/bin/env bash
# Installs what is missing, builds, makes a demo project from 5,000 Fashion-MNIST images
# written as PNG files (with a truth CSV beside them) and opens the GUI on it. Without a
# display (or with --headless) it runs the same job end to end with the CLI: import,
# auto-label with simulated review from the truth file, export, status.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
headless=0
[ "${1:-}" = "--headless" ] && headless=1
[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && headless=1

scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target triage triage-cli
cli=$root/build/dev/app/triage-cli
gui=$root/build/dev/app/triage

fashion=/usr/share/datasets/fashion-mnist
classes=tshirt_top,trouser,pullover,dress,coat,sandal,shirt,sneaker,bag,ankle_boot
demo=${TRIAGE_DEMO_DIR:-$root/demo}
if [ ! -f "$demo/data/truth.csv" ]; then
    echo "== Writing 5,000 Fashion-MNIST images as PNG files under $demo/data"
    "$cli" idx2png "$fashion/train-images-idx3-ubyte.gz" "$fashion/train-labels-idx1-ubyte.gz" \
        --out "$demo/data" --count 5000 --classes "$classes"
fi

if [ "$headless" = 1 ]; then
    project=$demo/headless.triage
    rm -rf "$project" "$project-wal" "$project-shm" "$demo/export"
    echo "== No display: the demo job end to end with triage-cli"
    "$cli" init "$project" --classes "$classes"
    "$cli" import "$project" "$demo/data/images"
    echo "== Simulated review: 500 decisions from truth.csv, retraining every 100"
    "$cli" simulate "$project" --truth "$demo/data/truth.csv" --budget 500 --batch 100
    "$cli" export "$project" --format imagefolder --out "$demo/export"
    "$cli" status "$project"
    exit 0
fi

project=$demo/fashion.triage
if [ ! -f "$project" ]; then
    "$cli" init "$project" --classes "$classes"
    "$cli" import "$project" "$demo/data/images"
    echo "== Seeding 200 simulated decisions so the learner has something to suggest"
    "$cli" simulate "$project" --truth "$demo/data/truth.csv" --budget 200 --batch 100
fi
echo "== Opening the GUI on $project"
exec "$gui" "$project"
