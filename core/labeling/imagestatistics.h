#pragma once
// The image statistics a lead's labeling functions compare to ranges (PRODUCT.md §2.2, issue
// 8's kind 4), measured once per item on its decoded pixels. Every value is in a documented
// unit so that a rule reads the same on any image size.
#include <opencv2/core/mat.hpp>

#include <optional>

namespace triage {

struct ImageStatistics {
    double brightness = 0;  // mean luma, 0 (black) to 1 (white)
    double contrast = 0;    // standard deviation of luma, 0 to 0.5
    double saturation = 0;  // mean HSV saturation, 0 (gray) to 1
    // Degrees, a multiple of 10: the middle of the most common 10-degree hue band (red 0,
    // green 120, blue 240) among pixels saturated and bright enough to have a hue; none
    // when no pixel has one (gray images).
    std::optional<double> dominantHue;
    double sharpness = 0;  // variance of the Laplacian of luma (0-255 scale)
    double nearWhite = 0;  // fraction of pixels with luma >= 240 of 255
    double nearBlack = 0;  // fraction of pixels with luma <= 15 of 255
};

// `image` is 8-bit gray or BGR, as ImageSource decodes it; an empty image gives zeros.
ImageStatistics measureImage(const cv::Mat &image);

}  // namespace triage
