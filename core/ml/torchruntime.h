#pragma once
// Inside the LibTorch module (see torchmodule.h): torch's runtime policy, set in one place
// for every model in the process: the device (CUDA when LibTorch has it and a card is
// present, else the CPU) and torch's thread count; and the module's entry points.
// The only header that names a torch type.
#include "modelspec.h"
#include "result.h"
#include "torchmodule.h"

#include <c10/core/Device.h>

namespace triage {
namespace ml {

// Applies the thread policy once, then answers the device models run on.
c10::Device selectDevice();
// The device a caller asked for; Cuda without a usable card is an error that says so.
Result<c10::Device> deviceFor(DeviceChoice choice);
// What computeDeviceDescription() says.
std::string deviceDescription();

}  // namespace ml

// The entry points, one per file that implements them.
Result<std::unique_ptr<LearnerEngine>> createTorchLearner(int classCount,
                                                          const LearnerConfig &config);
Result<std::unique_ptr<LearnerEngine>> loadTorchLearner(const std::vector<uint8_t> &bytes);
Result<std::unique_ptr<InferenceBackend>> loadTorchScriptModel(std::span<const uint8_t> bytes,
                                                               const std::string &name,
                                                               const RunOptions &options,
                                                               const std::string &method);

}  // namespace triage
