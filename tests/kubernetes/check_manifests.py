#!/usr/bin/env python3
"""Checks packaging/kubernetes without a cluster: every manifest parses, the kustomization
lists them, the names and ports refer to each other, and the Indexed Job and the shard
runner agree (the Job's completions are the runner's --shards; the index comes from
JOB_COMPLETION_INDEX). With TRIAGE_CLI set, the Job's command line runs through the real
triage-cli against a throw-away project: its options are accepted, the index taken from
JOB_COMPLETION_INDEX, and an index past the Job's completions refused.

usage: check_manifests.py DIR
"""
import os
import re
import subprocess
import sys
import tempfile

import yaml

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def load(folder):
    documents = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".yaml"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                docs = [d for d in yaml.safe_load_all(f) if d is not None]
            for doc in docs:
                check(all(k in doc for k in ("apiVersion", "kind")), f"{name}: no apiVersion/kind")
                check("metadata" in doc and "name" in doc["metadata"] or doc.get("kind") == "Kustomization",
                      f"{name}: no metadata.name")
            documents[name] = docs
    return documents


def one(documents, kind, name=None):
    found = [d for docs in documents.values() for d in docs
             if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)]
    check(len(found) == 1, f"expected one {kind} {name or ''}, found {len(found)}")
    return found[0] if found else {}


def env_names(container, documents):
    """Every variable the container's environment has: env and envFrom's maps."""
    names = {e["name"] for e in container.get("env", [])}
    for source in container.get("envFrom", []):
        if "configMapRef" in source:
            names |= set(one(documents, "ConfigMap", source["configMapRef"]["name"]).get("data", {}))
        if "secretRef" in source:
            secret = one(documents, "Secret", source["secretRef"]["name"])
            names |= set(secret.get("stringData", {})) | set(secret.get("data", {}))
    return names


def check_references(container, documents, what):
    names = env_names(container, documents)
    for arg in container.get("command", []) + container.get("args", []):
        for var in re.findall(r"\$\(([A-Za-z_][A-Za-z0-9_]*)\)", arg):
            check(var in names, f"{what}: $({var}) is in no ConfigMap, Secret or env")


def option(args, name):
    return args[args.index(name) + 1] if name in args else None


def main(folder):
    documents = load(folder)
    kustomization = one(documents, "Kustomization")
    listed = set(kustomization.get("resources", []))
    check(listed == set(documents) - {"kustomization.yaml", "score-job.yaml"},
          f"kustomization lists {sorted(listed)}")

    config = one(documents, "ConfigMap", "triage-config")
    project = config.get("data", {}).get("TRIAGE_PROJECT", "")
    check(re.match(r"postgres(ql)?://[^:/@]+@", project) is not None,
          f"TRIAGE_PROJECT {project!r} is not a postgresql:// URL with a user and no password")
    secret = one(documents, "Secret", "triage-database")
    check("PGPASSWORD" in secret.get("stringData", {}), "the Secret holds no PGPASSWORD")

    deployment = one(documents, "Deployment", "triage-server")
    pod = deployment["spec"]["template"]
    server = pod["spec"]["containers"][0]
    check(deployment["spec"]["selector"]["matchLabels"].items() <= pod["metadata"]["labels"].items(),
          "the Deployment's selector does not match its pods")
    check(server["command"] == ["triage-server"], "the server container does not run triage-server")
    check(option(server["args"], "--project") == "$(TRIAGE_PROJECT)", "the server's --project")
    listen = option(server["args"], "--listen") or ""
    port = int(listen.rsplit(":", 1)[1]) if ":" in listen else None
    ports = {p["containerPort"] for p in server.get("ports", [])}
    check(port in ports, f"--listen {listen} is not the container port {ports}")
    check(server["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": port}, "readiness probe")
    check(server["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": port}, "liveness probe")
    mounts = {m["mountPath"]: m["name"] for m in server.get("volumeMounts", [])}
    check(option(server["args"], "--data-dir") in mounts, "--data-dir is not a mounted volume")
    claims = {v["name"]: v.get("persistentVolumeClaim", {}).get("claimName")
              for v in pod["spec"].get("volumes", [])}
    for claim in claims.values():
        one(documents, "PersistentVolumeClaim", claim)
    check_references(server, documents, "server")

    service = one(documents, "Service", "triage-server")
    check(service["spec"]["selector"].items() <= pod["metadata"]["labels"].items(),
          "the Service selects no server pod")
    check(all(p["targetPort"] == port for p in service["spec"]["ports"]), "the Service's targetPort")

    job = one(documents, "Job", "triage-score")
    spec = job["spec"]
    check(spec.get("completionMode") == "Indexed", "the scoring Job is not an Indexed Job")
    completions = spec.get("completions")
    check(isinstance(completions, int) and completions >= 1, "the Job has no completions")
    check(spec.get("parallelism", 1) <= completions, "parallelism above completions")
    runner = spec["template"]["spec"]["containers"][0]
    args = runner["command"] + runner["args"]
    check(args[:2] == ["triage-cli", "score-shard"], "the Job does not run triage-cli score-shard")
    check("--shard" not in args, "the Job fixes --shard: each pod's index must come from "
                                 "JOB_COMPLETION_INDEX")
    check(option(args, "--shards") == str(completions),
          f"--shards {option(args, '--shards')} is not the Job's completions {completions}")
    check(args[2] == "$(TRIAGE_PROJECT)", "the Job's project is not $(TRIAGE_PROJECT)")
    check(int(runner["resources"]["limits"].get("nvidia.com/gpu", 0)) >= 1,
          "the Job's pods ask for no GPU (nvidia.com/gpu)")
    check(runner["image"] == server["image"], "the Job and the server run different images")
    check(spec["template"]["spec"].get("restartPolicy") in ("OnFailure", "Never"),
          "restartPolicy of a Job's pod")
    check_references(runner, documents, "score job")

    cli = os.environ.get("TRIAGE_CLI")
    if cli:
        run_job_command(cli, args, completions)
    for failure in failures:
        print("FAIL:", failure)
    print(f"{sum(len(d) for d in documents.values())} manifests, {len(failures)} problems")
    return 1 if failures else 0


def run_job_command(cli, args, completions):
    """The Job's command line through the real CLI, on a project without the model."""
    with tempfile.TemporaryDirectory() as folder:
        project = os.path.join(folder, "p.triage")
        subprocess.run([cli, "init", project, "--classes", "a,b"], check=True,
                       capture_output=True)
        values = {"TRIAGE_PROJECT": project, "TRIAGE_MODEL": "resnet50"}
        line = [cli] + [re.sub(r"\$\((\w+)\)", lambda m: values[m.group(1)], a) for a in args[1:]]
        env = {k: v for k, v in os.environ.items() if not k.startswith("SLURM_")}
        for index, expected in ((completions - 1, "no model called 'resnet50'"),
                                (completions, "(from JOB_COMPLETION_INDEX)")):
            env["JOB_COMPLETION_INDEX"] = str(index)
            done = subprocess.run(line, env=env, capture_output=True, text=True, timeout=120)
            check(expected in done.stderr,
                  f"index {index}: triage-cli said {done.stderr.strip()!r}, not {expected!r}")
            check(done.returncode == (1 if index < completions else 2),
                  f"index {index}: exit code {done.returncode}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
