#include "torchruntime.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <numbers>
#include <numeric>
#include <random>
#include <sstream>
#include <thread>

namespace triage {
namespace {

constexpr int kMaxEpochs = 200;
constexpr int kPredictBatch = 256;
constexpr int kMinLabelsForValidation = 20;
// 2 adds the feature width; 3 the members and whether scoring mirrors images
constexpr int kFormatVersion = 3;
constexpr int kMaxFolds = 16;

struct NetImpl : torch::nn::Module {
    NetImpl(int classCount)
    {
        torch::nn::Sequential layers;
        auto block = [&layers](int in, int out) {
            layers->push_back(
                torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(1).bias(false)));
            layers->push_back(torch::nn::BatchNorm2d(out));
            layers->push_back(torch::nn::ReLU());
        };
        block(Learner::kInputChannels, 16);
        block(16, 16);
        layers->push_back(torch::nn::MaxPool2d(2));
        block(16, 32);
        block(32, 32);
        layers->push_back(torch::nn::MaxPool2d(2));
        block(32, 64);
        block(64, 64);
        layers->push_back(torch::nn::AdaptiveAvgPool2d(1));
        features = register_module("features", layers);
        dropout = register_module("dropout", torch::nn::Dropout(0.3));
        head = register_module("head", torch::nn::Linear(64, classCount));
    }

    torch::Tensor forward(const torch::Tensor &x)
    {
        return head(dropout(features->forward(x).flatten(1)));
    }

    torch::nn::Sequential features{nullptr};
    torch::nn::Dropout dropout{nullptr};
    torch::nn::Linear head{nullptr};
};
TORCH_MODULE(Net);

// A head on a frozen backbone's features: standardised with the training set's mean and
// spread (kept as buffers, so they are saved with the weights), then a small MLP.
struct HeadImpl : torch::nn::Module {
    HeadImpl(int width, int classCount)
    {
        mean = register_buffer("mean", torch::zeros({width}));
        spread = register_buffer("spread", torch::ones({width}));
        layers = register_module(
            "layers", torch::nn::Sequential(torch::nn::Linear(width, 256), torch::nn::ReLU(),
                                            torch::nn::Dropout(0.3),
                                            torch::nn::Linear(256, classCount)));
    }

    torch::Tensor forward(const torch::Tensor &x) { return layers->forward((x - mean) / spread); }

    torch::Tensor mean, spread;
    torch::nn::Sequential layers{nullptr};
};
TORCH_MODULE(Head);

std::string shapeText(const ImageTensorView &v)
{
    std::ostringstream s;
    s << v.channels << 'x' << v.height << 'x' << v.width;
    return s.str();
}

// The caller's buffer as a host tensor, valid while the buffer is (read-only).
torch::Tensor hostTensor(const ImageTensorView &images)
{
    return torch::from_blob(const_cast<uint8_t *>(images.pixels),
                            {images.count, images.channels, images.height, images.width},
                            torch::kUInt8);
}

torch::Tensor hostTensor(const FeatureView &features)
{
    return torch::from_blob(const_cast<float *>(features.values), {features.count, features.width},
                            torch::kFloat32);
}

// Random shifts of up to 2 pixels (reflect-padded) and optional horizontal flips.
torch::Tensor augment(const torch::Tensor &batch, bool flip, std::mt19937_64 &rng)
{
    namespace F = torch::nn::functional;
    const int64_t n = batch.size(0), h = batch.size(2), w = batch.size(3);
    auto padded = F::pad(batch, F::PadFuncOptions({2, 2, 2, 2}).mode(torch::kReflect));
    auto out = torch::empty_like(batch);
    std::uniform_int_distribution<int> shift(0, 4);
    std::bernoulli_distribution coin(0.5);
    for (int64_t i = 0; i < n; ++i) {
        auto crop = padded[i].narrow(1, shift(rng), h).narrow(2, shift(rng), w);
        out[i].copy_(flip && coin(rng) ? crop.flip({2}) : crop);
    }
    return out;
}

double nllAtTemperature(const torch::Tensor &logits, const torch::Tensor &labels, double t)
{
    return torch::nn::functional::cross_entropy(logits / t, labels).item<double>();
}

// Temperature scaling: the T that minimises held-out NLL, by golden-section search on log T.
double fitTemperature(const torch::Tensor &logits, const torch::Tensor &labels)
{
    double lo = std::log(0.25), hi = std::log(10.0);
    const double g = (std::sqrt(5.0) - 1) / 2;
    for (int i = 0; i < 40; ++i) {
        const double a = hi - g * (hi - lo), b = lo + g * (hi - lo);
        if (nllAtTemperature(logits, labels, std::exp(a)) <
            nllAtTemperature(logits, labels, std::exp(b))) {
            hi = b;
        } else {
            lo = a;
        }
    }
    return std::exp((lo + hi) / 2);
}

}  // namespace

