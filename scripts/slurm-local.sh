#!/usr/bin/env bash
# A single-node Slurm on this machine for the tests (the recipe of shared/SLURM.md), kept
# in DIR instead of /etc: `start DIR` writes DIR/slurm.conf with free ports, starts munged
# (unless one runs), slurmctld and slurmd, and waits until the node is idle; `stop DIR`
# stops exactly the daemons it started and removes DIR. Clients find it through
# SLURM_CONF=DIR/slurm.conf. Needs root and Debian's slurm-wlm and munge; exits 77
# (skipped) without them.
set -euo pipefail
. "$(dirname "$0")/freeport.sh"

usage() { echo "usage: slurm-local.sh start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
dir=$(realpath -m "$2")

pid_of() { [ -f "$1" ] && cat "$1" || true; }

stop() {
    for daemon in slurmd slurmctld munged; do
        pid=$(pid_of "$dir/$daemon.pid")
        [ -n "$pid" ] || continue
        kill "$pid" 2>/dev/null || true
        # Wait until it has really gone, so a next start finds its ports free.
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
    done
    rm -rf "$dir"
}


case "$action" in
start)
    if [ "$(id -u)" -ne 0 ] || ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
        echo "slurm-local: needs root, slurm-wlm and munge (scripts/install-deps.sh --test)" >&2
        exit 77
    fi
    stop
    mkdir -p "$dir/spool/ctld" "$dir/spool/d"
    if ! pgrep -x munged >/dev/null; then
        mkdir -p /run/munge && chown munge:munge /run/munge
        # munged drops to the munge user and writes its own pid file where it may.
        runuser -u munge -- munged --force --pid-file=/run/munge/munged.pid
        cp /run/munge/munged.pid "$dir/munged.pid"
    fi
    host=$(hostname -s)
    ctld_port=$(free_port)
    slurmd_port=$(free_port)
    cat >"$dir/slurm.conf" <<CONF
ClusterName=triagetest
SlurmctldHost=$host
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmdSpoolDir=$dir/spool/d
StateSaveLocation=$dir/spool/ctld
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
SlurmUser=root
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
NodeName=$host CPUs=$(nproc) State=UNKNOWN
PartitionName=main Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
    export SLURM_CONF="$dir/slurm.conf"
    slurmctld -f "$SLURM_CONF"
    slurmd -f "$SLURM_CONF"
    for _ in $(seq 1 300); do
        if sinfo -h -o '%T' 2>/dev/null | grep -qx idle; then
            echo "slurm-local: node $host idle (SLURM_CONF=$SLURM_CONF)"
            exit 0
        fi
        sleep 0.1
    done
    echo "slurm-local: the node did not become idle in 30 s" >&2
    cat "$dir/slurmctld.log" "$dir/slurmd.log" >&2 || true
    stop
    exit 1
    ;;
stop) stop ;;
*) usage ;;
esac
