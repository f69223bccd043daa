#include "projecttypes.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace triage {

std::string utcNowIso8601()
{
    const auto now = std::chrono::system_clock::now();
    const std::time_t t = std::chrono::system_clock::to_time_t(now);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()) % 1000;
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[40];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &tm);
    char out[48];
    std::snprintf(out, sizeof out, "%s.%03dZ", buffer, int(ms.count()));
    return out;
}

std::string_view toText(ItemState state)
{
    switch (state) {
    case ItemState::Unlabeled: return "unlabeled";
    case ItemState::Queued: return "queued";
    case ItemState::AutoAccepted: return "auto-accepted";
    case ItemState::HumanLabeled: return "human-labeled";
    case ItemState::Failed: return "failed";
    case ItemState::Removed: return "removed";
    }
    return "unknown";
}

std::optional<ItemState> itemStateFromString(std::string_view text)
{
    for (ItemState s : {ItemState::Unlabeled, ItemState::Queued, ItemState::AutoAccepted,
                        ItemState::HumanLabeled, ItemState::Failed, ItemState::Removed}) {
        if (toText(s) == text) {
            return s;
        }
    }
    return std::nullopt;
}

std::string_view toText(LabelSource source)
{
    switch (source) {
    case LabelSource::Human: return "human";
    case LabelSource::Import: return "import";
    case LabelSource::Auto: return "auto";
    }
    return "unknown";
}

std::string_view toText(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Label: return "label";
    case DecisionKind::Skip: return "skip";
    case DecisionKind::Undo: return "undo";
    case DecisionKind::Remove: return "remove";
    }
    return "unknown";
}

std::string_view toText(JobState state)
{
    switch (state) {
    case JobState::Running: return "running";
    case JobState::Succeeded: return "succeeded";
    case JobState::Failed: return "failed";
    case JobState::Cancelled: return "cancelled";
    case JobState::Interrupted: return "interrupted";
    }
    return "unknown";
}

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

}  // namespace triage
