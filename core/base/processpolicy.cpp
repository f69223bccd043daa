#include "processpolicy.h"

#include <cstdlib>
#include <unistd.h>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#endif

namespace triage {

void restartWithPassiveOpenMp(char **argv)
{
    if (std::getenv("OMP_WAIT_POLICY") != nullptr) {
        return;  // set already: by the user, or by our own first start
    }
    if (setenv("OMP_WAIT_POLICY", "PASSIVE", 1) != 0) {
        return;
    }
    execv("/proc/self/exe", argv);  // returns only on failure
}

bool lowerThisThreadsPriority()
{
#ifdef __linux__
    constexpr int kBackgroundNice = 10;
    const auto thread = id_t(syscall(SYS_gettid));
    return setpriority(PRIO_PROCESS, thread, kBackgroundNice) == 0;
#else
    return false;
#endif
}

}  // namespace triage
