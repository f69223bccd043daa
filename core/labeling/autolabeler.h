#pragma once
// AutoLabeler: the auto-label round, in four steps that each hand the next what it needs:
//   train   - the learner, from every human and imported label (new images decoded first);
//   score   - calibrated probabilities for every usable item, stored as a model version
//             (the temperature refitted with people's labels weighted to the pool's spread
//             of confidence, calibration.h);
//             for an item people labelled, the out-of-fold probabilities of the member
//             that did not train on it, so everything downstream (thresholds, suspect
//             labels, the label model's evidence) sees honest, out-of-sample scores;
//   combine - the probabilities routing reads: the label model's over every enabled
//             labeling function's votes, the learner's among them (labelcombiner.h), or
//             the learner's own when no other function voted;
//   route   - confident items auto-accepted, the rest queued in the sampling strategy's order.
// An AutoLabeler lives as long as its project is open: it keeps the decoded pool (PoolCache)
// across rounds, so a retrain re-reads no image file it has read before.
// With a backbone set (settings().backbone(), an embedder of the project), the learner is
// a head trained on the embedder's stored features instead, and the pool is the items the
// embedder has scored (AutoLabelJob scores the missing ones first).
//
// Threads: one round at a time, on a worker thread; the store is that thread's connection.
#include "imagesource.h"
#include "labelcombiner.h"
#include "learner.h"
#include "poolcache.h"
#include "probabilitysource.h"
#include "progress.h"
#include "projectstore.h"

#include <optional>
#include <unordered_map>

namespace triage {

// Fewer out-of-fold labels than this: the learner's own temperature stands.
constexpr int64_t kMinLabelsToRecalibrate = 50;

struct AutoLabelOptions {
    LearnerConfig learner;
    int minLabelsToTrain = 10;  // fewer human labels than this: nothing to learn from yet
};

struct AutoLabelReport {
    int64_t modelVersionId = 0;
    int64_t humanLabels = 0;
    int64_t labelModelLabels = 0;  // the label model's confident labels trained on as well
    int64_t scored = 0;
    int64_t decoded = 0;         // images read this round (new to the pool)
    int64_t fromInputCache = 0;  // of them, read from the project's input cache
    std::string inputCacheNote;  // why there was no input cache, if there was none
    int64_t newlyFailed = 0;  // items that no longer decode
    int64_t predictionsPruned = 0;
    std::string backbone;  // "" when the learner learned from pixels
    TrainingReport training;
    std::optional<CombineReport> labelModel;  // when labeling functions voted besides the learner
    RoutingSummary routing;
};

class AutoLabeler {
public:
    explicit AutoLabeler(AutoLabelOptions options = {});

    // One whole round: train, score, combine, route. NotReady while too few labels exist.
    Result<AutoLabelReport> run(ProjectStore &store, const ProgressFn &progress,
                                const CancelToken &cancel);

    // The steps, for callers that put something between them.
    struct Trained {
        Learner learner;
        std::vector<int64_t> labelsByPosition;  // human and import labels per class
        // People's labels with their out-of-fold probabilities (classCount each): what the
        // round stores for those items instead of the ensemble's in-sample scores.
        std::vector<int64_t> outOfFoldItems;
        std::vector<int32_t> outOfFoldLabels;  // their class positions
        std::vector<float> outOfFoldProbabilities;
    };
    Result<Trained> train(ProjectStore &store, AutoLabelReport &report,
                          const ProgressFn &progress, const CancelToken &cancel);
    Result<ScoreTable> score(ProjectStore &store, Trained &trained, AutoLabelReport &report,
                             const ProgressFn &progress, const CancelToken &cancel);
    Result<std::optional<CombinedLabels>> combine(ProjectStore &store,
                                                  const ScoreTable &learnerScores,
                                                  AutoLabelReport &report,
                                                  const ProgressFn &progress,
                                                  const CancelToken &cancel);
    Result<void> route(ProjectStore &store, const ProbabilitySource &scores,
                       const std::vector<int64_t> &labelsByPosition,
                       std::span<const uint8_t> conflicts, AutoLabelReport &report);

    // Images read over this labeler's life: each once, however many rounds ran.
    int64_t decodedTotal() const { return m_decodedTotal; }

private:
    Result<void> refreshPool(ProjectStore &store, AutoLabelReport &report,
                             const ProgressFn &progress, const CancelToken &cancel);

    // The round's inputs: the pool's item ids, and each one's features when a backbone is set.
    const std::vector<int64_t> &poolIds() const;
    // Refits the temperature on the out-of-fold labels weighted to the pool's spread of
    // confidence (calibration.h), and applies it to the round's scores and the learner.
    Result<void> recalibrateForThePool(Trained &trained, ScoreTable &scores) const;
    // The pool's clustering features (coldstart.h), in poolIds() order.
    std::vector<float> poolFeatures() const;
    // The cold start's rank of each item of `scores` (1 for one outside the pool).
    std::vector<double> typicalityOf(const ProbabilitySource &scores) const;
    // The diverse strategy's rank of each item of `scores` (diversity.h).
    Result<std::vector<double>> diversityOf(ProjectStore &store,
                                            const ProbabilitySource &scores) const;
    bool inPool(int64_t itemId) const;

    AutoLabelOptions m_options;
    PoolCache m_cache;
    ModelOutputTable m_features;  // the backbone's, re-read each round; empty without one
    std::unordered_map<int64_t, size_t> m_featureRow;
    int64_t m_decodedTotal = 0;
};

// Plans and applies the routes of `scores` (a learner's or a label model's round) and makes
// that round complete: what every round ends with, with or without a learner.
// `queueOrder`: the queue's order instead of the strategy's (routing.h), or empty.
// The round's statistics are recorded with it (roundstats.h); `features`, the backbone's
// embeddings of the pool, adds the new imports' feature shift.
Result<RoutingSummary> routeScores(ProjectStore &store, const ProbabilitySource &scores,
                                   const std::vector<int64_t> &labelsByPosition,
                                   std::span<const uint8_t> conflicts,
                                   std::span<const double> queueOrder = {},
                                   const ModelOutputTable *features = nullptr);

}  // namespace triage
