#pragma once
// A shard file: one model's outputs for one shard of a project's pool, written by
// `triage-cli score-shard --out FILE` where scoring processes should not write the
// project itself (a SQLite project that a cluster's nodes share), and merged into the
// project by `triage-cli import-predictions`. A SQLite file of its own.
#include "projecttypes.h"
#include "result.h"

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace triage {

class Database;

// What a shard file belongs to: merging checks it against the project and its model.
struct ShardIdentity {
    std::string projectName;
    std::string projectCreatedAt;
    std::string modelName;
    std::string modelHash;    // the model file's content hash when it was added
    int64_t outputWidth = 0;  // values per item, as the project stores them
    PoolShard shard;
};

class PredictionShardFile {
public:
    // Opens the file to go on writing it (a rerun resumes): its identity must be this one.
    // A missing file is created.
    static Result<PredictionShardFile> openForWriting(const std::string &path,
                                                      const ShardIdentity &identity);
    // Opens a finished or partial file for merging.
    static Result<PredictionShardFile> openForReading(const std::string &path);
    PredictionShardFile(PredictionShardFile &&) noexcept;
    PredictionShardFile &operator=(PredictionShardFile &&) noexcept;
    ~PredictionShardFile();

    const ShardIdentity &identity() const { return m_identity; }
    // The items the file has an output or a failure for, by id.
    Result<std::vector<int64_t>> itemIds();
    // One batch of outputs (ids.size() x outputWidth values), in one transaction.
    Result<void> append(std::span<const int64_t> ids, std::span<const float> values);
    Result<void> addFailure(int64_t itemId, const std::string &reason);
    // Every output, `batch` items at a time, by id.
    Result<void> readOutputs(size_t batch,
                             const std::function<Result<void>(std::span<const int64_t>,
                                                              std::span<const float>)> &take);
    Result<std::vector<std::pair<int64_t, std::string>>> failures();

private:
    PredictionShardFile(std::unique_ptr<Database> db, ShardIdentity identity);
    std::unique_ptr<Database> m_db;
    ShardIdentity m_identity;
};

}  // namespace triage
