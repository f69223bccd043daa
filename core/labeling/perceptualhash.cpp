#include "perceptualhash.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <bit>

namespace triage {

uint64_t perceptualHash(const cv::Mat &image)
{
    cv::Mat luma;
    if (image.channels() == 1) {
        luma = image;
    } else {
        cv::cvtColor(image, luma, cv::COLOR_BGR2GRAY);
    }
    cv::Mat small, floats, frequencies;
    cv::resize(luma, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    small.convertTo(floats, CV_32F);
    cv::dct(floats, frequencies);
    // The 8x8 lowest frequencies, but not the mean (0, 0): it only says how bright.
    std::array<float, 63> low{};
    size_t n = 0;
    for (int y = 0; y < 8; ++y) {
        for (int x = 0; x < 8; ++x) {
            if (x != 0 || y != 0) {
                low[n++] = frequencies.at<float>(y, x);
            }
        }
    }
    std::array<float, 63> sorted = low;
    std::nth_element(sorted.begin(), sorted.begin() + 31, sorted.end());
    const float median = sorted[31];
    uint64_t hash = 0;
    for (size_t i = 0; i < low.size(); ++i) {
        hash |= uint64_t(low[i] > median ? 1 : 0) << i;
    }
    return hash;
}

int hashDistance(uint64_t a, uint64_t b)
{
    return std::popcount(a ^ b);
}

}  // namespace triage
