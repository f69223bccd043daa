#pragma once
// Train/validation/test splits for a dataset version: stratified (each class split in the
// plan's fractions, largest remainders rounding) and stable (an item that keeps its label
// keeps the split an earlier version with the same plan gave it, so a test set never leaks
// into a later training set). Items new to the plan fill each class's shortfall, in an
// order fixed by the seed. Pure function with its own tests.
#include "projecttypes.h"
#include "result.h"

#include <span>
#include <unordered_map>
#include <vector>

namespace triage {

// Checks the plan: each fraction 0 to 1, their sum 1.
Result<void> validateSplitPlan(const SplitPlan &plan);

// What an earlier version with the same plan said of an item: its class and split.
struct EarlierSplit {
    int64_t classId = 0;
    Split split = Split::None;
};

// Sets `split` on every item.
void assignSplits(std::span<VersionItem> items, const SplitPlan &plan,
                  const std::unordered_map<int64_t, EarlierSplit> &earlier);

}  // namespace triage
