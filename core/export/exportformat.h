#pragma once
// The export formats and where each puts images and labels, so the exporter, the CLI and
// the GUI's Export dialog share one description of them.
#include "projecttypes.h"
#include "result.h"

#include <string>
#include <string_view>
#include <vector>

namespace triage {

enum class ExportFormat {
    ImageFolder = 1,  // OUT/<class>/<file>, or OUT/<split>/<class>/<file> with splits
    Csv,              // OUT/labels.csv + OUT/images/
    Jsonl,            // OUT/labels.jsonl (one object per item, with provenance) + OUT/images/
    Coco,             // OUT/annotations.json (or annotations_<split>.json) + OUT/images/
    Yolo,             // OUT/<split>/<class>/<file> + OUT/classes.txt; needs splits
    HuggingFace,      // imagefolder: OUT/[<split>/]metadata.jsonl beside the images
    LabelStudio,      // OUT/tasks.json + OUT/label_config.xml + OUT/images/
};

// How images get into the export: copied, hard-linked (copied where the filesystem cannot
// link), or referenced by their absolute path (formats that list files only).
enum class ImagePlacement { Copy = 1, Link, Reference };

std::string_view toText(ExportFormat format);
std::string_view toText(ImagePlacement placement);
const std::vector<ExportFormat> &allExportFormats();
Result<ExportFormat> exportFormatFromString(const std::string &text);
Result<ImagePlacement> imagePlacementFromString(const std::string &text);

// The layout's folders are the labels (ImageFolder, YOLO, Hugging Face), so the images have
// to be in them: such a format cannot reference images where they are.
bool keepsImagesInItsFolders(ExportFormat format);
// YOLO classification reads train/ and val/: only a dataset version with splits has them.
bool needsSplits(ExportFormat format);
// Why `format` cannot be written with `placement` from labels with or without splits, or
// "" when it can.
std::string exportChoiceProblem(ExportFormat format, ImagePlacement placement, bool hasSplits);

// The folder, relative to the export's root, that holds an image of class `className` in
// `split` ("" for the root).
std::string imageFolderOf(ExportFormat format, const std::string &className, Split split);

}  // namespace triage
