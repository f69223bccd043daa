#include "queuereason.h"

#include <algorithm>
#include <set>

namespace triage {

Result<QueueReasons> whyQueued(ProjectStore &store, int64_t itemId)
{
    auto prediction = store.predictions().latestFor(itemId);
    auto votes = store.labelingFunctions().votesFor(itemId);
    if (!prediction || !votes) {
        return !prediction ? prediction.error() : votes.error();
    }
    const std::vector<float> none;
    return whyQueued(store, itemId, prediction->has_value() ? **prediction : none, *votes);
}

Result<QueueReasons> whyQueued(ProjectStore &store, int64_t itemId,
                               std::span<const float> probabilities,
                               std::span<const ItemLfVote> votes)
{
    QueueReasons reasons;
    auto audit = store.decisions().auditOf(itemId);
    if (!audit) {
        return audit.error();
    }
    reasons.audit = *audit;
    std::set<int64_t> voted;
    for (const ItemLfVote &vote : votes) {
        voted.insert(vote.classId);
    }
    reasons.labelingFunctionsDisagree = voted.size() > 1;
    if (probabilities.empty()) {
        reasons.notScored = true;
        return reasons;
    }
    const auto top = std::max_element(probabilities.begin(), probabilities.end());
    const auto &classes = store.classes();
    const auto position = size_t(top - probabilities.begin());
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
