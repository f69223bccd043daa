#include "dashboard.h"

#include "jsonwriter.h"

#include <algorithm>
#include <cmath>

namespace triage {
namespace {

// What the target precision asks of a withheld class itself (its own evidence showed too
// many errors); a shortfall of "confident labels of any class" belongs to no one class.
int64_t ownEvidenceNeeded(const ClassTrust &trust)
{
    if (!trust.threshold || trust.threshold->accepted || !trust.threshold->ownEvidence) {
        return 0;
    }
    return std::max<int64_t>(0, trust.threshold->moreNeeded);
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

void writeNumberOrNull(JsonWriter &json, const std::string &key, double value)
{
    if (value < 0) {
        json.nullField(key);
    } else {
        json.field(key, value);
    }
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
        const int64_t evidence = i < d.status.trust.size() ? ownEvidenceNeeded(d.status.trust[i]) : 0;
        d.labelsStillNeeded.push_back(std::max(minimum, evidence));
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

std::string dashboardJson(const Dashboard &d)
{
    const auto &classes = d.status.classes;
    JsonWriter json;
    json.beginObject().field("project", d.status.name).field("path", d.status.path);

    json.beginObject("progress");
    json.field("review_queue", d.reviewQueue);
    writeNumberOrNull(json, "seconds_per_item", d.secondsPerDecision);
    writeNumberOrNull(json, "queue_seconds_left", secondsFor(d, d.reviewQueue));
    json.beginArray("classes");
    for (size_t i = 0; i < classes.size(); ++i) {
        const ClassCount count = i < d.status.counts.byClass.size() ? d.status.counts.byClass[i]
                                                                    : ClassCount{};
        json.beginObject()
            .field("class", classes[i].name)
            .field("peoples_labels", count.human + count.imported)
            .field("auto_labels", count.automatic)
            .field("labels_still_needed", d.labelsStillNeeded[i])
            .endObject();
    }
    json.endArray().endObject();

    json.beginArray("rounds");
    for (size_t r = 0; r < d.drift.rounds.size(); ++r) {
        const RoundStats &round = d.drift.rounds[r];
        const RoundFigures &f = d.drift.figures[r];
        json.beginObject()
            .field("model_version", round.modelVersionId)
            .field("kind", round.kind)
            .field("created_at", round.createdAt)
            .field("scored", round.scored)
            .field("auto_accepted", round.autoAccepted)
            .field("queued", round.queued)
            .field("audits_queued", round.audits)
            .field("audited", round.audited)
            .field("audited_right", round.auditedRight)
            .field("new_human_labels", round.newDecisions)
            .field("agreed_with_suggestion", round.agreed)
            .field("new_items", round.newItems);
        writeNumberOrNull(json, "held_out_accuracy", f.heldOutAccuracy);
        writeNumberOrNull(json, "auto_accept_rate", f.autoAcceptRate);
        writeNumberOrNull(json, "agreement", f.agreement);
        writeNumberOrNull(json, "audit_precision", f.auditPrecision);
        writeNumberOrNull(json, "audit_precision_low", f.auditLow);
        writeNumberOrNull(json, "audit_precision_high", f.auditHigh);
        writeNumberOrNull(json, "import_divergence", f.importDivergence);
        writeNumberOrNull(json, "label_drift", f.labelDrift);
        writeNumberOrNull(json, "feature_shift", f.featureShift);
        json.beginArray("classes");
        for (size_t i = 0; i < round.classes.size() && i < classes.size(); ++i) {
            const RoundClassStats &c = round.classes[i];
            json.beginObject()
                .field("class", classes[i].name)
                .field("peoples_labels", c.peoplesLabels)
                .field("auto_labels", c.autoLabels)
                .field("new_items_predicted", c.newPredicted)
                .field("earlier_items_predicted", c.earlierPredicted)
                .field("auto_added", c.change.added)
                .field("auto_moved_in", c.change.movedIn)
                .field("auto_moved_out", c.change.movedOut)
                .field("auto_withdrawn", c.change.withdrawn)
                .endObject();
        }
        json.endArray().endObject();
    }
    json.endArray();

    const DriftThresholds &t = d.drift.thresholds;
    json.beginObject("drift").field("reference_round", d.drift.referenceRound);
    json.beginObject("thresholds");
    writeNumberOrNull(json, "min_agreement", t.minAgreement);
    writeNumberOrNull(json, "min_audit_precision", t.minAuditPrecision);
    writeNumberOrNull(json, "max_import_divergence", t.maxImportDivergence);
    writeNumberOrNull(json, "max_label_drift", t.maxLabelDrift);
    writeNumberOrNull(json, "max_feature_shift", t.maxFeatureShift);
    json.endObject().beginArray("warnings");
    for (const DriftWarning &w : d.drift.warnings) {
        json.beginObject()
            .field("figure", w.figure)
            .field("value", w.value)
            .field("limit", w.limit)
            .field("message", w.message)
            .endObject();
    }
    json.endArray().endObject();

    json.beginObject("confidence");
    writeNumberOrNull(json, "expected_calibration_error", d.calibrationError);
    json.beginArray("bins");
    for (size_t b = 0; b < d.confidence.size(); ++b) {
        const ConfidenceBin &bin = d.confidence[b];
        json.beginObject()
            .field("from", double(b) / double(d.confidence.size()))
            .field("to", double(b + 1) / double(d.confidence.size()))
            .field("items", bin.items)
            .field("labelled", bin.labelled)
            .field("labelled_right", bin.labelledRight);
        writeNumberOrNull(json, "labelled_mean_confidence",
                          bin.labelled > 0 ? bin.labelledConfidence : -1);
        json.endObject();
    }
    json.endArray().endObject();

    json.beginArray("annotators");
    for (const AnnotatorTotals &a : d.annotators) {
        const int64_t decided = a.labels + a.skips;
        json.beginObject()
            .field("annotator", a.annotator)
            .field("labels", a.labels)
            .field("skips", a.skips)
            .field("seconds", a.seconds)
            .field("labels_with_suggestion", a.withSuggestion)
            .field("agreed_with_suggestion", a.agreedWithSuggestion)
            .field("first", a.first)
            .field("last", a.last);
        writeNumberOrNull(json, "items_per_hour",
                          a.seconds > 0 ? double(decided) * 3600 / a.seconds : -1);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.text();
}

}  // namespace triage
