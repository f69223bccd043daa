#include "imagestatistics.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace triage {
namespace {

// Below this saturation or value (of 255) a pixel's hue is noise, not a colour.
constexpr int kMinSaturationForHue = 64;
constexpr int kHueBins = 36;  // 10 degrees each

}  // namespace

ImageStatistics measureImage(const cv::Mat &image)
{
    ImageStatistics stats;
    if (image.empty()) {
        return stats;
    }
    cv::Mat luma;
    if (image.channels() == 1) {
        luma = image;
    } else {
        cv::cvtColor(image, luma, cv::COLOR_BGR2GRAY);
    }
    cv::Scalar mean, deviation;
    cv::meanStdDev(luma, mean, deviation);
    stats.brightness = mean[0] / 255.0;
    stats.contrast = deviation[0] / 255.0;

    cv::Mat laplacian;
    cv::Laplacian(luma, laplacian, CV_64F);
    cv::Scalar lapMean, lapDeviation;
    cv::meanStdDev(laplacian, lapMean, lapDeviation);
    stats.sharpness = lapDeviation[0] * lapDeviation[0];

    const double pixels = double(luma.total());
    stats.nearWhite = double(cv::countNonZero(luma >= 240)) / pixels;
    stats.nearBlack = double(cv::countNonZero(luma <= 15)) / pixels;

    if (image.channels() == 3) {
        cv::Mat hsv;
        cv::cvtColor(image, hsv, cv::COLOR_BGR2HSV_FULL);  // hue 0-255 for 0-360 degrees
        std::array<int64_t, kHueBins> hues{};
        double saturation = 0;
        for (int y = 0; y < hsv.rows; ++y) {
            const auto *row = hsv.ptr<cv::Vec3b>(y);
            for (int x = 0; x < hsv.cols; ++x) {
                saturation += row[x][1];
                if (row[x][1] >= kMinSaturationForHue && row[x][2] >= kMinSaturationForHue) {
                    // Bands centred on multiples of 10 degrees, so pure red, green and
                    // blue fall in the middle of theirs (0, 120, 240).
                    const double degrees = row[x][0] * 360.0 / 256.0;
                    ++hues[size_t(std::lround(degrees / (360.0 / kHueBins))) % kHueBins];
                }
            }
        }
        stats.saturation = saturation / pixels / 255.0;
        const auto top = std::max_element(hues.begin(), hues.end());
        if (*top > 0) {
            stats.dominantHue = double(top - hues.begin()) * 360.0 / kHueBins;
        }
    }
    return stats;
}

}  // namespace triage
