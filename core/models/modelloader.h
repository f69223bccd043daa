#pragma once
// A model file in either format, loaded and validated: the one place that knows which
// runtime runs which format.
#include "usermodel.h"

#include <optional>
#include <span>

namespace triage {

// The format a file name says: .onnx is ONNX; .pt, .pth, .ts and .torchscript are TorchScript.
std::optional<ModelFormat> modelFormatFromFileName(const std::string &path);

// outputName: an embedder's intermediate output to use instead of its forward's (a
// TorchScript method, an ONNX layer); "" for the forward's.
Result<UserModel> loadUserModel(ModelFormat format, std::span<const uint8_t> bytes,
                                const std::string &name, ModelKind kind, const InputSpec &spec,
                                int expectedOutputs, const RunOptions &options = {},
                                const std::string &outputName = {});

}  // namespace triage
