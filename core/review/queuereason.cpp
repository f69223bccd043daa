#include "queuereason.h"

#include <algorithm>
#include <set>

namespace triage {

Result<QueueReasons> whyQueued(ProjectStore &store, int64_t itemId)
{
    QueueReasons reasons;
    auto prediction = store.predictions().latestFor(itemId);
    auto audit = store.decisions().auditOf(itemId);
    auto votes = store.labelingFunctions().votesFor(itemId);
    if (!prediction || !audit || !votes) {
        return !prediction ? prediction.error() : !audit ? audit.error() : votes.error();
    }
    reasons.audit = *audit;
    std::set<int64_t> voted;
    for (const ItemLfVote &vote : *votes) {
        voted.insert(vote.classId);
    }
    reasons.labelingFunctionsDisagree = voted.size() > 1;
    if (!prediction->has_value() || (*prediction)->empty()) {
        reasons.notScored = true;
        return reasons;
    }
    const auto &p = **prediction;
    const auto top = std::max_element(p.begin(), p.end());
    const auto &classes = store.classes();
    const auto position = size_t(top - p.begin());
    if (position >= classes.size()) {
        return makeError(ErrorCode::CorruptData, "item " + std::to_string(itemId) +
                                                     "'s prediction has more classes than the project");
    }
    reasons.suggestedClassId = classes[position].id;
    reasons.confidence = *top;
    auto thresholds = store.models().latestThresholds();
    if (!thresholds) {
        return thresholds.error();
    }
    for (const ClassThreshold &t : *thresholds) {
        if (t.classId == *reasons.suggestedClassId) {
            reasons.classThreshold = t;
        }
    }
    return reasons;
}

}  // namespace triage
