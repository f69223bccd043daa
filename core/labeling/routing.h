#pragma once
// Routing: where each scored item goes. An item is auto-accepted when its calibrated top
// probability reaches its class's threshold and people have given at least the policy's
// minimum of labels for that class; every other item is queued, ordered by the policy's
// sampling strategy (least confident, smallest margin or highest entropy first).
// An audit share of the would-be auto-accepts, drawn at random by item, is queued instead,
// spread evenly through the queue: people's answers on them measure auto-accept's precision
// (and, for a class still withheld, are the evidence it needs: drawn above its candidate).
// Pure function over any ProbabilitySource (the learner's scores, a label model's): the
// store applies the routes and never lets them touch human labels.
#include "probabilitysource.h"
#include "projecttypes.h"

#include <span>
#include <vector>

namespace triage {

// `acceptThresholds`: one per class position (precisiontarget.h; above 1 withholds the
// class), or empty for the policy's acceptThreshold for every class. `auditThresholds`:
// where audits are drawn, per class position; empty: where auto-accept starts.
// `conflicts` (empty, or one flag per item of `scores`) marks items that trusted labeling
// functions disagree on: they are queued ahead of the rest, least confident first.
std::vector<Route> planRoutes(const ProbabilitySource &scores,
                              const std::vector<ClassInfo> &classes,
                              const std::vector<int64_t> &humanLabelsByPosition,
                              const RoutingPolicy &policy,
                              std::span<const uint8_t> conflicts = {},
                              std::span<const double> acceptThresholds = {},
                              std::span<const double> auditThresholds = {});

// Whether an item is in the audit sample at `share`: a fixed draw per item, so the same
// items are audited round after round.
bool isAuditDraw(int64_t itemId, double share);

}  // namespace triage
