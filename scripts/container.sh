#!/usr/bin/env bash
# Triage's container image with podman on this Debian 12 machine (no registry: the base
# image is made from Debian's archive with debootstrap, once).
#   scripts/container.sh build [--prebuilt BUILD_DIR]   the image localhost/triage
#   scripts/container.sh run [--classes a,b,c] [--data DIR] [--port 8080]
#   scripts/container.sh test [--prebuilt BUILD_DIR]   build, then the smoke test
# --prebuilt copies triage-server, triage-cli and the LibTorch module from a host build
# instead of compiling them in the image (what the test suite does: same runtime image).
# Exits 77 when podman is missing (ctest reports the smoke test as skipped).
set -euo pipefail
cd "$(dirname "$0")/.."

image=${TRIAGE_IMAGE:-localhost/triage:latest}
base=localhost/debian:bookworm

if ! command -v podman >/dev/null; then
    echo "container: podman is not installed (apt-get install podman runc debootstrap)" >&2
    exit 77
fi

# What these machines need (cgroup v1 hybrid, no setrlimit): runc, cgroupfs, no ulimits.
# Harmless elsewhere; only this script's podman calls read it.
conf=$(mktemp -t triage-containers.XXXXXX.conf)
trap 'rm -f "$conf"' EXIT
cat > "$conf" <<'CONF'
[containers]
default_ulimits = []
[engine]
cgroup_manager = "cgroupfs"
runtime = "runc"
CONF
export CONTAINERS_CONF="$conf"

mirror() {
    local url
    url=$(grep -hoE '^(URIs:|deb) +https?://[^ ]+/debian/?( |$)' \
              /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null |
          head -n1 | grep -oE 'https?://[^ ]+' || true)
    echo "${url:-http://deb.debian.org/debian}"
}

ensure_base() {
    if podman image exists "$base"; then
        return
    fi
    command -v debootstrap >/dev/null || { echo "container: apt-get install debootstrap" >&2; exit 1; }
    local root
    root=$(mktemp -d /var/tmp/triage-bookworm.XXXXXX)
    echo "container: making $base from $(mirror) (a few minutes, once)"
    debootstrap --variant=minbase bookworm "$root" "$(mirror)" >/dev/null
    tar -C "$root" -c . | podman import - "$base" >/dev/null
    rm -rf "$root"
}

build() {
    local args=()
    if [ "${1:-}" = --prebuilt ]; then
        local from=$2 stage=packaging/container/prebuilt
        rm -rf "$stage" && mkdir -p "$stage/bin" "$stage/lib/triage"
        cp "$from/app/triage-server" "$from/app/triage-cli" "$stage/bin/"
        cp "$from/lib/triage/libtriage-torch.so" "$stage/lib/triage/"
        # Debug information stays on the host: the image gets what runs.
        strip --strip-unneeded "$stage"/bin/* "$stage"/lib/triage/*.so
        args=(--build-arg BUILD=prebuilt --build-arg PREBUILT="$stage")
    fi
    ensure_base
    # Docker format: OCI images drop HEALTHCHECK. apt inside the build needs the host network.
    podman build --network host --isolation chroot --format docker \
        --build-arg BASE="$base" "${args[@]}" \
        -f packaging/container/Containerfile -t "$image" .
}

run() {
    local classes="" data="$PWD/triage-data" port=8080
    while [ $# -gt 0 ]; do
        case "$1" in
            --classes) classes=$2; shift 2 ;;
            --data) data=$2; shift 2 ;;
            --port) port=$2; shift 2 ;;
            *) echo "container: unknown option $1" >&2; exit 2 ;;
        esac
    done
    mkdir -p "$data"
    chown 10001 "$data" 2>/dev/null || true  # the image's user
    exec podman run --rm --name triage -p "127.0.0.1:$port:8080" -v "$data:/data" \
        -e TRIAGE_CLASSES="$classes" "$image"
}

case "${1:-}" in
    build) shift; build "$@" ;;
    run) shift; run "$@" ;;
    test)
        shift
        build "$@"
        /usr/bin/python3 tests/container/smoke.py "$image"
        ;;
    *) echo "usage: scripts/container.sh build|run|test [options] (see the top of this file)" >&2
       exit 2 ;;
esac
