#pragma once
// Target precision (issue 9): per-class auto-accept thresholds a lead can trust.
//
// Calibrated confidence says how often a class's unlabelled items above a threshold t are
// right: 1 - their mean (1 - confidence). The evidence checks that promise where it counts,
// at and above t: people's labels (and answered audits) with the confidence the model
// reported out of sample (the learner's out-of-fold prediction, or the label model's over
// votes that exclude the item's own label). Their errors against the errors their
// confidences expect give an error ratio r; its one-sided 95% upper bound (Poisson) scales
// the pool's expected errors, and the precision bound is
//     1 - r_upper * mean over the class's unlabelled items >= t of (1 - confidence).
// The ratio is estimated from every class's evidence together, as the calibration it checks
// was fitted (certifying 99% from one class's evidence alone takes ~300 confident right
// answers per class); a class whose own evidence shows significantly more errors than that
// ratio allows (its ratio's lower bound above the shared upper bound) is judged on its own
// evidence instead. The threshold is the lowest t whose bound reaches the target; a class
// without one is withheld, with how many more confident right answers it would take.
// Comparing errors to what the confidences expect, rather than taking labelled items as a
// sample of the pool, stays honest under active learning, which asks people about the
// uncertain items. The candidate threshold (what calibration alone would allow) is where
// audits are drawn for a withheld class, so the evidence it lacks can arrive.
#include "probabilitysource.h"
#include "projecttypes.h"
#include "routing.h"

#include <cstdint>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

namespace triage {

// Wilson's score interval for `successes` of `trials` at 95%, two-sided: {low, high};
// {-1, -1} with no trials.
std::pair<double, double> wilsonInterval(int64_t successes, int64_t trials);
// One-sided 95% bounds of a Poisson mean after observing `count` events.
double poissonUpperBound(int64_t count);
double poissonLowerBound(int64_t count);

struct PrecisionEvidence {
    double confidence = 0;  // the reported probability of the top class
    bool right = false;     // the top class is the item's label
};

// The class's threshold (classId left 0) for `targetPrecision` in (0, 1): `classEvidence`
// the labelled items predicted as the class, `allEvidence` every class's, `pool` the
// top-class confidences of the class's unlabelled items.
ClassThreshold chooseThreshold(std::vector<PrecisionEvidence> classEvidence,
                               std::vector<PrecisionEvidence> allEvidence,
                               std::vector<double> pool, double targetPrecision);
// A project of one class: its evidence is all the evidence.
inline ClassThreshold chooseThreshold(const std::vector<PrecisionEvidence> &evidence,
                                      std::vector<double> pool, double targetPrecision)
{
    return chooseThreshold(evidence, evidence, std::move(pool), targetPrecision);
}

// Every class's threshold from `scores`: rows of items people labelled (`labelOf`: item id
// -> class id) are evidence, the others the pool. In class position order.
std::vector<ClassThreshold> classThresholds(const ProbabilitySource &scores,
                                            const std::vector<ClassInfo> &classes,
                                            const std::unordered_map<int64_t, int64_t> &labelOf,
                                            double targetPrecision);

// The thresholds as routing takes them (class position order). An accepted class is audited
// at `auditShare` above its threshold. A withheld class is audited above its candidate, at
// the share that would bring the evidence it needs (its withheld classes' share of it, over
// their unlabelled items there), at least `auditShare` and at most half.
ClassRouting classRouting(std::span<const ClassThreshold> thresholds, const ProbabilitySource &scores,
                          const std::unordered_map<int64_t, int64_t> &labelOf, double auditShare);

}  // namespace triage
