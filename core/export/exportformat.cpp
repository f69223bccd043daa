#include "exportformat.h"

namespace triage {
namespace {

struct FormatName {
    ExportFormat format;
    std::string_view name;
};

constexpr FormatName kFormatNames[] = {
    {ExportFormat::ImageFolder, "imagefolder"}, {ExportFormat::Csv, "csv"},
    {ExportFormat::Jsonl, "jsonl"},             {ExportFormat::Coco, "coco"},
    {ExportFormat::Yolo, "yolo"},               {ExportFormat::HuggingFace, "hf"},
    {ExportFormat::LabelStudio, "labelstudio"},
};

std::string formatList()
{
    std::string list;
    for (const FormatName &f : kFormatNames) {
        list += (list.empty() ? "" : ", ") + std::string(f.name);
    }
    return list;
}

}  // namespace

std::string_view toText(ExportFormat format)
{
    for (const FormatName &f : kFormatNames) {
        if (f.format == format) {
            return f.name;
        }
    }
    return "unknown";
}

std::string_view toText(ImagePlacement placement)
{
    switch (placement) {
    case ImagePlacement::Copy: return "copy";
    case ImagePlacement::Link: return "link";
    case ImagePlacement::Reference: return "reference";
    }
    return "unknown";
}

const std::vector<ExportFormat> &allExportFormats()
{
    static const std::vector<ExportFormat> formats = [] {
        std::vector<ExportFormat> all;
        for (const FormatName &f : kFormatNames) {
            all.push_back(f.format);
        }
        return all;
    }();
    return formats;
}

Result<ExportFormat> exportFormatFromString(const std::string &text)
{
    for (const FormatName &f : kFormatNames) {
        if (f.name == text) {
            return f.format;
        }
    }
    return makeError(ErrorCode::InvalidArgument,
                     "unknown export format '" + text + "' (" + formatList() + ")");
}

Result<ImagePlacement> imagePlacementFromString(const std::string &text)
{
    for (ImagePlacement p : {ImagePlacement::Copy, ImagePlacement::Link, ImagePlacement::Reference}) {
        if (toText(p) == text) {
            return p;
        }
    }
    return makeError(ErrorCode::InvalidArgument,
                     "unknown --images '" + text + "' (copy, link, reference)");
}

bool keepsImagesInItsFolders(ExportFormat format)
{
    return format == ExportFormat::ImageFolder || format == ExportFormat::Yolo ||
           format == ExportFormat::HuggingFace;
}

bool needsSplits(ExportFormat format)
{
    return format == ExportFormat::Yolo;
}

std::string exportChoiceProblem(ExportFormat format, ImagePlacement placement, bool hasSplits)
{
    if (placement == ImagePlacement::Reference && keepsImagesInItsFolders(format)) {
        return std::string(toText(format)) +
               " keeps the images in its own folders, so it cannot reference them where they "
               "are: copy or link them (referencing works with csv, jsonl, coco and "
               "labelstudio)";
    }
    if (needsSplits(format) && !hasSplits) {
        return std::string(toText(format)) +
               " needs train and val splits: export a dataset version created with splits "
               "(version create ... --splits 0.8,0.1,0.1)";
    }
    return {};
}

std::string imageFolderOf(ExportFormat format, const std::string &className, Split split)
{
    const std::string splitFolder(toText(split));  // "" without splits
    switch (format) {
    case ExportFormat::ImageFolder:
    case ExportFormat::Yolo:
        return splitFolder.empty() ? className : splitFolder + "/" + className;
    case ExportFormat::HuggingFace: return splitFolder;
    case ExportFormat::Csv:
    case ExportFormat::Jsonl:
    case ExportFormat::Coco:
    case ExportFormat::LabelStudio: return "images";
    }
    return "images";
}

}  // namespace triage
