#pragma once
// What Triage needs to know to run a user's model: whether it classifies or embeds, and
// the input it expects. Plain types, shared by the store (saved with the model entry), the
// preprocessing in core and the runners in core/ml.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace triage {

enum class ModelKind { Classifier = 1, Embedder };
// TorchScript runs on LibTorch (core/ml), ONNX on OpenCV DNN (core/models).
enum class ModelFormat { TorchScript = 1, Onnx };
enum class ChannelOrder { Rgb = 1, Bgr, Gray };
// Stretch: resize to the input, aspect ignored. Fit: keep the aspect, pad with zeros.
// CentreCrop: keep the aspect, scale the short side to the input, cut the long side.
enum class ResizeMode { Stretch = 1, Fit, CentreCrop };

// The settings as the CLI, the JSON, the store and the cache name them: "classifier",
// "onnx", "rgb", "crop"...
std::string_view toText(ModelKind kind);
std::string_view toText(ModelFormat format);
std::string_view toText(ChannelOrder order);
std::string_view toText(ResizeMode mode);
std::optional<ModelKind> modelKindFromString(std::string_view text);
std::optional<ModelFormat> modelFormatFromString(std::string_view text);
std::optional<ChannelOrder> channelOrderFromString(std::string_view text);
std::optional<ResizeMode> resizeModeFromString(std::string_view text);

struct InputSpec {
    int width = 224;
    int height = 224;
    ChannelOrder channels = ChannelOrder::Rgb;
    ResizeMode resize = ResizeMode::Stretch;
    // input = (pixel * scale - mean) / std, per channel (ImageNet defaults).
    float scale = 1.0f / 255.0f;
    std::array<float, 3> mean = {0.485f, 0.456f, 0.406f};
    std::array<float, 3> std = {0.229f, 0.224f, 0.225f};
    bool outputsAreLogits = true;  // classifiers: softmax is applied to logits

    int channelCount() const { return channels == ChannelOrder::Gray ? 1 : 3; }
    int64_t valuesPerImage() const { return int64_t(channelCount()) * width * height; }
};

// The usual input normalisations, as presets over scale, mean and std: ImageNet's
// (torchvision models), pixels to 0..1, pixels to -1..1.
enum class Normalisation { ImageNet = 1, UnitRange, SymmetricRange };

void applyNormalisation(Normalisation normalisation, InputSpec &spec);

// Model pixels (spec.valuesPerImage() bytes, channel-major, as cached) to the model's
// float input: (pixel * scale - mean) / std per channel. Gray inputs use mean[0], std[0].
void normaliseModelInput(const uint8_t *pixels, const InputSpec &spec, float *out);

// Where a model runs: Auto takes CUDA when LibTorch has it and a card is present.
enum class DeviceChoice { Auto = 1, Cpu, Cuda };

// How a model runs: the device, and on CUDA half precision and channels-last memory, which
// trade a little accuracy (half) for speed on tensor cores.
struct RunOptions {
    DeviceChoice device = DeviceChoice::Auto;
    bool halfPrecision = false;
    bool channelsLast = false;
};

// A batch of preprocessed inputs, N x C x H x W floats, as InputSpec describes.
struct FloatBatchView {
    const float *values = nullptr;
    int64_t count = 0;
};

}  // namespace triage
