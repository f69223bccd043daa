#include "autolabeler.h"

#include "calibration.h"
#include "coldstart.h"
#include "diversity.h"
#include "labelcombiner.h"
#include "precisiontarget.h"
#include "roundstats.h"
#include "routing.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

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
    auto combined = combine(store, *scores, report, progress, cancel);
    if (!combined) {
        return combined.error();
    }
    if (*combined) {
        TRIAGE_TRY(route(store, (*combined)->scores, trained->labelsByPosition,
                         (*combined)->conflicts, report));
    } else {
        TRIAGE_TRY(route(store, *scores, trained->labelsByPosition, {}, report));
    }
    // Only now, with every prediction and route stored, does this round become current;
    // the rounds nothing points to any more give their predictions back.
    TRIAGE_TRY(store.models().complete(scores->modelVersionId()));
    auto pruned = store.predictions().prune();
    if (!pruned) {
        return pruned.error();
    }
    report.predictionsPruned = *pruned;
    reportProgress(progress, "store", report.scored, report.scored);
    return report;
}

const std::vector<int64_t> &AutoLabeler::poolIds() const
{
    return m_features.itemIds.empty() ? m_cache.itemIds() : m_features.itemIds;
}

bool AutoLabeler::inPool(int64_t itemId) const
{
    return m_features.itemIds.empty() ? m_cache.contains(itemId) : m_featureRow.count(itemId) > 0;
}

// With a backbone: its stored features. Without: decodes the items new since the last
// round; items that stopped decoding are marked failed.
Result<void> AutoLabeler::refreshPool(ProjectStore &store, AutoLabelReport &report,
                                      const ProgressFn &progress, const CancelToken &cancel)
{
    auto backbone = store.settings().backbone();
    if (!backbone) {
        return backbone.error();
    }
    report.backbone = *backbone;
    m_features = {};
    m_featureRow.clear();
    if (!backbone->empty()) {
        auto model = store.projectModels().byName(*backbone);
        if (!model) {
            return model.error();
        }
        if (!model->has_value() || (*model)->kind != ModelKind::Embedder) {
            return makeError(ErrorCode::NotFound,
                             "the learner's backbone '" + *backbone +
                                 "' is not an embedder of the project (autolabel --backbone "
                                 "pixels learns from pixels)");
        }
        auto features = store.projectModels().outputs((*model)->id);
        if (!features) {
            return features.error();
        }
        if (features->itemIds.empty()) {
            return makeError(ErrorCode::NotReady, "the backbone '" + *backbone +
                                                      "' has scored no items yet (model score)");
        }
        m_features = std::move(*features);
        for (size_t row = 0; row < m_features.itemIds.size(); ++row) {
            m_featureRow[m_features.itemIds[row]] = row;
        }
        return {};
    }
    auto pixelLimit = store.settings().pixelLimit();
    if (!pixelLimit) {
        return pixelLimit.error();
    }
    auto update = m_cache.update(store, *imageSourceFor(*pixelLimit), progress, cancel);
    if (!update) {
        return update.error();
    }
    for (const auto &failure : update->failures) {
        TRIAGE_TRY(store.items().markFailed(failure.itemId, failure.reason));
    }
    report.newlyFailed = int64_t(update->failures.size());
    report.decoded = update->added + report.newlyFailed;
    report.fromInputCache = update->fromCache;
    report.inputCacheNote = update->cacheNote;
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
    std::vector<float> trainWeights;
    std::vector<int64_t> perClass(classes.size(), 0);
    for (const auto &label : *labels) {
        if (inPool(label.itemId)) {
            trainIds.push_back(label.itemId);
            trainLabels.push_back(positionOf.at(label.classId));
            trainWeights.push_back(1.0f);
            ++perClass[size_t(trainLabels.back())];
        }
    }
    report.humanLabels = int64_t(trainIds.size());
    // The label model's confident labels teach the learner too, weighed by their
    // confidence: heuristics cover what people have not labelled yet.
    auto confident = store.decisions().labelModelLabels();
    if (!confident) {
        return confident.error();
    }
    for (const auto &label : *confident) {
        if (inPool(label.itemId)) {
            trainIds.push_back(label.itemId);
            trainLabels.push_back(positionOf.at(label.classId));
            trainWeights.push_back(std::clamp(float(label.confidence), 0.01f, 0.999f));
            ++report.labelModelLabels;
        }
    }
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
    LearnerConfig config = m_options.learner;
    config.featureWidth = m_features.width;
    auto learner = Learner::create(int(classes.size()), config);
    if (!learner) {
        return learner.error();
    }
    Result<TrainingReport> training = TrainingReport{};
    if (m_features.width > 0) {
        std::vector<float> trainFeatures;
        trainFeatures.reserve(trainIds.size() * size_t(m_features.width));
        for (const int64_t id : trainIds) {
            const auto row = m_features.values.begin() +
                             long(m_featureRow.at(id) * size_t(m_features.width));
            trainFeatures.insert(trainFeatures.end(), row, row + m_features.width);
        }
        training = learner->train(
            FeatureView{trainFeatures.data(), int64_t(trainIds.size()), m_features.width},
            trainLabels, trainWeights, progress, cancel);
    } else {
        const std::vector<uint8_t> trainPixels = m_cache.gather(trainIds);
        const ImageTensorView trainView{trainPixels.data(), int64_t(trainIds.size()),
                                        Learner::kInputChannels, m_cache.inputSize(),
                                        m_cache.inputSize()};
        training = learner->train(trainView, trainLabels, trainWeights, progress, cancel);
    }
    if (!training) {
        return training.error();
    }
    report.training = *training;
    std::vector<int64_t> outOfFoldItems;
    std::vector<int32_t> outOfFoldLabels;
    for (const int64_t index : training->outOfFoldIndices) {
        outOfFoldItems.push_back(trainIds[size_t(index)]);
        outOfFoldLabels.push_back(trainLabels[size_t(index)]);
    }
    return Trained{std::move(*learner), std::move(perClass), std::move(outOfFoldItems),
                   std::move(outOfFoldLabels), training->outOfFoldProbabilities};
}

