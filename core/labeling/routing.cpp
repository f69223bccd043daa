#include "routing.h"

#include <algorithm>

namespace triage {

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
        route.queueRank = row[top];  // least confident first, in [0, 1]...
        if (!conflicts.empty() && conflicts[i]) {
            route.queueRank -= 1;  // ...after every conflict
        }
        routes.push_back(route);
    }
    return routes;
}

}  // namespace triage
