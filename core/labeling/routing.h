#pragma once
// Routing: where each scored item goes. An item is auto-accepted when its calibrated top
// probability reaches the project's threshold and people have given at least the policy's
// minimum of labels for that class; every other item is queued, ordered by the policy's
// sampling strategy (least confident, smallest margin or highest entropy first).
// Pure function over any ProbabilitySource (the learner's scores, a label model's): the
// store applies the routes and never lets them touch human labels.
#include "probabilitysource.h"
#include "projecttypes.h"

#include <span>
#include <vector>

namespace triage {

// `conflicts` (empty, or one flag per item of `scores`) marks items that trusted labeling
// functions disagree on: they are queued ahead of the rest, least confident first.
std::vector<Route> planRoutes(const ProbabilitySource &scores,
                              const std::vector<ClassInfo> &classes,
                              const std::vector<int64_t> &humanLabelsByPosition,
                              const RoutingPolicy &policy,
                              std::span<const uint8_t> conflicts = {});

}  // namespace triage
