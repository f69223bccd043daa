#include "modelloader.h"

#include "onnxbackend.h"
#include "plaintext.h"
#include "torchscriptbackend.h"

#include <filesystem>

namespace triage {

std::optional<ModelFormat> modelFormatFromFileName(const std::string &path)
{
    const std::string extension = asciiLower(std::filesystem::path(path).extension().string());
    if (extension == ".onnx") {
        return ModelFormat::Onnx;
    }
    if (extension == ".pt" || extension == ".pth" || extension == ".ts" ||
        extension == ".torchscript") {
        return ModelFormat::TorchScript;
    }
    return std::nullopt;
}

Result<UserModel> loadUserModel(ModelFormat format, std::span<const uint8_t> bytes,
                                const std::string &name, ModelKind kind, const InputSpec &spec,
                                int expectedOutputs, const RunOptions &options,
                                const std::string &outputName)
{
    TRIAGE_TRY(UserModel::checkRequest(kind, spec, expectedOutputs));
    if (!outputName.empty() && kind != ModelKind::Embedder) {
        return makeError(ErrorCode::InvalidArgument,
                         "only an embedder names an intermediate output; a classifier's "
                         "scores are its forward's");
    }
    auto backend = format == ModelFormat::Onnx ? loadOnnx(bytes, name, options, outputName)
                                               : loadTorchScript(bytes, name, options, outputName);
    if (!backend) {
        return backend.error();
    }
    return UserModel::validate(std::move(*backend), name, kind, spec, expectedOutputs);
}

}  // namespace triage
