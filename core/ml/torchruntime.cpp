#include "torchruntime.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>

#include <algorithm>
#include <mutex>
#include <string>
#include <thread>

namespace triage {
namespace ml {

c10::Device selectDevice()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
        at::set_num_threads(static_cast<int>(cores));
    });
    return torch::cuda::is_available() ? c10::Device(c10::kCUDA, 0) : c10::Device(c10::kCPU);
}

Result<c10::Device> deviceFor(DeviceChoice choice)
{
    const c10::Device automatic = selectDevice();  // applies the thread policy too
    switch (choice) {
    case DeviceChoice::Auto: return automatic;
    case DeviceChoice::Cpu: return c10::Device(c10::kCPU);
    case DeviceChoice::Cuda:
        if (!automatic.is_cuda()) {
            return makeError(ErrorCode::InvalidArgument,
                             "CUDA was asked for, but this LibTorch has no CUDA or sees no card "
                             "(use --device cpu or auto)");
        }
        return automatic;
    }
    return automatic;
}

}  // namespace ml

std::string ml::deviceDescription()
{
    const c10::Device device = ml::selectDevice();
    if (device.is_cuda()) {
        return "CUDA (" + std::to_string(torch::cuda::device_count()) + " device(s))";
    }
    return "CPU (" + std::to_string(at::get_num_threads()) + " threads)";
}

namespace {

const TorchModule kModule{TorchModule::kVersion, createTorchLearner, loadTorchLearner,
                          loadTorchScriptModel, ml::deviceDescription};

}  // namespace

}  // namespace triage

extern "C" __attribute__((visibility("default"))) const triage::TorchModule *triage_torch_module()
{
    return &triage::kModule;
}
