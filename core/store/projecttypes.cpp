#include "projecttypes.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace triage {

double epochSeconds()
{
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

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

std::string_view toText(Split split)
{
    switch (split) {
    case Split::None: return "";
    case Split::Train: return "train";
    case Split::Val: return "val";
    case Split::Test: return "test";
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

std::string_view toText(TokenRole role)
{
    switch (role) {
    case TokenRole::Annotator: return "annotator";
    case TokenRole::Lead: return "lead";
    case TokenRole::Admin: return "admin";
    }
    return "unknown";
}

std::optional<TokenRole> tokenRoleFromText(std::string_view text)
{
    for (auto role : {TokenRole::Annotator, TokenRole::Lead, TokenRole::Admin}) {
        if (text == toText(role)) {
            return role;
        }
    }
    return std::nullopt;
}

std::string_view toText(LabelModelKind kind)
{
    switch (kind) {
    case LabelModelKind::MajorityVote: return "majority";
    case LabelModelKind::WeightedVote: return "weighted";
    case LabelModelKind::DawidSkene: return "dawid-skene";
    }
    return "unknown";
}

std::optional<LabelModelKind> labelModelKindFromText(std::string_view text)
{
    for (auto kind : {LabelModelKind::MajorityVote, LabelModelKind::WeightedVote,
                      LabelModelKind::DawidSkene}) {
        if (text == toText(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

std::string_view toText(SamplingStrategy strategy)
{
    switch (strategy) {
    case SamplingStrategy::LeastConfidence: return "least-confidence";
    case SamplingStrategy::Margin: return "margin";
    case SamplingStrategy::Entropy: return "entropy";
    case SamplingStrategy::Mixed: return "mixed";
    case SamplingStrategy::Diverse: return "diverse";
    }
    return "unknown";
}

namespace {
constexpr SamplingStrategy kStrategies[] = {SamplingStrategy::LeastConfidence,
                                            SamplingStrategy::Margin, SamplingStrategy::Entropy,
                                            SamplingStrategy::Mixed, SamplingStrategy::Diverse};
}  // namespace

std::optional<SamplingStrategy> samplingStrategyFromText(std::string_view text)
{
    for (auto strategy : kStrategies) {
        if (text == toText(strategy)) {
            return strategy;
        }
    }
    return std::nullopt;
}

std::string samplingStrategyChoices()
{
    std::string text;
    const size_t count = std::size(kStrategies);
    for (size_t i = 0; i < count; ++i) {
        text += (i == 0 ? "" : i + 1 == count ? " or " : ", ");
        text += toText(kStrategies[i]);
    }
    return text;
}

}  // namespace triage
