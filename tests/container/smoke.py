#!/usr/bin/env python3
"""The container smoke test: starts the image with a fresh /data volume and, through the
REST API only, uploads Fashion-MNIST images, labels some as an annotator, runs an
auto-label round, makes a version, exports it and downloads the archive. Standard
library only. Usage: smoke.py IMAGE"""
import gzip
import io
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.error
import urllib.request
import uuid
import zlib

FASHION = "/usr/share/datasets/fashion-mnist"
CLASSES = ["tshirt_top", "trouser", "pullover", "dress", "coat", "sandal", "shirt",
           "sneaker", "bag", "ankle_boot"]
IMAGES = 300
LABELS = 150


def png(pixels, width, height):
    """A grayscale PNG of raw 8-bit pixels."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    rows = b"".join(b"\0" + pixels[y * width:(y + 1) * width] for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def fashion(count):
    with gzip.open(f"{FASHION}/train-images-idx3-ubyte.gz") as f:
        _, n, h, w = struct.unpack(">IIII", f.read(16))
        images = [f.read(h * w) for _ in range(count)]
    with gzip.open(f"{FASHION}/train-labels-idx1-ubyte.gz") as f:
        f.read(8)
        labels = list(f.read(count))
    return [(f"{i:05d}.png", png(px, w, h), CLASSES[labels[i]]) for i, px in enumerate(images)]


class Api:
    def __init__(self, port, token):
        self.base = f"http://127.0.0.1:{port}"
        self.token = token

    def call(self, method, path, body=None, raw=None, content_type="application/json"):
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else b"{}" if method == "POST" else None)
        request = urllib.request.Request(self.base + path, data=data, method=method)
        if self.token:
            request.add_header("Authorization", "Bearer " + self.token)
        if data is not None:
            request.add_header("Content-Type", content_type)
        try:
            with urllib.request.urlopen(request, timeout=120) as reply:
                payload = reply.read()
                return reply.status, payload
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def json(self, method, path, body=None, expect=(200, 201, 202)):
        status, payload = self.call(method, path, body)
        if status not in expect:
            raise SystemExit(f"smoke: {method} {path} answered {status}: {payload[:300]!r}")
        return json.loads(payload)

    def wait_for_job(self, job, limit=600):
        deadline = time.time() + limit
        while time.time() < deadline:
            job = self.json("GET", f"/v1/jobs/{job['id']}")
            if job["state"] != "running":
                if job["state"] != "succeeded":
                    raise SystemExit(f"smoke: job {job['id']} ({job['kind']}) {job['state']}: {job.get('error')}")
                return job
            time.sleep(0.5)
        raise SystemExit(f"smoke: job {job['id']} still running after {limit} s")


def multipart(files):
    boundary = uuid.uuid4().hex
    body = io.BytesIO()
    for name, content, _ in files:
        body.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; "
                   f"filename=\"{name}\"\r\nContent-Type: image/png\r\n\r\n".encode())
        body.write(content + b"\r\n")
    body.write(f"--{boundary}--\r\n".encode())
    return body.getvalue(), f"multipart/form-data; boundary={boundary}"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def podman(*args, check=True):
    return subprocess.run(["podman", *args], check=check, capture_output=True, text=True)


def main():
    image = sys.argv[1]
    started = time.time()
    data = tempfile.mkdtemp(prefix="triage-smoke-", dir="/var/tmp")
    os.chown(data, 10001, 10001)  # the image's user owns its volume
    name = f"triage-smoke-{os.getpid()}"
    port = free_port()
    podman("run", "-d", "--name", name, "-p", f"127.0.0.1:{port}:8080", "-v", f"{data}:/data",
           "-e", "TRIAGE_CLASSES=" + ",".join(CLASSES), image)
    try:
        run_checks(name, port, data)
    finally:
        logs = podman("logs", name, check=False)
        podman("stop", "-t", "20", name, check=False)
        state = podman("inspect", "-f", "{{.State.Status}} {{.State.ExitCode}}", name, check=False)
        podman("rm", "-f", name, check=False)
        print("smoke: container logs:\n" + logs.stdout + logs.stderr)
        print(f"smoke: container ended: {state.stdout.strip()}")
        shutil.rmtree(data, ignore_errors=True)
    print(f"smoke: passed in {time.time() - started:.0f} s")


def run_checks(name, port, data):
    anonymous = Api(port, "")
    deadline = time.time() + 120
    while True:
        try:
            if anonymous.call("GET", "/healthz")[0] == 200:
                break
        except OSError:
            pass
        if time.time() > deadline:
            raise SystemExit("smoke: the server did not answer /healthz within 120 s")
        time.sleep(0.5)
    health = podman("healthcheck", "run", name, check=False)
    assert health.returncode == 0, f"health check failed: {health.stdout}{health.stderr}"
    uid = podman("exec", name, "id", "-u").stdout.strip()
    assert uid == "10001", f"the server runs as uid {uid}, not the image's user"

    with open(os.path.join(data, "admin.token")) as f:
        admin = Api(port, f.read().strip())
    lead = Api(port, admin.json("POST", "/v1/tokens", {"name": "lead", "role": "lead"})["token"])
    annotator = Api(port, admin.json("POST", "/v1/tokens", {"name": "ann", "role": "annotator"})["token"])
    assert annotator.call("POST", "/v1/autolabel")[0] == 403

    images = fashion(IMAGES)
    truth = {name: label for name, _, label in images}
    body, content_type = multipart(images)
    status, payload = lead.call("POST", "/v1/uploads", raw=body, content_type=content_type)
    assert status == 202, f"upload answered {status}: {payload[:200]!r}"
    job = lead.wait_for_job(json.loads(payload))
    assert job["result"]["added"] == IMAGES, job

    decided = 0
    while decided < LABELS:
        leased = annotator.json("POST", "/v1/queue/lease", {"count": 25})["items"]
        assert leased, "the queue ran dry"
        for item in leased[:LABELS - decided]:
            label = truth[os.path.basename(item["path"])]
            annotator.json("POST", f"/v1/items/{item['id']}/decisions", {"label": label})
            decided += 1

    job = lead.wait_for_job(lead.json("POST", "/v1/autolabel"))
    status = lead.json("GET", "/v1/status")
    print("smoke: after the round:", json.dumps(status["items"]))
    assert status["items"]["human_labeled"] == LABELS
    assert status["items"]["auto_accepted"] + status["items"]["queued"] > 0

    version = lead.json("POST", "/v1/versions", {"name": "smoke", "splits": [0.8, 0.1, 0.1]})
    job = lead.wait_for_job(lead.json("POST", "/v1/exports", {"version": "smoke", "format": "imagefolder"}))
    status, archive = lead.call("GET", f"/v1/exports/{job['id']}/archive")
    assert status == 200, status
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        pngs = [m for m in tar.getmembers() if m.name.endswith(".png")]
    assert len(pngs) == version["items"], (len(pngs), version["items"])
    metrics = anonymous.call("GET", "/metrics")[1].decode()
    assert 'triage_http_requests_total{route="POST /v1/items/{id}/decisions",status="201"} %d' % LABELS in metrics
    print(f"smoke: {IMAGES} uploaded, {LABELS} labelled, version of {version['items']} exported "
          f"({len(archive)} bytes)")


if __name__ == "__main__":
    main()