// One member of the ensemble: a CNN on images or a head on features.
struct Member {
    Net net{nullptr};
    Head head{nullptr};

    torch::nn::Module &module()
    {
        if (head) {
            return *head;
        }
        return *net;
    }
    torch::Tensor logits(const torch::Tensor &x) { return head ? head(x) : net(x); }
};

// What training one member leaves: its epochs, the epoch early stopping kept, and its
// logits for the labels it held out.
struct MemberOutcome {
    int epochs = 0;
    int bestEpoch = 0;
    torch::Tensor heldOutLogits;
};

struct TorchLearnerImpl {
    int classCount = 0;
    LearnerConfig config;
    double temperature = 1;
    bool trained = false;
    torch::Device device{torch::kCPU};
    std::vector<Member> members;

    TorchLearnerImpl(int classes, const LearnerConfig &cfg) : classCount(classes), config(cfg)
    {
        device = ml::selectDevice();
        reset(1);
    }

    bool takesFeatures() const { return config.featureWidth > 0; }

    // A member with fresh weights from `seed`.
    Member makeMember(uint64_t seed)
    {
        torch::manual_seed(seed);
        Member member;
        if (takesFeatures()) {
            member.head = Head(config.featureWidth, classCount);
        } else {
            member.net = Net(classCount);
        }
        member.module().to(device);
        return member;
    }

    // `count` members with fresh weights, member m seeded with seed + m.
    void reset(int count)
    {
        members.clear();
        for (int m = 0; m < count; ++m) {
            members.push_back(makeMember(config.seed + uint64_t(m)));
        }
    }

    Result<void> checkInput(const ImageTensorView &images) const
    {
        if (images.count > 0 && images.pixels == nullptr) {
            return makeError(ErrorCode::InvalidArgument, "image buffer is empty");
        }
        if (takesFeatures() || images.channels != Learner::kInputChannels ||
            images.height != config.inputSize || images.width != config.inputSize) {
            std::ostringstream s;
            if (takesFeatures()) {
                s << "learner expects feature vectors of width " << config.featureWidth;
            } else {
                s << "learner expects images of " << Learner::kInputChannels << 'x' << config.inputSize
                  << 'x' << config.inputSize;
            }
            s << ", got " << (takesFeatures() ? "images of " : "") << shapeText(images);
            return makeError(ErrorCode::InvalidArgument, s.str());
        }
        return {};
    }

    Result<void> checkInput(const FeatureView &features) const
    {
        if (features.count > 0 && features.values == nullptr) {
            return makeError(ErrorCode::InvalidArgument, "feature buffer is empty");
        }
        if (!takesFeatures() || features.width != config.featureWidth) {
            return makeError(ErrorCode::InvalidArgument,
                             (takesFeatures() ? "learner expects feature vectors of width " +
                                                    std::to_string(config.featureWidth)
                                              : std::string("learner expects images")) +
                                 ", got feature vectors of width " +
                                 std::to_string(features.width));
        }
        return {};
    }

    // Host inputs (uint8 images or float features) to what the network takes, on the device.
    torch::Tensor modelInput(const torch::Tensor &host, bool training, std::mt19937_64 &rng)
    {
        if (takesFeatures()) {
            return host.to(device);
        }
        auto x = (host.to(device).to(torch::kFloat32) / 255.0 - 0.5) / 0.25;
        return training ? augment(x, config.horizontalFlip, rng) : x;
    }

