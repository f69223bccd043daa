#include "roundstats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace triage {

double jensenShannon(std::span<const int64_t> p, std::span<const int64_t> q)
{
    const double pTotal = double(std::accumulate(p.begin(), p.end(), int64_t(0)));
    const double qTotal = double(std::accumulate(q.begin(), q.end(), int64_t(0)));
    if (pTotal <= 0 || qTotal <= 0 || p.size() != q.size()) {
        return -1;
    }
    double divergence = 0;
    for (size_t i = 0; i < p.size(); ++i) {
        const double a = double(p[i]) / pTotal;
        const double b = double(q[i]) / qTotal;
        const double m = (a + b) / 2;
        if (a > 0) {
            divergence += a * std::log2(a / m) / 2;
        }
        if (b > 0) {
            divergence += b * std::log2(b / m) / 2;
        }
    }
    return std::clamp(divergence, 0.0, 1.0);
}

double featureShift(const ModelOutputTable &features, int64_t lastEarlierItemId)
{
    const size_t width = size_t(std::max(features.width, 0));
    if (width == 0) {
        return -1;
    }
    std::vector<double> earlierSum(width), earlierSquares(width), newSum(width);
    int64_t earlier = 0, fresh = 0;
    for (size_t row = 0; row < features.itemIds.size(); ++row) {
        const float *v = features.values.data() + row * width;
        const bool isNew = features.itemIds[row] > lastEarlierItemId;
        for (size_t d = 0; d < width; ++d) {
            if (isNew) {
                newSum[d] += v[d];
            } else {
                earlierSum[d] += v[d];
                earlierSquares[d] += double(v[d]) * v[d];
            }
        }
        ++(isNew ? fresh : earlier);
    }
    if (earlier < 2 || fresh == 0) {
        return -1;
    }
    double distance = 0, spread = 0;
    for (size_t d = 0; d < width; ++d) {
        const double mean = earlierSum[d] / double(earlier);
        spread += std::max(0.0, earlierSquares[d] / double(earlier) - mean * mean);
        const double gap = newSum[d] / double(fresh) - mean;
        distance += gap * gap;
    }
    return spread > 0 ? std::sqrt(distance / spread) : -1;
}

Result<RoundStats> recordRoundStats(ProjectStore &store, const ProbabilitySource &scores,
                                    const RoutingSummary &routing,
                                    const ModelOutputTable *features)
{
    auto rounds = store.models().roundStats();
    if (!rounds) {
        return rounds.error();
    }
    const RoundStats previous = rounds->empty() ? RoundStats{} : rounds->back();
    auto agreement = store.decisions().suggestionAgreementSince(previous.lastDecisionId);
    if (!agreement) {
        return agreement.error();
    }
    auto counts = store.items().counts();
    if (!counts) {
        return counts.error();
    }
    auto audits = store.decisions().auditOutcomes();
    if (!audits) {
        return audits.error();
    }

    RoundStats stats;
    stats.modelVersionId = scores.modelVersionId();
    stats.scored = int64_t(scores.itemIds().size());
    stats.autoAccepted = routing.autoAccepted;
    stats.queued = routing.queued;
    stats.audits = routing.audits;
    for (const AuditOutcome &audit : *audits) {
        if (audit.ofAutoAccept) {
            ++stats.audited;
            stats.auditedRight += audit.right;
        }
    }
    stats.newDecisions = agreement->decisions;
    stats.agreed = agreement->agreed;
    stats.lastDecisionId = agreement->lastDecisionId;

    const auto &classes = store.classes();
    for (const ClassInfo &c : classes) {
        RoundClassStats s;
        s.classId = c.id;
        s.change.classId = c.id;
        for (const ClassCount &count : counts->byClass) {
            if (count.classId == c.id) {
                s.peoplesLabels = count.human + count.imported;
                s.autoLabels = count.automatic;
            }
        }
        for (const AutoLabelChange &change : routing.changes) {
            if (change.classId == c.id) {
                s.change = change;
            }
        }
        stats.classes.push_back(s);
    }
    const auto ids = scores.itemIds();
    for (size_t row = 0; row < ids.size(); ++row) {
        const auto probabilities = scores.row(row);
        const auto top = size_t(std::max_element(probabilities.begin(), probabilities.end()) -
                                probabilities.begin());
        if (top >= stats.classes.size()) {
            continue;
        }
        if (ids[row] > previous.lastItemId) {
            ++stats.newItems;
            ++stats.classes[top].newPredicted;
        } else {
            ++stats.classes[top].earlierPredicted;
        }
        stats.lastItemId = std::max(stats.lastItemId, ids[row]);
    }
    stats.lastItemId = std::max(stats.lastItemId, previous.lastItemId);
    if (features != nullptr && !rounds->empty()) {
        stats.featureShift = featureShift(*features, previous.lastItemId);
    }
    TRIAGE_TRY(store.models().storeRoundStats(stats));
    return stats;
}

}  // namespace triage
