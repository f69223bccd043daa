#include "labelfiles.h"

#include "csvreader.h"
#include "jsonwriter.h"
#include "numbertext.h"
#include "plaintext.h"

#include <cctype>
#include <filesystem>
#include <functional>

namespace triage {
namespace {

std::vector<Split> splitsPresent(const ExportContents &contents)
{
    std::vector<Split> splits;
    for (Split s : {Split::Train, Split::Val, Split::Test}) {
        for (const ExportRecord &r : contents.records) {
            if (r.label.split == s) {
                splits.push_back(s);
                break;
            }
        }
    }
    return splits;
}

// The whole export's file (Split::None), or with splits one file per split present.
std::vector<ExportFile> fileEachSplit(const ExportContents &contents,
                                      const std::function<std::string(Split)> &path,
                                      const std::function<std::string(Split)> &bytes)
{
    if (!contents.hasSplits) {
        return {{path(Split::None), bytes(Split::None)}};
    }
    std::vector<ExportFile> files;
    for (Split s : splitsPresent(contents)) {
        files.push_back({path(s), bytes(s)});
    }
    return files;
}

void writeOptionalId(JsonWriter &json, const std::string &key, const std::optional<int64_t> &id)
{
    if (id) {
        json.field(key, *id);
    } else {
        json.nullField(key);
    }
}

std::string csvFile(const ExportContents &contents)
{
    std::string csv = "path,label,source,confidence";
    csv += contents.hasSplits ? ",split\n" : "\n";
    for (const ExportRecord &r : contents.records) {
        csv += csvField(r.file) + ',' + csvField(r.cls->name) + ',' +
               std::string(toText(r.label.source)) + ',' + formatNumber(r.label.confidence);
        csv += contents.hasSplits ? "," + std::string(toText(r.label.split)) + "\n" : "\n";
    }
    return csv;
}

// One object a line: the label and everything known about where it came from.
std::string jsonlFile(const ExportContents &contents)
{
    std::string lines;
    for (const ExportRecord &r : contents.records) {
        JsonWriter json;
        json.beginObject()
            .field("item_id", r.label.itemId)
            .field("file", r.file)
            .field("original_path", r.label.path)
            .field("content_hash", r.label.contentHash)
            .field("width", int64_t(r.width))
            .field("height", int64_t(r.height))
            .field("label", r.cls->name)
            .field("class_index", int64_t(r.cls->position))
            .field("source", std::string(toText(r.label.source)))
            .field("confidence", r.label.confidence);
        if (r.label.annotator.empty()) {
            json.nullField("annotator");
        } else {
            json.field("annotator", r.label.annotator);
        }
        writeOptionalId(json, "decision_id", r.label.decisionId);
        writeOptionalId(json, "model_version", r.label.modelVersionId);
        json.field("labelled_at", r.label.labelledAt);
        if (contents.hasSplits) {
            json.field("split", std::string(toText(r.label.split)));
        }
        lines += json.endObject().text() + '\n';
    }
    return lines;
}

// COCO for classification: one image-level annotation per image (no bbox), category ids
// from 1 in project order, image and annotation ids the item's id (stable across versions).
std::string cocoFile(const ExportContents &contents, Split split)
{
    JsonWriter json;
    json.beginObject();
    std::string description = "Triage project " + contents.project;
    if (split != Split::None) {
        description += ", " + std::string(toText(split)) + " split";
    }
    json.beginObject("info")
        .field("description", description)
        .field("version", contents.versionName)
        .field("year", int64_t(std::atoi(contents.createdAt.substr(0, 4).c_str())))
        .field("contributor", "Triage")
        .field("url", "")
        .field("date_created", contents.createdAt)
        .endObject();
    json.beginArray("licenses").endArray();
    json.beginArray("categories");
    for (const ClassInfo &c : contents.classes) {
        json.beginObject()
            .field("id", int64_t(c.position + 1))
            .field("name", c.name)
            .field("supercategory", "")
            .endObject();
    }
    json.endArray();
    auto inSplit = [&](const ExportRecord &r) { return split == Split::None || r.label.split == split; };
    json.beginArray("images");
    for (const ExportRecord &r : contents.records) {
        if (inSplit(r)) {
            json.beginObject()
                .field("id", r.label.itemId)
                .field("file_name", r.file)
                .field("width", int64_t(r.width))
                .field("height", int64_t(r.height))
                .endObject();
        }
    }
    json.endArray();
    json.beginArray("annotations");
    for (const ExportRecord &r : contents.records) {
        if (inSplit(r)) {
            json.beginObject()
                .field("id", r.label.itemId)
                .field("image_id", r.label.itemId)
                .field("category_id", int64_t(r.cls->position + 1))
                .beginObject("attributes")
                .field("source", std::string(toText(r.label.source)))
                .field("confidence", r.label.confidence)
                .endObject()
                .endObject();
        }
    }
    json.endArray();
    return json.endObject().text() + '\n';
}

std::string classesFile(const ExportContents &contents)
{
    std::string text;
    for (const ClassInfo &c : contents.classes) {
        text += c.name + '\n';
    }
    return text;
}

// Hugging Face imagefolder: metadata.jsonl beside the images, file_name relative to it.
std::string huggingFaceMetadata(const ExportContents &contents, Split split)
{
    std::string lines;
    for (const ExportRecord &r : contents.records) {
        if (split != Split::None && r.label.split != split) {
            continue;
        }
        JsonWriter json;
        json.beginObject()
            .field("file_name", std::filesystem::path(r.file).filename().string())
            .field("label", r.cls->name)
            .field("source", std::string(toText(r.label.source)))
            .field("confidence", r.label.confidence)
            .field("item_id", r.label.itemId);
        lines += json.endObject().text() + '\n';
    }
    return lines;
}

// The labeling interface the tasks are made for: one choice per image, in project order.
std::string labelStudioConfig(const ExportContents &contents)
{
    std::string xml = "<View>\n  <Image name=\"image\" value=\"$image\"/>\n"
                      "  <Choices name=\"label\" toName=\"image\" choice=\"single-radio\">\n";
    for (const ClassInfo &c : contents.classes) {
        xml += "    <Choice value=\"" + xmlEscaped(c.name) + "\"/>\n";
    }
    return xml + "  </Choices>\n</View>\n";
}

void writeLabelStudioResult(JsonWriter &json, const ExportRecord &r)
{
    json.beginArray("result")
        .beginObject()
        .field("from_name", "label")
        .field("to_name", "image")
        .field("type", "choices")
        .beginObject("value")
        .beginArray("choices")
        .value(r.cls->name)
        .endArray()
        .endObject()
        .endObject()
        .endArray();
}

// Tasks to import into Label Studio: people's labels as finished annotations, automatic
// ones as predictions (with the model round and its confidence) for someone to check.
std::string labelStudioTasks(const ExportContents &contents)
{
    JsonWriter json;
    json.beginArray({});
    for (const ExportRecord &r : contents.records) {
        json.beginObject();
        json.beginObject("data")
            .field("image", labelStudioImageUrl(r.file))
            .field("triage_item_id", r.label.itemId)
            .field("original_path", r.label.path);
        if (contents.hasSplits) {
            json.field("split", std::string(toText(r.label.split)));
        }
        json.endObject();
        if (r.label.source == LabelSource::Auto) {
            json.beginArray("predictions").beginObject();
            json.field("model_version",
                       r.label.modelVersionId
                           ? "triage model version " + std::to_string(*r.label.modelVersionId)
                           : std::string("triage"));
            json.field("score", r.label.confidence);
            writeLabelStudioResult(json, r);
            json.endObject().endArray();
        } else {
            json.beginArray("annotations").beginObject();
            writeLabelStudioResult(json, r);
            json.field("created_at", r.label.labelledAt);
            json.endObject().endArray();
        }
        json.endObject();
    }
    return json.endArray().text() + '\n';
}

}  // namespace

std::string labelStudioImageUrl(const std::string &file)
{
    const std::string relative = !file.empty() && file.front() == '/' ? file.substr(1) : file;
    static const char *hex = "0123456789ABCDEF";
    std::string encoded;
    for (unsigned char c : relative) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
            encoded += char(c);
        } else {
            encoded += '%';
            encoded += hex[c >> 4];
            encoded += hex[c & 15];
        }
    }
    return "/data/local-files/?d=" + encoded;
}

std::vector<ExportFile> labelFiles(ExportFormat format, const ExportContents &contents)
{
    switch (format) {
    case ExportFormat::ImageFolder: return {};
    case ExportFormat::Csv: return {{"labels.csv", csvFile(contents)}};
    case ExportFormat::Jsonl: return {{"labels.jsonl", jsonlFile(contents)}};
    case ExportFormat::Coco:
        return fileEachSplit(
            contents,
            [](Split s) {
                return s == Split::None ? std::string("annotations.json")
                                        : "annotations_" + std::string(toText(s)) + ".json";
            },
            [&](Split s) { return cocoFile(contents, s); });
    case ExportFormat::Yolo: return {{"classes.txt", classesFile(contents)}};
    case ExportFormat::HuggingFace:
        return fileEachSplit(
            contents,
            [](Split s) {
                return s == Split::None ? std::string("metadata.jsonl")
                                        : std::string(toText(s)) + "/metadata.jsonl";
            },
            [&](Split s) { return huggingFaceMetadata(contents, s); });
    case ExportFormat::LabelStudio:
        return {{"tasks.json", labelStudioTasks(contents)},
                {"label_config.xml", labelStudioConfig(contents)}};
    }
    return {};
}

}  // namespace triage