    // A member's logits of a model input as scoring sees it: with test-time augmentation,
    // the mean of the image's and its mirror's.
    torch::Tensor scoringLogits(Member &member, const torch::Tensor &x)
    {
        if (takesFeatures() || !config.horizontalFlip || !config.testTimeFlip) {
            return member.logits(x);
        }
        return (member.logits(x) + member.logits(x.flip({3}))) / 2;
    }

    // A member's logits of host inputs, in prediction-sized batches, in eval mode.
    torch::Tensor logitsOf(Member &member, const torch::Tensor &host)
    {
        torch::NoGradGuard noGrad;
        member.module().eval();
        std::mt19937_64 unused;
        std::vector<torch::Tensor> parts;
        for (int64_t b = 0; b < host.size(0); b += kPredictBatch) {
            const int64_t n = std::min<int64_t>(kPredictBatch, host.size(0) - b);
            parts.push_back(scoringLogits(member, modelInput(host.narrow(0, b, n), false, unused)));
        }
        return parts.empty() ? torch::empty({0, classCount}, torch::kFloat32).to(device)
                             : torch::cat(parts);
    }

    using Snapshot = std::vector<std::pair<std::string, torch::Tensor>>;

    static Snapshot snapshot(torch::nn::Module &module)
    {
        Snapshot state;
        for (const auto &p : module.named_parameters()) {
            state.emplace_back(p.key(), p.value().detach().clone());
        }
        for (const auto &b : module.named_buffers()) {
            state.emplace_back(b.key(), b.value().detach().clone());
        }
        return state;
    }

    static void restore(torch::nn::Module &module, const Snapshot &state)
    {
        torch::NoGradGuard noGrad;
        auto params = module.named_parameters();
        auto buffers = module.named_buffers();
        for (const auto &[name, value] : state) {
            if (auto *p = params.find(name)) {
                p->copy_(value);
            } else if (auto *b = buffers.find(name)) {
                b->copy_(value);
            }
        }
    }

    Result<TrainingReport> train(const torch::Tensor &inputs, std::span<const int32_t> labels,
                                 std::span<const float> weights, const ProgressFn &progress,
                                 const CancelToken &cancel);
    // One member on the inputs at `trainIndex`, stopped early on those at `heldOutIndex`.
    struct Split {
        torch::Tensor trainIndex, heldOutIndex;  // int64 positions into the inputs
    };
    // `fixedEpochs` > 0: exactly that many (nothing held out to stop on); progress counts
    // `progressSteps` members' worth of epochs.
    Result<MemberOutcome> trainMember(int memberIndex, const torch::Tensor &inputs,
                                      const torch::Tensor &targets, const torch::Tensor &weights,
                                      const Split &split, int fixedEpochs, int progressSteps,
                                      const ProgressFn &progress, const CancelToken &cancel);
    // Either input kind, checked, then trained on as a host tensor.
    template <typename View>
    Result<TrainingReport> checkedTrain(const View &view, std::span<const int32_t> labels,
                                        std::span<const float> weights, const ProgressFn &progress,
                                        const CancelToken &cancel);
    Result<void> predict(const torch::Tensor &inputs, std::span<float> probabilities,
                         const ProgressFn &progress, const CancelToken &cancel);
};

// A Learner's engine: TorchLearnerImpl behind the module's interface.
class TorchLearner final : public LearnerEngine {
public:
    explicit TorchLearner(std::unique_ptr<TorchLearnerImpl> impl) : m_impl(std::move(impl)) {}

