#include "routing.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace triage {
namespace {

double informativeness(std::span<const float> row, size_t top, SamplingStrategy strategy)
{
    switch (strategy) {
    case SamplingStrategy::LeastConfidence: break;
    case SamplingStrategy::Mixed:    // after the cold start
    case SamplingStrategy::Diverse:  // the candidates it spreads
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

constexpr size_t kEvidenceSpacing = 3;  // a withheld class's audit after every 3 items

// Audits of accepted classes spread evenly through the queue: each takes the rank of the
// queued item at a random quantile, so a reviewer meets them at the audit rate from the
// first item on. Audits of withheld classes (`front`) interleave with the queue's head.
void placeAudits(std::vector<Route> &routes, const std::vector<uint8_t> &front)
{
    std::vector<double> ranks;
    std::vector<size_t> evidence;
    for (size_t i = 0; i < routes.size(); ++i) {
        if (routes[i].kind == RouteKind::Queue && !routes[i].audit) {
            ranks.push_back(routes[i].queueRank);
        } else if (routes[i].audit && front[i]) {
            evidence.push_back(i);
        }
    }
    std::sort(ranks.begin(), ranks.end());
    std::sort(evidence.begin(), evidence.end(), [&](size_t a, size_t b) {
        return itemDraw(routes[a].itemId, kAuditPlace) < itemDraw(routes[b].itemId, kAuditPlace);
    });
    for (size_t j = 0; j < evidence.size(); ++j) {
        routes[evidence[j]].queueRank =
            ranks.empty() ? 0.0 : ranks[std::min(ranks.size() - 1, j * kEvidenceSpacing)];
    }
    for (size_t i = 0; i < routes.size(); ++i) {
        if (routes[i].audit && !front[i]) {
            const double u = itemDraw(routes[i].itemId, kAuditPlace);
            routes[i].queueRank = ranks.empty() ? u : ranks[size_t(u * double(ranks.size()))];
        }
    }
}

}  // namespace

double informativeness(std::span<const float> row, SamplingStrategy strategy)
{
    const size_t top = size_t(std::max_element(row.begin(), row.end()) - row.begin());
    return informativeness(row, top, strategy);
}

bool inColdStart(const RoutingPolicy &policy, const std::vector<int64_t> &humanLabelsByPosition)
{
    const int64_t labels =
        std::accumulate(humanLabelsByPosition.begin(), humanLabelsByPosition.end(), int64_t(0));
    return policy.strategy == SamplingStrategy::Mixed &&
           labels < kColdStartLabelsPerClass * int64_t(humanLabelsByPosition.size());
}

bool isAuditDraw(int64_t itemId, double share)
{
    return itemDraw(itemId, kAuditDraw) < share;
}

std::vector<Route> planRoutes(const ProbabilitySource &scores,
                              const std::vector<ClassInfo> &classes,
                              const std::vector<int64_t> &humanLabelsByPosition,
                              const RoutingPolicy &policy, std::span<const uint8_t> conflicts,
                              const ClassRouting *perClass, std::span<const double> queueOrder)
{
    const auto itemIds = scores.itemIds();
    std::vector<Route> routes;
    routes.reserve(itemIds.size());
    std::vector<uint8_t> front;  // per route: an audit of a withheld class
    front.reserve(itemIds.size());
    for (size_t i = 0; i < itemIds.size(); ++i) {
        const auto row = scores.row(i);
        const size_t top = size_t(std::max_element(row.begin(), row.end()) - row.begin());
        const bool classIsKnown = humanLabelsByPosition[top] >= policy.minHumanLabelsPerClass;
        Route route;
        route.itemId = itemIds[i];
        route.classId = classes[top].id;
        route.confidence = row[top];
        const double accept = perClass ? perClass->accept[top] : policy.acceptThreshold;
        const double audit = perClass ? perClass->audit[top] : accept;
        const double share = perClass ? perClass->auditShare[top] : policy.auditShare;
        // Compared in float, the probabilities' own precision: a threshold of 0.95 accepts 0.95f.
        route.audit = classIsKnown && row[top] >= float(audit) && isAuditDraw(route.itemId, share);
        front.push_back(route.audit && accept > 1);
        route.kind = classIsKnown && row[top] >= float(accept) && !route.audit
                         ? RouteKind::AutoAccept
                         : RouteKind::Queue;
        route.queueRank = queueOrder.empty() ? informativeness(row, top, policy.strategy)
                                             : queueOrder[i];  // in [0, 1]...
        if (!conflicts.empty() && conflicts[i]) {
            route.queueRank -= 1;  // ...after every conflict
        }
        routes.push_back(route);
    }
    placeAudits(routes, front);
    return routes;
}

}  // namespace triage
