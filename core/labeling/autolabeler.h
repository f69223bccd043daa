#pragma once
// AutoLabeler: one round of automatic labeling. Trains the learner on every human and
// imported label, scores every usable item, stores the model version and predictions,
// and routes: confident items are auto-accepted, the rest queued least confident first.
// Keeps decoded pixels across rounds (PoolCache), so repeated rounds are cheap.
//
// Threads: run() blocks; call it from a worker thread that owns `store`.
#include "imagesource.h"
#include "learner.h"
#include "poolcache.h"
#include "progress.h"
#include "projectstore.h"

namespace triage {

struct AutoLabelOptions {
    LearnerConfig learner;
    int minLabelsToTrain = 10;  // fewer human labels than this: nothing to learn from yet
};

struct AutoLabelReport {
    int64_t modelVersionId = 0;
    int64_t humanLabels = 0;
    int64_t scored = 0;
    int64_t newlyFailed = 0;  // items that no longer decode
    TrainingReport training;
    RoutingSummary routing;
};

class AutoLabeler {
public:
    AutoLabeler(ProjectStore &store, AutoLabelOptions options);

    Result<AutoLabelReport> run(const ProgressFn &progress, const CancelToken &cancel);

private:
    ProjectStore &m_store;
    AutoLabelOptions m_options;
    ImageSource m_source;
    PoolCache m_cache;
};

}  // namespace triage
