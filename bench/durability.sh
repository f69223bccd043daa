#!/usr/bin/env bash
# Durability campaign: kills triage-cli with SIGKILL at random moments during import,
# auto-label, simulate and export, N times in all (default 100). After each kill:
# PRAGMA integrity_check must say ok, every decision the killed process acknowledged
# (simulate --ack-decisions prints one line per committed decision) must be in the log,
# and the next run of the same command must succeed. Prints the counts; target: 0 lost.
#   bench/durability.sh [N] [BUILD_DIR]
set -uo pipefail
cd "$(dirname "$0")/.."
kills=${1:-100}
cli=${2:-build/ci}/app/triage-cli
fashion=/usr/share/datasets/fashion-mnist
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x "$cli" ] || { echo "build first: $cli is missing" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "needs sqlite3 (apt-get install sqlite3)" >&2; exit 2; }

"$cli" idx2png "$fashion/train-images-idx3-ubyte.gz" "$fashion/train-labels-idx1-ubyte.gz" \
    --out "$work/data" --count 1500 >/dev/null
project="$work/p.triage"
"$cli" init "$project" --classes 0,1,2,3,4,5,6,7,8,9 >/dev/null

lost=0 corrupt=0 unrecovered=0 acked_total=0
for ((i = 1; i <= kills; i++)); do
    case $((i % 4)) in
        0) cmd=(import "$project" "$work/data/images") ;;
        1) cmd=(simulate "$project" --truth "$work/data/truth.csv" --budget 40 --batch 20 --ack-decisions) ;;
        2) cmd=(autolabel "$project") ;;
        3) rm -rf "$work/export"; cmd=(export "$project" --format csv --out "$work/export") ;;
    esac
    "$cli" "${cmd[@]}" >"$work/out" 2>/dev/null &
    pid=$!
    sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.3f", (r % 3000) / 1000 }')"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if [ "$(sqlite3 "$project" 'PRAGMA integrity_check')" != ok ]; then
        corrupt=$((corrupt + 1))
    fi
    while read -r _ item decision; do
        acked_total=$((acked_total + 1))
        found=$(sqlite3 "$project" "SELECT COUNT(*) FROM decisions WHERE id=$decision AND item_id=$item")
        [ "$found" = 1 ] || lost=$((lost + 1))
    done < <(grep '^decided ' "$work/out")
    # The next run recovers: the same command, to completion (simulate and import in small doses).
    case ${cmd[0]} in
        export) rm -rf "$work/export" ;;
        simulate) cmd=(simulate "$project" --truth "$work/data/truth.csv" --budget 5 --batch 5) ;;
    esac
    if ! "$cli" "${cmd[@]}" >/dev/null 2>"$work/err"; then
        grep -q "not enough labels\|no decision was simulated\|names none of the project" "$work/err" ||
            { unrecovered=$((unrecovered + 1)); sed 's/^/  /' "$work/err" >&2; }
    fi
done
echo "kills: $kills"
echo "acknowledged decisions checked: $acked_total"
echo "lost decisions: $lost"
echo "integrity failures: $corrupt"
echo "runs that did not recover: $unrecovered"
echo "decisions in the log: $(sqlite3 "$project" 'SELECT COUNT(*) FROM decisions')"
[ "$lost" -eq 0 ] && [ "$corrupt" -eq 0 ] && [ "$unrecovered" -eq 0 ]
