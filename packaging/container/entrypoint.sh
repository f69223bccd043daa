#!/bin/sh
# The container's start: makes the project on first start when TRIAGE_CLASSES names its
# classes (or uses the one mounted at TRIAGE_PROJECT, or the postgresql:// database it
# names), writes an admin token to /data/admin.token the first time, and serves on port
# 8080 of the container.
# Images to import by path go under /data/import; uploads and exports under /data/server.
set -eu
project="${TRIAGE_PROJECT:-/data/project.triage}"
case "$project" in
postgres://* | postgresql://*) triage-cli status "$project" >/dev/null 2>&1 && exists=yes || exists=no ;;
*) [ -e "$project" ] && exists=yes || exists=no ;;
esac
if [ "$exists" = no ]; then
    if [ -z "${TRIAGE_CLASSES:-}" ]; then
        echo "triage: no project at $project; set TRIAGE_CLASSES=a,b,c to create one" >&2
        exit 2
    fi
    triage-cli init "$project" --classes "$TRIAGE_CLASSES"
fi
mkdir -p /data/import
exec triage-server --project "$project" --listen 0.0.0.0:8080 \
    --token-file "${TRIAGE_TOKEN_FILE:-/data/admin.token}" \
    --allow-root /data/import --data-dir /data/server "$@"
