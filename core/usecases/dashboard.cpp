#include "dashboard.h"

#include <algorithm>
#include <cmath>

namespace triage {
namespace {

// The confident right answers a withheld class's threshold still lacks (-1: no item of it
// is confident enough yet, so no number of answers is enough).
int64_t evidenceNeeded(const ClassTrust &trust)
{
    if (!trust.threshold || trust.threshold->accepted) {
        return 0;
    }
    return std::max<int64_t>(0, trust.threshold->moreNeeded);
}

bool withheld(const ClassTrust &trust, const RoutingPolicy &policy)
{
    return policy.targetPrecision > 0 && (!trust.threshold || !trust.threshold->accepted);
}

double expectedCalibrationError(const std::vector<ConfidenceBin> &bins)
{
    int64_t labelled = 0;
    double gap = 0;
    for (const ConfidenceBin &b : bins) {
        if (b.labelled > 0) {
            labelled += b.labelled;
            gap += double(b.labelled) *
                   std::abs(double(b.labelledRight) / double(b.labelled) - b.labelledConfidence);
        }
    }
    return labelled > 0 ? gap / double(labelled) : -1;
}


}  // namespace

Result<Dashboard> readDashboard(ProjectStore &store)
{
    Dashboard d;
    auto status = readProjectStatus(store);
    if (!status) {
        return status.error();
    }
    d.status = std::move(*status);
    auto drift = readDriftReport(store);
    if (!drift) {
        return drift.error();
    }
    d.drift = std::move(*drift);
    auto annotators = store.decisions().annotatorTotals();
    if (!annotators) {
        return annotators.error();
    }
    d.annotators = std::move(*annotators);

    const ProjectCounts &counts = d.status.counts;
    d.reviewQueue = counts.queued + counts.unlabeled;
    for (size_t i = 0; i < d.status.classes.size(); ++i) {
        const int64_t people = i < counts.byClass.size()
                                   ? counts.byClass[i].human + counts.byClass[i].imported
                                   : 0;
        const int64_t minimum = std::max<int64_t>(0, d.status.policy.minHumanLabelsPerClass - people);
        const ClassTrust trust = i < d.status.trust.size() ? d.status.trust[i] : ClassTrust{};
        d.labelsStillNeeded.push_back(std::max(minimum, evidenceNeeded(trust)));
        d.classesWithheld += minimum > 0 || withheld(trust, d.status.policy) ? 1 : 0;
    }
    double seconds = 0;
    int64_t decisions = 0;
    for (const AnnotatorTotals &a : d.annotators) {
        seconds += a.seconds;
        decisions += a.labels + a.skips;
    }
    // Decisions without a time (simulated, imported) give no pace.
    d.secondsPerDecision = decisions > 0 && seconds > 0 ? seconds / double(decisions) : -1;

    if (!d.drift.rounds.empty()) {
        auto bins = store.predictions().confidenceBins(d.drift.rounds.back().modelVersionId,
                                                       kConfidenceBins);
        if (!bins) {
            return bins.error();
        }
        d.confidence = std::move(*bins);
        d.calibrationError = expectedCalibrationError(d.confidence);
    }
    return d;
}

double secondsFor(const Dashboard &dashboard, int64_t items)
{
    return dashboard.secondsPerDecision < 0 ? -1 : dashboard.secondsPerDecision * double(items);
}

}  // namespace triage
