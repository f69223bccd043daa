#include "scriptmodel.h"

#include "posixfile.h"
#include "torchruntime.h"

#include <torch/script.h>

#include <algorithm>
#include <sstream>
#include <string_view>

namespace triage {
namespace {

constexpr int64_t kValidationBatch = 2;
constexpr int64_t kRunBatch = 64;  // bounds the memory a forward pass holds

// torch's messages run to many lines (a TorchScript traceback, a C++ backtrace). The line
// that says what went wrong is the interpreter's "RuntimeError: ..." when there is one,
// else the first.
std::string firstLine(const std::string &text)
{
    constexpr std::string_view kRuntimeError = "RuntimeError: ";
    std::string first;
    std::string runtimeError;
    size_t begin = 0;
    while (begin <= text.size()) {
        size_t end = text.find('\n', begin);
        end = end == std::string::npos ? text.size() : end;
        const std::string line = text.substr(begin, end - begin);
        if (first.empty() && !line.empty()) {
            first = line;
        }
        if (line.rfind(kRuntimeError, 0) == 0) {
            runtimeError = line.substr(kRuntimeError.size());
        }
        begin = end + 1;
    }
    return runtimeError.empty() ? first : runtimeError;
}

std::string shapeText(const torch::Tensor &t)
{
    std::ostringstream out;
    out << '[';
    for (int64_t d = 0; d < t.dim(); ++d) {
        out << (d ? ", " : "") << t.size(d);
    }
    out << ']';
    return out.str();
}

std::string inputText(const InputSpec &spec)
{
    return std::to_string(spec.channelCount()) + "x" + std::to_string(spec.height) + "x" +
           std::to_string(spec.width);
}

}  // namespace

struct ScriptModel::Impl {
    torch::jit::Module module;
    ModelKind kind = ModelKind::Classifier;
    InputSpec spec;
    int outputWidth = 0;
    c10::Device device{c10::kCPU};
    std::string path;

