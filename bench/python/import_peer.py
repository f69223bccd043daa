#!/usr/bin/python3
"""The peer Triage's import is measured against: the same work written in Python the way a
competent engineer would. Every PNG file under a folder (or every record of an IDX file)
is read, fully decoded (PIL), hashed (BLAKE2b, 8 bytes, hashlib's C code: a pure-Python FNV-1a like
Triage's would make the peer look slower than Python needs to be), and inserted into SQLite with its path, hash, size and dimensions, in chunks of
256 rows a transaction, with the decoding spread over worker processes.

    import_peer.py FOLDER|FILE.idx DB [--workers 2]

Prints: items, seconds, items/s.
"""
import argparse
import gzip
import hashlib
import io
import os
import sqlite3
import time
from multiprocessing import Pool

from PIL import Image

CHUNK = 256


def content_hash(data):
    return f"{hashlib.blake2b(data, digest_size=8).hexdigest()}-{len(data)}"


def probe_file(path):
    with open(path, "rb") as f:
        data = f.read()
    image = Image.open(io.BytesIO(data))
    image.load()
    return path, content_hash(data), len(data), image.width, image.height, len(image.getbands())


def probe_record(args):
    path, index, record = args
    return f"{path}#{index}", content_hash(record), len(record), 28, 28, 1


def idx_records(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    size = shape[1] * shape[2]
    offset = 4 + 4 * dims
    for i in range(shape[0]):
        yield path, i, data[offset + i * size: offset + (i + 1) * size]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("db")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    started = time.perf_counter()
    db = sqlite3.connect(args.db)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE IF NOT EXISTS items(id INTEGER PRIMARY KEY, path TEXT UNIQUE, "
               "content_hash TEXT, file_size INTEGER, width INTEGER, height INTEGER, "
               "channels INTEGER)")
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS items_by_hash ON items(content_hash)")
    if os.path.isdir(args.source):
        work = sorted(os.path.join(root, name) for root, _, names in os.walk(args.source)
                      for name in names if name.endswith(".png"))
        probe = probe_file
    else:
        work = idx_records(args.source)
        probe = probe_record
    count = 0
    with Pool(args.workers) as pool:
        rows = []
        for row in pool.imap(probe, work, chunksize=64):
            rows.append(row)
            if len(rows) == CHUNK:
                with db:
                    db.executemany("INSERT OR IGNORE INTO items(path, content_hash, file_size, "
                                   "width, height, channels) VALUES (?, ?, ?, ?, ?, ?)", rows)
                count += len(rows)
                rows = []
        with db:
            db.executemany("INSERT OR IGNORE INTO items(path, content_hash, file_size, width, "
                           "height, channels) VALUES (?, ?, ?, ?, ?, ?)", rows)
        count += len(rows)
    db.close()
    seconds = time.perf_counter() - started
    print(f"items {count}, seconds {seconds:.1f}, items/s {count / seconds:.1f}")


if __name__ == "__main__":
    main()
