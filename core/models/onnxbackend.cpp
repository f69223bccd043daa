#include "onnxbackend.h"

#include "onnxinputshape.h"

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

namespace triage {
namespace {

// OpenCV's exception text reads "OpenCV(4.6.0) file:line: error: (-2:...) what in function
// 'f'"; the part after the code says what went wrong.
std::string openCvReason(const cv::Exception &e)
{
    return e.err.empty() ? e.what() : e.err;
}

std::string imagesText(int64_t channels, int64_t height, int64_t width)
{
    const auto side = [](int64_t d) { return d > 0 ? std::to_string(d) : std::string("?"); };
    return side(channels) + "x" + side(height) + "x" + side(width);
}

// What the file declares against what the spec feeds: "" when they fit.
std::string inputMismatch(const std::vector<int64_t> &declared, const InputSpec &spec)
{
    if (declared.size() != 4) {
        return "takes an input of " + std::to_string(declared.size()) +
               " dimensions, expected images [N, C, H, W]";
    }
    const int64_t given[] = {spec.channelCount(), spec.height, spec.width};
    for (size_t d = 0; d < 3; ++d) {
        if (declared[d + 1] > 0 && declared[d + 1] != given[d]) {
            return "expects images of " + imagesText(declared[1], declared[2], declared[3]) +
                   " (as the file declares), the input spec gives " +
                   imagesText(given[0], given[1], given[2]);
        }
    }
    return {};
}

class OnnxBackend final : public InferenceBackend {
public:
    OnnxBackend(cv::dnn::Net net, std::string name,
                std::optional<std::vector<int64_t>> declaredInput, std::string layer)
        : m_net(std::move(net)), m_name(std::move(name)),
          m_declaredInput(std::move(declaredInput)), m_layer(std::move(layer))
    {
    }

    Result<RawOutput> forward(const float *inputs, int64_t count, const InputSpec &spec) override
    {
        if (m_declaredInput) {
            if (const std::string why = inputMismatch(*m_declaredInput, spec); !why.empty()) {
                return makeError(ErrorCode::Model, m_name + " " + why);
            }
        }
        const int sizes[] = {int(count), spec.channelCount(), spec.height, spec.width};
        // A read-only view of the caller's buffer, alive for this call only.
        const cv::Mat blob(4, sizes, CV_32F, const_cast<float *>(inputs));
        const auto outputNames = m_net.getUnconnectedOutLayersNames();
        if (m_layer.empty() && outputNames.size() != 1) {
            return makeError(ErrorCode::Model, m_name + " returns " +
                                                   std::to_string(outputNames.size()) +
                                                   " outputs, expected one tensor of scores");
        }
        cv::Mat output;
        try {
            m_net.setInput(blob);
            output = m_layer.empty() ? m_net.forward() : m_net.forward(m_layer);
        } catch (const cv::Exception &e) {
            return makeError(ErrorCode::Model, m_name + " does not accept " +
                                                   batchText(count, spec) + ": " +
                                                   openCvReason(e));
        }
        if (output.depth() != CV_32F) {
            output.convertTo(output, CV_32F);
        }
        if (!output.isContinuous()) {
            output = output.clone();
        }
        RawOutput raw;
        for (int d = 0; d < output.dims; ++d) {
            raw.shape.push_back(output.size[d]);
        }
        const auto *values = output.ptr<float>();
        raw.values.assign(values, values + output.total());
        return raw;
    }

    std::string device() const override { return "cpu"; }

private:
    cv::dnn::Net m_net;
    std::string m_name;
    std::optional<std::vector<int64_t>> m_declaredInput;
    std::string m_layer;
};

}  // namespace

Result<std::unique_ptr<InferenceBackend>> loadOnnx(std::span<const uint8_t> bytes,
                                                   const std::string &name,
                                                   const RunOptions &options,
                                                   const std::string &layer)
{
    if (options.device == DeviceChoice::Cuda || options.halfPrecision || options.channelsLast) {
        return makeError(ErrorCode::InvalidArgument,
                         "ONNX models run on the CPU (OpenCV DNN): CUDA, half precision and "
                         "channels-last are for TorchScript models");
    }
    cv::dnn::Net net;
    try {
        net = cv::dnn::readNetFromONNX(reinterpret_cast<const char *>(bytes.data()),
                                       bytes.size());
    } catch (const cv::Exception &e) {
        return makeError(ErrorCode::Model,
                         name + " is not an ONNX model OpenCV can run: " + openCvReason(e));
    }
    if (net.empty()) {
        return makeError(ErrorCode::Model, name + " is not an ONNX model: it holds no layers");
    }
    net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    // OpenCV calls a layer made from the ONNX node N "onnx_node!N"; people name the node.
    std::string layerId = layer;
    if (!layer.empty() && net.getLayerId(layerId) < 0) {
        layerId = "onnx_node!" + layer;
    }
    if (!layer.empty() && net.getLayerId(layerId) < 0) {
        std::string layers;
        for (const auto &known : net.getLayerNames()) {
            const std::string prefix = "onnx_node!";
            layers += (layers.empty() ? "" : ", ") +
                      (known.rfind(prefix, 0) == 0 ? known.substr(prefix.size()) : known);
        }
        return makeError(ErrorCode::Model,
                         name + " has no layer '" + layer + "' (its layers: " + layers + ")");
    }
    return std::unique_ptr<InferenceBackend>(
        std::make_unique<OnnxBackend>(std::move(net), name, onnxDeclaredInputShape(bytes), layerId));
}

}  // namespace triage