    Result<TrainingReport> train(const ImageTensorView &images, std::span<const int32_t> labels,
                                 std::span<const float> weights, const ProgressFn &progress,
                                 const CancelToken &cancel) override;
    Result<TrainingReport> train(const FeatureView &features, std::span<const int32_t> labels,
                                 std::span<const float> weights, const ProgressFn &progress,
                                 const CancelToken &cancel) override;
    Result<void> predict(const ImageTensorView &images, std::span<float> probabilities,
                         const ProgressFn &progress, const CancelToken &cancel) override;
    Result<void> predict(const FeatureView &features, std::span<float> probabilities,
                         const ProgressFn &progress, const CancelToken &cancel) override;
    Result<std::vector<uint8_t>> serialize() const override;
    int classCount() const override;
    int inputSize() const override;
    int featureWidth() const override;
    double temperature() const override;
    void setTemperature(double temperature) override;
    bool isTrained() const override;

private:
    std::unique_ptr<TorchLearnerImpl> m_impl;
};

Result<std::unique_ptr<LearnerEngine>> createTorchLearner(int classCount,
                                                          const LearnerConfig &config)
{
    if (classCount < 2) {
        return makeError(ErrorCode::InvalidArgument, "a learner needs at least 2 classes");
    }
    if (config.inputSize < 8 || config.inputSize > 512) {
        return makeError(ErrorCode::InvalidArgument, "learner input size must be 8..512 pixels");
    }
    if (config.featureWidth < 0 || config.featureWidth > 65536) {
        return makeError(ErrorCode::InvalidArgument, "learner feature width must be 0..65536");
    }
    if (config.folds < 1 || config.folds > kMaxFolds) {
        return makeError(ErrorCode::InvalidArgument,
                         "learner folds must be 1.." + std::to_string(kMaxFolds));
    }
    try {
        return std::unique_ptr<LearnerEngine>(
            std::make_unique<TorchLearner>(std::make_unique<TorchLearnerImpl>(classCount, config)));
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Model, std::string("cannot create learner: ") + e.what());
    }
}

namespace {

Result<void> checkWeights(std::span<const float> weights, int64_t count)
{
    if (!weights.empty() && int64_t(weights.size()) != count) {
        return makeError(ErrorCode::InvalidArgument, "training needs one weight per label, or none");
    }
    for (const float w : weights) {
        if (!(w > 0 && w <= 1)) {
            return makeError(ErrorCode::InvalidArgument,
                             "label weights must be above 0 and at most 1, not " + std::to_string(w));
        }
    }
    return {};
}

Result<void> checkLabels(std::span<const int32_t> labels, int64_t count, int classCount)
{
    if (int64_t(labels.size()) != count || count == 0) {
        return makeError(ErrorCode::InvalidArgument,
                         "training needs one label per input, and at least one input");
    }
    for (int32_t label : labels) {
        if (label < 0 || label >= classCount) {
            return makeError(ErrorCode::InvalidArgument,
                             "label " + std::to_string(label) + " is outside 0.." +
                                 std::to_string(classCount - 1));
        }
    }
    return {};
}

}  // namespace

template <typename View>
Result<TrainingReport> TorchLearnerImpl::checkedTrain(const View &view,
                                                   std::span<const int32_t> labels,
                                                   std::span<const float> weights,
                                                   const ProgressFn &progress,
                                                   const CancelToken &cancel)
{
    TRIAGE_TRY(checkInput(view));
    TRIAGE_TRY(checkLabels(labels, view.count, classCount));
    TRIAGE_TRY(checkWeights(weights, view.count));
    try {
        return train(hostTensor(view), labels, weights, progress, cancel);
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Model, std::string("training failed: ") + e.what());
    }
}

Result<TrainingReport> TorchLearner::train(const ImageTensorView &images,
                                      std::span<const int32_t> labels,
                                      std::span<const float> weights, const ProgressFn &progress,
                                      const CancelToken &cancel)
{
    return m_impl->checkedTrain(images, labels, weights, progress, cancel);
}

Result<TrainingReport> TorchLearner::train(const FeatureView &features,
                                      std::span<const int32_t> labels,
                                      std::span<const float> weights, const ProgressFn &progress,
                                      const CancelToken &cancel)
{
    return m_impl->checkedTrain(features, labels, weights, progress, cancel);
}

