#!/usr/bin/env bash
# Durability campaign: kills Triage with SIGKILL at random moments during import,
# auto-label, simulate, export and the GUI's review (offscreen, driven by key events
# through bench/reviewdriver.cpp), N times in all (default 100). After each kill:
# PRAGMA integrity_check must say ok, every decision the killed process acknowledged must
# be in the log (simulate --ack-decisions prints one line per committed decision; the
# review driver one per decision the window showed as done), and the next run of the same
# command must succeed. Prints the counts; the target is 0 lost and 0 integrity failures.
#   bench/durability.sh [N] [BUILD_DIR]
set -uo pipefail
cd "$(dirname "$0")/.."
kills=${1:-100}
build=${2:-build/ci}
cli=$build/app/triage-cli
driver=$build/bench/triage-review-driver
fashion=/usr/share/datasets/fashion-mnist
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x "$cli" ] && [ -x "$driver" ] || { echo "build first: $cli or $driver is missing" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "needs sqlite3 (apt-get install sqlite3)" >&2; exit 2; }

"$cli" idx2png "$fashion/train-images-idx3-ubyte.gz" "$fashion/train-labels-idx1-ubyte.gz" \
    --out "$work/data" --count 3000 >/dev/null
project="$work/p.triage"
"$cli" init "$project" --classes 0,1,2,3,4,5,6,7,8,9 >/dev/null

lost=0 corrupt=0 unrecovered=0 acked_total=0
for ((i = 1; i <= kills; i++)); do
    case $((i % 5)) in
        0) cmd=(import "$project" "$work/data/images") ;;
        1) cmd=(simulate "$project" --truth "$work/data/truth.csv" --budget 40 --batch 20 --ack-decisions) ;;
        2) cmd=(autolabel "$project") ;;
        3) rm -rf "$work/export"; cmd=(export "$project" --format csv --out "$work/export") ;;
        4) cmd=(review) ;;
    esac
    if [ "${cmd[0]}" = review ]; then
        QT_QPA_PLATFORM=offscreen "$driver" "$project" "$i" >"$work/out" 2>/dev/null &
    else
        "$cli" "${cmd[@]}" >"$work/out" 2>/dev/null &
    fi
    pid=$!
    sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.3f", (r % 3000) / 1000 }')"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if [ "$(sqlite3 "$project" 'PRAGMA integrity_check')" != ok ]; then
        corrupt=$((corrupt + 1))
    fi
    while read -r what item value; do
        acked_total=$((acked_total + 1))
        if [ "$what" = decided ]; then  # simulate: the decision's id
            query="SELECT COUNT(*) FROM decisions WHERE id=$value AND item_id=$item"
        else  # the GUI: a label decision of that class on that item
            query="SELECT COUNT(*) FROM decisions WHERE item_id=$item AND class_id=$value AND kind=1"
        fi
        [ "$(sqlite3 "$project" "$query")" -ge 1 ] || lost=$((lost + 1))
    done < <(grep -E '^(decided|acked) ' "$work/out")
    # The next run recovers: the same command, to completion (simulate and import in small doses).
    case ${cmd[0]} in
        export) rm -rf "$work/export" ;;
        simulate) cmd=(simulate "$project" --truth "$work/data/truth.csv" --budget 5 --batch 5) ;;
        review) cmd=(status "$project") ;;  # the project opens and reads after the GUI's kill
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
