#include "predictionshards.h"

#include "numbertext.h"

#include <algorithm>

namespace triage {
namespace {

constexpr size_t kMergeBatch = 1024;

std::optional<int64_t> integerVariable(const std::function<const char *(const char *)> &getenv,
                                       const char *name)
{
    const char *value = getenv(name);
    return value && *value ? parseInteger(value) : std::nullopt;
}

}  // namespace

ShardFromEnvironment shardFromEnvironment(const std::function<const char *(const char *)> &getenv)
{
    ShardFromEnvironment found;
    if (const auto task = integerVariable(getenv, "SLURM_ARRAY_TASK_ID")) {
        // An array may start anywhere (--array=1-4): shards count from its first task.
        found.index = *task - integerVariable(getenv, "SLURM_ARRAY_TASK_MIN").value_or(0);
        found.count = integerVariable(getenv, "SLURM_ARRAY_TASK_COUNT");
        found.source = "SLURM_ARRAY_TASK_ID";
    } else if (const auto index = integerVariable(getenv, "JOB_COMPLETION_INDEX")) {
        found.index = *index;
        found.source = "JOB_COMPLETION_INDEX";
    }
    return found;
}

Result<ShardIdentity> shardIdentity(ProjectStore &store, const ProjectModel &model, PoolShard shard)
{
    auto name = store.settings().name();
    auto createdAt = store.settings().createdAt();
    if (!name || !createdAt) {
        return !name ? name.error() : createdAt.error();
    }
    const int64_t width = model.kind == ModelKind::Embedder ? model.outputWidth
                                                            : int64_t(store.classes().size());
    return ShardIdentity{*name, *createdAt, model.name, model.contentHash, width, shard};
}

Result<ShardImport> importPredictions(ProjectStore &store, const std::string &shardFile)
{
    auto file = PredictionShardFile::openForReading(shardFile);
    if (!file) {
        return file.error();
    }
    const ShardIdentity &theirs = file->identity();
    auto model = store.projectModels().byName(theirs.modelName);
    if (!model) {
        return model.error();
    }
    if (!model->has_value()) {
        return makeError(ErrorCode::NotFound, shardFile + " holds outputs of model '" +
                                                  theirs.modelName + "', which the project has not");
    }
    auto ours = shardIdentity(store, **model, theirs.shard);
    if (!ours) {
        return ours.error();
    }
    if (ours->projectName != theirs.projectName || ours->projectCreatedAt != theirs.projectCreatedAt) {
        return makeError(ErrorCode::InvalidArgument,
                         shardFile + " was scored for project '" + theirs.projectName +
                             "' made " + theirs.projectCreatedAt + ", not this one");
    }
    if (ours->modelHash != theirs.modelHash || ours->outputWidth != theirs.outputWidth) {
        return makeError(ErrorCode::InvalidArgument,
                         shardFile + " was scored with another file or shape of model '" +
                             theirs.modelName + "' than the project has now");
    }
    auto usable = store.items().usableIds();
    if (!usable) {
        return usable.error();
    }
    auto isUsable = [&](int64_t id) { return std::binary_search(usable->begin(), usable->end(), id); };
    ShardImport summary{theirs.modelName, theirs.shard, 0, 0, 0};
    const size_t width = size_t(theirs.outputWidth);
    TRIAGE_TRY(file->readOutputs(
        kMergeBatch, [&](std::span<const int64_t> ids, std::span<const float> values) -> Result<void> {
            std::vector<int64_t> kept;
            std::vector<float> keptValues;
            for (size_t i = 0; i < ids.size(); ++i) {
                if (!isUsable(ids[i])) {
                    ++summary.skipped;
                    continue;
                }
                kept.push_back(ids[i]);
                keptValues.insert(keptValues.end(), values.begin() + long(i * width),
                                  values.begin() + long((i + 1) * width));
            }
            summary.outputs += int64_t(kept.size());
            return store.projectModels().storeOutputs((*model)->id, kept, keptValues);
        }));
    auto failures = file->failures();
    if (!failures) {
        return failures.error();
    }
    for (const auto &[itemId, reason] : *failures) {
        if (!isUsable(itemId)) {
            continue;
        }
        TRIAGE_TRY(store.items().markFailed(itemId, reason));
        ++summary.failed;
    }
    return summary;
}

}  // namespace triage
