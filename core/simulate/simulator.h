#pragma once
// Simulator: a simulated annotator that answers the review queue from a truth file, so
// label efficiency can be measured end to end (review -> retrain -> re-route), and the
// metrics that compare the project's labels with the truth.
//
// Threads: blocks; call from a worker thread that owns `store`.
#include "autolabeler.h"
#include "progress.h"
#include "projectstore.h"

#include <functional>
#include <unordered_map>

namespace triage {

struct Truth {
    std::unordered_map<int64_t, int64_t> classIdOf;  // item id -> class id
    int64_t unmatchedRows = 0;                       // truth rows naming no item of the project
};

// CSV "path,label" (label a class name, or a 0-based class index; paths relative to the
// CSV), or an IDX labels file paired with the one IDX images file the project imported.
Result<Truth> loadTruth(ProjectStore &store, const std::string &path);

struct PoolMetrics {
    int64_t pool = 0;         // items that did not fail and have a truth
    int64_t humanLabels = 0;  // of those, labelled by people or imports
    int64_t autoAccepted = 0;
    int64_t autoCorrect = 0;
    int64_t correct = 0;           // current label, else the latest model's top class, is right
    double overallAccuracy = 0;    // correct / pool
    double autoPrecision = 0;      // autoCorrect / autoAccepted (0 when none)
    double autoCoverage = 0;       // autoAccepted / (pool - humanLabels)
    double humanOnlyAccuracy = 0;  // what the human labels alone get right: humanLabels / pool
    // Expected calibration error (15 bins) of the reported confidence on the items without a
    // human label; -1 before any model.
    double calibrationError = -1;
};

Result<PoolMetrics> evaluate(ProjectStore &store, const Truth &truth);

// Which items the simulated annotator answers: the review queue's head (least confident
// first, as a person would see it) or a seeded random sample of the queue (the baseline
// active learning has to beat).
enum class Sampling { Queue = 1, Random };

struct SimulationOptions {
    Sampling sampling = Sampling::Queue;
    uint64_t seed = 1;
    int64_t budget = 0;   // human decisions to spend
    int64_t batch = 100;  // retrain and re-route after this many
    // Or after these decision counts (increasing; the budget ends the last round): a large
    // pool's benchmark retrains often while labels are few and rarely later.
    std::vector<int64_t> roundsAt;
    std::string annotator = "simulator";
    AutoLabelOptions autoLabel;
    // Called after each decision is committed (item id, decision id): an acknowledgement
    // that the durability benchmark checks against the log after a kill.
    std::function<void(int64_t itemId, int64_t decisionId)> onDecision;
};

// What the project itself measures of auto-accept, without the truth: the audits people
// answered, and how many classes the target precision lets auto-accept take.
struct MeasuredPrecision {
    int64_t audited = 0;
    int64_t auditedRight = 0;
    double low = -1, high = -1;  // Wilson 95%; -1 with no audit answered
    int classesAccepted = -1;    // -1: one threshold for every class (no target)
};

struct SimulationRound {
    int64_t humanDecisions = 0;
    PoolMetrics metrics;
    MeasuredPrecision measured;
    double trainSeconds = 0;
    double validationAccuracy = -1;
};

struct SimulationReport {
    std::string strategy;  // the queue's order ("random" for the baseline)
    std::vector<SimulationRound> rounds;
    PoolMetrics final;
    int64_t decisions = 0;
};

Result<SimulationReport> simulate(ProjectStore &store, const Truth &truth,
                                  const SimulationOptions &options, const ProgressFn &progress,
                                  const CancelToken &cancel);

}  // namespace triage