Result<TrainingReport> TorchLearnerImpl::train(const torch::Tensor &inputs,
                                            std::span<const int32_t> labels,
                                            std::span<const float> weights,
                                            const ProgressFn &progress, const CancelToken &cancel)
{
    const auto started = std::chrono::steady_clock::now();
    std::mt19937_64 rng(config.seed);
    const int64_t count = inputs.size(0);
    std::vector<float> weightOf(weights.begin(), weights.end());
    weightOf.resize(size_t(count), 1.0f);  // no weights: every label a person's

    // Only people's labels (weight 1) are held out: machine labels are trained on by every
    // member, so validation and calibration rest on people alone. People's labels in a
    // seeded random order, sorted by class and dealt round-robin: stratified folds.
    std::vector<int64_t> people;
    for (int64_t i = 0; i < count; ++i) {
        if (weightOf[size_t(i)] >= 1.0f) {
            people.push_back(i);
        }
    }
    std::shuffle(people.begin(), people.end(), rng);
    std::vector<int> foldOf(size_t(count), -1);  // -1: every member trains on it
    int memberCount = 1;
    if (int64_t(people.size()) >= kMinLabelsForValidation) {
        if (config.folds >= 2) {
            memberCount = config.folds;
            std::stable_sort(people.begin(), people.end(),
                             [&](int64_t a, int64_t b) { return labels[size_t(a)] < labels[size_t(b)]; });
            for (size_t j = 0; j < people.size(); ++j) {
                foldOf[size_t(people[j])] = int(j % size_t(memberCount));
            }
        } else {
            // A fixed share, whatever the class count: with many classes a per-class minimum
            // would take most of a small label set away from training.
            const auto held = std::max<int64_t>(
                3, std::llround(double(people.size()) * config.validationFraction));
            for (int64_t j = 0; j < held; ++j) {
                foldOf[size_t(people[size_t(j)])] = 0;
            }
        }
    }

    const auto targets =
        torch::from_blob(const_cast<int32_t *>(labels.data()), {count}, torch::kInt32)
            .to(torch::kInt64);
    const auto weightTensor = torch::from_blob(weightOf.data(), {count}, torch::kFloat32).clone();
    reset(memberCount);
    TrainingReport result;
    result.members = memberCount;
    // With folds, one more model trains on every label for the epochs the fold members
    // stopped at on average, and scores the pool: it is the learner that is kept.
    const bool crossFitted = memberCount >= 2;
    const int progressSteps = memberCount + (crossFitted ? 1 : 0);
    auto asTensor = [](std::vector<int64_t> &v) {
        return torch::from_blob(v.data(), {int64_t(v.size())}, torch::kInt64).clone();
    };
    std::vector<int64_t> heldOutOrder;
    std::vector<torch::Tensor> heldOutLogits;
    double bestEpochs = 0;
    for (int m = 0; m < memberCount; ++m) {
        std::vector<int64_t> trainIndex, heldOutIndex;
        for (int64_t i = 0; i < count; ++i) {
            (foldOf[size_t(i)] == m ? heldOutIndex : trainIndex).push_back(i);
        }
        auto outcome = trainMember(m, inputs, targets, weightTensor,
                                   Split{asTensor(trainIndex), asTensor(heldOutIndex)}, 0,
                                   progressSteps, progress, cancel);
        if (!outcome) {
            return outcome.error();
        }
        result.epochs = std::max(result.epochs, outcome->epochs);
        result.trainCount = std::max<int64_t>(result.trainCount, int64_t(trainIndex.size()));
        bestEpochs += outcome->bestEpoch;
        heldOutOrder.insert(heldOutOrder.end(), heldOutIndex.begin(), heldOutIndex.end());
        heldOutLogits.push_back(outcome->heldOutLogits);
    }
    if (crossFitted) {
        std::vector<int64_t> everything(static_cast<size_t>(count)), none;
        std::iota(everything.begin(), everything.end(), 0);
        members.push_back(makeMember(config.seed + uint64_t(memberCount)));
        const int epochs = std::max(1, int(std::lround(bestEpochs / memberCount)));
        auto final = trainMember(memberCount, inputs, targets, weightTensor,
                                 Split{asTensor(everything), asTensor(none)}, epochs,
                                 progressSteps, progress, cancel);
        if (!final) {
            return final.error();
        }
        members.erase(members.begin(), members.begin() + memberCount);
        result.members = memberCount + 1;
        result.trainCount = count;
    }

    result.device = ml::deviceDescription();
    result.validationCount = int64_t(heldOutOrder.size());
    temperature = 1;
    if (!heldOutOrder.empty()) {
        const auto logits = torch::cat(heldOutLogits);
        const auto heldOutTargets =
            targets.index_select(0, torch::from_blob(heldOutOrder.data(),
                                                     {int64_t(heldOutOrder.size())}, torch::kInt64))
                .to(device);
        temperature = fitTemperature(logits, heldOutTargets);
        result.validationAccuracy =
            logits.argmax(1).eq(heldOutTargets).to(torch::kFloat64).mean().item<double>();
        const auto probabilities =
            torch::softmax(logits / temperature, 1).to(torch::kCPU).contiguous();
        result.outOfFoldIndices = heldOutOrder;
        result.outOfFoldProbabilities.assign(probabilities.data_ptr<float>(),
                                             probabilities.data_ptr<float>() + probabilities.numel());
    }
    trained = true;
    result.temperature = temperature;
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

Result<MemberOutcome> TorchLearnerImpl::trainMember(int memberIndex, const torch::Tensor &inputs,
                                                    const torch::Tensor &targets,
                                                    const torch::Tensor &weights,
                                                    const Split &split, int fixedEpochs,
                                                    int progressSteps, const ProgressFn &progress,
                                                    const CancelToken &cancel)
{
    std::mt19937_64 rng(config.seed * 1000003 + uint64_t(memberIndex));
    Member &member = members[size_t(memberIndex)];
    const auto trainInputs = inputs.index_select(0, split.trainIndex);
    const auto trainTargets = targets.index_select(0, split.trainIndex).to(device);
    const auto trainWeights = weights.index_select(0, split.trainIndex).to(device);
    const auto heldOutInputs = inputs.index_select(0, split.heldOutIndex);
    const auto heldOutTargets = targets.index_select(0, split.heldOutIndex).to(device);
    const int64_t trainCount = trainInputs.size(0);
    const int64_t heldOutCount = heldOutInputs.size(0);
    if (takesFeatures()) {  // standardise with what training sees
        torch::NoGradGuard noGrad;
        member.head->mean.copy_(trainInputs.mean(0).to(device));
        member.head->spread.copy_(
            trainInputs.std(0, /*unbiased=*/false).clamp_min(1e-6).to(device));
    }

    torch::optim::AdamW optimizer(
        member.module().parameters(),
        torch::optim::AdamWOptions(config.learningRate).weight_decay(config.weightDecay));
    const int64_t batchesPerEpoch = (trainCount + config.batchSize - 1) / config.batchSize;
    const int epochLimit =
        fixedEpochs > 0
            ? fixedEpochs
            : int(std::min<int64_t>(kMaxEpochs,
                                    std::max<int64_t>(config.maxEpochs,
                                                      (config.minSteps + batchesPerEpoch - 1) /
                                                          batchesPerEpoch)));
    const int64_t progressTotal = int64_t(progressSteps) * epochLimit;

    // Balanced batches: each item drawn with weight 1 / its class's count.
    torch::Tensor sampleWeights;
    if (config.balancedBatches) {
        const auto hostTargets = trainTargets.to(torch::kCPU);
        const auto counts = torch::bincount(hostTargets, {}, classCount).to(torch::kFloat64);
        sampleWeights = (1.0 / counts.index_select(0, hostTargets));
    }
    double bestLoss = std::numeric_limits<double>::infinity();
    int bestEpoch = 0, epoch = 0;
    auto best = snapshot(member.module());
    for (epoch = 1; epoch <= epochLimit; ++epoch) {
        // Cosine decay over the epoch limit: late epochs take small steps, so the weights
        // early stopping keeps are not the noise of a large learning rate.
        const double lr =
            config.learningRate * 0.5 * (1 + std::cos(std::numbers::pi * (epoch - 1) / epochLimit));
        for (auto &group : optimizer.param_groups()) {
            static_cast<torch::optim::AdamWOptions &>(group.options()).lr(lr);
        }
        member.module().train();
        auto perm = config.balancedBatches
                        ? torch::multinomial(sampleWeights, trainCount, /*replacement=*/true)
                        : torch::randperm(trainCount, torch::TensorOptions().dtype(torch::kInt64));
        for (int64_t b = 0; b < trainCount; b += config.batchSize) {
            if (cancel.isCancelled()) {
                return makeError(ErrorCode::Cancelled, "training cancelled");
            }
            auto idx = perm.narrow(0, b, std::min<int64_t>(config.batchSize, trainCount - b));
            auto x = modelInput(trainInputs.index_select(0, idx), true, rng);
            const auto onDevice = idx.to(device);
            const auto w = trainWeights.index_select(0, onDevice);
            auto loss = (torch::nn::functional::cross_entropy(
                             member.logits(x), trainTargets.index_select(0, onDevice),
                             torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kNone)) *
                         w)
                            .sum() /
                        w.sum();
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
        }
        if (heldOutCount > 0) {
            const double loss = torch::nn::functional::cross_entropy(
                                    logitsOf(member, heldOutInputs), heldOutTargets)
                                    .item<double>();
            if (loss < bestLoss) {
                bestLoss = loss;
                bestEpoch = epoch;
                best = snapshot(member.module());
            } else if ((epoch - bestEpoch) * batchesPerEpoch >= config.patienceSteps &&
                       epoch * batchesPerEpoch >= config.minSteps) {
                break;
            }
        }
        reportProgress(progress, "train", int64_t(memberIndex) * epochLimit + epoch, progressTotal);
    }
    if (heldOutCount > 0) {
        restore(member.module(), best);
    }
    member.module().eval();
    return MemberOutcome{std::min(epoch, epochLimit), heldOutCount > 0 ? bestEpoch : epochLimit,
                         logitsOf(member, heldOutInputs)};
}

