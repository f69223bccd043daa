#include "autolabeler.h"

#include "routing.h"

#include <algorithm>
#include <map>

namespace triage {

AutoLabeler::AutoLabeler(AutoLabelOptions options)
    : m_options(std::move(options)), m_cache(m_options.learner.inputSize)
{
}

Result<AutoLabelReport> AutoLabeler::run(ProjectStore &store, const ProgressFn &progress,
                                         const CancelToken &cancel)
{
    AutoLabelReport report;
    auto trained = train(store, report, progress, cancel);
    if (!trained) {
        return trained.error();
    }
    auto scores = score(store, *trained, report, progress, cancel);
    if (!scores) {
        return scores.error();
    }
    TRIAGE_TRY(route(store, combine(*scores), *trained, report));
    reportProgress(progress, "store", report.scored, report.scored);
    return report;
}

// Decodes the items new since the last round; items that stopped decoding are marked failed.
Result<void> AutoLabeler::refreshPool(ProjectStore &store, AutoLabelReport &report,
                                      const ProgressFn &progress, const CancelToken &cancel)
{
    auto pixelLimit = store.settings().pixelLimit();
    if (!pixelLimit) {
        return pixelLimit.error();
    }
    const int64_t before = cachedItems();
    auto failures = m_cache.update(store, *imageSourceFor(*pixelLimit), progress, cancel);
    if (!failures) {
        return failures.error();
    }
    for (const auto &failure : *failures) {
        TRIAGE_TRY(store.items().markFailed(failure.itemId, failure.reason));
    }
    report.newlyFailed = int64_t(failures->size());
    report.decoded = cachedItems() - before + report.newlyFailed;
    m_decodedTotal += report.decoded;
    return {};
}

Result<AutoLabeler::Trained> AutoLabeler::train(ProjectStore &store, AutoLabelReport &report,
                                                const ProgressFn &progress,
                                                const CancelToken &cancel)
{
    TRIAGE_TRY(refreshPool(store, report, progress, cancel));
    const auto &classes = store.classes();
    std::map<int64_t, int32_t> positionOf;
    for (const auto &c : classes) {
        positionOf[c.id] = c.position;
    }
    auto labels = store.decisions().humanLabels();
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
    report.humanLabels = int64_t(trainIds.size());
    const auto classesWithLabels =
        std::count_if(perClass.begin(), perClass.end(), [](int64_t n) { return n > 0; });
    if (report.humanLabels < m_options.minLabelsToTrain || classesWithLabels < 2) {
        return makeError(ErrorCode::NotReady,
                         "not enough labels to train: " + std::to_string(report.humanLabels) +
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
    const ImageTensorView trainView{trainPixels.data(), int64_t(trainIds.size()),
                                    Learner::kInputChannels, m_cache.inputSize(),
                                    m_cache.inputSize()};
    auto training = learner->train(trainView, trainLabels, progress, cancel);
    if (!training) {
        return training.error();
    }
    report.training = *training;
    return Trained{std::move(*learner), std::move(perClass)};
}

// Scores the pool and stores the round as an incomplete model version with its predictions.
Result<ScoreTable> AutoLabeler::score(ProjectStore &store, Trained &trained,
                                      AutoLabelReport &report, const ProgressFn &progress,
                                      const CancelToken &cancel)
{
    ScoreTable scores(m_cache.itemIds(), store.classes().size());
    TRIAGE_TRY(trained.learner.predict(m_cache.view(), scores.probabilities(), progress, cancel));
    report.scored = int64_t(scores.itemIds().size());

    auto weights = trained.learner.serialize();
    if (!weights) {
        return weights.error();
    }
    ModelVersionInput version;
    version.humanLabels = report.humanLabels;
    version.validationAccuracy = report.training.validationAccuracy;
    version.temperature = report.training.temperature;
    version.device = report.training.device;
    version.weights = std::move(*weights);
    auto versionId = store.models().add(version);
    if (!versionId) {
        return versionId.error();
    }
    report.modelVersionId = *versionId;
    scores.setModelVersionId(*versionId);
    reportProgress(progress, "store", 0, report.scored);
    TRIAGE_TRY(store.predictions().store(*versionId, scores.itemIds(), scores.probabilities()));
    return scores;
}

const ProbabilitySource &AutoLabeler::combine(const ScoreTable &learnerScores) const
{
    return learnerScores;  // one source of votes so far: the learner
}

Result<void> AutoLabeler::route(ProjectStore &store, const ProbabilitySource &scores,
                                const Trained &trained, AutoLabelReport &report)
{
    auto policy = store.settings().routingPolicy();
    if (!policy) {
        return policy.error();
    }
    const auto routes = planRoutes(scores, store.classes(), trained.labelsByPosition, *policy);
    auto routing = store.decisions().applyRoutes(scores.modelVersionId(), routes);
    if (!routing) {
        return routing.error();
    }
    report.routing = *routing;
    // Only now, with every prediction and route stored, does this version become current;
    // the rounds nothing points to any more give their predictions back.
    TRIAGE_TRY(store.models().complete(scores.modelVersionId()));
    auto pruned = store.predictions().prune();
    if (!pruned) {
        return pruned.error();
    }
    report.predictionsPruned = *pruned;
    return {};
}

}  // namespace triage
