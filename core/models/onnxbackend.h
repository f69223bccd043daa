#pragma once
// An ONNX model's forward pass on OpenCV DNN (CPU), for UserModel.
#include "usermodel.h"

#include <span>

namespace triage {

// Reads an ONNX model from its bytes (`name` for messages). OpenCV DNN runs it on the CPU:
// CUDA, half precision and channels-last are refused with a sentence that says so.
// `layer` (an intermediate node's name) is returned instead of the graph's output.
Result<std::unique_ptr<InferenceBackend>> loadOnnx(std::span<const uint8_t> bytes,
                                                   const std::string &name,
                                                   const RunOptions &options,
                                                   const std::string &layer = {});

}  // namespace triage
