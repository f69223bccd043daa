#include "sqlbackend.h"

#include "numbertext.h"
#include "sqlquery.h"
#include "storerules.h"

#include <algorithm>

namespace triage::sql {

Result<std::optional<std::string>> Settings::value(const std::string &key)
{
    TRIAGE_PREPARE(q, m_c.db, "SELECT value FROM settings WHERE key = ?");
    q.bind(1, key);
    return firstRow(q, [](const Statement &r) { return r.columnText(0); });
}

Result<void> Settings::setValue(const std::string &key, const std::string &value)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "INSERT INTO settings(key, value) VALUES(?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    return q.bind(1, key).bind(2, value).run();
}

Result<std::string> Settings::name()
{
    auto text = value("name");
    if (!text) {
        return text.error();
    }
    return text->value_or(std::string());
}

Result<std::string> Settings::createdAt()
{
    auto text = value("created_at");
    if (!text) {
        return text.error();
    }
    return text->value_or(std::string());
}

// Numbers are stored locale-free ("0.95") and checked when read: a hand-edited or damaged
// value is an error that names the setting, never a silent default.
Result<double> Settings::number(const std::string &key, double fallback)
{
    auto text = value(key);
    if (!text) {
        return text.error();
    }
    if (!text->has_value()) {
        return fallback;
    }
    const auto parsed = parseNumber(**text);
    if (!parsed) {
        return makeError(ErrorCode::CorruptData, "setting " + key + " in " + m_c.db.path() +
                                                     " is '" + **text + "', not a number");
    }
    return *parsed;
}

Result<RoutingPolicy> Settings::routingPolicy()
{
    const RoutingPolicy defaults;
    auto threshold = number("accept_threshold", defaults.acceptThreshold);
    auto minLabels = number("min_human_labels_per_class", defaults.minHumanLabelsPerClass);
    auto target = number("target_precision", defaults.targetPrecision);
    auto auditShare = number("audit_share", defaults.auditShare);
    for (const auto *read : {&threshold, &minLabels, &target, &auditShare}) {
        if (!*read) {
            return read->error();
        }
    }
    auto strategyText = value("sampling_strategy");
    if (!strategyText) {
        return strategyText.error();
    }
    const auto strategy = samplingStrategyFromText(
        strategyText->value_or(std::string(toText(RoutingPolicy{}.strategy))));
    if (!strategy) {
        return makeError(ErrorCode::CorruptData, "setting sampling_strategy in " + m_c.db.path() +
                                                     " is '" + **strategyText + "', not " +
                                                     samplingStrategyChoices());
    }
    const RoutingPolicy policy{*threshold, int(std::clamp(*minLabels, -1.0, 1e9)), *strategy,
                               *target, *auditShare};
    if (auto valid = validateRoutingPolicy(policy);
        !valid || double(policy.minHumanLabelsPerClass) != *minLabels) {
        return makeError(
            ErrorCode::CorruptData,
            "routing settings in " + m_c.db.path() + " are out of range: " +
                (valid ? "minimum labels " + formatNumber(*minLabels) : valid.error().message) +
                " (set them again with autolabel --target-precision, --threshold, "
                "--min-labels-per-class or --audit-share)");
    }
    return policy;
}

Result<void> Settings::setRoutingPolicy(const RoutingPolicy &policy)
{
    TRIAGE_TRY(validateRoutingPolicy(policy));
    return inTransaction(m_c.db, [&]() -> Result<void> {
        TRIAGE_TRY(setValue("accept_threshold", formatNumber(policy.acceptThreshold)));
        TRIAGE_TRY(setValue("sampling_strategy", std::string(toText(policy.strategy))));
        TRIAGE_TRY(setValue("target_precision", formatNumber(policy.targetPrecision)));
        TRIAGE_TRY(setValue("audit_share", formatNumber(policy.auditShare)));
        return setValue("min_human_labels_per_class",
                        std::to_string(policy.minHumanLabelsPerClass));
    });
}

Result<int64_t> Settings::pixelLimit()
{
    auto limit = number("pixel_limit", double(kDefaultPixelLimit));
    if (!limit) {
        return limit.error();
    }
    if (!validatePixelLimit(int64_t(*limit)) || double(int64_t(*limit)) != *limit) {
        return makeError(ErrorCode::CorruptData, "setting pixel_limit in " + m_c.db.path() +
                                                     " is out of range: " + formatNumber(*limit));
    }
    return int64_t(*limit);
}

Result<void> Settings::setPixelLimit(int64_t pixelLimit)
{
    TRIAGE_TRY(validatePixelLimit(pixelLimit));
    return setValue("pixel_limit", std::to_string(pixelLimit));
}

Result<std::string> Settings::backbone()
{
    auto text = value("learner_backbone");
    if (!text) {
        return text.error();
    }
    return text->value_or(std::string());
}

Result<void> Settings::setBackbone(const std::string &modelName)
{
    return setValue("learner_backbone", modelName);
}

Result<LabelModelKind> Settings::labelModel()
{
    auto text = value("label_model");
    if (!text) {
        return text.error();
    }
    // Projects that never chose one get Dawid–Skene, the model that learns each LF's accuracy.
    return labelModelKindFromText(text->value_or("")).value_or(LabelModelKind::DawidSkene);
}

Result<void> Settings::setLabelModel(LabelModelKind kind)
{
    return setValue("label_model", std::string(toText(kind)));
}

}  // namespace triage::sql

namespace triage::sql {
namespace {

struct DriftKey {
    const char *key;
    double DriftThresholds::*limit;
};
constexpr DriftKey kDriftKeys[] = {
    {"drift_min_agreement", &DriftThresholds::minAgreement},
    {"drift_min_audit_precision", &DriftThresholds::minAuditPrecision},
    {"drift_max_import_divergence", &DriftThresholds::maxImportDivergence},
    {"drift_max_label_drift", &DriftThresholds::maxLabelDrift},
    {"drift_max_feature_shift", &DriftThresholds::maxFeatureShift},
};

}  // namespace

Result<DriftThresholds> Settings::driftThresholds()
{
    DriftThresholds thresholds;
    for (const DriftKey &k : kDriftKeys) {
        auto limit = number(k.key, thresholds.*k.limit);
        if (!limit) {
            return limit.error();
        }
        thresholds.*k.limit = *limit;
    }
    auto reference = number("drift_reference_round", 0);
    if (!reference) {
        return reference.error();
    }
    thresholds.referenceRound = int64_t(*reference);
    if (auto valid = validateDriftThresholds(thresholds); !valid) {
        return makeError(ErrorCode::CorruptData, "drift settings in " + m_c.db.path() +
                                                     " are out of range: " + valid.error().message);
    }
    return thresholds;
}

Result<void> Settings::setDriftThresholds(const DriftThresholds &thresholds)
{
    TRIAGE_TRY(validateDriftThresholds(thresholds));
    return inTransaction(m_c.db, [&]() -> Result<void> {
        for (const DriftKey &k : kDriftKeys) {
            // Off is stored as -1, whatever negative number asked for it.
            TRIAGE_TRY(setValue(k.key, formatNumber(std::max(-1.0, thresholds.*k.limit))));
        }
        return setValue("drift_reference_round", std::to_string(thresholds.referenceRound));
    });
}

}  // namespace triage::sql
