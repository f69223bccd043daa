#pragma once
// cv::Mat (8-bit gray or BGR, as core decodes) to a QImage that owns its pixels.
#include <QImage>

#include <opencv2/core/mat.hpp>

namespace triage::ui {

QImage toQImage(const cv::Mat &pixels);

}  // namespace triage::ui
