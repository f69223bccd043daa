#include "autolabeler.h"

#include "routing.h"

#include <map>

namespace triage {

AutoLabeler::AutoLabeler(ProjectStore &store, AutoLabelOptions options)
    : m_store(store), m_options(std::move(options)), m_cache(m_options.learner.inputSize)
{
}

Result<AutoLabelReport> AutoLabeler::run(const ProgressFn &progress, const CancelToken &cancel)
{
    AutoLabelReport result;
    const auto &classes = m_store.classes();
    std::map<int64_t, int32_t> positionOf;
    for (const auto &c : classes) {
        positionOf[c.id] = c.position;
    }

    auto pixelLimit = m_store.settings().pixelLimit();
    if (!pixelLimit) {
        return pixelLimit.error();
    }
    m_source.setPixelLimit(*pixelLimit);
    auto failures = m_cache.update(m_store, m_source, progress, cancel);
    if (!failures) {
        return failures.error();
    }
    for (const auto &failure : *failures) {
        TRIAGE_TRY(m_store.items().markFailed(failure.itemId, failure.reason));
    }
    result.newlyFailed = int64_t(failures->size());

    auto labels = m_store.decisions().humanLabels();
    if (!labels) {
        return labels.error();
    }
    std::vector<int64_t> trainIds;
    std::vector<int32_t> trainLabels;
    std::vector<int64_t> perClass(classes.size(), 0);
    for (const auto &label : *labels) {
        if (m_cache.contains(label.itemId)) {
            trainIds.push_back(label.itemId);
            trainLabels.push_back(positionOf.at(label.classId));
            ++perClass[size_t(trainLabels.back())];
        }
    }
    result.humanLabels = int64_t(trainIds.size());
    const auto classesWithLabels =
        std::count_if(perClass.begin(), perClass.end(), [](int64_t n) { return n > 0; });
    if (result.humanLabels < m_options.minLabelsToTrain || classesWithLabels < 2) {
        return makeError(ErrorCode::NotReady,
                         "not enough labels to train: " + std::to_string(result.humanLabels) +
                             " usable human labels in " + std::to_string(classesWithLabels) +
                             " classes; need at least " +
                             std::to_string(m_options.minLabelsToTrain) +
                             " in 2 or more classes (review some items first)");
    }

    auto learner = Learner::create(int(classes.size()), m_options.learner);
    if (!learner) {
        return learner.error();
    }
    const std::vector<uint8_t> trainPixels = m_cache.gather(trainIds);
    const ImageTensorView trainView{trainPixels.data(), int64_t(trainIds.size()), 3,
                                    m_cache.inputSize(), m_cache.inputSize()};
    auto training = learner->train(trainView, trainLabels, progress, cancel);
    if (!training) {
        return training.error();
    }
    result.training = *training;

    const ImageTensorView pool = m_cache.view();
    std::vector<float> probabilities(size_t(pool.count) * classes.size());
    TRIAGE_TRY(learner->predict(pool, probabilities, progress, cancel));
    result.scored = pool.count;

    auto weights = learner->serialize();
    if (!weights) {
        return weights.error();
    }
    ModelVersionInput version;
    version.humanLabels = result.humanLabels;
    version.validationAccuracy = training->validationAccuracy;
    version.temperature = training->temperature;
    version.device = training->device;
    version.weights = std::move(*weights);
    auto versionId = m_store.models().add(version);
    if (!versionId) {
        return versionId.error();
    }
    result.modelVersionId = *versionId;
    reportProgress(progress, "store", 0, pool.count);
    TRIAGE_TRY(m_store.predictions().store(*versionId, m_cache.itemIds(), probabilities));

    auto policy = m_store.settings().routingPolicy();
    if (!policy) {
        return policy.error();
    }
    const auto routes = planRoutes(m_cache.itemIds(), probabilities, classes, perClass, *policy);
    auto routing = m_store.decisions().applyRoutes(*versionId, routes);
    if (!routing) {
        return routing.error();
    }
    result.routing = *routing;
    // Only now, with every prediction and route stored, does this version become current.
    TRIAGE_TRY(m_store.models().complete(*versionId));
    reportProgress(progress, "store", pool.count, pool.count);
    return result;
}

}  // namespace triage