Result<void> AutoLabeler::recalibrateForThePool(Trained &trained, ScoreTable &scores) const
{
    if (int64_t(trained.outOfFoldLabels.size()) < kMinLabelsToRecalibrate) {
        return {};
    }
    const int classCount = int(scores.classCount());
    const std::unordered_set<int64_t> labelled(trained.outOfFoldItems.begin(),
                                               trained.outOfFoldItems.end());
    std::vector<float> unlabelled;
    for (size_t row = 0; row < scores.itemIds().size(); ++row) {
        if (labelled.count(scores.itemIds()[row]) == 0) {
            const auto values = scores.row(row);
            unlabelled.insert(unlabelled.end(), values.begin(), values.end());
        }
    }
    if (unlabelled.empty()) {
        return {};
    }
    const auto weights =
        confidenceShiftWeights(trained.outOfFoldProbabilities, unlabelled, classCount);
    const double t = fitTemperature(trained.outOfFoldProbabilities, classCount,
                                    trained.outOfFoldLabels, weights);
    // p^(1/t) renormalised of softmax(z / T) is softmax(z / (T t)): the learner, saved
    // with that temperature, scores later items as this round scored the pool.
    TRIAGE_TRY(trained.learner.setTemperature(trained.learner.temperature() * t));
    applyTemperature(scores.probabilities(), classCount, t);
    applyTemperature(trained.outOfFoldProbabilities, classCount, t);
    return {};
}