Result<void> TorchLearnerImpl::predict(const torch::Tensor &inputs, std::span<float> probabilities,
                                    const ProgressFn &progress, const CancelToken &cancel)
{
    const int64_t count = inputs.size(0);
    if (int64_t(probabilities.size()) != count * classCount) {
        return makeError(ErrorCode::InvalidArgument, "probability buffer has the wrong size");
    }
    try {
        c10::InferenceMode inference;
        for (auto &member : members) {
            member.module().eval();
        }
        std::mt19937_64 unused;
        for (int64_t b = 0; b < count; b += kPredictBatch) {
            if (cancel.isCancelled()) {
                return makeError(ErrorCode::Cancelled, "scoring cancelled");
            }
            const int64_t end = std::min(count, b + kPredictBatch);
            auto x = modelInput(inputs.narrow(0, b, end - b), false, unused);
            // The members' mean logits (a saved learner has one member; the format allows more).
            torch::Tensor sum;
            for (auto &member : members) {
                auto z = scoringLogits(member, x);
                sum = sum.defined() ? sum + z : z;
            }
            auto probs = torch::softmax(sum / (double(members.size()) * temperature), 1)
                             .to(torch::kCPU)
                             .contiguous();
            std::copy_n(probs.data_ptr<float>(), probs.numel(), probabilities.data() + b * classCount);
            reportProgress(progress, "score", end, count);
        }
        return {};
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Model, std::string("scoring failed: ") + e.what());
    }
}

