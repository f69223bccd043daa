#pragma once
// UserModel: a model a person brought (a classifier or an embedder, any format), validated
// when it is loaded and run on batches of preprocessed inputs. Standard library only: the
// format's forward pass is an InferenceBackend (TorchScript here in core/ml, ONNX in
// core/models); the checks, the batching and the softmax are the same for every format.
//
// Validation, before anything is stored: a dummy batch of the declared input shape runs; the
// output is [N, K] for a classifier (K as the caller expects) or [N, D] for an embedder;
// every value is finite. Each failure is one sentence naming what was expected and found.
//
// Threads: one thread at a time per UserModel.
#include "modelspec.h"
#include "progress.h"
#include "result.h"

#include <memory>
#include <span>
#include <string>
#include <vector>

namespace triage {

// A forward pass's output as the format returned it.
struct RawOutput {
    std::vector<int64_t> shape;
    std::vector<float> values;
};

// One model format's forward pass.
class InferenceBackend {
public:
    virtual ~InferenceBackend() = default;
    // inputs: count x C x H x W floats, as spec describes. An error is one sentence naming
    // the model and what it did ("m.pt does not accept 2 images of 1x8x8: ...").
    virtual Result<RawOutput> forward(const float *inputs, int64_t count,
                                      const InputSpec &spec) = 0;
    virtual std::string device() const = 0;  // "cpu", "cuda:0"
};

class UserModel {
public:
    static constexpr int64_t kMaxFileBytes = int64_t(4) << 30;  // larger: not a model we run
    static constexpr int kMaxInputSide = 4096;

    // expectedOutputs: a classifier's class count (its mapping's length); 0 for an embedder.
    // `name` is how messages call the model (its path).
    static Result<UserModel> validate(std::unique_ptr<InferenceBackend> backend,
                                      const std::string &name, ModelKind kind,
                                      const InputSpec &spec, int expectedOutputs);
    // What validate refuses before a file is even read: a size, a missing mapping.
    static Result<void> checkRequest(ModelKind kind, const InputSpec &spec, int expectedOutputs);

    UserModel(UserModel &&) noexcept;
    UserModel &operator=(UserModel &&) noexcept;
    ~UserModel();

    ModelKind kind() const { return m_kind; }
    const InputSpec &inputSpec() const { return m_spec; }
    // Scores per image (classifier) or the embedding's width (embedder).
    int outputWidth() const { return m_outputWidth; }
    std::string device() const { return m_backend->device(); }

    // Writes inputs.count x outputWidth() values: a classifier's probabilities (softmax
    // applied when the model outputs logits), or an embedder's vectors.
    Result<void> run(const FloatBatchView &inputs, std::span<float> outputs,
                     const CancelToken &cancel);

private:
    UserModel(std::unique_ptr<InferenceBackend> backend, std::string name, ModelKind kind,
              const InputSpec &spec);
    // One forward pass, checked: [count, K] and finite.
    Result<RawOutput> checkedForward(const float *inputs, int64_t count);

    std::unique_ptr<InferenceBackend> m_backend;
    std::string m_name;
    ModelKind m_kind;
    InputSpec m_spec;
    int m_outputWidth = 0;
};

// "2 images of 3x224x224": a batch as messages name it.
std::string batchText(int64_t count, const InputSpec &spec);

// The first line that says what went wrong in a runtime's many-line message: the
// interpreter's "RuntimeError: ..." when there is one, else the first non-empty line.
std::string errorHeadline(const std::string &text);

}  // namespace triage
