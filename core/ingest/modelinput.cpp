#include "modelinput.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace triage {
namespace {

cv::Mat inChannelOrder(const cv::Mat &image, ChannelOrder order)
{
    cv::Mat converted;
    const bool gray = image.channels() == 1;
    switch (order) {
    case ChannelOrder::Gray:
        return gray ? image : (cv::cvtColor(image, converted, cv::COLOR_BGR2GRAY), converted);
    case ChannelOrder::Rgb:
        cv::cvtColor(image, converted, gray ? cv::COLOR_GRAY2RGB : cv::COLOR_BGR2RGB);
        return converted;
    case ChannelOrder::Bgr:
        return gray ? (cv::cvtColor(image, converted, cv::COLOR_GRAY2BGR), converted) : image;
    }
    return image;
}

// The image at exactly spec.width x spec.height, by the spec's resize mode.
cv::Mat resized(const cv::Mat &image, const InputSpec &spec)
{
    const cv::Size target(spec.width, spec.height);
    const auto interpolation = [&](double scale) {
        return scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR;
    };
    if (spec.resize == ResizeMode::Stretch) {
        cv::Mat out;
        cv::resize(image, out, target, 0, 0,
                   interpolation(std::min(double(target.width) / image.cols,
                                          double(target.height) / image.rows)));
        return out;
    }
    const double sx = double(target.width) / image.cols;
    const double sy = double(target.height) / image.rows;
    const double scale = spec.resize == ResizeMode::Fit ? std::min(sx, sy) : std::max(sx, sy);
    cv::Size scaledSize(std::max(1, int(image.cols * scale + 0.5)),
                        std::max(1, int(image.rows * scale + 0.5)));
    if (spec.resize == ResizeMode::CentreCrop) {  // rounding must not leave it short
        scaledSize = cv::Size(std::max(target.width, scaledSize.width),
                              std::max(target.height, scaledSize.height));
    }
    cv::Mat scaled;
    cv::resize(image, scaled, scaledSize, 0, 0, interpolation(scale));
    if (spec.resize == ResizeMode::Fit) {  // centred on zeros
        cv::Mat out = cv::Mat::zeros(target, scaled.type());
        const int x = (target.width - std::min(target.width, scaled.cols)) / 2;
        const int y = (target.height - std::min(target.height, scaled.rows)) / 2;
        const cv::Rect from(0, 0, std::min(target.width, scaled.cols),
                            std::min(target.height, scaled.rows));
        scaled(from).copyTo(out(cv::Rect(x, y, from.width, from.height)));
        return out;
    }
    const int x = (scaled.cols - target.width) / 2;  // CentreCrop: the middle
    const int y = (scaled.rows - target.height) / 2;
    return scaled(cv::Rect(std::max(0, x), std::max(0, y), target.width, target.height)).clone();
}

}  // namespace

void writeModelPixels(const cv::Mat &image, const InputSpec &spec, uint8_t *out)
{
    const cv::Mat pixels = resized(inChannelOrder(image, spec.channels), spec);
    const int channels = spec.channelCount();
    const size_t plane = size_t(spec.width) * spec.height;
    for (int y = 0; y < spec.height; ++y) {
        const uint8_t *row = pixels.ptr<uint8_t>(y);
        for (int x = 0; x < spec.width; ++x) {
            for (int c = 0; c < channels; ++c) {
                out[c * plane + size_t(y) * spec.width + x] = row[x * channels + c];
            }
        }
    }
}

void writeModelInput(const cv::Mat &image, const InputSpec &spec, float *out)
{
    std::vector<uint8_t> pixels(size_t(spec.valuesPerImage()));
    writeModelPixels(image, spec, pixels.data());
    normaliseModelInput(pixels.data(), spec, out);
}

}  // namespace triage
