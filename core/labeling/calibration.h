#pragma once
// Temperature scaling (PRODUCT.md §2.3): one number T that makes a model's probabilities
// honest, fitted on items people labelled. p_c^(1/T), renormalised: T > 1 softens
// over-confident output, T < 1 sharpens timid output. The ranking never changes.
#include <cstdint>
#include <span>
#include <vector>

namespace triage {

// The T in [0.05, 20] that minimises the negative log-likelihood of `labels` (class
// indices) under `probabilities` (rows of `classes`), each label's term times its weight
// (`weights` empty: all 1). 1 when there are no labels.
double fitTemperature(std::span<const float> probabilities, int classes,
                      std::span<const int32_t> labels, std::span<const double> weights = {});

// The labels people gave are not a sample of the pool: active learning asks about the
// uncertain items, so a temperature fitted on them fits the pool's hard corner and leaves
// its confident majority under-confident. These weights, one per `labelled` row, make the
// labelled rows' histogram of top probability (kShiftBins equal bins) the `pool` rows':
// the pool's share of the row's bin over the labelled rows' share, at most kMaxShiftWeight.
constexpr int kShiftBins = 10;
constexpr double kMaxShiftWeight = 20;
std::vector<double> confidenceShiftWeights(std::span<const float> labelled,
                                           std::span<const float> pool, int classes);

// Rescales every row of `probabilities` in place.
void applyTemperature(std::span<float> probabilities, int classes, double temperature);

// Expected calibration error: the confidences (a reported top probability each) put in
// `bins` equal-width bins, and the gap between each bin's mean confidence and how often
// its items were right, weighted by the bin's share. 0 is perfect; -1 with no items.
double expectedCalibrationError(std::span<const double> confidences,
                                std::span<const uint8_t> right, int bins = 15);

}  // namespace triage
