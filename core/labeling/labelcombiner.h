#pragma once
// The combine stage (PRODUCT.md §2.3): the votes of the project's enabled labeling
// functions, the learner's among them, turned into one calibrated probability per class
// per item by the project's label model, with the human labels as anchors. What routing
// reads in place of the learner's own probabilities.
//
// Threads: runs on a worker thread that owns `store`. Fails with the reason (a function
// whose model was removed, the store) and stores nothing then.
#include "labelmodel.h"
#include "lfdefinition.h"
#include "probabilitysource.h"
#include "progress.h"
#include "projectstore.h"

#include <optional>

namespace triage {

// An LF as the combine stage knows it: its stored record and its parsed definition.
struct ActiveLf {
    LfRecord record;
    LfDefinition definition;
};
// The enabled functions, parsed; a definition that no longer parses names its function.
Result<std::vector<ActiveLf>> enabledLabelingFunctions(ProjectStore &store);

// The usable items (by id) and the class position of each one's human (or import) label,
// kAbstain where none: what every label model and pool-wide function starts from.
struct LabelledPool {
    std::vector<int64_t> itemIds;
    std::vector<int32_t> anchors;
};
Result<LabelledPool> labelledPool(ProjectStore &store);

// Votes of the pool-wide kinds (near-duplicate, nearest neighbours, model; the learner's
// from `learnerScores` when given), recomputed from the stored signatures and outputs and
// the human labels of now, and stored. Returns one vote per usable item for `lf`.
Result<std::vector<int32_t>> poolVotes(ProjectStore &store, const LfDefinition &lf,
                                       std::span<const int64_t> itemIds,
                                       std::span<const int32_t> anchors,
                                       const ScoreTable *learnerScores);
Result<void> refreshPoolVotes(ProjectStore &store, const std::vector<ActiveLf> &lfs,
                              const ScoreTable *learnerScores, const ProgressFn &progress,
                              const CancelToken &cancel);

// Every usable item x every enabled function's current version.
struct ProjectVotes {
    std::vector<ActiveLf> lfs;
    std::vector<int64_t> itemIds;
    VoteMatrix matrix;
    std::vector<int32_t> anchors;
};
Result<ProjectVotes> readProjectVotes(ProjectStore &store);

struct CombineReport {
    LabelModelKind kind = LabelModelKind::DawidSkene;
    int lfs = 0;             // functions whose votes were combined, the learner's included
    int64_t covered = 0;     // items with at least one vote
    int64_t conflicted = 0;  // items trusted functions disagree on
    double temperature = 1;  // fitted on the human-labelled items
    // How often the votes alone (the anchor left out) give the human class: -1 unknown.
    double heldOutAccuracy = -1;
    int64_t modelVersionId = 0;  // the label model's round, "label-model" in model_versions
};

struct CombinedLabels {
    ScoreTable scores;
    std::vector<uint8_t> conflicts;  // per row of scores: trusted functions disagree
    CombineReport report;
};

// An LF whose learned accuracy reaches this is trusted: its disagreements are conflicts.
constexpr double kTrustedAccuracy = 0.7;

// Fits the project's label model over the stored votes, calibrates it, and stores its
// probabilities as a new, incomplete model version of kind "label-model" (routing completes
// it). nullopt when no function but the learner voted: routing then reads the learner.
Result<std::optional<CombinedLabels>> combineVotes(ProjectStore &store);

}  // namespace triage
