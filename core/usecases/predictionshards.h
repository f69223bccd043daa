#pragma once
// Sharded batch scoring (score-shard): which shard a process scores, the identity a shard
// file carries, and merging shard files into the project (import-predictions).
#include "predictionshard.h"
#include "projectstore.h"

#include <functional>
#include <optional>
#include <string>

namespace triage {

// The shard a cluster scheduler gave this process, from its environment: Slurm job
// arrays (SLURM_ARRAY_TASK_ID less SLURM_ARRAY_TASK_MIN, of SLURM_ARRAY_TASK_COUNT) or
// Kubernetes Indexed Jobs (JOB_COMPLETION_INDEX; the count is the Job's completions, which
// the pod does not see, so it comes from --shards). `getenv` is std::getenv but for tests.
struct ShardFromEnvironment {
    std::optional<int64_t> index;
    std::optional<int64_t> count;
    std::string source;  // the variable the index came from, for messages
};
ShardFromEnvironment shardFromEnvironment(
    const std::function<const char *(const char *)> &getenv);

// What a shard file of this project and model must say of itself.
Result<ShardIdentity> shardIdentity(ProjectStore &store, const ProjectModel &model,
                                    PoolShard shard);

struct ShardImport {
    std::string modelName;
    PoolShard shard;
    int64_t outputs = 0;   // merged (already equal ones included: a merge is idempotent)
    int64_t failed = 0;    // items the shard could not decode, now marked failed
    int64_t skipped = 0;   // items no longer in the project, or removed since
};

// Merges a shard file's outputs into the project, refusing a file of another project or
// model file. Running it again changes nothing.
Result<ShardImport> importPredictions(ProjectStore &store, const std::string &shardFile);

}  // namespace triage
