#pragma once
// Labeling functions as a lead uses them (issue 8): add, edit (a new version), enable,
// remove, share as JSON, preview on a sample before storing, apply to the pool as a
// resumable job that ends with the label model and routing, and analyse. Every face (GUI
// panel, `triage-cli lf`, REST) calls these; each checks everything before it writes.
#include "job.h"
#include "labelcombiner.h"
#include "lfanalysis.h"
#include "lfdefinition.h"

#include <optional>
#include <string_view>

namespace triage {

// Checks a definition against the project: the classes it names, the model it reads, its
// pattern, cascade or template (made ready once and dropped). One sentence on failure.
Result<void> checkLabelingFunction(ProjectStore &store, const std::string &name,
                                   const LfDefinition &definition);

Result<LfRecord> addLabelingFunction(ProjectStore &store, const std::string &name,
                                     const LfDefinition &definition, bool enabled = true);
// A new version when the definition differs; the current one otherwise.
Result<LfRecord> editLabelingFunction(ProjectStore &store, const std::string &name,
                                      const LfDefinition &definition);
Result<void> enableLabelingFunction(ProjectStore &store, const std::string &name, bool enabled);
// The learner's function can be disabled, not removed.
Result<void> removeLabelingFunction(ProjectStore &store, const std::string &name);

// The current definition of the function called `name` (NotFound when there is none).
Result<LfDefinition> storedDefinition(ProjectStore &store, const std::string &name);

// The project's functions (current versions) as they travel in JSON.
Result<std::vector<NamedLf>> labelingFunctionSet(ProjectStore &store);

struct LfImportSummary {
    int added = 0;
    int updated = 0;  // a function of that name existed: a new version
    int unchanged = 0;
};
// Reads an `lf export` file and adds its functions, all or none: one that does not check
// against this project refuses the whole file, naming it.
Result<LfImportSummary> importLabelingFunctions(ProjectStore &store, std::string_view json);

// The two as files: the export written whole or not at all (a file there is replaced); the
// import read with a size cap (a set of rules, not a dataset). Return how many functions.
Result<int64_t> exportLabelingFunctions(ProjectStore &store, const std::string &path);
Result<LfImportSummary> importLabelingFunctionsFile(ProjectStore &store, const std::string &path);

// What a function would vote on a sample of the pool, before it is stored: every item a
// person labelled up to half the sample (for its accuracy), the rest from the others.
struct LfPreviewRow {
    int64_t itemId = 0;
    std::string path;
    int32_t vote = kAbstain;   // class position
    int32_t human = kAbstain;  // the person's class position, if any
};
struct LfPreview {
    std::vector<LfPreviewRow> rows;
    int64_t voted = 0;    // rows with a vote
    int64_t checked = 0;  // rows with a vote and a human label
    int64_t correct = 0;  // of those, equal to it
};
Result<LfPreview> previewLabelingFunction(ProjectStore &store, const std::string &name,
                                          const LfDefinition &definition, int sampleSize,
                                          const CancelToken &cancel);

// Per function (current versions of the enabled ones), the numbers of lfanalysis.h and the
// accuracy the label model learned for it.
struct LfAnalysisRow {
    LfRecord record;
    std::string summary;  // describe(definition)
    LfStatistics statistics;
    double learnedAccuracy = -1;
};
struct LfAnalysisReport {
    LabelModelKind labelModel = LabelModelKind::DawidSkene;
    int64_t items = 0;
    int64_t covered = 0;
    int64_t conflicted = 0;
    std::vector<LfAnalysisRow> rows;
};
Result<LfAnalysisReport> analyzeLabelingFunctions(ProjectStore &store);

// The item x function vote matrix as CSV: item_id, path, human, then one column per
// enabled function (its name); class positions (0-based, the classes in project order),
// -1 for an abstention or no human label. Written atomically.
Result<int64_t> writeVoteMatrix(ProjectStore &store, const std::string &path);

// Runs every enabled function over the pool: item by item for the kinds that look at one
// item (resuming after the last item each version has seen), then the pool-wide kinds,
// then the label model and routing. Cancelling keeps what is done; running it again does
// the rest.
struct LfApplyReport {
    int64_t items = 0;    // items walked
    int64_t decoded = 0;  // of them, images read
    int64_t failedToDecode = 0;
    int functions = 0;  // enabled functions
    std::optional<CombineReport> labelModel;
    RoutingSummary routing;
};
class ApplyLabelingFunctionsJob final : public Job {
public:
    std::string kind() const override { return "lf-apply"; }
    Result<JobOutcome> run(ProjectStore &store, const ProgressFn &progress,
                           const CancelToken &cancel) override;
    Result<LfApplyReport> apply(ProjectStore &store, const ProgressFn &progress,
                                const CancelToken &cancel);
};

}  // namespace triage
