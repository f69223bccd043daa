#pragma once
// Turns a decoded image into the float input a model expects (InputSpec: size, channel
// order, resize mode, scale, mean, std), channel-major: models people bring, and the
// learner's own input (learnerInputSpec, poolcache.h: RGB, stretched).
#include "modelspec.h"

#include <opencv2/core/mat.hpp>

namespace triage {

// Two steps, so the first can be cached: writeModelPixels resizes and orders the channels
// (spec.valuesPerImage() bytes, channel-major); normaliseModelInput (modelspec.h) scales
// them to floats. `image` is 8-bit gray or BGR, as ImageSource decodes it.
void writeModelPixels(const cv::Mat &image, const InputSpec &spec, uint8_t *out);

// Both steps: spec.valuesPerImage() floats to `out`.
void writeModelInput(const cv::Mat &image, const InputSpec &spec, float *out);

}  // namespace triage
