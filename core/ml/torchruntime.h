#pragma once
// Torch's runtime policy, set in one place for every model in the process: the device
// (CUDA when LibTorch has it and a card is present, else the CPU) and torch's thread count.
// Internal to core/ml: the only header outside learner.cpp that names a torch type.
#include "modelspec.h"
#include "result.h"

#include <c10/core/Device.h>

namespace triage::ml {

// Applies the thread policy once, then answers the device models run on.
c10::Device selectDevice();
// The device a caller asked for; Cuda without a usable card is an error that says so.
Result<c10::Device> deviceFor(DeviceChoice choice);

}  // namespace triage::ml
