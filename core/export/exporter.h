#pragma once
// Exporter: writes the project's labels (as they are now, or as a dataset version holds
// them) as a dataset that training code reads.
//  - ImageFolder: OUT/<class>/<file>, one folder per class that has items (torchvision's
//    ImageFolder refuses empty class folders), files copied; IDX records written as PNG.
//  - CSV: OUT/labels.csv with path,label,source,confidence; paths are the original
//    absolute paths; IDX records are written as PNG under OUT/images/.
// The export is built in a temporary sibling folder, every file fsync'ed, and renamed
// into place, so OUT is either complete or absent; an existing non-empty OUT is never
// written into. The project is checked (PRAGMA quick_check) first, and labelled images
// whose files are missing fail the export unless they are to be skipped.
//
// Threads: blocks; call from the thread that owns `store`.
#include "progress.h"
#include "projectstore.h"

#include <string>

namespace triage {

enum class ExportFormat { ImageFolder = 1, Csv };
enum class ExportInclusion { Human = 1, Accepted };  // Human: people and imports only
// A labelled image whose file is gone: fail the export (the default), or leave it out.
enum class MissingSources { Fail = 1, Skip };

struct ExportOptions {
    ExportFormat format = ExportFormat::ImageFolder;
    ExportInclusion include = ExportInclusion::Accepted;
    std::string outDir;
    MissingSources missing = MissingSources::Fail;
    std::string version;  // a dataset version's name; "" for the labels as they are now
};

struct ExportReport {
    int64_t written = 0;
    std::vector<std::string> missing;       // "path: why" of images left out (Skip)
    std::vector<int64_t> perClass;          // by class position
    std::vector<std::string> emptyClasses;  // classes with no item (no folder written)
};

Result<ExportFormat> exportFormatFromString(const std::string &text);
Result<ExportInclusion> exportInclusionFromString(const std::string &text);

Result<ExportReport> exportDataset(ProjectStore &store, const ExportOptions &options,
                                   const ProgressFn &progress, const CancelToken &cancel);

}  // namespace triage
