#include "precisiontarget.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace triage {
namespace {

constexpr double kZTwoSided95 = 1.959963984540054;   // the normal's 97.5% quantile
constexpr double kZOneSided95 = 1.6448536269514722;  // its 95% quantile
constexpr int64_t kMostEverNeeded = 100'000'000;

// What the evidence at and above one candidate threshold says.
struct Check {
    double threshold = 1;
    int64_t evidence = 0, right = 0;
    double expectedErrors = 0;  // the evidence's sum of (1 - confidence)
    double poolError = 1;       // the pool's mean (1 - confidence) at and above the threshold
    double lowerBound = 0;
};

double lowerBound(const Check &c)
{
    if (c.expectedErrors <= 0) {
        return 0;
    }
    const double ratio = poissonUpperBound(c.evidence - c.right) / c.expectedErrors;
    return 1 - std::min(1.0, ratio * c.poolError);
}

// Confident right answers (each expecting `perItem` errors) that would lift the check's
// bound to the target.
int64_t answersNeeded(const Check &c, double target, double perItem)
{
    const double expectedNeeded =
        poissonUpperBound(c.evidence - c.right) * c.poolError / (1 - target);
    const double missing = expectedNeeded - c.expectedErrors;
    if (missing <= 0) {
        return 0;
    }
    return std::min<int64_t>(kMostEverNeeded,
                             int64_t(std::ceil(missing / std::max(perItem, 1e-6))));
}

}  // namespace

std::pair<double, double> wilsonInterval(int64_t successes, int64_t trials)
{
    if (trials <= 0) {
        return {-1, -1};
    }
    const double z = kZTwoSided95, n = double(trials), p = double(successes) / n;
    const double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    const double half = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

double poissonUpperBound(int64_t count)
{
    // Wilson and Hilferty's approximation of the chi-square quantile: within 1% of the
    // exact bound (3.00 for no event, 4.74 for one) from the first count on.
    const double k = double(count) + 1;
    const double a = 1 - 1 / (9 * k) + kZOneSided95 / (3 * std::sqrt(k));
    return k * a * a * a;
}

ClassThreshold chooseThreshold(std::vector<PrecisionEvidence> evidence, std::vector<double> pool,
                               double targetPrecision)
{
    std::sort(evidence.begin(), evidence.end(),
              [](const auto &a, const auto &b) { return a.confidence > b.confidence; });
    std::sort(pool.begin(), pool.end(), std::greater<>());
    ClassThreshold best;
    best.moreNeeded = -1;
    std::optional<Check> candidate;  // the lowest threshold calibration alone allows
    Check check;
    double poolErrors = 0;
    size_t e = 0;
    for (size_t p = 0; p < pool.size(); ++p) {
        poolErrors += 1 - pool[p];
        // A threshold sits between distinct confidences: tied items go together.
        if (p + 1 < pool.size() && pool[p + 1] == pool[p]) {
            continue;
        }
        check.threshold = pool[p];
        check.poolError = poolErrors / double(p + 1);
        for (; e < evidence.size() && evidence[e].confidence >= check.threshold; ++e) {
            ++check.evidence;
            check.right += evidence[e].right;
            check.expectedErrors += 1 - evidence[e].confidence;
        }
        check.lowerBound = lowerBound(check);
        if (check.poolError > 1 - targetPrecision) {
            continue;  // even perfect calibration could not promise the target here
        }
        candidate = check;
        if (check.lowerBound >= targetPrecision) {
            best.accepted = true;
            best.threshold = check.threshold;
            best.evidence = check.evidence;
            best.right = check.right;
            best.lowerBound = check.lowerBound;
            best.moreNeeded = 0;
        } else if (!best.accepted) {
            const int64_t needed = answersNeeded(check, targetPrecision, check.poolError);
            best.moreNeeded = best.moreNeeded < 0 ? needed : std::min(best.moreNeeded, needed);
        }
    }
    if (candidate) {
        best.candidate = candidate->threshold;
        if (!best.accepted) {
            best.evidence = candidate->evidence;
            best.right = candidate->right;
            best.lowerBound = candidate->lowerBound;
        }
    }
    return best;
}

std::vector<ClassThreshold> classThresholds(const ProbabilitySource &scores,
                                            const std::vector<ClassInfo> &classes,
                                            const std::unordered_map<int64_t, int64_t> &labelOf,
                                            double targetPrecision)
{
    std::vector<std::vector<PrecisionEvidence>> evidence(classes.size());
    std::vector<std::vector<double>> pool(classes.size());
    const auto itemIds = scores.itemIds();
    for (size_t i = 0; i < itemIds.size(); ++i) {
        const auto row = scores.row(i);
        const size_t top = size_t(std::max_element(row.begin(), row.end()) - row.begin());
        const auto label = labelOf.find(itemIds[i]);
        if (label == labelOf.end()) {
            pool[top].push_back(double(row[top]));
        } else {
            evidence[top].push_back({double(row[top]), classes[top].id == label->second});
        }
    }
    std::vector<ClassThreshold> thresholds;
    for (size_t c = 0; c < classes.size(); ++c) {
        thresholds.push_back(
            chooseThreshold(std::move(evidence[c]), std::move(pool[c]), targetPrecision));
        thresholds.back().classId = classes[c].id;
    }
    return thresholds;
}

RoutingThresholds routingThresholds(std::span<const ClassThreshold> thresholds)
{
    RoutingThresholds byPosition;
    for (const ClassThreshold &t : thresholds) {
        byPosition.accept.push_back(t.accepted ? t.threshold : 2.0);
        byPosition.audit.push_back(t.accepted ? t.threshold
                                   : t.moreNeeded >= 0 ? t.candidate
                                                       : 2.0);
    }
    return byPosition;
}

}  // namespace triage
