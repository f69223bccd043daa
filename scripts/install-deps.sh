#!/usr/bin/env bash
# Installs the Debian 12 packages Triage builds, tests and demos with; only what is
# missing, so a second run (or CI on a prepared machine) touches no network.
# Works as root, or as a normal user with sudo. --bench adds what the benchmarks compare
# against (PyTorch, torchvision and PIL from Debian); --test adds the Python tools the
# export tests read each format with (torchvision, pandas).
set -euo pipefail

packages=(
    g++ cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6svg6 qt6-charts-dev libqt6opengl6-dev
    libtorch-dev libopencv-dev libsqlite3-dev zlib1g-dev libjpeg-dev libdeflate-dev
    libcpp-httplib-dev libpq-dev
    dataset-fashion-mnist opencv-data locales sqlite3
)
for option in "$@"; do
    case "$option" in
        --bench) packages+=(python3-torch python3-torchvision python3-pil python3-numpy time) ;;
        # The tools the export tests load every format with, and podman for the
        # container smoke test, and what the team tests start or read: a PostgreSQL server,
        # a single-node Slurm, the Kubernetes manifests (YAML).
        --test) packages+=(python3-torchvision python3-pandas podman runc debootstrap postgresql
                         slurm-wlm munge python3-yaml) ;;
        *) echo "install-deps: unknown option $option (--bench, --test)" >&2; exit 2 ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    as_root=(sudo)
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The tests check that numbers survive a German desktop's "," decimal point.
if ! locale -a 2>/dev/null | grep -qix 'de_DE.utf8'; then
    "${as_root[@]}" localedef -i de_DE -f UTF-8 de_DE.UTF-8
fi
