#pragma once
// The votes of the labeling functions that look at the pool as a whole: each item is
// compared with the items people labelled (near-duplicate, nearest neighbours), or read
// off a model's stored output (a project classifier, the learner). Recomputed whenever the
// human labels or the outputs change. An anchored item never votes by its own label: its
// vote is what the others say, so the LF's accuracy against people is honest.
// Pure computation: no store, no threads.
#include "labelmodel.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <span>
#include <vector>

namespace triage {

// What the pool-wide LFs remember of each item's pixels: its perceptual hash, and a
// 16x16 gray thumbnail (the "pixels" space of the nearest-neighbour LF).
constexpr int kThumbnailSide = 16;
struct ItemSignature {
    uint64_t hash = 0;
    std::vector<uint8_t> thumbnail;  // kThumbnailSide^2 bytes, row-major
};
ItemSignature signatureOf(const cv::Mat &image);

// The class of the nearest anchored item within `maxDistance` bits, else kAbstain (also
// when the nearest anchored items disagree).
std::vector<int32_t> nearDuplicateVotes(std::span<const uint64_t> hashes,
                                        std::span<const int32_t> anchors, int maxDistance);

// Rows of `width` values, one per item, compared by cosine similarity after centring.
// An item votes the class of its k most similar anchored items when all k agree.
std::vector<int32_t> neighbourVotes(std::span<const float> vectors, int width,
                                    std::span<const int32_t> anchors, int k);

// The top class of each row of probabilities when it reaches `minConfidence`; rows of
// zeros abstain.
std::vector<int32_t> confidentVotes(std::span<const float> probabilities, int classes,
                                    double minConfidence);

}  // namespace triage
