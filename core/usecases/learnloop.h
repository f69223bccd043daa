#pragma once
// LearnLoop: when the review loop retrains the learner. A round is due once people have
// given `labelsPerRound` labels more than the current learner was trained on; skips and
// undone labels give no label, so they do not count. The count is read from the store, so
// it survives restarts and sees labels given in other windows or by the CLI.
//
// Threads: use from the thread that owns `store`.
#include "projectstore.h"

namespace triage {

class LearnLoop {
public:
    static constexpr int64_t kDefaultLabelsPerRound = 100;
    explicit LearnLoop(int64_t labelsPerRound = kDefaultLabelsPerRound)
        : m_labelsPerRound(labelsPerRound)
    {
    }

    // Human and import labels now, and whether a round is due.
    Result<bool> retrainDue(ProjectStore &store);
    // A round was started now: the next is due labelsPerRound labels later, even if this
    // one fails (too few classes yet), so a failing round is not retried after every label.
    void roundStarted() { m_labelsAtLastRound = m_labelsNow; }

private:
    int64_t m_labelsPerRound;
    int64_t m_labelsNow = 0;
    int64_t m_labelsAtLastRound = 0;
};

}  // namespace triage
