#include "precisiontarget.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace triage {
namespace {

constexpr double kZTwoSided95 = 1.959963984540054;   // the normal's 97.5% quantile
constexpr double kZOneSided95 = 1.6448536269514722;  // its 95% quantile
constexpr int64_t kMostEverNeeded = 100'000'000;
// No confidence is taken at more than 99.99%: float probabilities saturate at 1, and an
// item promised to be never wrong would be accepted on no evidence at all.
constexpr double kLeastErrorRate = 1e-4;

double errorRate(double confidence)
{
    return std::max(kLeastErrorRate, 1 - confidence);
}

// Evidence at and above a threshold that walks down: the items it has passed so far.
class EvidenceAbove {
public:
    explicit EvidenceAbove(std::vector<PrecisionEvidence> evidence) : m_items(std::move(evidence))
    {
        std::sort(m_items.begin(), m_items.end(),
                  [](const auto &a, const auto &b) { return a.confidence > b.confidence; });
    }
    void lowerTo(double threshold)
    {
        for (; m_next < m_items.size() && m_items[m_next].confidence >= threshold; ++m_next) {
            ++count;
            errors += !m_items[m_next].right;
            expectedErrors += errorRate(m_items[m_next].confidence);
        }
    }
    // Upper and lower 95% bounds of errors over expected errors (infinite / 0 with none).
    double ratioUpper() const
    {
        return expectedErrors > 0 ? poissonUpperBound(errors) / expectedErrors
                                  : std::numeric_limits<double>::infinity();
    }
    double ratioLower() const
    {
        return expectedErrors > 0 ? poissonLowerBound(errors) / expectedErrors : 0.0;
    }
    // Further right answers, each expecting `perItem` errors, that bring the ratio's upper
    // bound down to `ratio`.
    int64_t answersFor(double ratio, double perItem) const
    {
        const double missing = poissonUpperBound(errors) / ratio - expectedErrors;
        if (missing <= 0) {
            return 0;
        }
        return std::min<int64_t>(kMostEverNeeded,
                                 int64_t(std::ceil(missing / std::max(perItem, 1e-6))));
    }

    int64_t count = 0, errors = 0;
    double expectedErrors = 0;

private:
    std::vector<PrecisionEvidence> m_items;
    size_t m_next = 0;
};

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

double poissonLowerBound(int64_t count)
{
    if (count <= 0) {
        return 0;
    }
    const double k = double(count);
    const double a = 1 - 1 / (9 * k) - kZOneSided95 / (3 * std::sqrt(k));
    return std::max(0.0, k * a * a * a);
}

ClassThreshold chooseThreshold(std::vector<PrecisionEvidence> classEvidence,
                               std::vector<PrecisionEvidence> allEvidence,
                               std::vector<double> pool, double targetPrecision)
{
    std::sort(pool.begin(), pool.end(), std::greater<>());
    EvidenceAbove own(std::move(classEvidence)), all(std::move(allEvidence));
    const double allowedError = 1 - targetPrecision;
    ClassThreshold best;
    best.moreNeeded = -1;  // until some threshold is within calibration's reach
    double poolErrors = 0;
    for (size_t p = 0; p < pool.size(); ++p) {
        poolErrors += errorRate(pool[p]);
        // A threshold sits between distinct confidences: tied items go together.
        if (p + 1 < pool.size() && pool[p + 1] == pool[p]) {
            continue;
        }
        const double threshold = pool[p];
        const double poolError = poolErrors / double(p + 1);
        if (poolError > allowedError) {
            break;  // even perfect calibration could not promise the target, here or lower
        }
        own.lowerTo(threshold);
        all.lowerTo(threshold);
        const bool contradicted = own.ratioLower() > all.ratioUpper();
        const EvidenceAbove &judge = contradicted ? own : all;
        const double bound = 1 - std::min(1.0, judge.ratioUpper() * poolError);
        best.candidate = threshold;  // the lowest that calibration allows, so far
        const bool reached = bound >= targetPrecision;
        if (reached || !best.accepted) {  // what the table shows: the threshold's evidence
            best.evidence = own.count;
            best.right = own.count - own.errors;
            best.lowerBound = bound;
            best.ownEvidence = contradicted;
        }
        if (reached) {
            best.accepted = true;
            best.threshold = threshold;
            best.moreNeeded = 0;
        } else if (!best.accepted) {
            const int64_t needed = judge.answersFor(allowedError / poolError, poolError);
            best.moreNeeded = best.moreNeeded < 0 ? needed : std::min(best.moreNeeded, needed);
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
    std::vector<PrecisionEvidence> allEvidence;
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
            allEvidence.push_back(evidence[top].back());
        }
    }
    std::vector<ClassThreshold> thresholds;
    for (size_t c = 0; c < classes.size(); ++c) {
        thresholds.push_back(chooseThreshold(std::move(evidence[c]), allEvidence,
                                             std::move(pool[c]), targetPrecision));
        thresholds.back().classId = classes[c].id;
    }
    return thresholds;
}

ClassRouting classRouting(std::span<const ClassThreshold> thresholds, const ProbabilitySource &scores,
                          const std::unordered_map<int64_t, int64_t> &labelOf, double auditShare)
{
    // Unlabelled items at or above each withheld class's candidate: where its evidence is.
    std::vector<int64_t> atCandidate(thresholds.size(), 0);
    const auto itemIds = scores.itemIds();
    for (size_t i = 0; i < itemIds.size(); ++i) {
        if (labelOf.count(itemIds[i])) {
            continue;
        }
        const auto row = scores.row(i);
        const size_t top = size_t(std::max_element(row.begin(), row.end()) - row.begin());
        atCandidate[top] += top < thresholds.size() && row[top] >= float(thresholds[top].candidate);
    }
    // Evidence shared by every class comes from all withheld classes' items; a class judged
    // on its own evidence needs it from its own.
    int64_t sharedItems = 0, sharedNeeded = 0;
    for (size_t c = 0; c < thresholds.size(); ++c) {
        if (!thresholds[c].accepted && thresholds[c].moreNeeded >= 0 && !thresholds[c].ownEvidence) {
            sharedItems += atCandidate[c];
            sharedNeeded = std::max(sharedNeeded, thresholds[c].moreNeeded);
        }
    }
    const auto share = [](int64_t needed, int64_t items) {
        return items > 0 ? double(needed) / double(items) : 0.0;
    };
    ClassRouting routing;
    for (size_t c = 0; c < thresholds.size(); ++c) {
        const ClassThreshold &t = thresholds[c];
        const bool gathering = !t.accepted && t.moreNeeded >= 0;
        routing.accept.push_back(t.accepted ? t.threshold : 2.0);
        routing.audit.push_back(t.accepted ? t.threshold : gathering ? t.candidate : 2.0);
        const double evidenceShare = t.ownEvidence ? share(t.moreNeeded, atCandidate[c])
                                                   : share(sharedNeeded, sharedItems);
        routing.auditShare.push_back(gathering ? std::clamp(evidenceShare, auditShare, 0.5)
                                               : auditShare);
    }
    return routing;
}

}  // namespace triage
