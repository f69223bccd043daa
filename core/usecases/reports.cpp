#include "reports.h"

#include "lfreports.h"
#include "classtrust.h"

#include "jsonwriter.h"
#include "numbertext.h"

#include <algorithm>
#include <cstdio>

namespace triage {
namespace {

std::string count(int64_t n)
{
    return std::to_string(n);
}

void writeMetrics(JsonWriter &json, const PoolMetrics &m)
{
    json.field("pool", m.pool)
        .field("human_labels", m.humanLabels)
        .field("overall_accuracy", m.overallAccuracy)
        .field("human_only_accuracy", m.humanOnlyAccuracy)
        .field("auto_accepted", m.autoAccepted)
        .field("auto_precision", m.autoPrecision)
        .field("auto_coverage", m.autoCoverage)
        .field("calibration_error", m.calibrationError);
}

void describeMetrics(std::vector<std::string> &lines, const PoolMetrics &m)
{
    lines.push_back("  pool items with truth:     " + count(m.pool));
    lines.push_back("  human labels:              " + count(m.humanLabels) + " (" +
                    percent(double(m.humanLabels) / double(std::max<int64_t>(1, m.pool))) +
                    " of the pool)");
    lines.push_back("  overall label accuracy:    " + percent(m.overallAccuracy) +
                    "  (human labels alone: " + percent(m.humanOnlyAccuracy) + ")");
    lines.push_back("  auto-accepted:             " + count(m.autoAccepted) + ", precision " +
                    percent(m.autoPrecision) + ", coverage " + percent(m.autoCoverage) +
                    " of items without a human label");
    lines.push_back("  calibration error (ECE):   " +
                    (m.calibrationError >= 0 ? formatFixed(m.calibrationError * 100, 1) + " points"
                                             : std::string("-")) +
                    " on items without a human label");
}

std::string className(const std::optional<int64_t> &classId, const std::vector<ClassInfo> &classes)
{
    for (const auto &c : classes) {
        if (classId && c.id == *classId) {
            return c.name;
        }
    }
    return "-";
}

// One model: a line for terminals, and its JSON object written into `json`.
std::string modelLine(const ProjectModel &m)
{
    return m.name + ": " + std::string(toText(m.format)) + " " + std::string(toText(m.kind)) + ", " + std::to_string(m.outputWidth) +
           " outputs, input " + std::to_string(m.spec.channelCount()) +
           "x" + std::to_string(m.spec.height) + "x" + std::to_string(m.spec.width) + " " +
           std::string(toText(m.spec.channels)) + " " +
           std::string(toText(m.spec.resize)) +
           (m.outputName.empty() ? std::string() : ", output " + m.outputName) + ", " +
           count(m.scoredItems) +
           " items scored, " + m.path;
}

void writeModel(JsonWriter &json, const ProjectModel &m, const std::vector<ClassInfo> &classes)
{
    json.beginObject()
        .field("name", m.name)
        .field("kind", std::string(toText(m.kind)))
        .field("format", std::string(toText(m.format)))
        .field("path", m.path)
        .field("content_hash", m.contentHash)
        .field("outputs", int64_t(m.outputWidth))
        .field("output", m.outputName)
        .field("scored_items", m.scoredItems)
        .field("added_at", m.addedAt);
    json.beginObject("input")
        .field("width", int64_t(m.spec.width))
        .field("height", int64_t(m.spec.height))
        .field("channels", std::string(toText(m.spec.channels)))
        .field("resize", std::string(toText(m.spec.resize)))
        .floatField("scale", m.spec.scale);
    json.beginArray("mean");
    for (const float v : m.spec.mean) {
        json.floatValue(v);
    }
    json.endArray().beginArray("std");
    for (const float v : m.spec.std) {
        json.floatValue(v);
    }
    json.endArray().boolField("outputs_logits", m.spec.outputsAreLogits).endObject();
    json.beginArray("mapping");
    for (const auto &classId : m.classMap) {
        json.value(className(classId, classes));
    }
    json.endArray().endObject();
}

void writeNumberOrNull(JsonWriter &json, const std::string &key, double value)
{
    if (value < 0) {  // a figure the round does not have, a limit switched off
        json.nullField(key);
    } else {
        json.field(key, value);
    }
}

void writeRoundFigures(JsonWriter &json, const RoundFigures &f)
{
    writeNumberOrNull(json, "held_out_accuracy", f.heldOutAccuracy);
    writeNumberOrNull(json, "auto_accept_rate", f.autoAcceptRate);
    writeNumberOrNull(json, "agreement", f.agreement);
    writeNumberOrNull(json, "audit_precision", f.auditPrecision);
    writeNumberOrNull(json, "audit_precision_low", f.auditLow);
    writeNumberOrNull(json, "audit_precision_high", f.auditHigh);
    writeNumberOrNull(json, "import_divergence", f.importDivergence);
    writeNumberOrNull(json, "label_drift", f.labelDrift);
    writeNumberOrNull(json, "feature_shift", f.featureShift);
}

void writeThresholds(JsonWriter &json, const DriftThresholds &t)
{
    json.beginObject("thresholds");
    writeNumberOrNull(json, "min_agreement", t.minAgreement);
    writeNumberOrNull(json, "min_audit_precision", t.minAuditPrecision);
    writeNumberOrNull(json, "max_import_divergence", t.maxImportDivergence);
    writeNumberOrNull(json, "max_label_drift", t.maxLabelDrift);
    writeNumberOrNull(json, "max_feature_shift", t.maxFeatureShift);
    json.endObject();
}

void writeDriftWarnings(JsonWriter &json, const std::vector<DriftWarning> &warnings)
{
    json.beginArray("drift_warnings");
    for (const DriftWarning &w : warnings) {
        json.beginObject()
            .field("figure", w.figure)
            .field("value", w.value)
            .field("limit", w.limit)
            .field("message", w.message)
            .field("round", w.modelVersionId)
            .endObject();
    }
    json.endArray();
}

}  // namespace

std::string percent(double fraction)
{
    return formatFixed(fraction * 100, 1) + "%";
}

JobOutcome describe(const ImportReport &r)
{
    JobOutcome out;
    out.summary = "imported " + count(r.added) + " new items (" + count(r.labeled) +
                  " with labels); " + count(r.duplicates) + " duplicates, " +
                  count(r.alreadyKnown) + " already in the project, " + count(r.failed) +
                  " failed, " + count(r.ignored) + " non-image files ignored";
    if (r.knownLabeled > 0) {
        out.summary += "; " + count(r.knownLabeled) +
                       " items already in the project took their folder's label";
    }
    if (r.keptPeoplesLabels > 0) {
        out.summary += "; " + count(r.keptPeoplesLabels) +
                       " kept the label a person gave them over their folder's";
    }
    out.details.push_back(out.summary);
    if (r.unknownLabels > 0) {
        out.details.push_back(count(r.unknownLabels) +
                              " labels named no class of the project and were left out");
    }
    for (const auto &failure : r.failures) {
        out.details.push_back("  failed: " + failure);
    }
    if (r.failed > int64_t(r.failures.size())) {
        out.details.push_back("  ... and " + count(r.failed - int64_t(r.failures.size())) +
                              " more (see the browse view)");
    }
    JsonWriter json;
    json.beginObject()
        .field("added", r.added)
        .field("labeled", r.labeled)
        .field("duplicates", r.duplicates)
        .field("already_known", r.alreadyKnown)
        .field("known_labeled", r.knownLabeled)
        .field("kept_peoples_labels", r.keptPeoplesLabels)
        .field("failed", r.failed)
        .field("ignored", r.ignored)
        .field("unknown_labels", r.unknownLabels)
        .beginArray("failures");
    for (const auto &failure : r.failures) {
        json.value(failure);
    }
    json.endArray().endObject();
    out.json = json.text();
    return out;
}

JobOutcome describe(const AutoLabelReport &r)
{
    JobOutcome out;
    out.summary = "learner version " + count(r.modelVersionId) + " on " + r.training.device +
                  ": " + count(r.routing.autoAccepted) + " auto-accepted, " +
                  count(r.routing.queued) + " queued";
    const std::string input =
        r.backbone.empty() ? std::string() : " (a head on " + r.backbone + "'s features)";
    std::string trained = "learner version " + count(r.modelVersionId) + input + " trained on " +
                          count(r.humanLabels) + " labels" +
                          (r.labelModelLabels > 0
                               ? " and " + count(r.labelModelLabels) + " confident label-model labels"
                               : std::string()) +
                          " in " + count(r.training.epochs) +
                          " epochs (" + count(int64_t(r.training.seconds)) + " s, " +
                          r.training.device + ")";
    if (r.training.validationAccuracy >= 0) {
        trained += ", held-out accuracy " + percent(r.training.validationAccuracy);
    }
    out.details.push_back(trained);
    std::string scored = "scored " + count(r.scored) + " items: " +
                         count(r.routing.autoAccepted) + " auto-accepted, " +
                         count(r.routing.queued) + " queued for review" +
                         (r.routing.audits > 0
                              ? " (" + count(r.routing.audits) + " of them audits of auto-accept)"
                              : std::string());
    if (r.newlyFailed > 0) {
        scored += ", " + count(r.newlyFailed) + " no longer readable (marked failed)";
    }
    out.details.push_back(scored);
    if (r.labelModel) {
        out.details.push_back(labelModelLine(*r.labelModel));
    }
    if (r.backbone.empty()) {
        out.details.push_back("read " + count(r.decoded) + " images new to the pool (" +
                              count(r.fromInputCache) +
                              " from the input cache); the rest were read in earlier rounds");
        if (!r.inputCacheNote.empty()) {
            out.details.push_back(r.inputCacheNote);
        }
    }
    JsonWriter json;
    json.beginObject()
        .field("model_version", r.modelVersionId)
        .field("backbone", r.backbone.empty() ? std::string("pixels") : r.backbone)
        .field("human_labels", r.humanLabels)
        .field("label_model_labels", r.labelModelLabels)
        .field("scored", r.scored)
        .field("decoded", r.decoded)
        .field("from_input_cache", r.fromInputCache)
        .field("newly_failed", r.newlyFailed)
        .field("auto_accepted", r.routing.autoAccepted)
        .field("queued", r.routing.queued)
        .field("audits", r.routing.audits)
        .field("untouched", r.routing.untouched)
        .field("predictions_pruned", r.predictionsPruned)
        .beginObject("training")
        .field("epochs", int64_t(r.training.epochs))
        .field("train_count", r.training.trainCount)
        .field("validation_count", r.training.validationCount)
        .field("validation_accuracy", r.training.validationAccuracy)
        .field("temperature", r.training.temperature)
        .field("device", r.training.device)
        .field("seconds", r.training.seconds)
        .endObject();
    writeLabelModel(json, r.labelModel);
    json.endObject();
    out.json = json.text();
    return out;
}

JobOutcome describe(const ExportReport &r, const ExportOptions &options,
                    const std::vector<ClassInfo> &classes)
{
    JobOutcome out;
    out.summary = "exported " + count(r.written) + " labelled images to " + options.outDir;
    out.details.push_back(out.summary);
    if (!r.missing.empty()) {
        out.details.push_back(count(int64_t(r.missing.size())) +
                              " labelled images are missing and were left out:");
        for (const auto &missing : r.missing) {
            out.details.push_back("  missing: " + missing);
        }
    }
    for (size_t i = 0; i < r.perClass.size() && i < classes.size(); ++i) {
        out.details.push_back("  " + classes[i].name + ": " + count(r.perClass[i]));
    }
    if (r.perSplit[size_t(Split::None)] < r.written) {
        std::string line = "splits:";
        for (Split s : {Split::Train, Split::Val, Split::Test}) {
            line += " " + std::string(toText(s)) + " " + count(r.perSplit[size_t(s)]);
        }
        out.details.push_back(line);
    }
    if (options.images == ImagePlacement::Link) {
        out.details.push_back("hard-linked " + count(r.linked) + " images, copied " +
                              count(r.written - r.linked) + " (IDX records, or another filesystem)");
    }
    if (!r.emptyClasses.empty()) {
        std::string line = "classes with no items:";
        for (const auto &c : r.emptyClasses) {
            line += ' ' + c;
        }
        out.details.push_back(line);
    }
    for (const auto &gap : r.splitGaps) {
        out.details.push_back("warning: a split has no item of some classes, so a reader that "
                              "numbers class folders will number them differently there: " + gap);
    }
    out.details.push_back("digest " + r.digest);
    JsonWriter json;
    json.beginObject()
        .field("out", options.outDir)
        .field("format", std::string(toText(options.format)))
        .field("images", std::string(toText(options.images)))
        .field("written", r.written)
        .field("linked", r.linked)
        .field("digest", r.digest);
    json.beginArray("split_gaps");
    for (const auto &gap : r.splitGaps) {
        json.value(gap);
    }
    json.endArray();
    json.beginObject("per_class");
    for (size_t i = 0; i < r.perClass.size() && i < classes.size(); ++i) {
        json.field(classes[i].name, r.perClass[i]);
    }
    json.endObject().beginArray("missing");
    for (const auto &missing : r.missing) {
        json.value(missing);
    }
    json.endArray().beginArray("empty_classes");
    for (const auto &c : r.emptyClasses) {
        json.value(c);
    }
    json.endArray().endObject();
    out.json = json.text();
    return out;
}

namespace {

std::string describeMeasured(const MeasuredPrecision &m)
{
    if (m.audited == 0) {
        return "-";
    }
    return count(m.audited) + " (" + percent(double(m.auditedRight) / double(m.audited)) + ", " +
           percent(m.low) + "-" + percent(m.high) + ")";
}

}  // namespace

JobOutcome describe(const SimulationReport &r, double seconds)
{
    JobOutcome out;
    out.summary = count(r.decisions) + " simulated decisions: overall accuracy " +
                  percent(r.final.overallAccuracy) + ", auto-accepted precision " +
                  percent(r.final.autoPrecision);
    out.details.push_back("queue order: " + r.strategy);
    out.details.push_back("decisions  overall  auto-prec  auto-cov  held-out    ECE  classes  "
                          "audited (measured precision, 95% interval)");
    for (const auto &round : r.rounds) {
        char line[200];
        const MeasuredPrecision &m = round.measured;
        std::snprintf(line, sizeof line, "%9lld  %7s  %9s  %8s  %8s  %5s  %7s  %s",
                      (long long)round.humanDecisions,
                      percent(round.metrics.overallAccuracy).c_str(),
                      percent(round.metrics.autoPrecision).c_str(),
                      percent(round.metrics.autoCoverage).c_str(),
                      percent(std::max(0.0, round.validationAccuracy)).c_str(),
                      round.metrics.calibrationError >= 0
                          ? percent(round.metrics.calibrationError).c_str()
                          : "-",
                      m.classesAccepted >= 0 ? count(m.classesAccepted).c_str() : "all",
                      describeMeasured(m).c_str());
        out.details.push_back(line);
    }
    out.details.push_back("after " + count(r.decisions) + " simulated decisions (" +
                          count(int64_t(seconds)) + " s):");
    describeMetrics(out.details, r.final);
    JsonWriter json;
    json.beginObject();
    writeMetrics(json, r.final);
    json.field("decisions", r.decisions).field("seconds", seconds).field("strategy", r.strategy);
    json.beginArray("rounds");
    for (const auto &round : r.rounds) {
        const MeasuredPrecision &m = round.measured;
        json.beginObject()
            .field("human_decisions", round.humanDecisions)
            .field("validation_accuracy", round.validationAccuracy)
            .field("train_seconds", round.trainSeconds);
        writeMetrics(json, round.metrics);
        json.beginObject("measured")
            .field("audited", m.audited)
            .field("audited_right", m.auditedRight)
            .field("interval_low", m.low)
            .field("interval_high", m.high)
            .field("classes_accepted", int64_t(m.classesAccepted))
            .endObject();
        json.endObject();
    }
    json.endArray().endObject();
    out.json = json.text();
    return out;
}

namespace {

std::string describeAcceptRule(const RoutingPolicy &policy)
{
    std::string rule = policy.targetPrecision > 0
                           ? "auto-accept at target precision " + percent(policy.targetPrecision)
                           : "auto-accept threshold " + formatNumber(policy.acceptThreshold);
    rule += " after " + count(policy.minHumanLabelsPerClass) + " human labels per class";
    if (policy.auditShare > 0) {
        rule += ", " + percent(policy.auditShare) + " audited";
    }
    return rule;
}

std::string describeAudits(const ClassTrust &t)
{
    if (t.audited == 0) {
        return "no audit answered";
    }
    return percent(double(t.auditedRight) / double(t.audited)) + " (" + count(t.auditedRight) +
           '/' + count(t.audited) + ", " + percent(t.auditLow) + "-" + percent(t.auditHigh) + ')';
}

// The class's threshold (or why it is withheld) and its audited precision.
std::string describeTrust(const ClassTrust *t, const std::string &className)
{
    if (!t) {
        return {};
    }
    std::string text;
    if (!t->threshold) {
        text = "-";
    } else if (t->threshold->accepted) {
        text = formatNumber(std::round(t->threshold->threshold * 1000) / 1000);
    } else {
        text = "withheld: " + withheldReason(*t->threshold, className) + ';';
    }
    text.resize(std::max<size_t>(text.size(), 10), ' ');
    return text + ' ' + describeAudits(*t);
}

void writeTrust(JsonWriter &json, const ClassTrust &t, const std::string &className)
{
    if (t.threshold) {
        const ClassThreshold &c = *t.threshold;
        json.beginObject("auto_accept")
            .boolField("accepted", c.accepted)
            .field("threshold", c.accepted ? c.threshold : -1.0)
            .field("evidence", c.evidence)
            .field("evidence_right", c.right)
            .field("precision_lower_bound", c.lowerBound)
            .field("more_labels_needed", c.moreNeeded)
            .field("reason", c.accepted ? std::string() : withheldReason(c, className))
            .endObject();
    } else {
        json.nullField("auto_accept");
    }
    json.beginObject("audits")
        .field("answered", t.audited)
        .field("right", t.auditedRight)
        .field("precision", t.audited > 0 ? double(t.auditedRight) / double(t.audited) : -1.0)
        .field("interval_low", t.auditLow)
        .field("interval_high", t.auditHigh)
        .endObject();
}

}  // namespace

JobOutcome describe(const ProjectStatus &s)
{
    const ProjectCounts &c = s.counts;
    JobOutcome out;
    out.summary = "project '" + s.name + "': " + count(c.total) + " items, " +
                  count(c.queued + c.unlabeled) + " waiting for review";
    out.details.push_back("project '" + s.name + "' (" + s.path + ")");
    out.details.push_back("items: " + count(c.total) + " — " + count(c.unlabeled) +
                          " unlabeled, " + count(c.queued) + " queued, " +
                          count(c.autoAccepted) + " auto-accepted, " + count(c.humanLabeled) +
                          " human-labeled, " + count(c.failed) + " failed");
    out.details.push_back("human decisions: " + count(c.humanDecisions) + "; " +
                          describeAcceptRule(s.policy) + "; queue order " +
                          std::string(toText(s.policy.strategy)));
    out.details.push_back(
        "class                 human  import    auto  threshold  audited precision");
    for (size_t i = 0; i < c.byClass.size() && i < s.classes.size(); ++i) {
        char line[160];
        std::snprintf(line, sizeof line, "%-20s %6lld %7lld %7lld  ", s.classes[i].name.c_str(),
                      (long long)c.byClass[i].human, (long long)c.byClass[i].imported,
                      (long long)c.byClass[i].automatic);
        const ClassTrust *trust = i < s.trust.size() ? &s.trust[i] : nullptr;
        out.details.push_back(line + describeTrust(trust, s.classes[i].name));
    }
    if (s.lastJob) {
        const JobRecord &j = *s.lastJob;
        out.details.push_back("last job: " + j.kind + ", " + std::string(toText(j.state)) +
                              " (" + count(j.done) + '/' + count(j.total) + "), started " +
                              j.startedAt + (j.error.empty() ? "" : ", error: " + j.error));
    }
    if (s.learner) {
        const ModelVersion &m = *s.learner;
        out.details.push_back(
            "learner: version " + count(m.id) + ", " + count(m.humanLabels) +
            " labels, held-out accuracy " +
            (m.validationAccuracy >= 0 ? percent(m.validationAccuracy) : std::string("n/a")) +
            ", " + m.device + ", " + m.createdAt);
    } else {
        out.details.push_back("learner: not trained yet");
    }
    for (const DriftWarning &w : s.driftWarnings) {
        out.details.push_back("drift warning (round " + count(w.modelVersionId) + "): " + w.message);
    }

    JsonWriter json;
    json.beginObject().field("project", s.name).field("path", s.path);
    json.beginObject("items")
        .field("total", c.total)
        .field("unlabeled", c.unlabeled)
        .field("queued", c.queued)
        .field("auto_accepted", c.autoAccepted)
        .field("human_labeled", c.humanLabeled)
        .field("failed", c.failed)
        .field("removed", c.removed)
        .endObject();
    json.field("human_decisions", c.humanDecisions);
    json.field("accept_threshold", s.policy.acceptThreshold);
    json.field("target_precision", s.policy.targetPrecision);
    json.field("audit_share", s.policy.auditShare);
    json.field("min_labels_per_class", int64_t(s.policy.minHumanLabelsPerClass));
    json.field("sampling_strategy", std::string(toText(s.policy.strategy)));
    json.beginArray("classes");
    for (size_t i = 0; i < c.byClass.size() && i < s.classes.size(); ++i) {
        json.beginObject()
            .field("name", s.classes[i].name)
            .field("human", c.byClass[i].human)
            .field("import", c.byClass[i].imported)
            .field("auto", c.byClass[i].automatic);
        if (i < s.trust.size()) {
            writeTrust(json, s.trust[i], s.classes[i].name);
        }
        json.endObject();
    }
    json.endArray();
    if (s.lastJob) {
        const JobRecord &j = *s.lastJob;
        json.beginObject("last_job")
            .field("kind", j.kind)
            .field("state", std::string(toText(j.state)))
            .field("done", j.done)
            .field("total", j.total)
            .field("error", j.error)
            .field("started_at", j.startedAt)
            .field("finished_at", j.finishedAt)
            .endObject();
    } else {
        json.nullField("last_job");
    }
    if (s.learner) {
        const ModelVersion &m = *s.learner;
        json.beginObject("learner")
            .field("version", m.id)
            .field("human_labels", m.humanLabels)
            .field("validation_accuracy", m.validationAccuracy)
            .field("temperature", m.temperature)
            .field("device", m.device)
            .field("created_at", m.createdAt)
            .endObject();
    } else {
        json.nullField("learner");
    }
    writeDriftWarnings(json, s.driftWarnings);
    json.endObject();
    out.json = json.text();
    return out;
}

JobOutcome describe(const DriftReport &r)
{
    JobOutcome out;
    const DriftThresholds &t = r.thresholds;
    out.summary = r.rounds.empty() ? std::string("no round recorded yet")
                                   : count(int64_t(r.rounds.size())) + " rounds, " +
                                         count(int64_t(r.warnings.size())) + " drift warnings";
    auto limit = [](double value, bool asPercent) {
        return value < 0 ? std::string("off") : asPercent ? percent(value) : formatFixed(value, 2);
    };
    out.details.push_back("limits: agreement at least " + limit(t.minAgreement, true) +
                          ", audited precision at least " + limit(t.minAuditPrecision, true) +
                          ", import divergence at most " + limit(t.maxImportDivergence, false) +
                          ", label drift at most " + limit(t.maxLabelDrift, false) +
                          ", feature shift at most " + limit(t.maxFeatureShift, false));
    if (!r.rounds.empty()) {
        out.details.push_back("reference: round " + count(r.referenceRound));
        out.details.push_back(
            "round   new labels  agreement  audited  precision  new items  imports  labels  features");
    }
    auto shown = [](double value, bool asPercent) {
        return value < 0 ? std::string("-") : asPercent ? percent(value) : formatFixed(value, 3);
    };
    for (size_t i = 0; i < r.rounds.size(); ++i) {
        const RoundStats &round = r.rounds[i];
        const RoundFigures &f = r.figures[i];
        char line[200];
        std::snprintf(line, sizeof line, "%5lld %12lld %10s %8lld %10s %10lld %8s %7s %9s",
                      (long long)round.modelVersionId, (long long)round.newDecisions,
                      shown(f.agreement, true).c_str(), (long long)round.audited,
                      shown(f.auditPrecision, true).c_str(), (long long)round.newItems,
                      shown(f.importDivergence, false).c_str(), shown(f.labelDrift, false).c_str(),
                      shown(f.featureShift, false).c_str());
        out.details.push_back(line);
    }
    for (const DriftWarning &w : r.warnings) {
        out.details.push_back("warning (round " + count(w.modelVersionId) + "): " + w.message);
    }
    if (r.warnings.empty() && !r.rounds.empty()) {
        out.details.push_back("no figure is past its limit");
    }
    JsonWriter json;
    json.beginObject().field("reference_round", r.referenceRound);
    writeThresholds(json, t);
    json.beginArray("rounds");
    for (size_t i = 0; i < r.rounds.size(); ++i) {
        json.beginObject()
            .field("model_version", r.rounds[i].modelVersionId)
            .field("new_human_labels", r.rounds[i].newDecisions)
            .field("audited", r.rounds[i].audited)
            .field("new_items", r.rounds[i].newItems);
        writeRoundFigures(json, r.figures[i]);
        json.endObject();
    }
    json.endArray();
    writeDriftWarnings(json, r.warnings);
    json.endObject();
    out.json = json.text();
    return out;
}

JobOutcome describeRemoval(int64_t removed)
{
    JobOutcome out;
    out.summary = "removed " + count(removed) + " items";
    out.details.push_back(out.summary);
    JsonWriter json;
    json.beginObject().field("removed", removed).endObject();
    out.json = json.text();
    return out;
}

JobOutcome describeCreation(const std::string &path, const std::string &name, size_t classCount)
{
    JobOutcome out;
    out.summary = "created project '" + name + "' at " + path + " with " +
                  count(int64_t(classCount)) + " classes";
    out.details.push_back(out.summary);
    JsonWriter json;
    json.beginObject()
        .field("project", name)
        .field("path", path)
        .field("classes", int64_t(classCount))
        .endObject();
    out.json = json.text();
    return out;
}

JobOutcome describe(const ProjectModel &model, const std::vector<ClassInfo> &classes)
{
    JobOutcome out;
    out.summary = "added model " + modelLine(model);
    out.details.push_back(out.summary);
    if (model.kind == ModelKind::Classifier) {
        std::string mapping = "  mapping (model output: project class):";
        for (size_t i = 0; i < model.classMap.size(); ++i) {
            mapping += ' ' + std::to_string(i) + ':' + className(model.classMap[i], classes);
        }
        out.details.push_back(mapping);
    }
    JsonWriter json;
    writeModel(json, model, classes);
    out.json = json.text();
    return out;
}

JobOutcome describe(const std::vector<ProjectModel> &models, const std::vector<ClassInfo> &classes)
{
    JobOutcome out;
    out.summary = count(int64_t(models.size())) + " models";
    for (const auto &m : models) {
        out.details.push_back(modelLine(m));
    }
    if (models.empty()) {
        out.details.push_back("no models yet (triage-cli model add PROJECT FILE)");
    }
    JsonWriter json;
    json.beginObject().beginArray("models");
    for (const auto &m : models) {
        writeModel(json, m, classes);
    }
    json.endArray().endObject();
    out.json = json.text();
    return out;
}

JobOutcome describeModelScoring(const std::string &name, const PipelineStats &stats,
                                const std::string &cacheNote)
{
    JobOutcome out;
    const double rate = stats.seconds > 0 ? double(stats.scored) / stats.seconds : 0;
    out.summary = "model '" + name + "' scored " + count(stats.scored) + " items in " +
                  formatFixed(stats.seconds, 1) + " s (" + formatFixed(rate, 1) + " images/s, " +
                  count(stats.fromCache) + " inputs from the cache)";
    if (stats.failed > 0) {
        out.summary += "; " + count(stats.failed) + " no longer readable (marked failed)";
    }
    out.details.push_back(out.summary);
    if (!cacheNote.empty()) {
        out.details.push_back(cacheNote);
    }
    JsonWriter json;
    json.beginObject()
        .field("model", name)
        .field("scored", stats.scored)
        .field("failed", stats.failed)
        .field("from_cache", stats.fromCache)
        .field("seconds", stats.seconds)
        .field("images_per_second", rate);
    if (!cacheNote.empty()) {
        json.field("cache", cacheNote);
    }
    out.json = json.endObject().text();
    return out;
}

JobOutcome describeModelRemoval(const std::string &name)
{
    JobOutcome out;
    out.summary = "removed model '" + name + "' and its outputs (the file is untouched)";
    out.details.push_back(out.summary);
    JsonWriter json;
    out.json = json.beginObject().field("removed", name).endObject().text();
    return out;
}

JobOutcome describeIdxConversion(int64_t written, const std::string &folder)
{
    JobOutcome out;
    out.summary = "wrote " + count(written) + " images and truth.csv to " + folder;
    out.details.push_back(out.summary);
    JsonWriter json;
    json.beginObject().field("written", written).field("folder", folder).endObject();
    out.json = json.text();
    return out;
}

JobOutcome describe(const SuspectReport &r, const std::vector<ClassInfo> &classes, int64_t limit)
{
    JobOutcome out;
    out.summary = count(int64_t(r.suspects.size())) + " suspect labels among " + count(r.checked) +
                  " checked";
    out.details.push_back(out.summary + (r.checked == 0 ? " (run autolabel first)" : ""));
    if (!r.suspects.empty()) {
        out.details.push_back("  item  label (p)              model says (p)         source  path");
    }
    for (size_t i = 0; i < r.suspects.size() && (limit == 0 || int64_t(i) < limit); ++i) {
        const SuspectItem &s = r.suspects[i];
        char line[512];
        std::snprintf(line, sizeof line, "%6lld  %-14s %5.2f  %-14s %5.2f   %-6s  %s",
                      (long long)s.itemId, className(s.labelClassId, classes).c_str(),
                      s.labelProbability, className(s.suggestedClassId, classes).c_str(),
                      s.suggestedProbability, std::string(toText(s.source)).c_str(),
                      s.path.c_str());
        out.details.push_back(line);
    }
    JsonWriter json;
    json.beginObject().field("checked", r.checked).beginArray("suspects");
    for (const SuspectItem &s : r.suspects) {
        json.beginObject()
            .field("item", s.itemId)
            .field("path", s.path)
            .field("label", className(s.labelClassId, classes))
            .field("label_probability", s.labelProbability)
            .field("source", std::string(toText(s.source)))
            .field("suggested", className(s.suggestedClassId, classes))
            .field("suggested_probability", s.suggestedProbability)
            .endObject();
    }
    json.endArray().endObject();
    out.json = json.text();
    return out;
}

JobOutcome describe(const TestSetEvaluation &e)
{
    JobOutcome out;
    out.summary = "learner version " + count(e.modelVersionId) + ": " + percent(e.accuracy) +
                  " of " + count(e.images) + " test images right";
    out.details.push_back(out.summary);
    JsonWriter json;
    json.beginObject()
        .field("model_version", e.modelVersionId)
        .field("images", e.images)
        .field("correct", e.correct)
        .field("accuracy", e.accuracy)
        .endObject();
    out.json = json.text();
    return out;
}

std::string dashboardJson(const Dashboard &d)
{
    const auto &classes = d.status.classes;
    JsonWriter json;
    json.beginObject().field("project", d.status.name).field("path", d.status.path);

    json.beginObject("progress");
    json.field("review_queue", d.reviewQueue);
    json.field("classes_not_auto_accepted", d.classesWithheld);
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
        writeRoundFigures(json, f);
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

    json.beginObject("drift").field("reference_round", d.drift.referenceRound);
    writeThresholds(json, d.drift.thresholds);
    writeDriftWarnings(json, d.drift.warnings);
    json.endObject();

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
