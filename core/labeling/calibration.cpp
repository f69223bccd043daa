#include "calibration.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace triage {
namespace {

// A probability of 0 would make a confident mistake cost infinity; this floor keeps one
// wrong item from deciding T alone.
constexpr double kFloor = 1e-6;

void scaledRow(std::span<const float> row, double inverseT, std::vector<double> &out)
{
    out.resize(row.size());
    double top = -1e300;
    for (size_t c = 0; c < row.size(); ++c) {
        out[c] = std::log(std::max(double(row[c]), kFloor)) * inverseT;
        top = std::max(top, out[c]);
    }
    double sum = 0;
    for (double &v : out) {
        v = std::exp(v - top);
        sum += v;
    }
    for (double &v : out) {
        v /= sum;
    }
}

double negativeLogLikelihood(std::span<const float> probabilities, size_t classes,
                             std::span<const int32_t> labels, std::span<const double> weights,
                             double temperature)
{
    std::vector<double> row;
    double total = 0;
    for (size_t i = 0; i < labels.size(); ++i) {
        scaledRow(probabilities.subspan(i * classes, classes), 1 / temperature, row);
        total -= (weights.empty() ? 1.0 : weights[i]) *
                 std::log(std::max(row[size_t(labels[i])], kFloor));
    }
    return total;
}

// Each row's bin of top probability, of kShiftBins; shares of the rows per bin.
std::vector<double> topProbabilityShares(std::span<const float> probabilities, size_t classes,
                                         std::vector<size_t> *binOfRow)
{
    std::vector<double> shares(size_t(kShiftBins), 0.0);
    const size_t rows = classes > 0 ? probabilities.size() / classes : 0;
    for (size_t i = 0; i < rows; ++i) {
        const auto row = probabilities.subspan(i * classes, classes);
        const double top = *std::max_element(row.begin(), row.end());
        const size_t bin = std::min(size_t(kShiftBins) - 1,
                                    size_t(std::clamp(top, 0.0, 1.0) * kShiftBins));
        shares[bin] += 1.0 / double(rows);
        if (binOfRow) {
            binOfRow->push_back(bin);
        }
    }
    return shares;
}

}  // namespace

double fitTemperature(std::span<const float> probabilities, int classes,
                      std::span<const int32_t> labels, std::span<const double> weights)
{
    if (labels.empty() || classes < 2) {
        return 1;
    }
    // The likelihood is unimodal in log T: a golden-section search over log T.
    double low = std::log(0.05), high = std::log(20.0);
    const double ratio = (std::sqrt(5.0) - 1) / 2;
    auto cost = [&](double logT) {
        return negativeLogLikelihood(probabilities, size_t(classes), labels, weights,
                                     std::exp(logT));
    };
    double a = high - ratio * (high - low), b = low + ratio * (high - low);
    double costA = cost(a), costB = cost(b);
    for (int step = 0; step < 60 && high - low > 1e-4; ++step) {
        if (costA < costB) {
            high = b;
            b = a;
            costB = costA;
            a = high - ratio * (high - low);
            costA = cost(a);
        } else {
            low = a;
            a = b;
            costA = costB;
            b = low + ratio * (high - low);
            costB = cost(b);
        }
    }
    return std::exp((low + high) / 2);
}

std::vector<double> confidenceShiftWeights(std::span<const float> labelled,
                                           std::span<const float> pool, int classes)
{
    std::vector<size_t> binOf;
    const auto labelledShares = topProbabilityShares(labelled, size_t(classes), &binOf);
    const auto poolShares = topProbabilityShares(pool, size_t(classes), nullptr);
    std::vector<double> weights;
    weights.reserve(binOf.size());
    for (const size_t bin : binOf) {
        weights.push_back(std::min(kMaxShiftWeight, poolShares[bin] / labelledShares[bin]));
    }
    return weights;
}

double expectedCalibrationError(std::span<const double> confidences,
                                std::span<const uint8_t> right, int bins)
{
    if (confidences.empty() || bins < 1) {
        return -1;
    }
    std::vector<double> confidenceSum(size_t(bins), 0.0), rightSum(size_t(bins), 0.0);
    std::vector<int64_t> count(size_t(bins), 0);
    for (size_t i = 0; i < confidences.size(); ++i) {
        const double c = std::clamp(confidences[i], 0.0, 1.0);
        const size_t bin = std::min(size_t(bins) - 1, size_t(c * bins));
        confidenceSum[bin] += c;
        rightSum[bin] += right[i] ? 1 : 0;
        ++count[bin];
    }
    double error = 0;
    for (size_t b = 0; b < size_t(bins); ++b) {
        error += std::abs(confidenceSum[b] - rightSum[b]);  // n * |mean conf - accuracy|
    }
    return error / double(confidences.size());
}

void applyTemperature(std::span<float> probabilities, int classes, double temperature)
{
    const size_t k = size_t(classes);
    std::vector<double> row;
    for (size_t start = 0; start + k <= probabilities.size(); start += k) {
        auto slice = probabilities.subspan(start, k);
        scaledRow(slice, 1 / temperature, row);
        std::transform(row.begin(), row.end(), slice.begin(), [](double p) { return float(p); });
    }
}

}  // namespace triage
