#pragma once
// The triage-cli subcommands. Each takes its arguments (after the subcommand name),
// prints results to stdout and progress to stderr, and returns the process exit code:
// 0 done, 1 failed (one line on stderr says why), 2 wrong usage.
#include <string>
#include <vector>

namespace triage::cli {

using Args = std::vector<std::string>;

// Makes Ctrl+C cancel the running job cleanly instead of killing the process.
void installInterruptHandler();

int runInit(const Args &args);
int runImport(const Args &args);
int runAutolabel(const Args &args);
int runStatus(const Args &args);
int runSimulate(const Args &args);
int runExport(const Args &args);
int runIdxToPng(const Args &args);
int runRemove(const Args &args);

}  // namespace triage::cli
