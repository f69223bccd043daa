#include "exportmanifest.h"

#include "jsonwriter.h"

namespace triage {

std::string shellQuoted(const std::string &argument)
{
    const bool plain = !argument.empty() &&
                       argument.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVW"
                                                  "XYZ0123456789_./:=,+-@%") == std::string::npos;
    if (plain) {
        return argument;
    }
    std::string quoted = "'";
    for (char c : argument) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

std::string exportManifestJson(ExportFormat format, const ExportContents &contents,
                               const ManifestFacts &facts)
{
    std::vector<int64_t> perClass(contents.classes.size(), 0);
    std::array<int64_t, 4> perSplit{};
    for (const ExportRecord &r : contents.records) {
        ++perClass[size_t(r.cls->position)];
        ++perSplit[size_t(r.label.split)];
    }
    JsonWriter json;
    json.beginObject()
        .field("format", "triage-export")
        .field("manifest_version", int64_t(1))
        .field("project", contents.project)
        .field("project_path", facts.projectPath);
    if (contents.versionName.empty()) {
        json.nullField("dataset_version");
    } else {
        json.field("dataset_version", contents.versionName);
    }
    json.field("digest", facts.digest)
        .field("export_format", std::string(toText(format)))
        .field("images", std::string(toText(contents.placement)))
        .field("include", facts.include)
        .field("labels_as_of", contents.createdAt);
    json.beginObject("counts").field("items", int64_t(contents.records.size()));
    json.field("linked_images", facts.linkedImages);
    json.field("left_out_missing", facts.leftOutMissing);
    json.beginObject("classes");
    for (const ClassInfo &c : contents.classes) {
        json.field(c.name, perClass[size_t(c.position)]);
    }
    json.endObject();
    if (contents.hasSplits) {
        json.beginObject("splits");
        for (Split s : {Split::Train, Split::Val, Split::Test}) {
            json.field(std::string(toText(s)), perSplit[size_t(s)]);
        }
        json.endObject();
    }
    json.endObject();
    json.beginArray("classes");
    for (const ClassInfo &c : contents.classes) {
        json.value(c.name);
    }
    json.endArray();
    json.field("command", facts.command);
    return json.endObject().text() + '\n';
}

}  // namespace triage
