#include "torchruntime.h"

#include <torch/script.h>

#include <sstream>

namespace triage {
namespace {

class TorchScriptBackend final : public InferenceBackend {
public:
    TorchScriptBackend(torch::jit::Module module, std::string name, c10::Device device,
                       const RunOptions &options, std::string method)
        : m_module(std::move(module)), m_name(std::move(name)), m_device(device),
          m_options(options), m_method(method.empty() ? "forward" : std::move(method))
    {
    }

    Result<RawOutput> forward(const float *inputs, int64_t count, const InputSpec &spec) override
    {
        try {
            c10::InferenceMode inference;
            // A read-only view of the caller's buffer, alive for this call only.
            torch::Tensor batch = torch::from_blob(const_cast<float *>(inputs),
                                                   {count, spec.channelCount(), spec.height,
                                                    spec.width},
                                                   torch::kFloat)
                                      .to(m_device, m_options.halfPrecision ? torch::kHalf
                                                                            : torch::kFloat);
            if (m_options.channelsLast) {
                batch = batch.contiguous(at::MemoryFormat::ChannelsLast);
            }
            torch::jit::IValue output;
            try {
                output = m_module.get_method(m_method)({batch});
            } catch (const std::exception &e) {
                return makeError(ErrorCode::Model, m_name + " does not accept " +
                                                       batchText(count, spec) + ": " +
                                                       errorHeadline(e.what()));
            }
            if (!output.isTensor()) {
                return makeError(ErrorCode::Model, m_name + " returns " + output.tagKind() +
                                                       ", expected one tensor of scores");
            }
            const torch::Tensor scores =
                output.toTensor().to(torch::kCPU, torch::kFloat).contiguous();
            RawOutput raw;
            raw.shape = scores.sizes().vec();
            raw.values.assign(scores.data_ptr<float>(), scores.data_ptr<float>() + scores.numel());
            return raw;
        } catch (const std::exception &e) {
            return makeError(ErrorCode::Model, m_name + " failed: " + errorHeadline(e.what()));
        }
    }

    std::string device() const override { return m_device.str(); }

private:
    torch::jit::Module m_module;
    std::string m_name;
    c10::Device m_device;
    RunOptions m_options;
    std::string m_method;
};

}  // namespace

Result<std::unique_ptr<InferenceBackend>> loadTorchScriptModel(std::span<const uint8_t> bytes,
                                                               const std::string &name,
                                                               const RunOptions &options,
                                                               const std::string &method)
{
    auto device = ml::deviceFor(options.device);
    if (!device) {
        return device.error();
    }
    if ((options.halfPrecision || options.channelsLast) && !device->is_cuda()) {
        return makeError(ErrorCode::InvalidArgument,
                         "half precision and channels-last run on CUDA only; this model runs "
                         "on the CPU");
    }
    torch::jit::Module module;
    try {
        std::istringstream in(std::string(reinterpret_cast<const char *>(bytes.data()),
                                          bytes.size()));
        module = torch::jit::load(in, *device);
        module.eval();
        if (options.halfPrecision) {
            module.to(torch::kHalf);
        }
        if (options.channelsLast) {
            for (auto parameter : module.parameters()) {
                if (parameter.dim() == 4) {
                    parameter.set_data(parameter.contiguous(at::MemoryFormat::ChannelsLast));
                }
            }
        }
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Model,
                         name + " is not a TorchScript model: " + errorHeadline(e.what()));
    }
    if (!method.empty() && !module.find_method(method)) {
        std::string methods;
        for (const auto &m : module.get_methods()) {
            methods += (methods.empty() ? "" : ", ") + m.name();
        }
        return makeError(ErrorCode::Model, name + " has no method '" + method + "' (it has: " +
                                               methods + ")");
    }
    // Frozen for inference (weights as constants, batch norm folded into convolutions,
    // oneDNN's prepacked kernels on the CPU): the model's own speed. The chosen method is
    // kept through freezing. A model the pass cannot take runs as it came.
    try {
        std::vector<std::string> kept;
        if (!method.empty() && method != "forward") {
            kept.push_back(method);
        }
        module = torch::jit::optimize_for_inference(module, kept);
    } catch (const std::exception &) {
    }
    return std::unique_ptr<InferenceBackend>(
        std::make_unique<TorchScriptBackend>(std::move(module), name, *device, options, method));
}

}  // namespace triage