Result<void> TorchLearner::predict(const ImageTensorView &images, std::span<float> probabilities,
                              const ProgressFn &progress, const CancelToken &cancel)
{
    TRIAGE_TRY(m_impl->checkInput(images));
    return m_impl->predict(hostTensor(images), probabilities, progress, cancel);
}

Result<void> TorchLearner::predict(const FeatureView &features, std::span<float> probabilities,
                              const ProgressFn &progress, const CancelToken &cancel)
{
    TRIAGE_TRY(m_impl->checkInput(features));
    return m_impl->predict(hostTensor(features), probabilities, progress, cancel);
}

Result<std::vector<uint8_t>> TorchLearner::serialize() const
{
    try {
        auto &impl = *m_impl;
        torch::serialize::OutputArchive archive;
        archive.write("format", torch::tensor({int64_t(kFormatVersion), int64_t(impl.classCount),
                                               int64_t(impl.config.inputSize),
                                               int64_t(impl.config.featureWidth),
                                               int64_t(impl.members.size()),
                                               int64_t(impl.config.horizontalFlip &&
                                                       impl.config.testTimeFlip)}));
        archive.write("temperature", torch::tensor({impl.temperature}, torch::kFloat64));
        for (size_t m = 0; m < impl.members.size(); ++m) {
            auto &module = impl.members[m].module();
            torch::serialize::OutputArchive memberArchive;
            module.to(torch::kCPU);
            module.save(memberArchive);
            module.to(impl.device);
            archive.write("member" + std::to_string(m), memberArchive);
        }
        std::ostringstream out;
        archive.save_to(out);
        const std::string bytes = out.str();
        return std::vector<uint8_t>(bytes.begin(), bytes.end());
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Model, std::string("cannot save learner: ") + e.what());
    }
}

