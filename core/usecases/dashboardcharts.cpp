#include "dashboardcharts.h"

#include "numbertext.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace triage {
namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

double orNone(double value)
{
    return value < 0 ? kNone : value;
}

std::vector<std::string> classNames(const Dashboard &d)
{
    std::vector<std::string> names;
    for (const ClassInfo &c : d.status.classes) {
        names.push_back(c.name);
    }
    return names;
}

std::vector<std::string> roundNames(const Dashboard &d)
{
    std::vector<std::string> names;
    for (const RoundStats &r : d.drift.rounds) {
        names.push_back("#" + std::to_string(r.modelVersionId));
    }
    return names;
}

// One series of a figure per round.
ChartSeries perRound(const Dashboard &d, const std::string &name, SeriesKind kind,
                     double RoundFigures::*figure)
{
    ChartSeries s{name, kind, {}, {}};
    for (const RoundFigures &f : d.drift.figures) {
        s.values.push_back(orNone(f.*figure));
    }
    return s;
}

Chart progressChart(const Dashboard &d)
{
    Chart c{"progress", "Labels per class", "class", "labels", classNames(d), {}, false, "", ""};
    ChartSeries people{"people's labels", SeriesKind::Bars, {}, {}};
    ChartSeries needed{"still needed", SeriesKind::Bars, {}, {}};
    for (size_t i = 0; i < d.status.classes.size(); ++i) {
        const ClassCount count =
            i < d.status.counts.byClass.size() ? d.status.counts.byClass[i] : ClassCount{};
        people.values.push_back(double(count.human + count.imported));
        needed.values.push_back(double(d.labelsStillNeeded[i]));
    }
    c.series = {people, needed};
    c.note = "review queue " + std::to_string(d.reviewQueue) + " items";
    if (d.secondsPerDecision >= 0) {
        c.note += ", " + durationText(secondsFor(d, d.reviewQueue)) + " at " +
                  formatFixed(d.secondsPerDecision, 1) + " s an item";
    }
    c.note += "; " + std::to_string(d.classesWithheld) + " of " +
              std::to_string(d.status.classes.size()) + " classes not auto-accepted yet";
    return c;
}

Chart learningCurve(const Dashboard &d)
{
    Chart c{"learning-curve", "Learning curve", "round", "", roundNames(d), {}, true, "",
            "no auto-label round yet"};
    ChartSeries interval{"audited precision, 95% interval", SeriesKind::Band, {}, {}};
    for (const RoundFigures &f : d.drift.figures) {
        interval.values.push_back(orNone(f.auditLow));
        interval.upper.push_back(orNone(f.auditHigh));
    }
    c.series = {interval,
                perRound(d, "held-out accuracy", SeriesKind::Line, &RoundFigures::heldOutAccuracy),
                perRound(d, "auto-accept rate", SeriesKind::Line, &RoundFigures::autoAcceptRate),
                perRound(d, "audited precision", SeriesKind::Line, &RoundFigures::auditPrecision),
                perRound(d, "agreement with people", SeriesKind::Line, &RoundFigures::agreement)};
    return c;
}

std::string binName(size_t bin, size_t bins)
{
    return std::to_string(bin * 100 / bins) + "%";
}

Chart confidenceHistogram(const Dashboard &d)
{
    Chart c{"confidence", "Confidence of the current round", "top probability", "items",
            {}, {}, false, "", "no auto-label round yet"};
    ChartSeries items{"items", SeriesKind::Bars, {}, {}};
    for (size_t b = 0; b < d.confidence.size(); ++b) {
        c.categories.push_back(binName(b, d.confidence.size()));
        items.values.push_back(double(d.confidence[b].items));
    }
    c.series = {items};
    return c;
}

Chart reliabilityDiagram(const Dashboard &d)
{
    Chart c{"reliability", "Reliability on people's labels", "top probability", "", {}, {},
            true, "", "no person's label has a score yet"};
    ChartSeries right{"share right", SeriesKind::Line, {}, {}};
    ChartSeries confidence{"mean confidence", SeriesKind::Line, {}, {}};
    int64_t labelled = 0;
    for (size_t b = 0; b < d.confidence.size(); ++b) {
        const ConfidenceBin &bin = d.confidence[b];
        if (bin.labelled == 0) {
            continue;
        }
        labelled += bin.labelled;
        c.categories.push_back(binName(b, d.confidence.size()));
        right.values.push_back(double(bin.labelledRight) / double(bin.labelled));
        confidence.values.push_back(bin.labelledConfidence);
    }
    c.series = {right, confidence};
    if (d.calibrationError >= 0) {
        c.note = "expected calibration error " + formatFixed(d.calibrationError * 100, 1) +
                 "% over " + std::to_string(labelled) + " labels (out-of-fold scores)";
    }
    return c;
}

