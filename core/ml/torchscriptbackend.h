#pragma once
// A TorchScript model's forward pass on LibTorch, for UserModel. Torch-free header: the
// work is done in the LibTorch module (torchmodule.h), loaded by the first call.
#include "usermodel.h"

#include <span>

namespace triage {

// Reads a TorchScript archive from its bytes (`name` for messages) onto the device the
// options ask for. Half precision and channels-last need CUDA: asked for on the CPU, they
// are refused with a sentence that says so. `method` runs instead of forward when given.
Result<std::unique_ptr<InferenceBackend>> loadTorchScript(std::span<const uint8_t> bytes,
                                                          const std::string &name,
                                                          const RunOptions &options,
                                                          const std::string &method = {});

}  // namespace triage
