#include "versionreports.h"

#include "jsonwriter.h"
#include "numbertext.h"

#include <cstdio>

namespace triage {
namespace {

std::string nameOf(int64_t classId, const std::vector<ClassInfo> &classes)
{
    for (const ClassInfo &c : classes) {
        if (c.id == classId) {
            return c.name;
        }
    }
    return "class " + std::to_string(classId);
}

std::string splitText(const DatasetVersion &v)
{
    if (!v.splits) {
        return "no splits";
    }
    return "splits " + formatNumber(v.splits->train) + "/" + formatNumber(v.splits->val) + "/" +
           formatNumber(v.splits->test) + " (seed " + std::to_string(v.splits->seed) + ")";
}

std::string headline(const DatasetVersion &v)
{
    return "'" + v.name + "': " + std::to_string(v.itemCount) + " items, " +
           (v.includeAutomatic ? "people's, imported and auto-accepted labels"
                               : "people's and imported labels") +
           (v.includeAutomatic && v.minConfidence > 0
                ? " (automatic ones at " + formatNumber(v.minConfidence) + " or above)"
                : std::string()) +
           ", " + splitText(v) + "; made " + v.createdAt + " by " + v.createdBy;
}

void addClassLines(JobOutcome &out, const VersionSummary &s, const std::vector<ClassInfo> &classes)
{
    out.details.push_back("  class                 human  import    auto" +
                          std::string(s.version.splits ? "   train     val    test" : ""));
    for (const VersionClassCount &c : s.classes) {
        char line[200];
        std::snprintf(line, sizeof line, "  %-20s %6lld %7lld %7lld", nameOf(c.classId, classes).c_str(),
                      (long long)c.human, (long long)c.imported, (long long)c.automatic);
        std::string text = line;
        if (s.version.splits) {
            std::snprintf(line, sizeof line, " %7lld %7lld %7lld", (long long)c.train,
                          (long long)c.val, (long long)c.test);
            text += line;
        }
        out.details.push_back(text);
    }
}

void writeVersion(JsonWriter &json, const VersionSummary &s, const std::vector<ClassInfo> &classes)
{
    const DatasetVersion &v = s.version;
    json.beginObject()
        .field("name", v.name)
        .field("note", v.note)
        .field("created_at", v.createdAt)
        .field("created_by", v.createdBy)
        .field("include", v.includeAutomatic ? "accepted" : "human")
        .field("min_confidence", v.minConfidence)
        .field("digest", v.digest)
        .field("items", v.itemCount);
    if (v.splits) {
        json.beginObject("splits")
            .field("train", v.splits->train)
            .field("val", v.splits->val)
            .field("test", v.splits->test)
            .field("seed", v.splits->seed)
            .endObject();
    } else {
        json.nullField("splits");
    }
    json.beginArray("classes");
    for (const VersionClassCount &c : s.classes) {
        json.beginObject()
            .field("class", nameOf(c.classId, classes))
            .field("human", c.human)
            .field("import", c.imported)
            .field("auto", c.automatic);
        if (v.splits) {
            json.field("train", c.train).field("val", c.val).field("test", c.test);
        }
        json.endObject();
    }
    json.endArray().endObject();
}

}  // namespace

JobOutcome describe(const VersionSummary &created, const std::vector<ClassInfo> &classes)
{
    JobOutcome out;
    out.summary = "created dataset version " + headline(created.version);
    out.details.push_back(out.summary);
    out.details.push_back("  digest " + created.version.digest);
    addClassLines(out, created, classes);
    JsonWriter json;
    writeVersion(json, created, classes);
    out.json = json.text();
    return out;
}

JobOutcome describe(const std::vector<VersionSummary> &versions,
                    const std::vector<ClassInfo> &classes)
{
    JobOutcome out;
    out.summary = std::to_string(versions.size()) + " dataset versions";
    if (versions.empty()) {
        out.details.push_back("no dataset version yet (make one with `version create`)");
    }
    JsonWriter json;
    json.beginObject().beginArray("versions");
    for (const VersionSummary &s : versions) {
        out.details.push_back(headline(s.version) +
                              (s.version.note.empty() ? "" : " — " + s.version.note));
        out.details.push_back("  digest " + s.version.digest);
        addClassLines(out, s, classes);
        writeVersion(json, s, classes);
    }
    json.endArray().endObject();
    out.json = json.text();
    return out;
}

JobOutcome describe(const VersionDiff &diff, const std::vector<ClassInfo> &classes, int64_t limit)
{
    JobOutcome out;
    out.summary = "from '" + diff.from.name + "' to '" + diff.to.name + "': " +
                  std::to_string(diff.added.size()) + " added, " +
                  std::to_string(diff.removed.size()) + " removed, " +
                  std::to_string(diff.relabelled.size()) + " relabelled";
    out.details.push_back(out.summary);
    out.details.push_back("  class                 " + std::string("  before   after  change"));
    for (size_t c = 0; c < diff.classCounts.size() && c < classes.size(); ++c) {
        const auto [before, after] = diff.classCounts[c];
        char line[160];
        std::snprintf(line, sizeof line, "  %-20s %8lld %7lld %+7lld", classes[c].name.c_str(),
                      (long long)before, (long long)after, (long long)(after - before));
        out.details.push_back(line);
    }
    for (size_t i = 0; i < diff.relabelled.size() && (limit == 0 || int64_t(i) < limit); ++i) {
        const Relabel &r = diff.relabelled[i];
        out.details.push_back("  relabelled " + r.path + ": " + nameOf(r.fromClassId, classes) +
                              " -> " + nameOf(r.toClassId, classes) + " (by " + r.by + ")");
    }
    if (limit > 0 && int64_t(diff.relabelled.size()) > limit) {
        out.details.push_back("  … and " + std::to_string(diff.relabelled.size() - size_t(limit)) +
                              " more relabelled (--limit 0 lists all)");
    }
    JsonWriter json;
    json.beginObject().field("from", diff.from.name).field("to", diff.to.name);
    json.field("from_digest", diff.from.digest).field("to_digest", diff.to.digest);
    for (const auto &[key, items] : {std::pair{"added", &diff.added}, std::pair{"removed", &diff.removed}}) {
        json.beginArray(key);
        for (const VersionItem &item : *items) {
            json.beginObject()
                .field("item", item.itemId)
                .field("path", item.path)
                .field("label", nameOf(item.classId, classes))
                .field("source", std::string(toText(item.source)))
                .endObject();
        }
        json.endArray();
    }
    json.beginArray("relabelled");
    for (const Relabel &r : diff.relabelled) {
        json.beginObject()
            .field("item", r.itemId)
            .field("path", r.path)
            .field("from", nameOf(r.fromClassId, classes))
            .field("to", nameOf(r.toClassId, classes))
            .field("by", r.by)
            .endObject();
    }
    json.endArray().beginArray("classes");
    for (size_t c = 0; c < diff.classCounts.size() && c < classes.size(); ++c) {
        json.beginObject()
            .field("class", classes[c].name)
            .field("before", diff.classCounts[c].first)
            .field("after", diff.classCounts[c].second)
            .endObject();
    }
    json.endArray().endObject();
    out.json = json.text();
    return out;
}

JobOutcome describeVersionDeletion(const std::string &name)
{
    JobOutcome out;
    out.summary = "deleted dataset version '" + name + "'";
    out.details.push_back(out.summary);
    JsonWriter json;
    json.beginObject().field("deleted", name).endObject();
    out.json = json.text();
    return out;
}

}  // namespace triage
