#!/usr/bin/python3
"""Writes an uncompressed IDX images file of COUNT distinct 28x28 records, tiled from
Fashion-MNIST's training images; the first three bytes of each record carry its index, so
no two records are equal (an import would skip exact duplicates).

    make_idx.py OUT.idx COUNT
"""
import gzip
import sys

import numpy as np

FASHION = "/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"


def main():
    out, count = sys.argv[1], int(sys.argv[2])
    with gzip.open(FASHION) as f:
        data = f.read()
    source = np.frombuffer(data, dtype=np.uint8, offset=16).reshape(-1, 784)
    with open(out, "wb") as f:
        f.write(bytes([0, 0, 8, 3]) + count.to_bytes(4, "big") + (28).to_bytes(4, "big") * 2)
        for start in range(0, count, 60000):
            n = min(60000, count - start)
            block = source[:n].copy()
            index = np.arange(start, start + n, dtype=np.uint32)
            block[:, 0] = index & 0xFF
            block[:, 1] = (index >> 8) & 0xFF
            block[:, 2] = (index >> 16) & 0xFF
            f.write(block.tobytes())


if __name__ == "__main__":
    main()
