#include "processpolicy.h"

#include <cstdlib>
#include <unistd.h>

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

}  // namespace triage
