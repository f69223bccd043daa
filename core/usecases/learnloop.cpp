#include "learnloop.h"

#include <algorithm>

namespace triage {

Result<bool> LearnLoop::retrainDue(ProjectStore &store)
{
    auto counts = store.items().counts();
    auto learner = store.models().latest();
    if (!counts || !learner) {
        return counts ? learner.error() : counts.error();
    }
    m_labelsNow = 0;
    for (const ClassCount &c : counts->byClass) {
        m_labelsNow += c.human + c.imported;
    }
    const int64_t trainedOn = learner->has_value() ? (*learner)->humanLabels : 0;
    return m_labelsNow - std::max(trainedOn, m_labelsAtLastRound) >= m_labelsPerRound;
}

}  // namespace triage