    // One forward pass over inputs [N, C, H, W]: the model's raw [N, width] output, or an
    // error that says what the model returned instead.
    Result<torch::Tensor> forward(const torch::Tensor &inputs)
    {
        torch::jit::IValue output;
        try {
            output = module.forward({inputs.to(device)});
        } catch (const std::exception &e) {
            return makeError(ErrorCode::Model, path + " does not accept " +
                                                   std::to_string(inputs.size(0)) + " images of " +
                                                   inputText(spec) + ": " + firstLine(e.what()));
        }
        if (!output.isTensor()) {
            return makeError(ErrorCode::Model, path + " returns " + output.tagKind() +
                                                   ", expected one tensor of scores");
        }
        torch::Tensor scores = output.toTensor().to(torch::kCPU, torch::kFloat);
        if (scores.dim() != 2 || scores.size(0) != inputs.size(0)) {
            return makeError(ErrorCode::Model,
                             path + " outputs shape " + shapeText(scores) + " for " +
                                 std::to_string(inputs.size(0)) + " images, expected [" +
                                 std::to_string(inputs.size(0)) + ", K]");
        }
        if (!torch::isfinite(scores).all().item<bool>()) {
            return makeError(ErrorCode::Model,
                             path + " outputs values that are not finite (NaN or infinity)");
        }
        return scores;
    }
};

ScriptModel::ScriptModel(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
ScriptModel::ScriptModel(ScriptModel &&) noexcept = default;
ScriptModel &ScriptModel::operator=(ScriptModel &&) noexcept = default;
ScriptModel::~ScriptModel() = default;

Result<ScriptModel> ScriptModel::load(const std::string &path, ModelKind kind,
                                      const InputSpec &spec, int expectedOutputs,
                                      DeviceChoice device)
{
    if (const std::string why = notRegularFileReason(path); !why.empty()) {
        return makeError(ErrorCode::NotFound, "cannot read model " + path + ": it " + why);
    }
    auto bytes = readRegularFile(path, kMaxFileBytes);
    if (!bytes) {
        return bytes.error();
    }
    return fromBytes(*bytes, path, kind, spec, expectedOutputs, device);
}

Result<ScriptModel> ScriptModel::fromBytes(std::span<const uint8_t> bytes, const std::string &path,
                                           ModelKind kind, const InputSpec &spec,
                                           int expectedOutputs, DeviceChoice device)
{
    if (spec.width <= 0 || spec.height <= 0) {
        return makeError(ErrorCode::InvalidArgument, "a model's input size must be positive");
    }
    if (kind == ModelKind::Classifier && expectedOutputs < 1) {
        return makeError(ErrorCode::InvalidArgument, "a classifier needs a class mapping");
    }
    auto impl = std::make_unique<Impl>();
    impl->kind = kind;
    impl->spec = spec;
    impl->path = path;
    auto chosen = ml::deviceFor(device);
    if (!chosen) {
        return chosen.error();
    }
    impl->device = *chosen;
    try {
        std::istringstream in(std::string(reinterpret_cast<const char *>(bytes.data()),
                                          bytes.size()));
        impl->module = torch::jit::load(in, impl->device);
        impl->module.eval();
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Model,
                         path + " is not a TorchScript model: " + firstLine(e.what()));
    }
    // A batch of known, non-zero values: zeros would hide a model that divides by its input.
    c10::InferenceMode inference;
    const auto dummy =
        torch::linspace(-1, 1, kValidationBatch * spec.valuesPerImage())
            .reshape({kValidationBatch, spec.channelCount(), spec.height, spec.width});
    auto scores = impl->forward(dummy);
    if (!scores) {
        return scores.error();
    }
    impl->outputWidth = int(scores->size(1));
    if (kind == ModelKind::Classifier && impl->outputWidth != expectedOutputs) {
        return makeError(ErrorCode::Model, path + " outputs " + std::to_string(impl->outputWidth) +
                                               " scores, the mapping has " +
                                               std::to_string(expectedOutputs) + " entries");
    }
    return ScriptModel(std::move(impl));
}

ModelKind ScriptModel::kind() const
{
    return m_impl->kind;
}

const InputSpec &ScriptModel::inputSpec() const
{
    return m_impl->spec;
}

int ScriptModel::outputWidth() const
{
    return m_impl->outputWidth;
}

std::string ScriptModel::device() const
{
    return m_impl->device.str();
}

Result<void> ScriptModel::run(const FloatBatchView &inputs, std::span<float> outputs,
                              const CancelToken &cancel)
{
    const InputSpec &spec = m_impl->spec;
    if (int64_t(outputs.size()) != inputs.count * m_impl->outputWidth) {
        return makeError(ErrorCode::InvalidArgument, "the output buffer has the wrong size");
    }
    try {
        c10::InferenceMode inference;
        for (int64_t begin = 0; begin < inputs.count; begin += kRunBatch) {
            if (cancel.isCancelled()) {
                return makeError(ErrorCode::Cancelled, "scoring cancelled");
            }
            const int64_t end = std::min(inputs.count, begin + kRunBatch);
            // Read-only view of the caller's buffer, alive for this call only.
            const auto batch = torch::from_blob(
                const_cast<float *>(inputs.values + begin * spec.valuesPerImage()),
                {end - begin, spec.channelCount(), spec.height, spec.width}, torch::kFloat);
            auto scores = m_impl->forward(batch);
            if (!scores) {
                return scores.error();
            }
            torch::Tensor values = *scores;
            if (m_impl->kind == ModelKind::Classifier && spec.outputsAreLogits) {
                values = torch::softmax(values, 1);
            }
            values = values.contiguous();
            std::copy_n(values.data_ptr<float>(), values.numel(),
                        outputs.data() + begin * m_impl->outputWidth);
        }
        return {};
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Model, m_impl->path + " failed: " + firstLine(e.what()));
    }
}

}  // namespace triage
