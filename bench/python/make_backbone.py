#!/usr/bin/python3
"""Writes a backbone for the label-efficiency benchmark: a small CNN trained on
Fashion-MNIST's 10,000 *test* images (none of them is in the benchmark's pool, which comes
from the training images), saved as a TorchScript embedder that outputs its 128 penultimate
features. It stands in for "a model from an earlier project on similar pictures".

    make_backbone.py OUT.pt [EPOCHS=6]

Input: 1 x 28 x 28 gray, pixels scaled to -1..1 (triage-cli model add ... --input 28
--channels gray --mean 0.5,0.5,0.5 --std 0.5,0.5,0.5).
"""
import gzip
import sys

import numpy as np
import torch
from torch import nn

FASHION = "/usr/share/datasets/fashion-mnist"


def idx(path):
    with gzip.open(path) as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


class Backbone(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.BatchNorm2d(64), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(64 * 7 * 7, 128), nn.ReLU())

    def forward(self, x):
        return self.features(x)


def main():
    out = sys.argv[1]
    epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    torch.manual_seed(3)
    images = torch.from_numpy(idx(f"{FASHION}/t10k-images-idx3-ubyte.gz").copy()).float()
    images = (images / 255.0 - 0.5) / 0.5
    images = images.unsqueeze(1)
    labels = torch.from_numpy(idx(f"{FASHION}/t10k-labels-idx1-ubyte.gz").astype(np.int64))
    backbone = Backbone()
    head = nn.Linear(128, 10)
    model = nn.Sequential(backbone, head)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for epoch in range(epochs):
        model.train()
        order = torch.randperm(len(labels))
        for start in range(0, len(labels), 128):
            batch = order[start:start + 128]
            loss = nn.functional.cross_entropy(model(images[batch]), labels[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        print(f"backbone epoch {epoch + 1}/{epochs}: loss {loss.item():.3f}", file=sys.stderr)
    backbone.eval()
    with torch.inference_mode():
        traced = torch.jit.trace(backbone, torch.zeros(1, 1, 28, 28))
    traced.save(out)


if __name__ == "__main__":
    main()
