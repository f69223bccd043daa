#include "lfpoolvotes.h"

#include "perceptualhash.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace triage {
namespace {

constexpr int64_t kItemsPerBlock = 2048;  // the similarity block: 2048 x anchors floats

std::vector<int64_t> anchoredRows(std::span<const int32_t> anchors)
{
    std::vector<int64_t> rows;
    for (size_t i = 0; i < anchors.size(); ++i) {
        if (anchors[i] != kAbstain) {
            rows.push_back(int64_t(i));
        }
    }
    return rows;
}

// Centred and scaled to length 1, so a dot product is the cosine similarity.
cv::Mat normalisedRows(std::span<const float> vectors, int width, const std::vector<int64_t> &rows)
{
    cv::Mat out(int(rows.size()), width, CV_32F);
    for (size_t r = 0; r < rows.size(); ++r) {
        const float *in = vectors.data() + size_t(rows[r]) * size_t(width);
        float *row = out.ptr<float>(int(r));
        const double mean = std::accumulate(in, in + width, 0.0) / width;
        double norm = 0;
        for (int c = 0; c < width; ++c) {
            row[c] = float(in[c] - mean);
            norm += double(row[c]) * row[c];
        }
        const float scale = norm > 0 ? float(1 / std::sqrt(norm)) : 0.f;
        for (int c = 0; c < width; ++c) {
            row[c] *= scale;
        }
    }
    return out;
}

}  // namespace

ItemSignature signatureOf(const cv::Mat &image)
{
    ItemSignature signature;
    signature.hash = perceptualHash(image);
    cv::Mat gray, small;
    if (image.channels() == 1) {
        gray = image;
    } else {
        cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    }
    cv::resize(gray, small, cv::Size(kThumbnailSide, kThumbnailSide), 0, 0, cv::INTER_AREA);
    signature.thumbnail.assign(small.datastart, small.dataend);
    return signature;
}

std::vector<int32_t> nearDuplicateVotes(std::span<const uint64_t> hashes,
                                        std::span<const int32_t> anchors, int maxDistance)
{
    const auto anchored = anchoredRows(anchors);
    std::vector<int32_t> votes(hashes.size(), kAbstain);
    for (size_t i = 0; i < hashes.size(); ++i) {
        int best = maxDistance + 1;
        int32_t vote = kAbstain;
        for (const int64_t a : anchored) {
            if (size_t(a) == i) {
                continue;
            }
            const int distance = hashDistance(hashes[i], hashes[size_t(a)]);
            if (distance < best) {
                best = distance;
                vote = anchors[size_t(a)];
            } else if (distance == best && vote != anchors[size_t(a)]) {
                vote = kAbstain;  // as near to two classes: no opinion
            }
        }
        votes[i] = vote;
    }
    return votes;
}

std::vector<int32_t> neighbourVotes(std::span<const float> vectors, int width,
                                    std::span<const int32_t> anchors, int k)
{
    const int64_t items = width > 0 ? int64_t(vectors.size()) / width : 0;
    std::vector<int32_t> votes(size_t(items), kAbstain);
    const auto anchored = anchoredRows(anchors);
    if (int64_t(anchored.size()) <= k || items == 0) {
        return votes;  // k neighbours besides the item itself are needed
    }
    const cv::Mat anchorRows = normalisedRows(vectors, width, anchored);
    std::vector<int64_t> block;
    std::vector<int> order(anchored.size());
    for (int64_t start = 0; start < items; start += kItemsPerBlock) {
        block.resize(size_t(std::min(kItemsPerBlock, items - start)));
        std::iota(block.begin(), block.end(), start);
        cv::Mat similarity;
        cv::gemm(normalisedRows(vectors, width, block), anchorRows, 1.0, cv::noArray(), 0.0,
                 similarity, cv::GEMM_2_T);
        for (size_t r = 0; r < block.size(); ++r) {
            const float *row = similarity.ptr<float>(int(r));
            std::iota(order.begin(), order.end(), 0);
            // Leave the item itself out: it may be one of the anchors.
            const auto self = std::find(anchored.begin(), anchored.end(), block[r]);
            auto end = order.end();
            if (self != anchored.end()) {
                end = std::remove(order.begin(), order.end(), int(self - anchored.begin()));
            }
            std::partial_sort(order.begin(), order.begin() + k, end,
                              [&](int a, int b) { return row[a] > row[b]; });
            const int32_t first = anchors[size_t(anchored[size_t(order[0])])];
            const bool agree = std::all_of(order.begin(), order.begin() + k, [&](int a) {
                return anchors[size_t(anchored[size_t(a)])] == first;
            });
            votes[size_t(block[r])] = agree ? first : kAbstain;
        }
    }
    return votes;
}

std::vector<int32_t> confidentVotes(std::span<const float> probabilities, int classes,
                                    double minConfidence)
{
    const size_t k = size_t(classes);
    std::vector<int32_t> votes(probabilities.size() / k, kAbstain);
    for (size_t i = 0; i < votes.size(); ++i) {
        const float *row = probabilities.data() + i * k;
        const float *top = std::max_element(row, row + k);
        if (*top > 0 && *top >= minConfidence) {
            votes[i] = int32_t(top - row);
        }
    }
    return votes;
}

}  // namespace triage
