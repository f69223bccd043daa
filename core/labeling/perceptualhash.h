#pragma once
// A perceptual hash for near-duplicates (issue 8's kind-7 labeling function: an item that
// looks like one a person labelled gets that label). Two images that differ by resizing,
// a brightness change or recompression hash a few bits apart; different images about half
// of the 64 bits apart.
#include <opencv2/core/mat.hpp>

#include <cstdint>

namespace triage {

// The DCT hash: the image as 32x32 luma, its 8x8 lowest frequencies (without the mean)
// compared to their median, one bit each. `image` is 8-bit gray or BGR and not empty.
uint64_t perceptualHash(const cv::Mat &image);

// Bits in which two hashes differ, 0 to 64.
int hashDistance(uint64_t a, uint64_t b);

}  // namespace triage
