#!/usr/bin/python3
"""The baseline the scoring pipeline is measured against: the same job written the way a
PyTorch user writes it. A torchvision-style Dataset decodes each PNG with PIL and
preprocesses it (resize, to tensor, ImageNet normalisation); a DataLoader with worker
processes batches it; the TorchScript model runs under inference_mode; the softmax
outputs go to SQLite as float32 blobs, one transaction a batch. --freeze applies
torch.jit.optimize_for_inference to the model first, as Triage does, to tell the two gains
apart.

    baseline_dataloader.py IMAGE_DIR MODEL.pt SIZE DB [--workers 2] [--batch 64]

Prints: images, seconds, images/s.
"""
import argparse
import os
import sqlite3
import time

import numpy as np
import torch
from PIL import Image
from torch.utils.data import DataLoader, Dataset
from torchvision import transforms


class PngFolder(Dataset):
    def __init__(self, folder, size):
        self.paths = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".png"))
        self.transform = transforms.Compose([
            transforms.Resize((size, size)),
            transforms.ToTensor(),
            transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]),
        ])

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, index):
        image = Image.open(self.paths[index]).convert("RGB")
        return index, self.transform(image)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("images")
    parser.add_argument("model")
    parser.add_argument("size", type=int)
    parser.add_argument("db")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--freeze", action="store_true",
                        help="torch.jit.optimize_for_inference the model first, as Triage does")
    args = parser.parse_args()

    started = time.perf_counter()
    dataset = PngFolder(args.images, args.size)
    loader = DataLoader(dataset, batch_size=args.batch, num_workers=args.workers)
    model = torch.jit.load(args.model).eval()
    if args.freeze:
        model = torch.jit.optimize_for_inference(model)
    db = sqlite3.connect(args.db)
    db.execute("CREATE TABLE IF NOT EXISTS outputs(item INTEGER PRIMARY KEY, output BLOB)")
    scored = 0
    with torch.inference_mode():
        for indices, batch in loader:
            probabilities = torch.softmax(model(batch), dim=1).numpy().astype(np.float32)
            with db:
                db.executemany("INSERT OR REPLACE INTO outputs VALUES (?, ?)",
                               [(int(i), p.tobytes()) for i, p in zip(indices, probabilities)])
            scored += len(indices)
    db.close()
    seconds = time.perf_counter() - started
    print(f"images {scored}, seconds {seconds:.1f}, images/s {scored / seconds:.1f}")


if __name__ == "__main__":
    main()
