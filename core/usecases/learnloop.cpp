#include "learnloop.h"

#include <algorithm>

namespace triage {

Result<bool> LearnLoop::retrainDue(ProjectStore &store)
{
    // Every item with a label from a person or an import is human-labeled, and only those:
    // counted by index, cheap enough to ask after each decision.
    auto labelled = store.items().countInState(ItemState::HumanLabeled);
    auto learner = store.models().latest();
    if (!labelled || !learner) {
        return labelled ? learner.error() : labelled.error();
    }
    m_labelsNow = *labelled;
    const int64_t trainedOn = learner->has_value() ? (*learner)->humanLabels : 0;
    return m_labelsNow - std::max(trainedOn, m_labelsAtLastRound) >= m_labelsPerRound;
}

}  // namespace triage
