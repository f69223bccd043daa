#include "coldstart.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace triage {
namespace {

constexpr int kSummary = 8;          // images summarised as 8x8 gray
constexpr int kIterations = 15;      // Lloyd steps; k-means++ seeding makes few enough
constexpr int64_t kFitSample = 20000;  // centroids fitted on at most this many items

void standardise(std::vector<float> &values, int64_t count, int width)
{
    for (int d = 0; d < width; ++d) {
        double sum = 0, squares = 0;
        for (int64_t i = 0; i < count; ++i) {
            const double v = values[size_t(i * width + d)];
            sum += v;
            squares += v * v;
        }
        const double mean = count > 0 ? sum / double(count) : 0;
        const double spread = count > 0 ? std::sqrt(std::max(1e-12, squares / double(count) - mean * mean)) : 1;
        for (int64_t i = 0; i < count; ++i) {
            float &v = values[size_t(i * width + d)];
            v = float((v - mean) / spread);
        }
    }
}

}  // namespace

double squaredDistance(const float *a, const float *b, int width)
{
    double d = 0;
    for (int k = 0; k < width; ++k) {
        const double diff = double(a[k]) - double(b[k]);
        d += diff * diff;
    }
    return d;
}

std::vector<float> clusteringFeatures(const ImageTensorView &images)
{
    const int width = kSummary * kSummary;
    std::vector<float> out(size_t(images.count) * width, 0.0f);
    const int64_t plane = int64_t(images.height) * images.width;
    for (int64_t i = 0; i < images.count; ++i) {
        const uint8_t *item = images.pixels + i * images.channels * plane;
        float *summary = out.data() + i * width;
        for (int y = 0; y < images.height; ++y) {
            for (int x = 0; x < images.width; ++x) {
                double gray = 0;
                for (int c = 0; c < images.channels; ++c) {
                    gray += item[c * plane + int64_t(y) * images.width + x];
                }
                summary[(y * kSummary / images.height) * kSummary + x * kSummary / images.width] +=
                    float(gray / images.channels);
            }
        }
    }
    standardise(out, images.count, width);
    return out;
}

std::vector<float> clusteringFeatures(const FeatureView &features)
{
    std::vector<float> out(features.values, features.values + features.count * features.width);
    standardise(out, features.count, features.width);
    return out;
}

std::vector<double> typicalityRanks(const std::vector<float> &features, int64_t count, int width,
                                    int clusters, uint64_t seed)
{
    std::vector<double> ranks(size_t(count), 0.0);
    if (count == 0) {
        return ranks;
    }
    const int k = int(std::clamp<int64_t>(clusters, 1, count));
    std::mt19937_64 rng(seed);
    // Fit on a seeded sample: the centroids of 20,000 items are those of the pool.
    std::vector<int64_t> sample(static_cast<size_t>(count));
    std::iota(sample.begin(), sample.end(), 0);
    std::shuffle(sample.begin(), sample.end(), rng);
    sample.resize(size_t(std::min(count, kFitSample)));
    const auto row = [&](int64_t i) { return features.data() + i * width; };

    // k-means++: each next centroid drawn with probability proportional to the squared
    // distance from the nearest one chosen.
    std::vector<float> centroids;
    centroids.insert(centroids.end(), row(sample[0]), row(sample[0]) + width);
    std::vector<double> nearest(sample.size(), std::numeric_limits<double>::infinity());
    for (int c = 1; c < k; ++c) {
        const float *last = centroids.data() + size_t(c - 1) * width;
        double total = 0;
        for (size_t s = 0; s < sample.size(); ++s) {
            nearest[s] = std::min(nearest[s], squaredDistance(row(sample[s]), last, width));
            total += nearest[s];
        }
        double pick = std::uniform_real_distribution<double>(0, total)(rng);
        size_t chosen = 0;
        for (; chosen + 1 < sample.size() && pick > nearest[chosen]; ++chosen) {
            pick -= nearest[chosen];
        }
        centroids.insert(centroids.end(), row(sample[chosen]), row(sample[chosen]) + width);
    }
    const auto assign = [&](const float *item) {
        int best = 0;
        double bestDistance = std::numeric_limits<double>::infinity();
        for (int c = 0; c < k; ++c) {
            const double d = squaredDistance(item, centroids.data() + size_t(c) * width, width);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return std::make_pair(best, bestDistance);
    };
    for (int iteration = 0; iteration < kIterations; ++iteration) {
        std::vector<double> sums(size_t(k) * width, 0.0);
        std::vector<int64_t> members(size_t(k), 0);
        for (const int64_t i : sample) {
            const int c = assign(row(i)).first;
            ++members[size_t(c)];
            for (int d = 0; d < width; ++d) {
                sums[size_t(c) * width + d] += row(i)[d];
            }
        }
        for (int c = 0; c < k; ++c) {
            for (int d = 0; d < width && members[size_t(c)] > 0; ++d) {
                centroids[size_t(c) * width + d] =
                    float(sums[size_t(c) * width + d] / double(members[size_t(c)]));
            }
        }
    }

    // Every item: its cluster and how typical it is (its place by distance in the cluster).
    std::vector<std::vector<std::pair<double, int64_t>>> byCluster(static_cast<size_t>(k));
    for (int64_t i = 0; i < count; ++i) {
        const auto [c, d] = assign(row(i));
        byCluster[size_t(c)].emplace_back(d, i);
    }
    // Each cluster in proportion to its size, its most typical items first: the j-th of a
    // cluster of n comes at (j + 1/2) / n.
    std::vector<std::pair<std::pair<double, int>, int64_t>> order;  // ((key, cluster), item)
    order.reserve(size_t(count));
    for (int c = 0; c < k; ++c) {
        auto &items = byCluster[size_t(c)];
        std::sort(items.begin(), items.end());
        for (size_t place = 0; place < items.size(); ++place) {
            order.push_back({{(double(place) + 0.5) / double(items.size()), c}, items[place].second});
        }
    }
    std::sort(order.begin(), order.end());
    for (size_t position = 0; position < order.size(); ++position) {
        ranks[size_t(order[position].second)] = double(position) / double(count);
    }
    return ranks;
}

}  // namespace triage
