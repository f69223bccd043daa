#include "splits.h"

#include "numbertext.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace triage {
namespace {

constexpr std::array<Split, 3> kSplits = {Split::Train, Split::Val, Split::Test};

// A fixed pseudo-random order of items for a seed (splitmix64 of both).
uint64_t orderKey(int64_t seed, int64_t itemId)
{
    uint64_t x = uint64_t(seed) * 0x9e3779b97f4a7c15ULL + uint64_t(itemId);
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// How many of `total` items each split should hold: the fractions, rounded so that they
// add up to the total (largest remainders first, ties to the earlier split).
std::array<int64_t, 3> targetCounts(int64_t total, const SplitPlan &plan)
{
    const std::array<double, 3> exact = {plan.train * double(total), plan.val * double(total),
                                         plan.test * double(total)};
    std::array<int64_t, 3> counts{};
    int64_t assigned = 0;
    for (size_t s = 0; s < 3; ++s) {
        counts[s] = int64_t(std::floor(exact[s]));
        assigned += counts[s];
    }
    std::array<size_t, 3> byRemainder = {0, 1, 2};
    std::stable_sort(byRemainder.begin(), byRemainder.end(), [&](size_t a, size_t b) {
        return exact[a] - double(counts[a]) > exact[b] - double(counts[b]);
    });
    for (size_t k = 0; assigned < total; k = (k + 1) % 3) {
        ++counts[byRemainder[k]];
        ++assigned;
    }
    return counts;
}

}  // namespace

Result<void> validateSplitPlan(const SplitPlan &plan)
{
    for (const double f : {plan.train, plan.val, plan.test}) {
        if (!(f >= 0 && f <= 1)) {
            return makeError(ErrorCode::InvalidArgument,
                             "each split fraction must be 0 to 1, not " + formatNumber(f));
        }
    }
    if (std::abs(plan.train + plan.val + plan.test - 1) > 1e-6) {
        return makeError(ErrorCode::InvalidArgument,
                         "the split fractions must add up to 1, not " +
                             formatNumber(plan.train + plan.val + plan.test));
    }
    return {};
}

void assignSplits(std::span<VersionItem> items, const SplitPlan &plan,
                  const std::unordered_map<int64_t, EarlierSplit> &earlier)
{
    std::map<int64_t, std::vector<VersionItem *>> byClass;
    for (VersionItem &item : items) {
        byClass[item.classId].push_back(&item);
    }
    for (auto &[classId, members] : byClass) {
        const auto target = targetCounts(int64_t(members.size()), plan);
        std::array<int64_t, 3> held{};
        std::vector<VersionItem *> fresh;
        for (VersionItem *item : members) {
            const auto found = earlier.find(item->itemId);
            if (found != earlier.end() && found->second.classId == item->classId &&
                found->second.split != Split::None) {
                item->split = found->second.split;
                ++held[size_t(item->split) - 1];
            } else {
                fresh.push_back(item);
            }
        }
        std::sort(fresh.begin(), fresh.end(), [&](const VersionItem *a, const VersionItem *b) {
            return orderKey(plan.seed, a->itemId) < orderKey(plan.seed, b->itemId);
        });
        // Each new item goes where the class falls shortest of its target.
        for (VersionItem *item : fresh) {
            size_t best = 0;
            for (size_t s = 1; s < 3; ++s) {
                if (target[s] - held[s] > target[best] - held[best]) {
                    best = s;
                }
            }
            item->split = kSplits[best];
            ++held[best];
        }
    }
}

}  // namespace triage
