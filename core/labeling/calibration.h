#pragma once
// Temperature scaling (PRODUCT.md §2.3): one number T that makes a model's probabilities
// honest, fitted on items people labelled. p_c^(1/T), renormalised: T > 1 softens
// over-confident output, T < 1 sharpens timid output. The ranking never changes.
#include <cstdint>
#include <span>

namespace triage {

// The T in [0.05, 20] that minimises the negative log-likelihood of `labels` (class
// indices) under `probabilities` (rows of `classes`). 1 when there are no labels.
double fitTemperature(std::span<const float> probabilities, int classes,
                      std::span<const int32_t> labels);

// Rescales every row of `probabilities` in place.
void applyTemperature(std::span<float> probabilities, int classes, double temperature);

// Expected calibration error: the confidences (a reported top probability each) put in
// `bins` equal-width bins, and the gap between each bin's mean confidence and how often
// its items were right, weighted by the bin's share. 0 is perfect; -1 with no items.
double expectedCalibrationError(std::span<const double> confidences,
                                std::span<const uint8_t> right, int bins = 15);

}  // namespace triage
