# Sourced by the benchmark scripts, from the repository root: what they all need.
fashion=/usr/share/datasets/fashion-mnist
classes=tshirt_top,trouser,pullover,dress,coat,sandal,shirt,sneaker,bag,ankle_boot

# require_built TOOL...: stops with the build command when a build output is missing.
require_built() {
    local tool
    for tool in "$@"; do
        [ -x "$tool" ] || { echo "build first: cmake --preset dev && cmake --build --preset dev ($tool is missing)" >&2; exit 1; }
    done
}

# make_big_project MAKER PROJECT N WORK: the synthetic N-item project of the load and latency
# benchmarks (bench/bigproject.cpp: 2,000 labelled, the rest routed), its images links to
# Fashion-MNIST's training file in WORK, 60,000 records each. Prints the maker's summary.
make_big_project() {
    local maker=$1 project=$2 n=$3 work=$4 k files=()
    for ((k = 0; k * 60000 < n; k++)); do
        ln -s "$fashion/train-images-idx3-ubyte.gz" "$work/part$k.idx.gz"
        files+=("$work/part$k.idx.gz")
    done
    "$maker" "$project" "$fashion/train-labels-idx1-ubyte.gz" "$n" 2000 "${files[@]}"
}
