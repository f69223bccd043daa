#include "lfanalysis.h"

#include "precisiontarget.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace triage {

VoteAnalysis analyzeVotes(const VoteMatrix &votes, std::span<const int32_t> anchors)
{
    VoteAnalysis analysis;
    analysis.items = votes.items;
    analysis.lfs.resize(size_t(votes.lfs));
    for (int64_t i = 0; i < votes.items; ++i) {
        int voters = 0;
        int32_t first = kAbstain;
        bool disagree = false;
        for (int j = 0; j < votes.lfs; ++j) {
            if (const int32_t v = votes.at(i, j); v != kAbstain) {
                ++voters;
                disagree = disagree || (first != kAbstain && v != first);
                first = first == kAbstain ? v : first;
            }
        }
        analysis.covered += voters > 0 ? 1 : 0;
        analysis.conflicted += disagree ? 1 : 0;
        const int32_t anchor = i < int64_t(anchors.size()) ? anchors[size_t(i)] : kAbstain;
        for (int j = 0; j < votes.lfs; ++j) {
            const int32_t v = votes.at(i, j);
            if (v == kAbstain) {
                continue;
            }
            LfStatistics &s = analysis.lfs[size_t(j)];
            ++s.votes;
            s.overlaps += voters > 1 ? 1 : 0;
            bool conflicts = false;
            for (int other = 0; other < votes.lfs && !conflicts; ++other) {
                const int32_t w = votes.at(i, other);
                conflicts = w != kAbstain && w != v;
            }
            s.conflicts += conflicts ? 1 : 0;
            if (anchor != kAbstain) {
                ++s.checked;
                s.correct += v == anchor ? 1 : 0;
            }
        }
    }
    for (LfStatistics &s : analysis.lfs) {
        if (s.checked > 0) {
            s.accuracy = double(s.correct) / double(s.checked);
            std::tie(s.accuracyLow, s.accuracyHigh) = wilsonInterval(s.correct, s.checked);
        }
    }
    return analysis;
}

}  // namespace triage
