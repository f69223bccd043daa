#!/usr/bin/env bash
# For the GPU server (Ubuntu, pip PyTorch with CUDA, cmake, ninja; no Qt, no OpenCV): builds
# core/ml against the pip LibTorch, checks it on the card, then measures a ResNet-18-shaped
# TorchScript classifier at SIZE x SIZE:
#   - its raw forward throughput in PyTorch (inputs already on the card): the ceiling;
#   - Triage re-scoring N images from the input cache through the scoring pipeline (cache
#     read, normalisation, batching, copy to the card, forward, outputs back);
# both in fp32, and in fp16 with channels-last memory. Target: Triage >= 90% of raw.
#   bench/gpu.sh [N=20000] [SIZE=224]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
size=${2:-224}
python=${PYTHON:-python3}
prefix=$("$python" -c 'import torch; print(torch.utils.cmake_prefix_path)')
cmake --preset gpu -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build build/gpu --target triage-ml-check triage-score-bench
echo "card: $(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader)"
echo "PyTorch $("$python" -c 'import torch; print(torch.__version__, "CUDA", torch.version.cuda)')"
(cd build/gpu && ctest --output-on-failure -L ml)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" bench/python/make_resnet18.py "$work/resnet18.pt" "$size" a,b,c,d,e,f,g,h,i,j
"$python" bench/python/raw_forward.py "$work/resnet18.pt" "$n" "$size" 256
build/gpu/bench/gpu/triage-score-bench "$work/resnet18.pt" "$n" "$size" 256
build/gpu/bench/gpu/triage-score-bench "$work/resnet18.pt" "$n" "$size" 256 half channels-last
