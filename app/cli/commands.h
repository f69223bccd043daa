#pragma once
// triage-cli's commands: one table, one driver. Each command declares its help, its
// options and whether it opens a project; the driver does help -> parse -> open -> run
// (long work as a recorded core Job, progress on stderr, Ctrl+C cancels) -> print (the
// outcome's lines, or its JSON with --json) -> exit code.
#include "result.h"

#include <string>
#include <vector>

namespace triage::cli {

using Args = std::vector<std::string>;

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;  // the work failed; one line on stderr says why
constexpr int kExitUsage = 2;   // the command line asked for something impossible

// Makes Ctrl+C cancel the running job cleanly instead of killing the process.
void installInterruptHandler();

// The overview `triage-cli --help` prints.
std::string commandOverview();
// Whether the command runs LibTorch (autolabel, simulate, model): only those need the
// OpenMP wait policy, and the process restart that sets it costs the others ~0.3 s.
bool commandRunsModels(const std::string &name);
// Runs one command; false `found` when no command has that name.
int runCommand(const std::string &name, const Args &args, bool &found);

// The exit code an error gives: usage errors 2, everything else (including an error
// nobody classified) 1.
int exitCodeFor(const Error &error);

}  // namespace triage::cli
