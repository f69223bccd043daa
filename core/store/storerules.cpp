#include "storerules.h"

#include "numbertext.h"
#include "plaintext.h"

#include <algorithm>

namespace triage {
namespace {

constexpr size_t kMaxClassNameCharacters = 100;

// Windows refuses these as file or folder names, with or without an extension.
bool isReservedDeviceName(const std::string &name)
{
    const std::string stem = asciiLower(name.substr(0, name.find('.')));
    static const char *reserved[] = {"con", "prn", "aux", "nul"};
    for (const char *r : reserved) {
        if (stem == r) {
            return true;
        }
    }
    return stem.size() == 4 && (stem.rfind("com", 0) == 0 || stem.rfind("lpt", 0) == 0) &&
           stem[3] >= '1' && stem[3] <= '9';
}

}  // namespace

// Class names become folder names in exports (ImageFolder, YOLO), so a name must be a
// valid folder name on Linux, macOS and Windows alike.
Result<void> validateClassName(const std::string &name)
{
    auto refuse = [&](const std::string &why) {
        return makeError(ErrorCode::InvalidArgument, "class name '" + name + "' " + why);
    };
    if (name.empty()) {
        return makeError(ErrorCode::InvalidArgument, "a class name cannot be empty");
    }
    const auto length = utf8Length(name);
    if (!length) {
        return makeError(ErrorCode::InvalidArgument, "a class name is not valid UTF-8 text");
    }
    if (*length > kMaxClassNameCharacters) {
        return refuse("is " + std::to_string(*length) + " characters long; the limit is " +
                      std::to_string(kMaxClassNameCharacters));
    }
    for (unsigned char c : name) {
        if (c < 0x20 || c == 0x7F) {
            return makeError(ErrorCode::InvalidArgument,
                             "a class name contains a control character (tab, newline, ...)");
        }
    }
    if (name.find_first_of("/\\:*?\"<>|,") != std::string::npos) {
        return refuse("contains one of / \\ : * ? \" < > | , (not allowed in folder names)");
    }
    if (name == "." || name == ".." || name.front() == '.') {
        return refuse("starts with a dot (a hidden or special folder)");
    }
    if (name.front() == ' ' || name.back() == ' ' || name.back() == '.') {
        return refuse("starts or ends with a space, or ends with a dot");
    }
    if (isReservedDeviceName(name)) {
        return refuse("is a reserved device name on Windows");
    }
    return {};
}

Result<void> validateClassNames(const std::vector<std::string> &classNames)
{
    if (classNames.size() < 2) {
        return makeError(ErrorCode::InvalidArgument, "a project needs at least 2 classes");
    }
    for (size_t i = 0; i < classNames.size(); ++i) {
        TRIAGE_TRY(validateClassName(classNames[i]));
        for (size_t j = 0; j < i; ++j) {
            // Equal up to case: one folder on case-insensitive filesystems (macOS, Windows).
            if (asciiLower(classNames[i]) == asciiLower(classNames[j])) {
                return makeError(ErrorCode::InvalidArgument,
                                 classNames[i] == classNames[j]
                                     ? "class '" + classNames[i] + "' is listed twice"
                                     : "classes '" + classNames[j] + "' and '" + classNames[i] +
                                           "' differ only in case");
            }
        }
    }
    return {};
}

Result<void> validateDriftThresholds(const DriftThresholds &thresholds)
{
    const std::pair<const char *, double> fractions[] = {
        {"minimum agreement", thresholds.minAgreement},
        {"minimum audit precision", thresholds.minAuditPrecision},
        {"maximum import divergence", thresholds.maxImportDivergence},
        {"maximum label drift", thresholds.maxLabelDrift}};
    for (const auto &[name, value] : fractions) {
        if (!(value < 0 || value <= 1)) {
            return makeError(ErrorCode::InvalidArgument, std::string("the ") + name +
                                                             " must be 0 to 1 (or off), not " +
                                                             formatNumber(value));
        }
    }
    if (!(thresholds.maxFeatureShift < 0 || thresholds.maxFeatureShift <= 100)) {
        return makeError(ErrorCode::InvalidArgument,
                         "the maximum feature shift must be 0 to 100 standard deviations (or "
                         "off), not " + formatNumber(thresholds.maxFeatureShift));
    }
    if (thresholds.referenceRound < 0) {
        return makeError(ErrorCode::InvalidArgument,
                         "the drift reference must be a round's model version, not " +
                             std::to_string(thresholds.referenceRound));
    }
    return {};
}

Result<void> validateRoutingPolicy(const RoutingPolicy &policy)
{
    if (!(policy.acceptThreshold > 0 && policy.acceptThreshold <= 1)) {
        return makeError(ErrorCode::InvalidArgument,
                         "the acceptance threshold must be above 0 and at most 1, not " +
                             formatNumber(policy.acceptThreshold));
    }
    if (policy.minHumanLabelsPerClass < 0 ||
        policy.minHumanLabelsPerClass > kMaxMinLabelsPerClass) {
        return makeError(ErrorCode::InvalidArgument,
                         "the minimum human labels per class must be 0 to " +
                             std::to_string(kMaxMinLabelsPerClass) + ", not " +
                             std::to_string(policy.minHumanLabelsPerClass));
    }
    if (policy.targetPrecision != 0 && !(policy.targetPrecision >= kMinTargetPrecision &&
                                         policy.targetPrecision <= kMaxTargetPrecision)) {
        return makeError(ErrorCode::InvalidArgument,
                         "the target precision must be " + formatNumber(kMinTargetPrecision) +
                             " to " + formatNumber(kMaxTargetPrecision) +
                             " (or 0 for one threshold for every class), not " +
                             formatNumber(policy.targetPrecision));
    }
    if (!(policy.auditShare >= 0 && policy.auditShare <= kMaxAuditShare)) {
        return makeError(ErrorCode::InvalidArgument,
                         "the audit share must be 0 to " + formatNumber(kMaxAuditShare) + ", not " +
                             formatNumber(policy.auditShare));
    }
    return {};
}

Result<void> validatePixelLimit(int64_t pixelLimit)
{
    if (pixelLimit < 1 || pixelLimit > kMaxPixelLimit) {
        return makeError(ErrorCode::InvalidArgument,
                         "the pixel limit must be 1 pixel to " +
                             std::to_string(kMaxPixelLimit / 1'000'000) + " megapixels");
    }
    return {};
}

namespace {

// The ids of decisions that an undo in `log` cancelled.
std::vector<int64_t> undoneDecisionIds(const std::vector<DecisionRecord> &log)
{
    std::vector<int64_t> undone;
    for (const auto &d : log) {
        if (d.kind == DecisionKind::Undo && d.undoesDecisionId) {
            undone.push_back(*d.undoesDecisionId);
        }
    }
    return undone;
}

bool contains(const std::vector<int64_t> &ids, int64_t id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

const DecisionRecord *effectiveLabelDecision(const std::vector<DecisionRecord> &log)
{
    const std::vector<int64_t> undone = undoneDecisionIds(log);
    for (auto it = log.rbegin(); it != log.rend(); ++it) {
        if (it->kind == DecisionKind::Label && !contains(undone, it->id)) {
            return &*it;
        }
    }
    return nullptr;
}

Result<const DecisionRecord *> decisionToUndo(const std::vector<DecisionRecord> &log)
{
    const std::vector<int64_t> undone = undoneDecisionIds(log);
    for (auto it = log.rbegin(); it != log.rend(); ++it) {
        if (it->kind == DecisionKind::Remove) {
            return makeError(ErrorCode::InvalidArgument, "was removed");
        }
        if (it->kind != DecisionKind::Undo && it->source == DecisionSource::Human &&
            !contains(undone, it->id)) {
            return &*it;
        }
    }
    return makeError(ErrorCode::NotFound, "has no decision left to undo");
}

LabelSource labelSourceOf(DecisionSource source)
{
    return source == DecisionSource::Import ? LabelSource::Import : LabelSource::Human;
}

bool isAutomaticallyRoutable(ItemState state)
{
    return std::find(kAutomaticallyRoutableStates.begin(), kAutomaticallyRoutableStates.end(),
                     state) != kAutomaticallyRoutableStates.end();
}

bool acceptsDecisions(ItemState state)
{
    return state != ItemState::Failed && state != ItemState::Removed;
}

}  // namespace triage
