#include "projectmodels.h"

#include "contenthash.h"
#include "imagesource.h"
#include "importer.h"
#include "projectinputs.h"
#include "modelloader.h"
#include "scoringpipeline.h"
#include "plaintext.h"
#include "posixfile.h"
#include "predictionshards.h"
#include "reports.h"

#include <algorithm>
#include <filesystem>
#include <numeric>

namespace triage {
namespace {

// The model file, read once: hashed and loaded from the same bytes.
struct ModelFile {
    std::vector<uint8_t> bytes;
    std::string hash;
};

Result<ModelFile> readModelFile(const std::string &path)
{
    if (const std::string why = notRegularFileReason(path); !why.empty()) {
        return makeError(ErrorCode::NotFound, "cannot read model " + path + ": it " + why);
    }
    auto bytes = readRegularFile(path, UserModel::kMaxFileBytes);
    if (!bytes) {
        return bytes.error();
    }
    const std::string hash = contentHash(*bytes);
    return ModelFile{std::move(*bytes), hash};
}

constexpr int64_t kFeedChunk = 512;  // items asked of the store at a time

// What the project keeps of a batch of model outputs: an embedder's as they are, a
// classifier's mapped to probabilities over the project's classes.
std::vector<float> storedOutputs(const ProjectModel &model, int modelWidth,
                                 const std::vector<ClassInfo> &classes, size_t items,
                                 std::span<const float> outputs)
{
    if (model.kind == ModelKind::Embedder) {
        return std::vector<float>(outputs.begin(), outputs.end());
    }
    const size_t width = size_t(modelWidth);
    std::vector<float> rows;
    rows.reserve(items * classes.size());
    for (size_t i = 0; i < items; ++i) {
        const auto mapped =
            projectProbabilities(outputs.subspan(i * width, width), model.classMap, classes);
        rows.insert(rows.end(), mapped.begin(), mapped.end());
    }
    return rows;
}

// What the scoring pipeline reads from and writes to for one model: the items of `shard`
// it has not scored (walked once, by id, from `cursor`), their images, and its outputs.
PipelineIo scoringIo(ProjectStore &store, const ProjectModel &model, int modelWidth,
                     ImageSource &source, PoolShard shard, int64_t &cursor)
{
    PipelineIo io;
    io.next = [&store, &model, shard, &cursor]() -> Result<std::vector<PipelineItem>> {
        auto rows = store.projectModels().unscoredItems(model.id, cursor, kFeedChunk, shard);
        if (!rows) {
            return rows.error();
        }
        std::vector<PipelineItem> items;
        for (const auto &row : *rows) {
            items.push_back(PipelineItem{row.id, row.path});
        }
        if (!items.empty()) {
            cursor = items.back().id;
        }
        return items;
    };
    io.decode = modelPixelDecoder(source, model.spec);
    io.write = [&store, &model, modelWidth](std::span<const int64_t> ids,
                                            std::span<const float> outputs) -> Result<void> {
        return store.projectModels().storeOutputs(
            model.id, ids, storedOutputs(model, modelWidth, store.classes(), ids.size(), outputs));
    };
    io.fail = [&store](const PipelineItem &item, const std::string &reason) {
        return store.items().markFailed(item.id, reason);
    };
    return io;
}

// The same, writing to a shard file: items the file has already are skipped (a rerun
// resumes), and outputs and failures go to the file.
Result<void> redirectToShardFile(PipelineIo &io, PredictionShardFile &file,
                                 const ProjectModel &model, int modelWidth,
                                 const std::vector<ClassInfo> &classes)
{
    auto done = file.itemIds();
    if (!done) {
        return done.error();
    }
    io.next = [next = io.next, done = std::move(*done)]() -> Result<std::vector<PipelineItem>> {
        for (;;) {
            auto items = next();
            if (!items || items->empty()) {
                return items;
            }
            std::erase_if(*items, [&](const PipelineItem &item) {
                return std::binary_search(done.begin(), done.end(), item.id);
            });
            if (!items->empty()) {
                return items;
            }
        }
    };
    io.write = [&file, &model, modelWidth, &classes](std::span<const int64_t> ids,
                                                     std::span<const float> outputs) {
        return file.append(ids, storedOutputs(model, modelWidth, classes, ids.size(), outputs));
    };
    io.fail = [&file](const PipelineItem &item, const std::string &reason) {
        return file.addFailure(item.id, reason);
    };
    return {};
}

int positionOf(int64_t classId, const std::vector<ClassInfo> &classes)
{
    for (const auto &c : classes) {
        if (c.id == classId) {
            return c.position;
        }
    }
    return -1;
}

}  // namespace

std::optional<std::string> namesFileBeside(const std::string &modelPath)
{
    for (const char *suffix : {".txt", ".names"}) {
        const auto names = std::filesystem::path(modelPath).replace_extension(suffix);
        if (notRegularFileReason(names.string()).empty()) {
            return names.string();
        }
    }
    return std::nullopt;
}

std::vector<std::string> mappingFromNames(const std::vector<std::string> &modelClassNames,
                                          const std::vector<ClassInfo> &classes)
{
    std::vector<std::string> mapping;
    for (const auto &name : modelClassNames) {
        std::string match;
        for (const auto &c : classes) {
            if (asciiLower(c.name) == asciiLower(trimmed(name))) {
                match = c.name;
            }
        }
        mapping.push_back(match);
    }
    return mapping;
}

Result<ProjectModel> addModel(ProjectStore &store, const AddModelRequest &request)
{
    ProjectModelInput model;
    model.path = itemPathOf(request.path);  // absolute: the CLI's working folder may change
    model.name = request.name.empty() ? std::filesystem::path(request.path).stem().string()
                                      : request.name;
    model.kind = request.kind;
    model.spec = request.spec;
    model.outputName = request.outputName;
    if (const auto format = request.format ? request.format : modelFormatFromFileName(request.path)) {
        model.format = *format;
    } else {
        return makeError(ErrorCode::InvalidArgument,
                         "cannot tell the format of " + request.path +
                             " from its name (.pt or .onnx); say which with --format "
                             "torchscript|onnx");
    }
    if (request.kind == ModelKind::Classifier) {
        if (request.mapping.empty()) {
            return makeError(ErrorCode::InvalidArgument,
                             "a classifier needs a mapping from its outputs to the project's "
                             "classes (--map or --names)");
        }
        for (const auto &entry : request.mapping) {
            if (entry.empty() || entry == "-") {
                model.classMap.push_back(std::nullopt);
                continue;
            }
            const auto cls = store.classByName(entry);
            if (!cls) {
                return makeError(ErrorCode::InvalidArgument,
                                 "the mapping names '" + entry + "', which is not a class of "
                                 "the project (write - for an output that abstains)");
            }
            model.classMap.push_back(cls->id);
        }
        if (std::none_of(model.classMap.begin(), model.classMap.end(),
                         [](const auto &c) { return c.has_value(); })) {
            return makeError(ErrorCode::InvalidArgument,
                             "the mapping sends every output to abstain: the model would never vote");
        }
    }
    const int expected = request.kind == ModelKind::Classifier ? int(model.classMap.size()) : 0;
    auto file = readModelFile(model.path);
    if (!file) {
        return file.error();
    }
    auto loaded = loadUserModel(model.format, file->bytes, model.path, request.kind, request.spec,
                                expected, {}, model.outputName);
    if (!loaded) {
        return loaded.error();
    }
    model.outputWidth = loaded->outputWidth();
    model.contentHash = file->hash;
    auto id = store.projectModels().add(model);
    if (!id) {
        return id.error();
    }
    auto added = store.projectModels().byName(model.name);
    if (!added || !added->has_value()) {
        return added ? makeError(ErrorCode::Database, "the added model cannot be read back")
                     : added.error();
    }
    return **added;
}

Result<std::vector<ModelVote>> modelVotesFor(ProjectStore &store, int64_t itemId)
{
    auto votes = store.projectModels().votesFor(itemId);
    if (votes) {  // a row of another width (a damaged file) is no vote over these classes
        std::erase_if(*votes, [&](const ModelVote &v) {
            return v.probabilities.size() != store.classes().size();
        });
    }
    return votes;
}

Result<void> removeModel(ProjectStore &store, const std::string &modelName)
{
    auto model = store.projectModels().byName(modelName);
    if (!model) {
        return model.error();
    }
    if (!model->has_value()) {
        return makeError(ErrorCode::NotFound, "the project has no model called '" + modelName + "'");
    }
    auto backbone = store.settings().backbone();
    if (!backbone) {
        return backbone.error();
    }
    if (*backbone == modelName) {
        return makeError(ErrorCode::InvalidArgument,
                         "'" + modelName + "' is the learner's backbone; choose another first "
                                           "(triage-cli autolabel PROJECT --backbone pixels)");
    }
    return store.projectModels().remove((*model)->id);
}

Result<void> setLearnerBackbone(ProjectStore &store, const std::string &modelName)
{
    if (modelName.empty() || modelName == "pixels") {
        return store.settings().setBackbone({});
    }
    auto model = store.projectModels().byName(modelName);
    if (!model) {
        return model.error();
    }
    if (!model->has_value()) {
        return makeError(ErrorCode::NotFound, "the project has no model called '" + modelName +
                                                  "' to learn on (triage-cli model list)");
    }
    if ((*model)->kind != ModelKind::Embedder) {
        return makeError(ErrorCode::InvalidArgument,
                         "'" + modelName + "' is a classifier; the learner learns on an "
                                           "embedder's features (or on pixels)");
    }
    return store.settings().setBackbone(modelName);
}

Result<JobOutcome> AddModelJob::run(ProjectStore &store, const ProgressFn &progress,
                                    const CancelToken &)
{
    reportProgress(progress, "check model", 0, 1);
    auto model = addModel(store, m_request);
    if (!model) {
        return model.error();
    }
    reportProgress(progress, "check model", 1, 1);
    return describe(*model, store.classes());
}

std::vector<float> projectProbabilities(std::span<const float> modelScores,
                                        const std::vector<std::optional<int64_t>> &classMap,
                                        const std::vector<ClassInfo> &classes)
{
    std::vector<float> probabilities(classes.size(), 0.0f);
    for (size_t output = 0; output < modelScores.size() && output < classMap.size(); ++output) {
        if (!classMap[output]) {
            continue;
        }
        const int position = positionOf(*classMap[output], classes);
        if (position >= 0) {
            probabilities[size_t(position)] += modelScores[output];
        }
    }
    const float mass = std::accumulate(probabilities.begin(), probabilities.end(), 0.0f);
    if (mass > 0) {
        for (float &p : probabilities) {
            p /= mass;
        }
    }
    return probabilities;
}

Result<JobOutcome> ScoreModelJob::run(ProjectStore &store, const ProgressFn &progress,
                                      const CancelToken &cancel)
{
    auto found = store.projectModels().byName(m_modelName);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return makeError(ErrorCode::NotFound, "the project has no model called '" +
                                                  m_modelName + "' (triage-cli model list)");
    }
    const ProjectModel model = **found;
    auto file = readModelFile(model.path);
    if (!file) {
        return file.error();
    }
    if (file->hash != model.contentHash) {
        return makeError(ErrorCode::CorruptData,
                         "model file " + model.path + " changed since it was added as '" +
                             model.name + "'; add the new file as a model of its own");
    }
    const int expected = model.kind == ModelKind::Classifier ? int(model.classMap.size()) : 0;
    auto runner = loadUserModel(model.format, file->bytes, model.path, model.kind, model.spec,
                                expected, m_options, model.outputName);
    if (!runner) {
        return runner.error();
    }
    file->bytes = {};  // loaded: the file's bytes are not needed while scoring
    auto pixelLimit = store.settings().pixelLimit();
    auto counts = store.items().counts();
    if (!pixelLimit || !counts) {
        return pixelLimit ? counts.error() : pixelLimit.error();
    }
    std::string cacheNote;
    auto cache = openProjectInputCache(store, model.spec, counts->highestItemId, cacheNote);
    const auto source = imageSourceFor(*pixelLimit);
    int64_t cursor = 0;
    PipelineIo io = scoringIo(store, model, runner->outputWidth(), *source, m_shard, cursor);
    std::optional<PredictionShardFile> shardFile;
    if (!m_shardFile.empty()) {
        auto identity = shardIdentity(store, model, m_shard);
        if (!identity) {
            return identity.error();
        }
        auto opened = PredictionShardFile::openForWriting(m_shardFile, *identity);
        if (!opened) {
            return opened.error();
        }
        shardFile.emplace(std::move(*opened));
        TRIAGE_TRY(redirectToShardFile(io, *shardFile, model, runner->outputWidth(),
                                       store.classes()));
    }
    const int64_t total =
        std::max<int64_t>(0, counts->total - counts->failed - model.scoredItems) / m_shard.count;
    PipelineOptions options;
    options.batchSize = m_batchSize;
    auto stats = runScoringPipeline(*runner, cache ? &*cache : nullptr, options, io, progress,
                                    total, cancel);
    if (!stats && stats.error().code == ErrorCode::Cancelled) {
        auto now = store.projectModels().byName(model.name);
        const int64_t kept =
            now && now->has_value() ? (*now)->scoredItems - model.scoredItems : 0;
        return makeError(ErrorCode::Cancelled,
                         "scoring cancelled; " + std::to_string(kept) +
                             " items scored are kept, and the next run scores the rest");
    }
    if (!stats) {
        return stats.error();
    }
    return describeModelScoring(model.name, *stats, cacheNote);
}

}  // namespace triage
