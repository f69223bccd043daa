#pragma once
// The suspect-labels queue: people's and imports' labels that the latest round's
// out-of-sample predictions contradict (suspectlabels.h), for a lead to review.
// Read by `triage-cli suspects` and the GUI's browse filter.
#include "projectstore.h"

namespace triage {

struct SuspectItem {
    int64_t itemId = 0;
    std::string path;
    int64_t labelClassId = 0;
    LabelSource source = LabelSource::Human;
    int64_t suggestedClassId = 0;
    double labelProbability = 0;
    double suggestedProbability = 0;
};

struct SuspectReport {
    int64_t checked = 0;  // labels with a prediction to check them against
    std::vector<SuspectItem> suspects;  // most suspect first
};

Result<SuspectReport> readSuspectLabels(ProjectStore &store);

}  // namespace triage
