#pragma once
// What the command files share: the shape of a command-table entry and the helpers every
// command uses. Private to triage-cli (commands.cpp drives, lfcommands.cpp adds `lf ...`).
#include "arguments.h"
#include "job.h"
#include "modelspec.h"

#include <functional>
#include <limits>
#include <set>
#include <string>
#include <vector>

namespace triage::cli {

constexpr size_t kAny = std::numeric_limits<size_t>::max();

struct Command {
    const char *name;
    const char *summary;  // for the overview
    const char *help;
    std::set<std::string> valueOptions;
    std::set<std::string> flags;
    bool opensProject;      // the first positional is the project
    size_t minPositionals;  // the project included
    size_t maxPositionals;
    std::function<Result<JobOutcome>(const Arguments &, ProjectStore *)> run;
    // Checks the command line before the project is opened (usage errors first).
    std::function<Result<void>(const Arguments &)> check = nullptr;
};

Error usageError(const std::string &message);
// Runs a job as a recorded job, progress on stderr, Ctrl+C cancelling it.
Result<JobOutcome> runJob(ProjectStore &store, Job &job);
// --batch, --device, --half and --channels-last of the commands that score with a model.
struct ScoringFlags {
    int batch = 64;
    RunOptions options;
};
Result<ScoringFlags> scoringFlagsFrom(const Arguments &parsed);
// "a, b ,c" -> {"a", "b", "c"}; empty parts dropped.
std::vector<std::string> splitList(const std::string &text, char separator);

// The `lf ...` commands (labeling functions).
std::vector<Command> lfCommands();
// The `version ...` commands (dataset versions).
std::vector<Command> versionCommands();
// The `token ...` commands (the REST server's bearer tokens).
std::vector<Command> tokenCommands();
// What a team runs beyond one machine: migrate, score-shard, import-predictions.
std::vector<Command> teamCommands();

}  // namespace triage::cli
