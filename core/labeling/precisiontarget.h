#pragma once
// Target precision (issue 9): per-class auto-accept thresholds a lead can trust.
//
// Calibrated confidence says how often a class's unlabelled items above a threshold t are
// right: 1 - their mean (1 - confidence). The evidence checks that promise where it counts,
// at and above t: people's labels (and answered audits) whose class the model predicted,
// with the confidence it reported out of sample (the learner's out-of-fold prediction, or
// the label model's over votes that exclude the item's own label). Their errors against the
// errors their confidences expect give an error ratio r; its one-sided 95% upper bound
// (Poisson) scales the pool's expected errors, and the precision bound is
//     1 - r_upper * mean over unlabelled items >= t of (1 - confidence).
// The threshold is the lowest t whose bound reaches the target; a class without one is
// withheld, with how many more confident right answers it would take. Comparing errors to
// what the confidences expect, rather than taking labelled items as a sample of the pool,
// stays honest under active learning, which asks people about the uncertain items.
// The candidate threshold (what calibration alone would allow) is where audits are drawn
// for a withheld class, so the evidence it lacks can arrive.
#include "probabilitysource.h"
#include "projecttypes.h"

#include <cstdint>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

namespace triage {

// Wilson's score interval for `successes` of `trials` at 95%, two-sided: {low, high};
// {-1, -1} with no trials.
std::pair<double, double> wilsonInterval(int64_t successes, int64_t trials);
// The one-sided 95% upper bound of a Poisson mean after observing `count` events.
double poissonUpperBound(int64_t count);

struct PrecisionEvidence {
    double confidence = 0;  // the reported probability of the top class
    bool right = false;     // the top class is the item's label
};

// The class's threshold (classId left 0) for `targetPrecision` in (0, 1); `pool` holds the
// top-class confidences of the class's unlabelled items.
ClassThreshold chooseThreshold(std::vector<PrecisionEvidence> evidence, std::vector<double> pool,
                               double targetPrecision);

// Every class's threshold from `scores`: rows of items people labelled (`labelOf`: item id
// -> class id) are evidence, the others the pool. In class position order.
std::vector<ClassThreshold> classThresholds(const ProbabilitySource &scores,
                                            const std::vector<ClassInfo> &classes,
                                            const std::unordered_map<int64_t, int64_t> &labelOf,
                                            double targetPrecision);

// The thresholds as routing takes them, one per class position: where auto-accept starts
// (above 1 for a withheld class), and where audits are drawn.
struct RoutingThresholds {
    std::vector<double> accept;
    std::vector<double> audit;
};
RoutingThresholds routingThresholds(std::span<const ClassThreshold> thresholds);

}  // namespace triage
