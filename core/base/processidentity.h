#pragma once
// Which process owns a job, precisely enough to tell later whether it is still alive:
// a pid alone can be reused after a kill, so the process's start time (in clock ticks
// since boot, from /proc) is part of the identity, and the host name scopes both.
//
// Threads: free functions, safe from any thread.
#include <cstdint>
#include <string>

namespace triage {

struct ProcessIdentity {
    int64_t pid = 0;
    int64_t startTicks = 0;  // 0 when unknown
    std::string host;
};

ProcessIdentity currentProcess();

enum class Liveness { Alive = 1, Dead, Unknown };  // Unknown: another host's process

Liveness livenessOf(const ProcessIdentity &owner);

}  // namespace triage
