#pragma once
// ScriptModel: a user's TorchScript model (a classifier or an embedder), validated when it
// is loaded and run on batches of preprocessed inputs. Torch-free header.
//
// Validation, before anything is stored: the file is a TorchScript archive; a dummy batch of
// the declared input shape runs; the output is [N, K] for a classifier (K as the caller
// expects) or [N, D] for an embedder; every value is finite. Each failure is one sentence
// naming what was expected and what was found.
//
// Threads: one thread at a time per ScriptModel.
#include "modelspec.h"
#include "progress.h"
#include "result.h"

#include <memory>
#include <span>
#include <string>

namespace triage {

class ScriptModel {
public:
    // expectedOutputs: a classifier's class count (its mapping's length); 0 for an embedder.
    static Result<ScriptModel> load(const std::string &path, ModelKind kind,
                                    const InputSpec &spec, int expectedOutputs,
                                    DeviceChoice device = DeviceChoice::Auto);
    // The same from a file's bytes read already (to hash them, say); `name` for messages.
    static Result<ScriptModel> fromBytes(std::span<const uint8_t> bytes, const std::string &name,
                                         ModelKind kind, const InputSpec &spec,
                                         int expectedOutputs,
                                         DeviceChoice device = DeviceChoice::Auto);
    static constexpr int64_t kMaxFileBytes = int64_t(4) << 30;  // larger: not a model we run

    ScriptModel(ScriptModel &&) noexcept;
    ScriptModel &operator=(ScriptModel &&) noexcept;
    ~ScriptModel();

    ModelKind kind() const;
    const InputSpec &inputSpec() const;
    // Scores per image (classifier) or the embedding's width (embedder).
    int outputWidth() const;
    std::string device() const;  // "cpu", "cuda:0"

    // Writes inputs.count x outputWidth() values: a classifier's probabilities (softmax
    // applied when the model outputs logits), or an embedder's vectors.
    Result<void> run(const FloatBatchView &inputs, std::span<float> outputs,
                     const CancelToken &cancel);

private:
    struct Impl;
    explicit ScriptModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace triage
