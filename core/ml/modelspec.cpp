#include "modelspec.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace triage {

namespace {

// The text of every value of an enum, for both directions.
template <typename Enum, size_t N>
std::optional<Enum> fromText(std::string_view text, const Enum (&values)[N])
{
    for (Enum value : values) {
        if (toText(value) == text) {
            return value;
        }
    }
    return std::nullopt;
}

}  // namespace

std::string_view toText(ModelKind kind)
{
    return kind == ModelKind::Classifier ? "classifier" : "embedder";
}

std::string_view toText(ModelFormat format)
{
    return format == ModelFormat::Onnx ? "onnx" : "torchscript";
}

std::string_view toText(ChannelOrder order)
{
    switch (order) {
    case ChannelOrder::Rgb: return "rgb";
    case ChannelOrder::Bgr: return "bgr";
    case ChannelOrder::Gray: return "gray";
    }
    return "unknown";
}

std::string_view toText(ResizeMode mode)
{
    switch (mode) {
    case ResizeMode::Stretch: return "stretch";
    case ResizeMode::Fit: return "fit";
    case ResizeMode::CentreCrop: return "crop";
    }
    return "unknown";
}

std::optional<ModelKind> modelKindFromString(std::string_view text)
{
    static const ModelKind values[] = {ModelKind::Classifier, ModelKind::Embedder};
    return fromText(text, values);
}

std::optional<ModelFormat> modelFormatFromString(std::string_view text)
{
    static const ModelFormat values[] = {ModelFormat::TorchScript, ModelFormat::Onnx};
    return fromText(text, values);
}

std::optional<ChannelOrder> channelOrderFromString(std::string_view text)
{
    static const ChannelOrder values[] = {ChannelOrder::Rgb, ChannelOrder::Bgr, ChannelOrder::Gray};
    return fromText(text, values);
}

std::optional<ResizeMode> resizeModeFromString(std::string_view text)
{
    static const ResizeMode values[] = {ResizeMode::Stretch, ResizeMode::Fit,
                                        ResizeMode::CentreCrop};
    return fromText(text, values);
}


void applyNormalisation(Normalisation normalisation, InputSpec &spec)
{
    const InputSpec imageNet;
    spec.scale = 1.0f / 255.0f;
    switch (normalisation) {
    case Normalisation::ImageNet:
        spec.mean = imageNet.mean;
        spec.std = imageNet.std;
        break;
    case Normalisation::UnitRange:
        spec.mean = {0, 0, 0};
        spec.std = {1, 1, 1};
        break;
    case Normalisation::SymmetricRange:
        spec.mean = {0.5f, 0.5f, 0.5f};
        spec.std = {0.5f, 0.5f, 0.5f};
        break;
    }
}

void normaliseModelInput(const uint8_t *pixels, const InputSpec &spec, float *out)
{
    const size_t plane = size_t(spec.width) * spec.height;
    for (int c = 0; c < spec.channelCount(); ++c) {
        // (p * scale - mean) / std, as one multiply-add per value.
        const float gain = spec.scale / spec.std[c];
        const float offset = -spec.mean[c] / spec.std[c];
        const uint8_t *from = pixels + c * plane;
        float *to = out + c * plane;
        for (size_t i = 0; i < plane; ++i) {
            to[i] = float(from[i]) * gain + offset;
        }
    }
}

}  // namespace triage
