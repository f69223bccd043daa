#pragma once
// Decodes JPEG with libjpeg directly rather than through OpenCV, because libjpeg only
// *warns* about damage ("Premature end of JPEG file", "Corrupt JPEG data") and fills what
// is missing with grey; OpenCV hides those warnings. Here every warning is a failure.
#include "result.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <span>
#include <string>

namespace triage {

// 8-bit gray (1 channel) or BGR (3 channels). `name` is only used in error messages.
Result<cv::Mat> decodeJpeg(std::span<const uint8_t> bytes, const std::string &name);

}  // namespace triage
