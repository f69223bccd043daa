#include "imageconvert.h"

namespace triage::ui {

QImage toQImage(const cv::Mat &pixels)
{
    if (pixels.empty() || pixels.depth() != CV_8U) {
        return {};
    }
    const QImage::Format format =
        pixels.channels() == 1 ? QImage::Format_Grayscale8 : QImage::Format_BGR888;
    if (pixels.channels() != 1 && pixels.channels() != 3) {
        return {};
    }
    const QImage view(pixels.data, pixels.cols, pixels.rows, int(pixels.step), format);
    return view.copy();  // the Mat's buffer dies with the Mat
}

}  // namespace triage::ui
