#pragma once
// Decodes the common PNGs (8 bits a sample: gray, RGB, RGBA; not interlaced) in one pass
// over the file, inflating with libdeflate: about twice as fast as OpenCV's libpng and
// zlib on the small images datasets are made of, and every import, review and scoring
// pass decodes them. Anything else, and anything that does not look exactly right, is
// left to OpenCV (nullopt), so that other PNGs and damaged files are judged as before.
#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <optional>
#include <span>

namespace triage {

// 8-bit gray (1 channel) or BGR (3 channels; alpha dropped), or nullopt: use OpenCV.
std::optional<cv::Mat> decodeCommonPng(std::span<const uint8_t> bytes);

}  // namespace triage
