#pragma once
// The label model: turns labeling functions' votes (each LF votes a class or abstains on each
// item) into a probability per class per item, three ways (PRODUCT.md §2.3):
//   - majority vote: each vote counts one;
//   - accuracy-weighted vote: each LF's vote weighs by the log-odds of its accuracy, measured
//     on the items people labelled (smoothed, so an LF with few checked votes weighs little);
//   - Dawid–Skene EM: every LF's class-conditional confusion and the class prior are learned
//     from how the LFs agree, with the human labels held fixed as anchors.
// Pure computation over a vote matrix: no store, no images, no Qt.
#include "projecttypes.h"
#include "result.h"

#include <cstdint>
#include <span>
#include <vector>

namespace triage {

constexpr int32_t kAbstain = -1;

// items x lfs votes, row-major; each a class index in [0, classes) or kAbstain.
struct VoteMatrix {
    int64_t items = 0;
    int lfs = 0;
    int classes = 0;
    std::vector<int32_t> votes;

    int32_t at(int64_t item, int lf) const
    {
        return votes[size_t(item) * size_t(lfs) + size_t(lf)];
    }
};

struct LabelModelOptions {
    int maxIterations = 200;     // Dawid–Skene
    double tolerance = 1e-6;     // stop when no parameter moves more than this
    double accuracyPrior = 0.7;  // what an LF is assumed to get right before evidence...
    double priorStrength = 2.0;  // ...worth this many checked votes
};

struct LabelModelFit {
    // items x classes, row-major. An item no LF voted on and no person labelled gets the
    // class prior, and covered[item] is false.
    std::vector<float> probabilities;
    std::vector<bool> covered;
    // items x classes: what the votes alone say, anchors ignored (the prior where no LF
    // voted). Equal to `probabilities` for unanchored items; on anchored ones it is the
    // held-out prediction that calibration fits to the human labels.
    std::vector<float> fromVotes;
    // Per LF: the accuracy the model works with (measured on anchors for the weighted vote,
    // learned for Dawid–Skene; 0 for majority vote, which assumes none).
    std::vector<double> lfAccuracy;
    std::vector<double> classPrior;
    int iterations = 0;  // Dawid–Skene's EM iterations
};

// `anchors` has one entry per item: the class a person gave it, or kAbstain. Anchored items
// come out with their human class (probability 1). Votes or anchors out of range are an
// InvalidArgument error naming the first.
Result<LabelModelFit> fitLabelModel(LabelModelKind kind, const VoteMatrix &votes,
                                    std::span<const int32_t> anchors,
                                    const LabelModelOptions &options = {});

// How often the most probable class is `truth`'s, over the covered items with no anchor.
double labelAccuracy(const LabelModelFit &fit, int classes, std::span<const int32_t> truth,
                     std::span<const int32_t> anchors);

// Votes with a known answer, for tests and benchmarks: `items` items of classes drawn
// uniformly; LF j votes with probability `coverage`, the true class with probability
// accuracies[j], else another class uniformly. Seeded, so runs repeat.
struct SyntheticVotes {
    VoteMatrix votes;
    std::vector<int32_t> truth;
    std::vector<double> accuracy;  // each LF's accuracy as drawn, measured on its votes
};
SyntheticVotes syntheticVotes(int64_t items, int classes, std::span<const double> accuracies,
                              double coverage, uint32_t seed);

}  // namespace triage
