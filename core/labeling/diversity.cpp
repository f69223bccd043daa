#include "diversity.h"

#include "coldstart.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace triage {

int64_t diversePicks(int64_t poolSize)
{
    return std::clamp<int64_t>(poolSize / 50, 100, 2000);
}

std::vector<double> diverseRanks(const std::vector<float> &features, int width,
                                 std::span<const double> uncertainty,
                                 std::span<const uint8_t> labelled, int64_t picks)
{
    const auto count = int64_t(uncertainty.size());
    const auto row = [&](int64_t i) { return features.data() + i * width; };
    std::vector<int64_t> byUncertainty(static_cast<size_t>(count));
    std::iota(byUncertainty.begin(), byUncertainty.end(), 0);
    std::stable_sort(byUncertainty.begin(), byUncertainty.end(), [&](int64_t a, int64_t b) {
        return uncertainty[size_t(a)] < uncertainty[size_t(b)];
    });

    std::vector<int64_t> candidates;
    for (const int64_t i : byUncertainty) {
        if (int64_t(candidates.size()) == picks * kDiverseCandidatesPerPick) {
            break;
        }
        if (!labelled[size_t(i)]) {
            candidates.push_back(i);
        }
    }
    // Each candidate's squared distance to the nearest labelled item or pick so far.
    std::vector<double> nearest(candidates.size(), std::numeric_limits<double>::infinity());
    for (int64_t i = 0; i < count; ++i) {
        if (labelled[size_t(i)]) {
            for (size_t c = 0; c < candidates.size(); ++c) {
                nearest[c] = std::min(nearest[c], squaredDistance(row(i), row(candidates[c]), width));
            }
        }
    }
    std::vector<double> ranks(size_t(count), -1.0);
    const int64_t pickCount = std::min<int64_t>(picks, int64_t(candidates.size()));
    for (int64_t p = 0; p < pickCount; ++p) {
        // The farthest candidate; with nothing labelled yet, the first pick is the most
        // uncertain (every distance is infinite, and max_element keeps the first).
        const size_t chosen = size_t(std::max_element(nearest.begin(), nearest.end()) - nearest.begin());
        ranks[size_t(candidates[chosen])] = 0.5 * double(p) / double(pickCount);
        nearest[chosen] = -1;  // taken
        for (size_t c = 0; c < candidates.size(); ++c) {
            if (nearest[c] >= 0) {
                nearest[c] = std::min(nearest[c],
                                      squaredDistance(row(candidates[chosen]), row(candidates[c]), width));
            }
        }
    }
    int64_t place = 0;
    for (const int64_t i : byUncertainty) {
        if (ranks[size_t(i)] < 0) {
            ranks[size_t(i)] = 0.5 + 0.5 * double(place++) / double(count);
        }
    }
    return ranks;
}

}  // namespace triage
