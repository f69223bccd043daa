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

namespace {

// One figure the monitor watches: which figure and limit it is, whether the limit is a
// floor (warn below) or a ceiling (warn above), whether a round measured it well enough to
// judge, and the sentence a warning says.
struct FigureCheck {
    const char *figure;
    double RoundFigures::*value;
    double DriftThresholds::*limit;
    bool floor;
    bool (*judged)(const RoundStats &, const RoundFigures &);
    std::string (*message)(const RoundStats &, const RoundFigures &, const DriftThresholds &);

    bool past(const RoundFigures &f, const DriftThresholds &t) const
    {
        const double v = f.*value, l = t.*limit;
        return l >= 0 && (floor ? v < l : v > l);  // a negative limit is off
    }
};

const FigureCheck kChecks[] = {
    {"agreement", &RoundFigures::agreement, &DriftThresholds::minAgreement, true,
     [](const RoundStats &r, const RoundFigures &) {
         return r.newDecisions >= kMinDecisionsToJudgeAgreement;
     },
     [](const RoundStats &r, const RoundFigures &f, const DriftThresholds &t) {
         return "people chose the model's suggestion for " + percentText(f.agreement) + " of " +
                std::to_string(r.newDecisions) + " new labels, below the " +
                percentText(t.minAgreement) + " set";
     }},
    {"audit_precision", &RoundFigures::auditPrecision, &DriftThresholds::minAuditPrecision, true,
     [](const RoundStats &r, const RoundFigures &) {
         return r.audited >= kMinAuditsToJudgePrecision;
     },
     [](const RoundStats &r, const RoundFigures &f, const DriftThresholds &t) {
         return "people confirmed " + percentText(f.auditPrecision) + " of " +
                std::to_string(r.audited) + " audited auto-accepts, below the " +
                percentText(t.minAuditPrecision) + " set";
     }},
    {"import_divergence", &RoundFigures::importDivergence, &DriftThresholds::maxImportDivergence,
     false,
     [](const RoundStats &r, const RoundFigures &f) {
         return r.newItems >= kMinNewItemsToJudgeImports && f.importDivergence >= 0;
     },
     [](const RoundStats &r, const RoundFigures &f, const DriftThresholds &t) {
         return "the classes of " + std::to_string(r.newItems) +
                " new imports differ from earlier items' by " + twoPlaces(f.importDivergence) +
                " (Jensen-Shannon), above the " + twoPlaces(t.maxImportDivergence) + " set";
     }},
    {"label_drift", &RoundFigures::labelDrift, &DriftThresholds::maxLabelDrift, false,
     [](const RoundStats &, const RoundFigures &f) { return f.labelDrift >= 0; },
     [](const RoundStats &, const RoundFigures &f, const DriftThresholds &t) {
         return "the class distribution of all labels moved " + twoPlaces(f.labelDrift) +
                " (Jensen-Shannon) from the reference round, above the " +
                twoPlaces(t.maxLabelDrift) + " set";
     }},
    {"feature_shift", &RoundFigures::featureShift, &DriftThresholds::maxFeatureShift, false,
     [](const RoundStats &, const RoundFigures &f) { return f.featureShift >= 0; },
     [](const RoundStats &, const RoundFigures &f, const DriftThresholds &t) {
         return "new imports' features lie " + twoPlaces(f.featureShift) +
                " standard deviations from earlier items', above the " +
                twoPlaces(t.maxFeatureShift) + " set";
     }},
};

}  // namespace

std::vector<DriftWarning> driftWarnings(const std::vector<RoundStats> &rounds,
                                        const std::vector<RoundFigures> &figures,
                                        const DriftThresholds &thresholds)
{
    std::vector<DriftWarning> warnings;
    for (const FigureCheck &check : kChecks) {
        for (size_t i = rounds.size(); i-- > 0;) {
            if (!check.judged(rounds[i], figures[i])) {
                continue;  // an older round measured it last
            }
            if (check.past(figures[i], thresholds)) {
                warnings.push_back({check.figure, figures[i].*check.value,
                                    thresholds.*check.limit,
                                    check.message(rounds[i], figures[i], thresholds),
                                    rounds[i].modelVersionId});
            }
            break;
        }
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
    report.warnings = driftWarnings(report.rounds, report.figures, report.thresholds);
    return report;
}

double latestFeatureShift(const DriftReport &report)
{
    for (auto f = report.figures.rbegin(); f != report.figures.rend(); ++f) {
        if (f->featureShift >= 0) {
            return f->featureShift;
        }
    }
    return -1;
}

}  // namespace triage
