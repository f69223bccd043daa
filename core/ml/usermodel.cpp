#include "usermodel.h"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace triage {
namespace {

constexpr int64_t kValidationBatch = 2;
constexpr int64_t kRunBatch = 64;  // bounds the memory a forward pass holds

std::string shapeText(const std::vector<int64_t> &shape)
{
    std::string text = "[";
    for (size_t d = 0; d < shape.size(); ++d) {
        text += (d ? ", " : "") + std::to_string(shape[d]);
    }
    return text + "]";
}

void softmaxRows(std::vector<float> &values, int64_t width)
{
    for (size_t begin = 0; begin < values.size(); begin += size_t(width)) {
        float *row = values.data() + begin;
        const float top = *std::max_element(row, row + width);
        double sum = 0;
        for (int64_t k = 0; k < width; ++k) {
            row[k] = std::exp(row[k] - top);
            sum += row[k];
        }
        for (int64_t k = 0; k < width; ++k) {
            row[k] = float(row[k] / sum);
        }
    }
}

}  // namespace

std::string batchText(int64_t count, const InputSpec &spec)
{
    return std::to_string(count) + " images of " + std::to_string(spec.channelCount()) + "x" +
           std::to_string(spec.height) + "x" + std::to_string(spec.width);
}

std::string errorHeadline(const std::string &text)
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

UserModel::UserModel(std::unique_ptr<InferenceBackend> backend, std::string name, ModelKind kind,
                     const InputSpec &spec)
    : m_backend(std::move(backend)), m_name(std::move(name)), m_kind(kind), m_spec(spec)
{
}
UserModel::UserModel(UserModel &&) noexcept = default;
UserModel &UserModel::operator=(UserModel &&) noexcept = default;
UserModel::~UserModel() = default;

Result<void> UserModel::checkRequest(ModelKind kind, const InputSpec &spec, int expectedOutputs)
{
    if (spec.width <= 0 || spec.height <= 0 || spec.width > kMaxInputSide ||
        spec.height > kMaxInputSide) {
        return makeError(ErrorCode::InvalidArgument,
                         "a model's input size must be between 1 and " +
                             std::to_string(kMaxInputSide) + " pixels a side, not " +
                             std::to_string(spec.width) + "x" + std::to_string(spec.height));
    }
    for (const float s : spec.std) {
        if (!(s > 0) || !std::isfinite(s)) {
            return makeError(ErrorCode::InvalidArgument, "a model's input std must be positive");
        }
    }
    if (!std::isfinite(spec.scale) ||
        !std::all_of(spec.mean.begin(), spec.mean.end(), [](float m) { return std::isfinite(m); })) {
        return makeError(ErrorCode::InvalidArgument, "a model's input scale and mean must be numbers");
    }
    if (kind == ModelKind::Classifier && expectedOutputs < 1) {
        return makeError(ErrorCode::InvalidArgument, "a classifier needs a class mapping");
    }
    return {};
}

Result<UserModel> UserModel::validate(std::unique_ptr<InferenceBackend> backend,
                                      const std::string &name, ModelKind kind,
                                      const InputSpec &spec, int expectedOutputs)
{
    TRIAGE_TRY(checkRequest(kind, spec, expectedOutputs));
    UserModel model(std::move(backend), name, kind, spec);
    // Known, non-zero values: zeros would hide a model that divides by its input.
    std::vector<float> dummy(size_t(kValidationBatch * spec.valuesPerImage()));
    for (size_t i = 0; i < dummy.size(); ++i) {
        dummy[i] = -1.0f + 2.0f * float(i) / float(std::max<size_t>(1, dummy.size() - 1));
    }
    auto output = model.checkedForward(dummy.data(), kValidationBatch);
    if (!output) {
        return output.error();
    }
    model.m_outputWidth = int(output->shape[1]);
    if (kind == ModelKind::Classifier && model.m_outputWidth != expectedOutputs) {
        return makeError(ErrorCode::Model, name + " outputs " +
                                               std::to_string(model.m_outputWidth) +
                                               " scores, the mapping has " +
                                               std::to_string(expectedOutputs) + " entries");
    }
    return model;
}

Result<RawOutput> UserModel::checkedForward(const float *inputs, int64_t count)
{
    auto output = m_backend->forward(inputs, count, m_spec);
    if (!output) {
        return output.error();
    }
    const auto &shape = output->shape;
    if (shape.size() != 2 || shape[0] != count || shape[1] < 1 ||
        int64_t(output->values.size()) != shape[0] * shape[1]) {
        return makeError(ErrorCode::Model, m_name + " outputs shape " + shapeText(shape) +
                                               " for " + std::to_string(count) +
                                               " images, expected [" + std::to_string(count) +
                                               ", K]");
    }
    if (m_outputWidth != 0 && shape[1] != m_outputWidth) {
        return makeError(ErrorCode::Model, m_name + " outputs " + std::to_string(shape[1]) +
                                               " values an image now, " +
                                               std::to_string(m_outputWidth) + " when it was checked");
    }
    if (!std::all_of(output->values.begin(), output->values.end(),
                     [](float v) { return std::isfinite(v); })) {
        return makeError(ErrorCode::Model,
                         m_name + " outputs values that are not finite (NaN or infinity)");
    }
    return output;
}

Result<void> UserModel::run(const FloatBatchView &inputs, std::span<float> outputs,
                            const CancelToken &cancel)
{
    if (int64_t(outputs.size()) != inputs.count * m_outputWidth) {
        return makeError(ErrorCode::InvalidArgument, "the output buffer has the wrong size");
    }
    for (int64_t begin = 0; begin < inputs.count; begin += kRunBatch) {
        if (cancel.isCancelled()) {
            return makeError(ErrorCode::Cancelled, "scoring cancelled");
        }
        const int64_t count = std::min(inputs.count, begin + kRunBatch) - begin;
        auto output = checkedForward(inputs.values + begin * m_spec.valuesPerImage(), count);
        if (!output) {
            return output.error();
        }
        if (m_kind == ModelKind::Classifier && m_spec.outputsAreLogits) {
            softmaxRows(output->values, m_outputWidth);
        }
        std::copy(output->values.begin(), output->values.end(),
                  outputs.begin() + begin * m_outputWidth);
    }
    return {};
}

}  // namespace triage
