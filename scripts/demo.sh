#!/usr/bin/env bash
# Installs what is missing, builds (in the build tree that exists, else build/dev), makes a
# demo project from 5,000 Fashion-MNIST images written as PNG files (with a truth CSV
# beside them) and opens the GUI on it; a few lines of output, with progress. Without a
# display (or with --headless) it runs the same job end to end with the CLI: import,
# auto-label with simulated review from the truth file, export, status.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
headless=0
[ "${1:-}" = "--headless" ] && headless=1
[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && headless=1

echo "== Checking the Debian packages"
scripts/install-deps.sh >/dev/null
# A build tree that exists already (scripts/test.sh makes build/ci) is brought up to date
# rather than a second one made beside it.
preset=dev
for tree in dev ci; do
    if [ -f "build/$tree/CMakeCache.txt" ] && grep -q '^TRIAGE_BUILD_GUI:BOOL=ON' "build/$tree/CMakeCache.txt"; then
        preset=$tree
        break
    fi
done
echo "== Building in build/$preset (the first build takes several minutes)"
cmake --preset "$preset" >/dev/null
build_log=$(mktemp)
cmake --build "build/$preset" --target triage triage-cli >"$build_log" 2>&1 &
build_pid=$!
while kill -0 "$build_pid" 2>/dev/null; do  # one line of progress, not one per file
    step=$(grep -o '^\[[0-9]*/[0-9]*\]' "$build_log" | tail -1 || true)
    printf '\r   %s ' "${step:-configuring}"
    sleep 2
done
if ! wait "$build_pid"; then
    echo
    tail -40 "$build_log" >&2
    exit 1
fi
printf '\r   built%20s\n' ''
rm -f "$build_log"
cli=$root/build/$preset/app/triage-cli
gui=$root/build/$preset/app/triage

fashion=/usr/share/datasets/fashion-mnist
classes=tshirt_top,trouser,pullover,dress,coat,sandal,shirt,sneaker,bag,ankle_boot
demo=${TRIAGE_DEMO_DIR:-$root/demo}
if [ ! -f "$demo/data/truth.csv" ]; then
    echo "== Writing 5,000 Fashion-MNIST images as PNG files under $demo/data"
    "$cli" idx2png "$fashion/train-images-idx3-ubyte.gz" "$fashion/train-labels-idx1-ubyte.gz" \
        --out "$demo/data" --count 5000 --classes "$classes" >/dev/null
fi

if [ "$headless" = 1 ]; then
    project=$demo/headless.triage
    rm -rf "$project" "$project-wal" "$project-shm" "$demo/export"
    echo "== No display: the demo job end to end with triage-cli"
    "$cli" init "$project" --classes "$classes"
    "$cli" import "$project" "$demo/data/images"
    echo "== Simulated review: 400 decisions from truth.csv, retraining every 100"
    "$cli" simulate "$project" --truth "$demo/data/truth.csv" --budget 400 --batch 100
    # sed -n, not head: it reads to the end, so no SIGPIPE stops the demo under pipefail.
    "$cli" version create "$project" --name round-4 --splits 0.8,0.1,0.1 --seed 1 | sed -n 1,2p
    echo "== 100 decisions more, a second version, and what changed between the two"
    "$cli" simulate "$project" --truth "$demo/data/truth.csv" --budget 100 --batch 100 | tail -4
    "$cli" version create "$project" --name round-5 --splits 0.8,0.1,0.1 --seed 1 | sed -n 1,2p
    "$cli" version diff "$project" round-4 round-5 | sed -n 1,14p
    echo "== Exporting round-5 for torchvision (ImageFolder, a folder per split)"
    "$cli" export "$project" --version round-5 --format imagefolder --out "$demo/export"
    "$cli" status "$project"
    exit 0
fi

project=$demo/fashion.triage
if [ ! -f "$project" ]; then
    echo "== Making $project: importing 5,000 images"
    "$cli" init "$project" --classes "$classes" >/dev/null
    imported=$("$cli" import "$project" "$demo/data/images")
    echo "   ${imported%%$'\n'*}"
    echo "== One learning round on 100 simulated decisions, so the review has suggestions"
    "$cli" simulate "$project" --truth "$demo/data/truth.csv" --budget 100 --batch 100 >/dev/null
fi
echo "== Opening the GUI on $project"
exec "$gui" "$project"
