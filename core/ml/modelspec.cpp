#include "modelspec.h"

#include <cstddef>

namespace triage {

void applyNormalisation(Normalisation normalisation, InputSpec &spec)
{
    const InputSpec imageNet;
    spec.scale = 1.0f / 255.0f;
    switch (normalisation) {
    case Normalisation::ImageNet:
        spec.mean = imageNet.mean;
        spec.std = imageNet.std;
        break;
    case Normalisation::UnitRange:
        spec.mean = {0, 0, 0};
        spec.std = {1, 1, 1};
        break;
    case Normalisation::SymmetricRange:
        spec.mean = {0.5f, 0.5f, 0.5f};
        spec.std = {0.5f, 0.5f, 0.5f};
        break;
    }
}

void normaliseModelInput(const uint8_t *pixels, const InputSpec &spec, float *out)
{
    const size_t plane = size_t(spec.width) * spec.height;
    for (int c = 0; c < spec.channelCount(); ++c) {
        // (p * scale - mean) / std, as one multiply-add per value.
        const float gain = spec.scale / spec.std[c];
        const float offset = -spec.mean[c] / spec.std[c];
        const uint8_t *from = pixels + c * plane;
        float *to = out + c * plane;
        for (size_t i = 0; i < plane; ++i) {
            to[i] = float(from[i]) * gain + offset;
        }
    }
}

}  // namespace triage
