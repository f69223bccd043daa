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

// Per class position, from the target precision (precisiontarget.h): where auto-accept
// starts (above 1: the class is withheld), where audits are drawn, and what share of the
// items there. A withheld class's audits are the evidence it lacks: they go to the front of
// the queue, one in every four items, instead of being spread through it.
struct ClassRouting {
    std::vector<double> accept;
    std::vector<double> audit;
    std::vector<double> auditShare;
};

// `perClass`: null for the policy's acceptThreshold and auditShare for every class.
// `queueOrder` (empty, or a rank in [0, 1] per item) orders the queue instead of the
// strategy's informativeness: the cold start's typicality (coldstart.h) while the mixed
// strategy's lasts, the diverse strategy's picks (diversity.h).
// `conflicts` (empty, or one flag per item of `scores`) marks items that trusted labeling
// functions disagree on: they are queued ahead of the rest, least confident first.
std::vector<Route> planRoutes(const ProbabilitySource &scores,
                              const std::vector<ClassInfo> &classes,
                              const std::vector<int64_t> &humanLabelsByPosition,
                              const RoutingPolicy &policy,
                              std::span<const uint8_t> conflicts = {},
                              const ClassRouting *perClass = nullptr,
                              std::span<const double> queueOrder = {});

// Lower is reviewed first: the item whose label the next decision teaches most, by the
// strategy's measure of uncertainty (in [0, 1]).
double informativeness(std::span<const float> row, SamplingStrategy strategy);

// Whether the mixed strategy's cold start lasts: fewer than kColdStartLabelsPerClass human
// labels a class on average.
bool inColdStart(const RoutingPolicy &policy, const std::vector<int64_t> &humanLabelsByPosition);

// Whether an item is in the audit sample at `share`: a fixed draw per item, so the same
// items are audited round after round.
bool isAuditDraw(int64_t itemId, double share);

}  // namespace triage
