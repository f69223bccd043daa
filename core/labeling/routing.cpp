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

}  // namespace

std::vector<Route> planRoutes(const ProbabilitySource &scores,
                              const std::vector<ClassInfo> &classes,
                              const std::vector<int64_t> &humanLabelsByPosition,
                              const RoutingPolicy &policy, std::span<const uint8_t> conflicts)
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
        // Compared in float, the probabilities' own precision: a threshold of 0.95 accepts 0.95f.
        route.kind = classIsKnown && row[top] >= float(policy.acceptThreshold)
                         ? RouteKind::AutoAccept
                         : RouteKind::Queue;
        route.queueRank = informativeness(row, top, policy.strategy);  // in [0, 1]...
        if (!conflicts.empty() && conflicts[i]) {
            route.queueRank -= 1;  // ...after every conflict
        }
        routes.push_back(route);
    }
    return routes;
}

}  // namespace triage