// Scores the pool and stores the round as an incomplete model version with its predictions.
Result<ScoreTable> AutoLabeler::score(ProjectStore &store, Trained &trained,
                                      AutoLabelReport &report, const ProgressFn &progress,
                                      const CancelToken &cancel)
{
    ScoreTable scores(poolIds(), store.classes().size());
    if (m_features.width > 0) {
        const FeatureView all{m_features.values.data(), int64_t(m_features.itemIds.size()),
                              m_features.width};
        TRIAGE_TRY(trained.learner.predict(all, scores.probabilities(), progress, cancel));
    } else {
        TRIAGE_TRY(trained.learner.predict(m_cache.view(), scores.probabilities(), progress, cancel));
    }
    report.scored = int64_t(scores.itemIds().size());
    TRIAGE_TRY(recalibrateForThePool(trained, scores));
    report.training.temperature = trained.learner.temperature();
    if (!trained.outOfFoldItems.empty()) {
        std::unordered_map<int64_t, size_t> rowOf;
        for (size_t row = 0; row < scores.itemIds().size(); ++row) {
            rowOf.emplace(scores.itemIds()[row], row);
        }
        const size_t classCount = scores.classCount();
        for (size_t i = 0; i < trained.outOfFoldItems.size(); ++i) {
            const auto found = rowOf.find(trained.outOfFoldItems[i]);
            if (found != rowOf.end()) {
                std::copy_n(trained.outOfFoldProbabilities.begin() + long(i * classCount),
                            classCount,
                            scores.probabilities().begin() + long(found->second * classCount));
            }
        }
    }

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

Result<std::optional<CombinedLabels>> AutoLabeler::combine(ProjectStore &store,
                                                          const ScoreTable &learnerScores,
                                                          AutoLabelReport &report,
                                                          const ProgressFn &progress,
                                                          const CancelToken &cancel)
{
    auto lfs = enabledLabelingFunctions(store);
    if (!lfs) {
        return lfs.error();
    }
    TRIAGE_TRY(refreshPoolVotes(store, *lfs, &learnerScores, progress, cancel));
    auto combined = combineVotes(store);
    if (combined && *combined) {
        report.labelModel = (*combined)->report;
    }
    return combined;
}

std::vector<float> AutoLabeler::poolFeatures() const
{
    const auto &ids = poolIds();
    return m_features.width > 0 ? clusteringFeatures(FeatureView{m_features.values.data(),
                                                                 int64_t(ids.size()),
                                                                 m_features.width})
                                : clusteringFeatures(m_cache.view());
}

namespace {

// Ranks of the pool's items (in `poolIds` order) in the order of `scores`' items; 1 for an
// item outside the pool.
std::vector<double> inScoresOrder(const std::vector<int64_t> &poolIds,
                                  const std::vector<double> &ranks,
                                  const ProbabilitySource &scores)
{
    std::unordered_map<int64_t, double> rankOf;
    for (size_t i = 0; i < poolIds.size(); ++i) {
        rankOf.emplace(poolIds[i], ranks[i]);
    }
    std::vector<double> ordered;
    for (const int64_t id : scores.itemIds()) {
        const auto found = rankOf.find(id);
        ordered.push_back(found == rankOf.end() ? 1.0 : found->second);
    }
    return ordered;
}

}  // namespace

std::vector<double> AutoLabeler::typicalityOf(const ProbabilitySource &scores) const
{
    const auto &ids = poolIds();
    const auto features = poolFeatures();
    const int width = int(features.size() / std::max<size_t>(1, ids.size()));
    // Five clusters a class: the kinds of picture within each class, too.
    const auto ranks = typicalityRanks(features, int64_t(ids.size()), width,
                                       int(scores.classCount()) * 5, m_options.learner.seed);
    return inScoresOrder(ids, ranks, scores);
}

Result<std::vector<double>> AutoLabeler::diversityOf(ProjectStore &store,
                                                     const ProbabilitySource &scores) const
{
    auto labels = store.decisions().humanLabels();
    if (!labels) {
        return labels.error();
    }
    std::unordered_set<int64_t> labelledIds;
    for (const auto &label : *labels) {
        labelledIds.insert(label.itemId);
    }
    std::unordered_map<int64_t, size_t> scoreRow;
    for (size_t i = 0; i < scores.itemIds().size(); ++i) {
        scoreRow.emplace(scores.itemIds()[i], i);
    }
    // Pool items: those without a score (failed since) count as labelled, never picked.
    const auto &ids = poolIds();
    std::vector<double> uncertainty(ids.size(), 1.0);
    std::vector<uint8_t> labelled(ids.size(), 1);
    for (size_t i = 0; i < ids.size(); ++i) {
        const auto found = scoreRow.find(ids[i]);
        if (found != scoreRow.end()) {
            uncertainty[i] = informativeness(scores.row(found->second), SamplingStrategy::Diverse);
            labelled[i] = labelledIds.count(ids[i]) > 0 ? 1 : 0;
        }
    }
    const auto features = poolFeatures();
    const int width = int(features.size() / std::max<size_t>(1, ids.size()));
    const auto ranks = diverseRanks(features, width, uncertainty, labelled,
                                    diversePicks(int64_t(ids.size())));
    return inScoresOrder(ids, ranks, scores);
}

Result<void> AutoLabeler::route(ProjectStore &store, const ProbabilitySource &scores,
                                const std::vector<int64_t> &labelsByPosition,
                                std::span<const uint8_t> conflicts, AutoLabelReport &report)
{
    auto policy = store.settings().routingPolicy();
    if (!policy) {
        return policy.error();
    }
    std::vector<double> queueOrder;  // empty: the strategy's informativeness
    if (inColdStart(*policy, labelsByPosition)) {
        queueOrder = typicalityOf(scores);
    } else if (policy->strategy == SamplingStrategy::Diverse) {
        auto spread = diversityOf(store, scores);
        if (!spread) {
            return spread.error();
        }
        queueOrder = std::move(*spread);
    }
    auto routing = routeScores(store, scores, labelsByPosition, conflicts, queueOrder,
                               m_features.itemIds.empty() ? nullptr : &m_features);
    if (!routing) {
        return routing.error();
    }
    report.routing = *routing;
    return {};
}

Result<RoutingSummary> routeScores(ProjectStore &store, const ProbabilitySource &scores,
                                   const std::vector<int64_t> &labelsByPosition,
                                   std::span<const uint8_t> conflicts,
                                   std::span<const double> queueOrder,
                                   const ModelOutputTable *features)
{
    auto policy = store.settings().routingPolicy();
    if (!policy) {
        return policy.error();
    }
    std::optional<ClassRouting> perClass;  // none: the policy's one threshold
    if (policy->targetPrecision > 0) {
        auto labels = store.decisions().humanLabels();
        if (!labels) {
            return labels.error();
        }
        std::unordered_map<int64_t, int64_t> labelOf;
        for (const auto &label : *labels) {
            labelOf.emplace(label.itemId, label.classId);
        }
        const auto chosen =
            classThresholds(scores, store.classes(), labelOf, policy->targetPrecision);
        TRIAGE_TRY(store.models().storeThresholds(scores.modelVersionId(), chosen));
        perClass = classRouting(chosen, scores, labelOf, policy->auditShare);
    }
    const auto routes = planRoutes(scores, store.classes(), labelsByPosition, *policy, conflicts,
                                   perClass ? &*perClass : nullptr, queueOrder);
    auto routing = store.decisions().applyRoutes(scores.modelVersionId(), routes);
    if (!routing) {
        return routing.error();
    }
    auto recorded = recordRoundStats(store, scores, *routing, features);
    if (!recorded) {
        return recorded.error();
    }
    TRIAGE_TRY(store.models().complete(scores.modelVersionId()));
    return *routing;
}

}  // namespace triage
