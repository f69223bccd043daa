#pragma once
// Round statistics: what a routed round measured, recorded with it (RoundStats) so that
// the dashboard's learning curve and the drift monitor can read any round back after the
// predictions behind it are pruned. Recorded by routeScores, so every routed round has
// one, a learner's or a label model's.
#include "probabilitysource.h"
#include "projectstore.h"

#include <span>

namespace triage {

// Jensen-Shannon divergence (base 2, 0 to 1) between two distributions given as counts in
// the same order; -1 when either has no count.
double jensenShannon(std::span<const int64_t> p, std::span<const int64_t> q);

// How far the mean feature vector of the items after `lastEarlierItemId` lies from that of
// the items up to it, in units of the earlier items' spread (the square root of the summed
// per-dimension variances); -1 when either side is empty.
double featureShift(const ModelOutputTable &features, int64_t lastEarlierItemId);

// Records what the round of `scores` measured: routing's counts and changes, people's and
// automatic labels per class, the agreement of people's new labels with the previous
// round's suggestions, audited precision so far, and the new imports' predicted classes
// (and, with `features`, their feature shift) against earlier items'.
Result<RoundStats> recordRoundStats(ProjectStore &store, const ProbabilitySource &scores,
                                    const RoutingSummary &routing,
                                    const ModelOutputTable *features = nullptr);

}  // namespace triage