Result<std::unique_ptr<LearnerEngine>> loadTorchLearner(const std::vector<uint8_t> &bytes)
{
    try {
        std::istringstream in(std::string(bytes.begin(), bytes.end()));
        torch::serialize::InputArchive archive;
        archive.load_from(in);
        torch::Tensor format, temperature;
        archive.read("format", format);
        archive.read("temperature", temperature);
        // Version 1 (image learners only) has no feature width; 1 and 2 hold one member,
        // saved at the top of the archive.
        const int64_t version = format.numel() > 0 ? format[0].item<int64_t>() : 0;
        const bool known = (format.numel() == 3 && version == 1) ||
                           (format.numel() == 4 && version == 2) ||
                           (format.numel() == 6 && version == kFormatVersion);
        if (!known) {
            return makeError(ErrorCode::UnsupportedVersion, "saved learner has an unknown format");
        }
        LearnerConfig config;
        config.inputSize = int(format[2].item<int64_t>());
        config.featureWidth = format.numel() >= 4 ? int(format[3].item<int64_t>()) : 0;
        const int64_t memberCount = version == kFormatVersion ? format[4].item<int64_t>() : 1;
        // Older learners scored without mirroring.
        config.testTimeFlip = version == kFormatVersion && format[5].item<int64_t>() != 0;
        if (memberCount < 1 || memberCount > kMaxFolds) {
            return makeError(ErrorCode::CorruptData, "saved learner has " +
                                                         std::to_string(memberCount) + " members");
        }
        auto impl = std::make_unique<TorchLearnerImpl>(int(format[1].item<int64_t>()), config);
        impl->reset(int(memberCount));
        for (int64_t m = 0; m < memberCount; ++m) {
            auto &module = impl->members[size_t(m)].module();
            module.to(torch::kCPU);
            if (version < kFormatVersion) {
                module.load(archive);
            } else {
                torch::serialize::InputArchive memberArchive;
                archive.read("member" + std::to_string(m), memberArchive);
                module.load(memberArchive);
            }
            module.to(impl->device);
            module.eval();
        }
        impl->temperature = temperature.item<double>();
        impl->trained = true;
        return std::unique_ptr<LearnerEngine>(std::make_unique<TorchLearner>(std::move(impl)));
    } catch (const std::exception &e) {
        return makeError(ErrorCode::CorruptData,
                         std::string("cannot load saved learner: ") + e.what());
    }
}

int TorchLearner::classCount() const
{
    return m_impl->classCount;
}
int TorchLearner::inputSize() const
{
    return m_impl->config.inputSize;
}
int TorchLearner::featureWidth() const
{
    return m_impl->config.featureWidth;
}
double TorchLearner::temperature() const
{
    return m_impl->temperature;
}
void TorchLearner::setTemperature(double temperature)
{
    m_impl->temperature = temperature;
}
bool TorchLearner::isTrained() const
{
    return m_impl->trained;
}

}  // namespace triage
