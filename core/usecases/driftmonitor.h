#pragma once
// Label-quality drift: per recorded round, the figures a lead watches (the model's
// agreement with people's new labels, audited precision, the new imports' classes and
// features against earlier items', all labels' classes against a reference round) and a
// warning for each figure past the limit the lead set (DriftThresholds). Read by status,
// `drift`, `report` and the Dashboard tab.
#include "projectstore.h"

#include <string>
#include <vector>

namespace triage {

// Fewer new labels or audits than these: the share is too noisy to warn on.
constexpr int64_t kMinDecisionsToJudgeAgreement = 20;
constexpr int64_t kMinAuditsToJudgePrecision = 10;
// Fewer new imports than this: their class distribution is too noisy to compare.
constexpr int64_t kMinNewItemsToJudgeImports = 100;

// A round's figures; -1 where the round has none (no learner, no new labels, no audits...).
struct RoundFigures {
    int64_t modelVersionId = 0;
    double heldOutAccuracy = -1;
    double autoAcceptRate = -1;  // of the items the round routed
    double agreement = -1;       // new human labels that took the suggestion
    double auditPrecision = -1;  // audited auto-accepts people confirmed, by the round
    double auditLow = -1, auditHigh = -1;  // its Wilson 95% interval
    double importDivergence = -1;  // Jensen-Shannon, new imports' top classes vs earlier items'
    double labelDrift = -1;        // Jensen-Shannon, all labels vs the reference round's
    double featureShift = -1;
};

struct DriftWarning {
    std::string figure;  // "agreement", "audit_precision", "import_divergence", ...
    double value = 0;
    double limit = 0;
    std::string message;  // a sentence for people
    int64_t modelVersionId = 0;  // the round that measured it
};

struct DriftReport {
    DriftThresholds thresholds;
    int64_t referenceRound = 0;  // the round compared with (0: none recorded yet)
    std::vector<RoundStats> rounds;
    std::vector<RoundFigures> figures;  // one per round
    std::vector<DriftWarning> warnings;  // driftWarnings() of the rounds
};

// All labels (people's and automatic) per class of a round.
std::vector<int64_t> allLabelsByClass(const RoundStats &round);

RoundFigures roundFigures(const RoundStats &round, const RoundStats *reference);
// Each figure as the latest round that measured it well enough found it (an import's
// divergence stands until the next import is measured), warned on when past its limit.
std::vector<DriftWarning> driftWarnings(const std::vector<RoundStats> &rounds,
                                        const std::vector<RoundFigures> &figures,
                                        const DriftThresholds &thresholds);

Result<DriftReport> readDriftReport(ProjectStore &store);

// The feature shift the latest round with new items and embeddings measured; -1 if none did.
double latestFeatureShift(const DriftReport &report);

}  // namespace triage
