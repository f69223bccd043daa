#!/usr/bin/python3
"""Writes a ResNet-18-shaped TorchScript classifier (torchvision's architecture, random
weights from a fixed seed) and its class names, for the throughput benchmarks. Without
torchvision (the GPU server's pip PyTorch), the same architecture is built here.

    make_resnet18.py OUT.pt SIZE CLASSES(comma-separated)
"""
import sys

import torch
from torch import nn


class BasicBlock(nn.Module):
    def __init__(self, inputs, outputs, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(inputs, outputs, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(outputs)
        self.conv2 = nn.Conv2d(outputs, outputs, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(outputs)
        self.downsample = None
        if stride != 1 or inputs != outputs:
            self.downsample = nn.Sequential(nn.Conv2d(inputs, outputs, 1, stride, bias=False),
                                            nn.BatchNorm2d(outputs))

    def forward(self, x):
        identity = x if self.downsample is None else self.downsample(x)
        y = torch.relu(self.bn1(self.conv1(x)))
        return torch.relu(self.bn2(self.conv2(y)) + identity)


def resnet18(classes):
    try:
        import torchvision
        return torchvision.models.resnet18(num_classes=classes)
    except ImportError:
        layers = [nn.Conv2d(3, 64, 7, 2, 3, bias=False), nn.BatchNorm2d(64), nn.ReLU(),
                  nn.MaxPool2d(3, 2, 1)]
        inputs = 64
        for outputs, stride in ((64, 1), (128, 2), (256, 2), (512, 2)):
            layers += [BasicBlock(inputs, outputs, stride), BasicBlock(outputs, outputs, 1)]
            inputs = outputs
        layers += [nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(512, classes)]
        return nn.Sequential(*layers)


def main():
    out, size, classes = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",")
    torch.manual_seed(7)
    model = resnet18(len(classes)).eval()
    with torch.inference_mode():
        traced = torch.jit.trace(model, torch.rand(1, 3, size, size))
    traced.save(out)
    with open(out.rsplit(".", 1)[0] + ".txt", "w") as names:
        names.write("\n".join(classes) + "\n")


if __name__ == "__main__":
    main()
