#include "driftmonitor.h"

#include "numbertext.h"
#include "precisiontarget.h"
#include "roundstats.h"

namespace triage {
namespace {

double share(int64_t part, int64_t whole)
{
    return whole > 0 ? double(part) / double(whole) : -1;
}

std::string percentText(double fraction)
{
    return formatFixed(fraction * 100, 1) + "%";
}

std::string twoPlaces(double value)
{
    return formatFixed(value, 2);
}

}  // namespace

std::vector<int64_t> allLabelsByClass(const RoundStats &round)
{
    std::vector<int64_t> counts;
    for (const RoundClassStats &c : round.classes) {
        counts.push_back(c.peoplesLabels + c.autoLabels);
    }
    return counts;
}

RoundFigures roundFigures(const RoundStats &round, const RoundStats *reference)
{
    RoundFigures f;
    f.modelVersionId = round.modelVersionId;
    f.heldOutAccuracy = round.heldOutAccuracy;
    f.autoAcceptRate = share(round.autoAccepted, round.autoAccepted + round.queued);
    f.agreement = share(round.agreed, round.newDecisions);
    f.auditPrecision = share(round.auditedRight, round.audited);
    if (round.audited > 0) {
        std::tie(f.auditLow, f.auditHigh) = wilsonInterval(round.auditedRight, round.audited);
    }
    std::vector<int64_t> fresh, earlier;
    for (const RoundClassStats &c : round.classes) {
        fresh.push_back(c.newPredicted);
        earlier.push_back(c.earlierPredicted);
    }
    f.importDivergence = jensenShannon(fresh, earlier);
    if (reference != nullptr && reference->classes.size() == round.classes.size()) {
        f.labelDrift = jensenShannon(allLabelsByClass(round), allLabelsByClass(*reference));
    }
    f.featureShift = round.featureShift;
    return f;
}

std::vector<DriftWarning> driftWarnings(const RoundStats &round, const RoundFigures &f,
                                        const DriftThresholds &t)
{
    std::vector<DriftWarning> warnings;
    if (t.minAgreement >= 0 && round.newDecisions >= kMinDecisionsToJudgeAgreement &&
        f.agreement < t.minAgreement) {
        warnings.push_back({"agreement", f.agreement, t.minAgreement,
                            "people chose the model's suggestion for " +
                                percentText(f.agreement) + " of " +
                                std::to_string(round.newDecisions) +
                                " new labels, below the " + percentText(t.minAgreement) +
                                " set"});
    }
    if (t.minAuditPrecision >= 0 && round.audited >= kMinAuditsToJudgePrecision &&
        f.auditPrecision < t.minAuditPrecision) {
        warnings.push_back({"audit_precision", f.auditPrecision, t.minAuditPrecision,
                            "people confirmed " + percentText(f.auditPrecision) + " of " +
                                std::to_string(round.audited) +
                                " audited auto-accepts, below the " +
                                percentText(t.minAuditPrecision) + " set"});
    }
    if (t.maxImportDivergence >= 0 && round.newItems >= kMinNewItemsToJudgeImports &&
        f.importDivergence > t.maxImportDivergence) {
        warnings.push_back({"import_divergence", f.importDivergence, t.maxImportDivergence,
                            "the classes of " + std::to_string(round.newItems) +
                                " new imports differ from earlier items' by " +
                                twoPlaces(f.importDivergence) + " (Jensen-Shannon), above the " +
                                twoPlaces(t.maxImportDivergence) + " set"});
    }
    if (t.maxLabelDrift >= 0 && f.labelDrift > t.maxLabelDrift) {
        warnings.push_back({"label_drift", f.labelDrift, t.maxLabelDrift,
                            "the class distribution of all labels moved " +
                                twoPlaces(f.labelDrift) +
                                " (Jensen-Shannon) from the reference round, above the " +
                                twoPlaces(t.maxLabelDrift) + " set"});
    }
    if (t.maxFeatureShift >= 0 && f.featureShift > t.maxFeatureShift) {
        warnings.push_back({"feature_shift", f.featureShift, t.maxFeatureShift,
                            "new imports' features lie " + twoPlaces(f.featureShift) +
                                " standard deviations from earlier items', above the " +
                                twoPlaces(t.maxFeatureShift) + " set"});
    }
    return warnings;
}

Result<DriftReport> readDriftReport(ProjectStore &store)
{
    auto thresholds = store.settings().driftThresholds();
    if (!thresholds) {
        return thresholds.error();
    }
    auto rounds = store.models().roundStats();
    if (!rounds) {
        return rounds.error();
    }
    DriftReport report;
    report.thresholds = *thresholds;
    report.rounds = std::move(*rounds);
    const RoundStats *reference = report.rounds.empty() ? nullptr : &report.rounds.front();
    for (const RoundStats &round : report.rounds) {
        if (round.modelVersionId == thresholds->referenceRound) {
            reference = &round;
        }
    }
    report.referenceRound = reference != nullptr ? reference->modelVersionId : 0;
    for (const RoundStats &round : report.rounds) {
        report.figures.push_back(roundFigures(round, reference));
    }
    if (!report.rounds.empty()) {
        report.warnings =
            driftWarnings(report.rounds.back(), report.figures.back(), report.thresholds);
    }
    return report;
}

}  // namespace triage
