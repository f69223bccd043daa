#include "lfreports.h"

#include "jsonwriter.h"
#include "numbertext.h"
#include "reports.h"

#include <cstdio>

namespace triage {
namespace {

std::string fraction(int64_t part, int64_t whole)
{
    return whole > 0 ? percent(double(part) / double(whole)) : std::string("-");
}

std::string accuracyText(double value)
{
    return value >= 0 ? percent(value) : std::string("-");
}

std::string className(const std::vector<ClassInfo> &classes, int32_t position)
{
    return position >= 0 && size_t(position) < classes.size() ? classes[size_t(position)].name
                                                              : std::string("-");
}

}  // namespace

std::string labelModelLine(const CombineReport &r)
{
    std::string line = "label model (" + std::string(toText(r.kind)) + ") over " +
                       std::to_string(r.lfs) + " labeling functions: " + std::to_string(r.covered) +
                       " items with a vote, " + std::to_string(r.conflicted) +
                       " with trusted functions disagreeing";
    if (r.heldOutAccuracy >= 0) {
        line += "; agrees with people on " + percent(r.heldOutAccuracy) +
                " of their items, temperature " + formatFixed(r.temperature, 2);
    }
    return line;
}

void writeLabelModel(JsonWriter &json, const std::optional<CombineReport> &report)
{
    if (!report) {
        json.nullField("label_model");
        return;
    }
    const CombineReport &r = *report;
    json.beginObject("label_model")
        .field("kind", std::string(toText(r.kind)))
        .field("model_version", r.modelVersionId)
        .field("functions", int64_t(r.lfs))
        .field("covered", r.covered)
        .field("conflicted", r.conflicted)
        .field("temperature", r.temperature)
        .field("held_out_accuracy", r.heldOutAccuracy)
        .endObject();
}

JobOutcome describe(const LfApplyReport &r)
{
    JobOutcome out;
    out.summary = "applied " + std::to_string(r.functions) + " labeling functions to " +
                  std::to_string(r.items) + " items";
    if (r.labelModel) {
        out.summary += ": " + std::to_string(r.routing.autoAccepted) + " auto-accepted, " +
                       std::to_string(r.routing.queued) + " queued";
    }
    out.details.push_back(out.summary + " (" + std::to_string(r.decoded) + " images read" +
                          (r.failedToDecode > 0
                               ? ", " + std::to_string(r.failedToDecode) + " did not decode"
                               : std::string()) +
                          ")");
    if (r.labelModel) {
        out.details.push_back(labelModelLine(*r.labelModel));
    } else {
        out.details.push_back("no function but the learner voted: routing is unchanged");
    }
    JsonWriter json;
    json.beginObject()
        .field("items", r.items)
        .field("decoded", r.decoded)
        .field("failed_to_decode", r.failedToDecode)
        .field("functions", int64_t(r.functions))
        .field("auto_accepted", r.routing.autoAccepted)
        .field("queued", r.routing.queued)
        .field("untouched", r.routing.untouched);
    writeLabelModel(json, r.labelModel);
    json.endObject();
    out.json = json.text();
    return out;
}

JobOutcome describe(const LfAnalysisReport &r)
{
    JobOutcome out;
    out.summary = std::to_string(r.rows.size()) +
                  " labeling functions: " + fraction(r.covered, r.items) + " of " +
                  std::to_string(r.items) + " items have a vote, " +
                  fraction(r.conflicted, r.items) + " conflicting";
    out.details.push_back(out.summary + " (label model: " + std::string(toText(r.labelModel)) +
                          ")");
    char line[256];
    std::snprintf(line, sizeof line, "%-20s %-14s %8s %8s %8s %8s %7s %15s %8s", "name", "kind",
                  "coverage", "overlap", "conflict", "accuracy", "checked", "95% interval",
                  "learned");
    out.details.push_back(line);
    JsonWriter json;
    json.beginObject()
        .field("label_model", std::string(toText(r.labelModel)))
        .field("items", r.items)
        .field("covered", r.covered)
        .field("conflicted", r.conflicted)
        .beginArray("functions");
    for (const auto &row : r.rows) {
        const LfStatistics &s = row.statistics;
        const std::string interval =
            s.checked > 0 ? accuracyText(s.accuracyLow) + "-" + accuracyText(s.accuracyHigh)
                          : std::string("-");
        std::snprintf(line, sizeof line, "%-20s %-14s %8s %8s %8s %8s %7lld %15s %8s",
                      row.record.name.c_str(), row.record.kind.c_str(),
                      fraction(s.votes, r.items).c_str(), fraction(s.overlaps, r.items).c_str(),
                      fraction(s.conflicts, r.items).c_str(), accuracyText(s.accuracy).c_str(),
                      static_cast<long long>(s.checked), interval.c_str(),
                      accuracyText(row.learnedAccuracy).c_str());
        out.details.push_back(line);
        json.beginObject()
            .field("name", row.record.name)
            .field("kind", row.record.kind)
            .field("version", int64_t(row.record.version))
            .field("rule", row.summary)
            .field("votes", s.votes)
            .field("coverage", r.items > 0 ? double(s.votes) / double(r.items) : 0.0)
            .field("overlap", r.items > 0 ? double(s.overlaps) / double(r.items) : 0.0)
            .field("conflict", r.items > 0 ? double(s.conflicts) / double(r.items) : 0.0)
            .field("checked", s.checked)
            .field("correct", s.correct)
            .field("accuracy", s.accuracy)
            .field("accuracy_low", s.accuracyLow)
            .field("accuracy_high", s.accuracyHigh)
            .field("learned_accuracy", row.learnedAccuracy)
            .endObject();
    }
    json.endArray().endObject();
    out.json = json.text();
    return out;
}

JobOutcome describe(const LfPreview &p, const std::vector<ClassInfo> &classes)
{
    JobOutcome out;
    out.summary = "votes on " + std::to_string(p.voted) + " of " + std::to_string(p.rows.size()) +
                  " sample items (" + fraction(p.voted, int64_t(p.rows.size())) + ")";
    if (p.checked > 0) {
        out.summary += ", right on " + std::to_string(p.correct) + " of " +
                       std::to_string(p.checked) + " human-labelled (" +
                       fraction(p.correct, p.checked) + ")";
    }
    out.details.push_back(out.summary);
    JsonWriter json;
    json.beginObject()
        .field("sampled", int64_t(p.rows.size()))
        .field("voted", p.voted)
        .field("checked", p.checked)
        .field("correct", p.correct)
        .beginArray("items");
    for (const auto &row : p.rows) {
        out.details.push_back(
            std::to_string(row.itemId) + ' ' + row.path + " -> " + className(classes, row.vote) +
            (row.human != kAbstain ? " (person: " + className(classes, row.human) + ")"
                                   : std::string()));
        json.beginObject().field("item", row.itemId).field("path", row.path);
        row.vote == kAbstain ? json.nullField("vote")
                             : json.field("vote", className(classes, row.vote));
        row.human == kAbstain ? json.nullField("human")
                              : json.field("human", className(classes, row.human));
        json.endObject();
    }
    json.endArray().endObject();
    out.json = json.text();
    return out;
}

JobOutcome describe(const LfImportSummary &s)
{
    JobOutcome out;
    out.summary = "imported labeling functions: " + std::to_string(s.added) + " added, " +
                  std::to_string(s.updated) + " updated (new version), " +
                  std::to_string(s.unchanged) + " unchanged";
    out.details.push_back(out.summary);
    JsonWriter json;
    json.beginObject()
        .field("added", int64_t(s.added))
        .field("updated", int64_t(s.updated))
        .field("unchanged", int64_t(s.unchanged))
        .endObject();
    out.json = json.text();
    return out;
}

JobOutcome describe(const std::vector<LfRecord> &functions)
{
    JobOutcome out;
    out.summary = std::to_string(functions.size()) + " labeling functions";
    JsonWriter json;
    json.beginObject().beginArray("functions");
    for (const auto &f : functions) {
        auto definition = definitionFromJson(f.definition);
        const std::string rule = definition ? describe(*definition) : "(damaged)";
        out.details.push_back(f.name + " [" + f.kind + ", v" + std::to_string(f.version) +
                              (f.enabled ? "" : ", disabled") + "] " + rule + " (" +
                              std::to_string(f.votes) + " votes)");
        json.beginObject()
            .field("name", f.name)
            .field("kind", f.kind)
            .field("version", int64_t(f.version))
            .boolField("enabled", f.enabled)
            .field("rule", rule)
            .field("votes", f.votes)
            .field("created_at", f.createdAt)
            .endObject();
    }
    json.endArray().endObject();
    out.json = json.text();
    return out;
}

JobOutcome describeLfChange(const std::string &what)
{
    JobOutcome out;
    out.summary = what;
    out.details.push_back(what);
    JsonWriter json;
    json.beginObject().field("done", what).endObject();
    out.json = json.text();
    return out;
}

}  // namespace triage