Chart classDistribution(const Dashboard &d)
{
    Chart c{"classes", "Class distribution", "class", "labels", classNames(d), {}, false, "", ""};
    ChartSeries people{"people's", SeriesKind::Bars, {}, {}};
    ChartSeries automatic{"automatic", SeriesKind::Bars, {}, {}};
    ChartSeries all{"all", SeriesKind::Bars, {}, {}};
    for (size_t i = 0; i < d.status.classes.size(); ++i) {
        const ClassCount count =
            i < d.status.counts.byClass.size() ? d.status.counts.byClass[i] : ClassCount{};
        people.values.push_back(double(count.human + count.imported));
        automatic.values.push_back(double(count.automatic));
        all.values.push_back(double(count.human + count.imported + count.automatic));
    }
    c.series = {people, automatic, all};
    return c;
}

Chart driftChart(const Dashboard &d)
{
    Chart c{"drift", "Drift per round", "round", "Jensen-Shannon divergence", roundNames(d), {},
            false, "", "no auto-label round yet"};
    c.series = {perRound(d, "all labels vs reference", SeriesKind::Line, &RoundFigures::labelDrift),
                perRound(d, "new imports vs earlier", SeriesKind::Line,
                         &RoundFigures::importDivergence)};
    if (d.drift.referenceRound > 0) {
        c.note = "reference: round #" + std::to_string(d.drift.referenceRound);
        const double shift = latestFeatureShift(d.drift);
        if (shift >= 0) {
            c.note += "; new imports' features " + formatFixed(shift, 2) +
                      " standard deviations from earlier items'";
        }
    }
    return c;
}

Chart lastRoundChanges(const Dashboard &d)
{
    Chart c{"last-round", "What the last round changed", "class", "automatic labels", {}, {},
            false, "", "no auto-label round yet"};
    if (d.drift.rounds.empty()) {
        return c;
    }
    const RoundStats &last = d.drift.rounds.back();
    c.categories = classNames(d);
    ChartSeries added{"added", SeriesKind::Bars, {}, {}};
    ChartSeries movedIn{"moved in", SeriesKind::Bars, {}, {}};
    ChartSeries movedOut{"moved out", SeriesKind::Bars, {}, {}};
    ChartSeries withdrawn{"withdrawn", SeriesKind::Bars, {}, {}};
    for (size_t i = 0; i < c.categories.size(); ++i) {
        const AutoLabelChange change =
            i < last.classes.size() ? last.classes[i].change : AutoLabelChange{};
        added.values.push_back(double(change.added));
        movedIn.values.push_back(double(change.movedIn));
        movedOut.values.push_back(double(change.movedOut));
        withdrawn.values.push_back(double(change.withdrawn));
    }
    c.series = {added, movedIn, movedOut, withdrawn};
    c.note = "round #" + std::to_string(last.modelVersionId) + ", " + last.createdAt;
    return c;
}

Chart annotatorThroughput(const Dashboard &d)
{
    Chart c{"annotators", "Annotator throughput", "annotator", "items an hour", {}, {}, false,
            "", "no person has decided yet"};
    ChartSeries perHour{"items an hour", SeriesKind::Bars, {}, {}};
    for (const AnnotatorTotals &a : d.annotators) {
        c.categories.push_back(a.annotator);
        const int64_t decided = a.labels + a.skips;
        perHour.values.push_back(a.seconds > 0 ? double(decided) * 3600 / a.seconds : kNone);
        if (!c.note.empty()) {
            c.note += "; ";
        }
        c.note += a.annotator + ": " + std::to_string(decided) + " items";
        if (a.withSuggestion > 0) {
            c.note += ", " +
                      formatFixed(100.0 * double(a.agreedWithSuggestion) / double(a.withSuggestion), 0) +
                      "% took the suggestion";
        }
    }
    c.series = {perHour};
    return c;
}

}  // namespace

std::vector<Chart> dashboardCharts(const Dashboard &d)
{
    return {progressChart(d),      learningCurve(d),      confidenceHistogram(d),
            reliabilityDiagram(d), classDistribution(d),  driftChart(d),
            lastRoundChanges(d),   annotatorThroughput(d)};
}

double largestValue(const Chart &chart)
{
    double top = 0;
    for (const ChartSeries &s : chart.series) {
        for (const auto *values : {&s.values, &s.upper}) {
            for (const double v : *values) {
                if (std::isfinite(v)) {
                    top = std::max(top, v);
                }
            }
        }
    }
    return top;
}

bool countsOnly(const Chart &chart)
{
    for (const ChartSeries &s : chart.series) {
        for (const double v : s.values) {
            if (std::isfinite(v) && v != std::round(v)) {
                return false;
            }
        }
    }
    return true;
}

std::string durationText(double seconds)
{
    if (seconds < 0) {
        return "unknown";
    }
    const auto minutes = int64_t(std::lround(seconds / 60));
    if (minutes < 1) {
        return "under a minute";
    }
    if (minutes < 60) {
        return "about " + std::to_string(minutes) + " min";
    }
    return "about " + std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min";
}

}  // namespace triage
