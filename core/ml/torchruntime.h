#pragma once
// Torch's runtime policy, set in one place for every model in the process: the device
// (CUDA when LibTorch has it and a card is present, else the CPU) and torch's thread count.
// Internal to core/ml: the only header outside learner.cpp that names a torch type.
#include <c10/core/Device.h>

namespace triage::ml {

// Applies the thread policy once, then answers the device models run on.
c10::Device selectDevice();

}  // namespace triage::ml
