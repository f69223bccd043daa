#pragma once
// The files an export writes beside its images: labels.csv, labels.jsonl, COCO
// annotations, classes.txt, Hugging Face metadata.jsonl, Label Studio tasks. Pure
// functions of what is exported, so the same labels give byte-identical files.
#include "exportformat.h"
#include "projecttypes.h"

#include <string>
#include <vector>

namespace triage {

struct ExportRecord {
    VersionItem label;  // the label with its provenance, the item's path and annotator
    const ClassInfo *cls = nullptr;
    int width = 0;
    int height = 0;
    std::string file;  // the image as the export names it: relative to its root, or absolute
};

struct ExportContents {
    std::string project;
    std::string versionName;  // "" for the labels as they were at export
    std::string createdAt;    // the version's creation time, or the newest label's
    std::vector<ClassInfo> classes;  // position order
    bool hasSplits = false;
    ImagePlacement placement = ImagePlacement::Copy;
    std::vector<ExportRecord> records;  // by item id
};

struct ExportFile {
    std::string path;  // relative to the export's root
    std::string bytes;
};

std::vector<ExportFile> labelFiles(ExportFormat format, const ExportContents &contents);

// Label Studio's URL for a file it serves from local storage: relative to the document
// root (the export's folder, or "/" for referenced images), percent-encoded.
std::string labelStudioImageUrl(const std::string &file);

}  // namespace triage
