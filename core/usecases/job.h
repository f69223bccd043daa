#pragma once
// Job: one use-case of long work on a project (import, an auto-label round, export,
// simulate), run the same way by every face. The GUI's JobRunner runs it on a worker
// thread, the CLI on its main thread, the REST server later on its pool; none of them
// holds a job body of its own.
//
// Threads: run() blocks on the calling thread, which owns `store`.
#include "progress.h"
#include "projectstore.h"

#include <functional>
#include <string>
#include <vector>

namespace triage {

// What a finished job says: a line for a status bar, more lines for a terminal, and the
// result object as JSON (for --json and the REST API).
struct JobOutcome {
    std::string summary;
    std::vector<std::string> details;
    std::string json;
};

// A stage a job reports progress in, and its usual share of the job's time.
struct StageShare {
    std::string stage;
    double share = 1;
};

class Job {
public:
    virtual ~Job() = default;
    virtual std::string kind() const = 0;  // "import", "autolabel", ... as in the jobs table
    // Its stages in order, with their usual shares of its time (jobprogress.h); empty: one
    // stage at a time.
    virtual std::vector<StageShare> stageShares() const { return {}; }
    virtual Result<JobOutcome> run(ProjectStore &store, const ProgressFn &progress,
                                   const CancelToken &cancel) = 0;
};

// The job executor: runs `job` as a recorded job (its row in the jobs table, progress
// written there at most twice a second, its final state and error), forwards progress to
// `progress`, and turns an exception that escapes the job into an error. A stop asked
// for through the jobs table cancels `cancel`. `started` learns the job's row id first.
Result<JobOutcome> executeJob(ProjectStore &store, Job &job, const ProgressFn &progress,
                              const CancelToken &cancel,
                              const std::function<void(int64_t jobId)> &started = {});

}  // namespace triage
