#include "learner.h"

#include "torchmodule.h"

namespace triage {

Learner::Learner(std::unique_ptr<LearnerEngine> engine) : m_engine(std::move(engine)) {}
Learner::Learner(Learner &&) noexcept = default;
Learner &Learner::operator=(Learner &&) noexcept = default;
Learner::~Learner() = default;

Result<Learner> Learner::create(int classCount, const LearnerConfig &config)
{
    auto module = torchModule();
    if (!module) {
        return module.error();
    }
    auto engine = (*module)->createLearner(classCount, config);
    if (!engine) {
        return engine.error();
    }
    return Learner(std::move(*engine));
}

Result<Learner> Learner::deserialize(const std::vector<uint8_t> &bytes)
{
    auto module = torchModule();
    if (!module) {
        return module.error();
    }
    auto engine = (*module)->loadLearner(bytes);
    if (!engine) {
        return engine.error();
    }
    return Learner(std::move(*engine));
}

Result<TrainingReport> Learner::train(const ImageTensorView &images,
                                      std::span<const int32_t> labels,
                                      std::span<const float> weights, const ProgressFn &progress,
                                      const CancelToken &cancel)
{
    return m_engine->train(images, labels, weights, progress, cancel);
}

Result<TrainingReport> Learner::train(const FeatureView &features,
                                      std::span<const int32_t> labels,
                                      std::span<const float> weights, const ProgressFn &progress,
                                      const CancelToken &cancel)
{
    return m_engine->train(features, labels, weights, progress, cancel);
}

Result<void> Learner::predict(const ImageTensorView &images, std::span<float> probabilities,
                              const ProgressFn &progress, const CancelToken &cancel)
{
    return m_engine->predict(images, probabilities, progress, cancel);
}

Result<void> Learner::predict(const FeatureView &features, std::span<float> probabilities,
                              const ProgressFn &progress, const CancelToken &cancel)
{
    return m_engine->predict(features, probabilities, progress, cancel);
}

Result<std::vector<uint8_t>> Learner::serialize() const
{
    return m_engine->serialize();
}

int Learner::classCount() const
{
    return m_engine->classCount();
}

int Learner::inputSize() const
{
    return m_engine->inputSize();
}

int Learner::featureWidth() const
{
    return m_engine->featureWidth();
}

double Learner::temperature() const
{
    return m_engine->temperature();
}

Result<void> Learner::setTemperature(double temperature)
{
    if (!(temperature > 0 && temperature <= 1e6)) {
        return makeError(ErrorCode::InvalidArgument,
                         "a temperature must be above 0 and at most 1e6, not " +
                             std::to_string(temperature));
    }
    m_engine->setTemperature(temperature);
    return {};
}

bool Learner::isTrained() const
{
    return m_engine->isTrained();
}

}  // namespace triage
