#!/usr/bin/env bash
# The team store (issue 13) against the file, measured in one run:
#  1. the review loop ("next item": lease one; "post decision") from 1, 8 and 32
#     concurrent annotator clients on a synthetic 100,000-item project as a SQLite file
#     and, migrated, in a throw-away PostgreSQL cluster: in-process (the store calls) and
#     through triage-server on localhost. Every level checks that the decisions stored
#     are exactly the ones acknowledged.
#  2. sharded scoring: a ResNet-18-shaped TorchScript classifier (random weights) over
#     SCORE_N Fashion-MNIST images in the PostgreSQL project, as 1, 2 and 4 score-shard
#     processes at once, each run on a fresh copy; images/s overall. On 2 cores the
#     speed-up is bounded by the cores: it is reported as measured.
#   bench/team.sh [N=100000] [LOOPS=3200] [SCORE_N=2000] [BUILD_DIR=build/dev]
# Needs install-deps.sh --bench --test (PyTorch for the model, PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
loops=${2:-3200}
score_n=${3:-2000}
build=${4:-build/dev}
. bench/common.sh
maker=$build/bench/triage-bench-bigproject
load=$build/bench/triage-bench-server
server=$build/app/triage-server
cli=$build/app/triage-cli
require_built "$maker" "$load" "$server" "$cli"
work=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    scripts/pgcluster.sh stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
scripts/pgcluster.sh start "$work/pg" >/dev/null
pg=$(cat "$work/pg/url")

echo "== $(nproc) cores, $(psql --version | head -n1), a synthetic project of $n items"
make_big_project "$maker" "$work/big.triage" "$n" "$work" | tail -n 1
start=$(date +%s.%N)
"$cli" migrate "$work/big.triage" "$pg/big" 2>/dev/null | tail -n 1
echo "   migrate to PostgreSQL: $(echo "$(date +%s.%N) - $start" | bc) s"

# serve PROJECT NAME: a server on a free port, its port in $work/NAME.port. Not called in
# $(...): the server's pid must reach the cleanup's list in this shell.
serve() {
    local project=$1 name=$2
    for c in $(seq 0 31); do
        echo "$name$c $("$cli" token create "$project" --role annotator --name "$name$c" | head -n1)"
    done > "$work/$name.tokens"
    "$server" --project "$project" --listen 127.0.0.1:0 --rate-limit 0 --threads 64 \
        --data-dir "$work/$name-data" > "$work/$name.out" 2> "$work/$name.err" &
    pids+=($!)
    for _ in $(seq 100); do grep -q listening "$work/$name.out" 2>/dev/null && break; sleep 0.1; done
    grep -o '127.0.0.1:[0-9]*' "$work/$name.out" | cut -d: -f2 > "$work/$name.port"
}
serve "$work/big.triage" file
serve "$pg/big" team
sqlite_port=$(cat "$work/file.port")
pg_port=$(cat "$work/team.port")
echo "== 1. review loop: $loops loops (lease one, decide it) per level, split over the clients"
for clients in 1 8 32; do
    for project in "$work/big.triage" "$pg/big"; do
        "$load" inprocess "$project" "$clients" $((loops / clients))
    done
    "$load" http "$sqlite_port" "$work/file.tokens" "$work/big.triage" "$clients" $((loops / clients))
    "$load" http "$pg_port" "$work/team.tokens" "$pg/big" "$clients" $((loops / clients))
done

echo "== 2. sharded scoring: $score_n images, ResNet-18 shape at 64x64, batch 32, CPU"
/usr/bin/python3 bench/python/make_resnet18.py "$work/resnet18.pt" 64 "$classes" >/dev/null
"$cli" init "$work/score.triage" --classes "$classes" >/dev/null
"$cli" idx2png "$fashion/t10k-images-idx3-ubyte.gz" "$fashion/t10k-labels-idx1-ubyte.gz" \
    --out "$work/fashion" --count "$score_n" >/dev/null
"$cli" import "$work/score.triage" "$work/fashion/images" >/dev/null 2>&1
"$cli" model add "$work/score.triage" "$work/resnet18.pt" --name resnet18 \
    --names "$work/resnet18.txt" --input 64 >/dev/null
for shards in 1 2 4; do
    "$cli" migrate "$work/score.triage" "$pg/score$shards" >/dev/null 2>&1
    start=$(date +%s.%N)
    jobs=()
    for ((i = 0; i < shards; i++)); do
        "$cli" score-shard "$pg/score$shards" --model resnet18 --shard "$i" --shards "$shards" \
            --batch 32 --device cpu > "$work/shard$shards-$i.out" 2>&1 &
        jobs+=($!)
    done
    for j in "${jobs[@]}"; do wait "$j"; done
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    scored=$(psql -Atq "$pg/score$shards" -c "SELECT COUNT(*) FROM model_outputs")
    printf '%d shard(s) at once: %d outputs in %6.2f s = %7.1f images/s\n' "$shards" "$scored" \
        "$seconds" "$(echo "$scored / $seconds" | bc -l)"
done
