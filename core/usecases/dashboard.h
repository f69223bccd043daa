#pragma once
// The lead's dashboard, as numbers: progress toward the goal, the learning curve, the
// confidence histogram and reliability diagram, class distributions and their drift, what
// the last round changed, and annotator throughput. Read on a worker thread by the
// Dashboard tab and by `triage-cli report`, which both draw dashboardCharts() of it.
#include "driftmonitor.h"
#include "projectstatus.h"

#include <string>
#include <vector>

namespace triage {

constexpr int kConfidenceBins = 20;

struct Dashboard {
    ProjectStatus status;
    DriftReport drift;
    // Per class (position order): people's labels routing still wants before the class
    // can be auto-accepted: the policy's minimum, or the confident right answers its
    // threshold's evidence lacks (answers on the class itself, or on any class when the
    // evidence is pooled); 0 once it has them, or while no item of it is confident enough.
    std::vector<int64_t> labelsStillNeeded;
    int64_t classesWithheld = 0;  // not auto-accepted yet, for either reason
    int64_t reviewQueue = 0;        // queued and unlabeled items
    double secondsPerDecision = -1;  // people's mean time an item; -1 with no time recorded
    std::vector<ConfidenceBin> confidence;  // the current round's; empty before any round
    double calibrationError = -1;  // expected calibration error on people's labels; -1 none
    std::vector<AnnotatorTotals> annotators;
};

Result<Dashboard> readDashboard(ProjectStore &store);

// Seconds to review `items` at the dashboard's pace; -1 without a pace.
double secondsFor(const Dashboard &dashboard, int64_t items);

}  // namespace triage
