#pragma once
// Process-wide settings that have to be in place before any library initialises.
#include <string>

namespace triage {

// LibTorch's CPU thread pool is OpenMP, which by default spin-waits for work: two model
// jobs (or a job and the decoder, the writer, the GUI) on a small machine then burn each
// other's cores. Measured here, two auto-label rounds at once: 60 s wall with spinning,
// 31 s with OMP_WAIT_POLICY=PASSIVE. libgomp reads the variable when it loads, before main,
// so a process that finds it unset sets it and executes itself again, once. A value the
// user set is kept. Call first thing in main; returns only when no restart was needed or
// the restart failed (the process then runs as it is, only slower).
void restartWithPassiveOpenMp(char **argv);

// Background work in an interactive program (the GUI's jobs) runs at a lower priority than
// the threads a person waits on: nice 10 for the calling thread, and for the threads it
// starts from then on (decoders, LibTorch's pool), which inherit it. On Linux, where a
// thread has a nice value of its own; elsewhere it does nothing. False if it failed.
bool lowerThisThreadsPriority();

}  // namespace triage
