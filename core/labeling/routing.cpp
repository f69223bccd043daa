#include "routing.h"

#include <algorithm>
#include <cmath>

namespace triage {
namespace {

// Lower is reviewed first: the item whose label the next decision teaches most.
double informativeness(std::span<const float> row, size_t top, SamplingStrategy strategy)
{
    switch (strategy) {
    case SamplingStrategy::LeastConfidence: break;
    case SamplingStrategy::Margin: {
        float second = 0;
        for (size_t c = 0; c < row.size(); ++c) {
            second = c != top ? std::max(second, row[c]) : second;
        }
        return double(row[top] - second);
    }
    case SamplingStrategy::Entropy: {
        double entropy = 0;
        for (const float p : row) {
            entropy -= p > 0 ? double(p) * std::log(double(p)) : 0.0;
        }
        return row.size() > 1 ? 1 - entropy / std::log(double(row.size())) : 1;
    }
    }
    return row[top];
}

// A uniform number in [0, 1) fixed by the item and the purpose (splitmix64).
double itemDraw(int64_t itemId, uint64_t purpose)
{
    uint64_t z = uint64_t(itemId) * 0x9e3779b97f4a7c15ULL + purpose;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return double(z >> 11) * 0x1.0p-53;
}

constexpr uint64_t kAuditDraw = 1;
constexpr uint64_t kAuditPlace = 2;

// Audits spread evenly through the queue: each takes the rank of the queued item at a
// random quantile, so a reviewer meets them at the audit rate from the first item on.
void placeAudits(std::vector<Route> &routes)
{
    std::vector<double> ranks;
    for (const Route &r : routes) {
        if (r.kind == RouteKind::Queue && !r.audit) {
            ranks.push_back(r.queueRank);
        }
    }
    std::sort(ranks.begin(), ranks.end());
    for (Route &r : routes) {
        if (r.audit) {
            const double u = itemDraw(r.itemId, kAuditPlace);
            r.queueRank = ranks.empty() ? u : ranks[size_t(u * double(ranks.size()))];
        }
    }
}

}  // namespace

bool isAuditDraw(int64_t itemId, double share)
{
    return itemDraw(itemId, kAuditDraw) < share;
}

std::vector<Route> planRoutes(const ProbabilitySource &scores,
                              const std::vector<ClassInfo> &classes,
                              const std::vector<int64_t> &humanLabelsByPosition,
                              const RoutingPolicy &policy, std::span<const uint8_t> conflicts,
                              std::span<const double> acceptThresholds,
                              std::span<const double> auditThresholds)
{
    const auto itemIds = scores.itemIds();
    std::vector<Route> routes;
    routes.reserve(itemIds.size());
    for (size_t i = 0; i < itemIds.size(); ++i) {
        const auto row = scores.row(i);
        const size_t top = size_t(std::max_element(row.begin(), row.end()) - row.begin());
        const bool classIsKnown = humanLabelsByPosition[top] >= policy.minHumanLabelsPerClass;
        Route route;
        route.itemId = itemIds[i];
        route.classId = classes[top].id;
        route.confidence = row[top];
        const double accept =
            acceptThresholds.empty() ? policy.acceptThreshold : acceptThresholds[top];
        const double audit = auditThresholds.empty() ? accept : auditThresholds[top];
        // Compared in float, the probabilities' own precision: a threshold of 0.95 accepts 0.95f.
        route.audit = classIsKnown && row[top] >= float(audit) &&
                      isAuditDraw(route.itemId, policy.auditShare);
        route.kind = classIsKnown && row[top] >= float(accept) && !route.audit
                         ? RouteKind::AutoAccept
                         : RouteKind::Queue;
        route.queueRank = informativeness(row, top, policy.strategy);  // in [0, 1]...
        if (!conflicts.empty() && conflicts[i]) {
            route.queueRank -= 1;  // ...after every conflict
        }
        routes.push_back(route);
    }
    placeAudits(routes);
    return routes;
}

}  // namespace triage
