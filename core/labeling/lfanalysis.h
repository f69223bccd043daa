#pragma once
// The numbers that tell a lead which labeling function to trust (issue 8, PRODUCT.md §6):
// per LF how many items it votes on, how many of those another LF also votes on (overlap)
// or votes differently on (conflict), and how often it agrees with people, with the count
// that rests on and a 95% interval. Pure computation over a vote matrix.
#include "labelmodel.h"

#include <cstdint>
#include <span>
#include <vector>

namespace triage {

struct LfStatistics {
    int64_t votes = 0;      // items it voted on (coverage = votes / items)
    int64_t overlaps = 0;   // of them, items another LF voted on too
    int64_t conflicts = 0;  // of them, items another LF voted a different class on
    int64_t checked = 0;    // of them, items a person labelled
    int64_t correct = 0;    // of those, votes equal to the person's class
    // correct / checked and its Wilson 95% interval; -1 when nothing was checked.
    double accuracy = -1;
    double accuracyLow = -1;
    double accuracyHigh = -1;
};

struct VoteAnalysis {
    int64_t items = 0;
    int64_t covered = 0;     // items with at least one vote
    int64_t conflicted = 0;  // items with votes for two or more classes
    std::vector<LfStatistics> lfs;
};

// `anchors`: one entry per item, the class a person gave it or kAbstain.
VoteAnalysis analyzeVotes(const VoteMatrix &votes, std::span<const int32_t> anchors);


}  // namespace triage
