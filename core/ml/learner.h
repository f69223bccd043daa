#pragma once
// Learner: the in-app classifier trained from human decisions and used to score the pool.
// It learns from one of two inputs, chosen when it is created:
//   - images (a small CNN, trained from raw pixels), uint8 NCHW buffers;
//   - feature vectors (a small head on a frozen backbone: an embedder's outputs), floats.
// This header is torch-free; probabilities come out as floats. The work is done in the
// LibTorch module (torchmodule.h), loaded by the first create() or deserialize().
//
// Threads: one Learner is used by one thread at a time; train() and predict() block, so
// callers run them on a worker thread. Failures (bad shapes, torch errors, cancel) come
// back as an Error; nothing throws across this API.
#include "progress.h"
#include "result.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace triage {

// A batch of images, all of the same shape, channel-major (N x C x H x W), 8 bits.
struct ImageTensorView {
    const uint8_t *pixels = nullptr;
    int64_t count = 0;
    int channels = 0;
    int height = 0;
    int width = 0;
};

// A batch of feature vectors (an embedder's outputs), N x width floats, row-major.
struct FeatureView {
    const float *values = nullptr;
    int64_t count = 0;
    int width = 0;
};

struct LearnerConfig {
    int inputSize = 32;    // images are inputChannels x inputSize x inputSize
    int featureWidth = 0;  // > 0: the learner takes feature vectors of this width, not images
    int maxEpochs = 60;
    int minSteps = 300;       // small label sets get more epochs, up to kMaxEpochs
    int patienceSteps = 200;  // optimizer steps without a better validation loss before stopping
    int batchSize = 64;
    double learningRate = 2e-3;
    double weightDecay = 5e-4;
    double validationFraction = 0.15;  // with one fold: the people's labels held out
    // Cross-fitting: `folds` models, model f trained on every label but fold f of people's
    // labels and stopped early on it, give every person's label an out-of-fold prediction
    // (calibration, thresholds, suspect labels); then one model trains on all labels for the
    // epochs they stopped at on average, and is the learner kept. 1: one model stopped
    // early on a validation slice.
    int folds = 4;
    bool horizontalFlip = true;  // augmentation; off for data where mirroring changes meaning
    // Test-time augmentation: an image scores as the mean logits of it and its mirror image
    // (with horizontalFlip, for image learners).
    bool testTimeFlip = true;
    // Batches drawn with each class equally likely (with replacement), not in label
    // proportions: active learning's label sets are far from balanced.
    bool balancedBatches = false;
    uint64_t seed = 1;
};

struct TrainingReport {
    int epochs = 0;
    int64_t trainCount = 0;
    int64_t validationCount = 0;
    int members = 1;                 // models trained (folds + 1 when cross-fitted)
    double validationAccuracy = -1;  // out of fold; -1 when too few labels to hold any out
    double temperature = 1;          // calibration fitted on the out-of-fold predictions
    // The people's labels held out of training (every one with 2+ folds): their indices in
    // the training input, and the calibrated probabilities (classCount each, row-major) of
    // the member that did not see them.
    std::vector<int64_t> outOfFoldIndices;
    std::vector<float> outOfFoldProbabilities;
    std::string device;
    double seconds = 0;
};

class LearnerEngine;

class Learner {
public:
    static constexpr int kInputChannels = 3;

    static Result<Learner> create(int classCount, const LearnerConfig &config);
    // Restores a learner saved by serialize(): weights, class count, temperature.
    static Result<Learner> deserialize(const std::vector<uint8_t> &bytes);

    Learner(Learner &&) noexcept;
    Learner &operator=(Learner &&) noexcept;
    ~Learner();

    // Trains from scratch (seeded) on the labelled inputs; labels are class indices. The
    // input must be the kind the learner was created for (images, or features of its width).
    // `weights` (empty: all 1) weighs each label in the loss, in (0, 1]: 1 is a person's
    // label; less is a machine's (the label model's confident labels), trained on but never
    // held out, so validation accuracy and calibration rest on people alone.
    Result<TrainingReport> train(const ImageTensorView &images, std::span<const int32_t> labels,
                                 std::span<const float> weights, const ProgressFn &progress,
                                 const CancelToken &cancel);
    Result<TrainingReport> train(const FeatureView &features, std::span<const int32_t> labels,
                                 std::span<const float> weights, const ProgressFn &progress,
                                 const CancelToken &cancel);
    Result<TrainingReport> train(const ImageTensorView &images, std::span<const int32_t> labels,
                                 const ProgressFn &progress, const CancelToken &cancel)
    {
        return train(images, labels, {}, progress, cancel);
    }
    Result<TrainingReport> train(const FeatureView &features, std::span<const int32_t> labels,
                                 const ProgressFn &progress, const CancelToken &cancel)
    {
        return train(features, labels, {}, progress, cancel);
    }
    // Writes count x classCount calibrated probabilities, row-major.
    Result<void> predict(const ImageTensorView &images, std::span<float> probabilities,
                         const ProgressFn &progress, const CancelToken &cancel);
    Result<void> predict(const FeatureView &features, std::span<float> probabilities,
                         const ProgressFn &progress, const CancelToken &cancel);
    Result<std::vector<uint8_t>> serialize() const;

    int classCount() const;
    int inputSize() const;
    int featureWidth() const;  // 0 for an image learner
    double temperature() const;
    // Replaces the temperature training fitted: a caller that knows more of the pool than
    // the learner (calibration.h's shift weights) refits it; in (0, 1e6].
    Result<void> setTemperature(double temperature);
    bool isTrained() const;

private:
    explicit Learner(std::unique_ptr<LearnerEngine> engine);
    std::unique_ptr<LearnerEngine> m_engine;
};

// Where models run: "CUDA (<card>)" when LibTorch has CUDA and a device, else "CPU (n threads)";
// loads the LibTorch module.
std::string computeDeviceDescription();

}  // namespace triage
