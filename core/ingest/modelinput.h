#pragma once
// Turns a decoded image into the float input a user's model expects (InputSpec: size,
// channel order, resize mode, scale, mean, std), channel-major. The learner's own input is
// writeLearnerInput (imagesource.h); this is its counterpart for models people bring.
#include "modelspec.h"

#include <opencv2/core/mat.hpp>

namespace triage {

// Writes spec.valuesPerImage() floats to `out`. `image` is 8-bit gray or BGR, as
// ImageSource decodes it. Gray inputs use mean[0] and std[0].
void writeModelInput(const cv::Mat &image, const InputSpec &spec, float *out);

}  // namespace triage
