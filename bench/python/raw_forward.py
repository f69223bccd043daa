#!/usr/bin/env python3
"""A TorchScript model's raw forward throughput on the GPU: random inputs already on the
card, no decoding, no copies, no writing: the ceiling bench/gpu.sh sets Triage against.

    raw_forward.py MODEL.pt N SIZE [BATCH=256]
"""
import sys
import time

import torch


def measure(model, batch, size, count, half):
    x = torch.randn(batch, 3, size, size, device="cuda")
    if half:
        model = model.half().to(memory_format=torch.channels_last)
        x = x.half().contiguous(memory_format=torch.channels_last)
    with torch.inference_mode():
        for _ in range(3):
            model(x)
        torch.cuda.synchronize()
        started = time.perf_counter()
        done = 0
        while done < count:
            model(x)
            done += batch
        torch.cuda.synchronize()
    seconds = time.perf_counter() - started
    label = "fp16, channels-last" if half else "fp32"
    print(f"pytorch raw forward ({torch.cuda.get_device_name()}, batch {batch}, {label}): "
          f"{done} images in {seconds:.2f} s = {done / seconds:.1f} images/s")


def main():
    path, count, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    batch = int(sys.argv[4]) if len(sys.argv) > 4 else 256
    for half in (False, True):
        measure(torch.jit.load(path).cuda().eval(), batch, size, count, half)


if __name__ == "__main__":
    main()
