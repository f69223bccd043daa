#pragma once
// Models people bring: adding a TorchScript or ONNX classifier or embedder to a project,
// validated before anything is stored, and scoring the pool with it as a job that keeps
// what it did when cancelled and scores only what is missing when run again.
#include "job.h"
#include "projectstore.h"

#include <optional>

namespace triage {

struct AddModelRequest {
    std::string path;
    std::string name;  // unique in the project; defaults to the file's stem
    ModelKind kind = ModelKind::Classifier;
    std::optional<ModelFormat> format;  // unset: from the file name (modelFormatFromFileName)
    InputSpec spec;
    // A classifier's mapping, one entry per model output: a project class name, or ""
    // when that output abstains.
    std::vector<std::string> mapping;
    // An embedder's intermediate output (a TorchScript method, an ONNX layer); "" for the
    // forward's.
    std::string outputName;
};

// A names file shipped beside a model (model.txt or model.names for model.onnx), if any.
std::optional<std::string> namesFileBeside(const std::string &modelPath);

// The mapping that a names file gives (the model's class names, one per output): each name
// that is a project class (equal up to ASCII case) votes for it, the others abstain.
std::vector<std::string> mappingFromNames(const std::vector<std::string> &modelClassNames,
                                          const std::vector<ClassInfo> &classes);

// Validates the file as a model of that format, kind and input (loadUserModel), checks the
// mapping, and records it with the file's content hash. Nothing is stored on any failure.
Result<ProjectModel> addModel(ProjectStore &store, const AddModelRequest &request);

// addModel as a job, for faces that must not wait on loading a model (the GUI).
class AddModelJob final : public Job {
public:
    explicit AddModelJob(AddModelRequest request) : m_request(std::move(request)) {}
    std::string kind() const override { return "model-add"; }
    Result<JobOutcome> run(ProjectStore &store, const ProgressFn &progress,
                           const CancelToken &cancel) override;

private:
    AddModelRequest m_request;
};

// Scores every usable item the model has no output for yet. The model file must be the one
// that was added (same content hash). Items that no longer decode are marked failed.
class ScoreModelJob final : public Job {
public:
    ScoreModelJob(std::string modelName, int batchSize = 64, RunOptions options = {})
        : m_modelName(std::move(modelName)), m_batchSize(batchSize), m_options(options)
    {
    }
    // Only one shard of the pool (score-shard); the whole pool by default.
    void setShard(PoolShard shard) { m_shard = shard; }
    // Outputs and decode failures go to this shard file (made, or resumed) instead of the
    // project; import-predictions merges it.
    void setShardFile(std::string path) { m_shardFile = std::move(path); }
    std::string kind() const override { return "model-score"; }
    Result<JobOutcome> run(ProjectStore &store, const ProgressFn &progress,
                           const CancelToken &cancel) override;

private:
    std::string m_modelName;
    int m_batchSize;
    RunOptions m_options;
    PoolShard m_shard;
    std::string m_shardFile;
};

// Forgets a model and its outputs (its file is untouched). The learner's backbone is
// refused: choose another first.
Result<void> removeModel(ProjectStore &store, const std::string &modelName);

// The learner's input from now on: an embedder of the project (it trains a head on the
// embedder's features), or pixels ("" or "pixels": the built-in CNN).
Result<void> setLearnerBackbone(ProjectStore &store, const std::string &modelName);

// What each classifier of the project says of one item (those that scored it), in the
// order the models were added. Review shows them as suggestions.
Result<std::vector<ModelVote>> modelVotesFor(ProjectStore &store, int64_t itemId);

// A classifier's scores over its own outputs, turned into probabilities over the project's
// classes (by position): mapped outputs add up, abstaining ones drop out, and the rest is
// renormalised. All zeros when every mapped output is zero.
std::vector<float> projectProbabilities(std::span<const float> modelScores,
                                        const std::vector<std::optional<int64_t>> &classMap,
                                        const std::vector<ClassInfo> &classes);

}  // namespace triage
