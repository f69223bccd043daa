#include "processidentity.h"

#include <cerrno>
#include <csignal>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace triage {
namespace {

struct ProcStat {
    char state = '?';
    int64_t startTicks = 0;
};

// Fields 3 (state) and 22 (start time) of /proc/PID/stat; the command name (field 2) may
// hold spaces and ')'.
ProcStat procStat(int64_t pid)
{
    ProcStat result;
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto close = text.rfind(')');
    if (close == std::string::npos || close + 2 >= text.size()) {
        return result;
    }
    std::istringstream fields(text.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {
        if (i == 3) {
            result.state = field[0];
        } else if (i == 22) {
            try {
                result.startTicks = std::stoll(field);
            } catch (const std::exception &) {
                result.startTicks = 0;
            }
        }
    }
    return result;
}

std::string hostName()
{
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0) {
        return "localhost";
    }
    return name;
}

}  // namespace

ProcessIdentity currentProcess()
{
    static const ProcessIdentity self{int64_t(::getpid()), procStat(::getpid()).startTicks,
                                      hostName()};
    return self;
}

Liveness livenessOf(const ProcessIdentity &owner)
{
    if (owner.pid <= 0) {
        return Liveness::Dead;  // recorded before owners were: its process is long gone
    }
    if (owner.host != currentProcess().host) {
        return Liveness::Unknown;
    }
    if (::kill(pid_t(owner.pid), 0) != 0 && errno == ESRCH) {
        return Liveness::Dead;
    }
    // The pid is in use: by the owner (perhaps killed and not reaped yet: a zombie), or
    // by a newer process that reused it.
    const ProcStat stat = procStat(owner.pid);
    if (stat.state == 'Z' || stat.state == 'X') {
        return Liveness::Dead;
    }
    if (owner.startTicks != 0 && stat.startTicks != 0 && stat.startTicks != owner.startTicks) {
        return Liveness::Dead;
    }
    return Liveness::Alive;
}

}  // namespace triage
