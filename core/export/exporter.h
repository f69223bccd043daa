#pragma once
// Exporter: writes the project's labels (as they are now, or as a dataset version holds
// them) as a dataset that training code reads, in any format of exportformat.h, with a
// triage-export.json manifest. Images are copied, hard-linked, or referenced where they
// are; IDX records are written as PNG. Items are written in item-id order and file names
// follow from the items alone, so the same version exports to the same bytes.
// The export is built in a temporary sibling folder, every file fsync'ed, and renamed
// into place, so OUT is either complete or absent; an existing non-empty OUT is never
// written into. The project is checked (PRAGMA quick_check) first, class names must be
// safe as folder names, and labelled images whose files are missing fail the export
// unless they are to be skipped.
//
// Threads: blocks; call from the thread that owns `store`.
#include "exportformat.h"
#include "progress.h"
#include "projectstore.h"

#include <array>
#include <string>

namespace triage {

enum class ExportInclusion { Human = 1, Accepted };  // Human: people and imports only
// A labelled image whose file is gone: fail the export (the default), or leave it out.
enum class MissingSources { Fail = 1, Skip };

struct ExportOptions {
    ExportFormat format = ExportFormat::ImageFolder;
    ExportInclusion include = ExportInclusion::Accepted;
    std::string outDir;
    MissingSources missing = MissingSources::Fail;
    std::string version;  // a dataset version's name; "" for the labels as they are now
    ImagePlacement images = ImagePlacement::Copy;
};

struct ExportReport {
    int64_t written = 0;
    int64_t linked = 0;                     // images hard-linked rather than copied
    std::vector<std::string> missing;       // "path: why" of images left out (Skip)
    std::vector<int64_t> perClass;          // by class position
    std::array<int64_t, 4> perSplit{};      // by Split; [None] without splits
    std::vector<std::string> emptyClasses;  // classes with no item (no folder written)
    // "val: c, d": classes a split has no item of, so a folder-per-class reader of that
    // split numbers its classes differently.
    std::vector<std::string> splitGaps;
    std::string digest;  // of the exported labels, as triage-export.json says
};

std::string_view toText(ExportInclusion include);
Result<ExportInclusion> exportInclusionFromString(const std::string &text);

Result<ExportReport> exportDataset(ProjectStore &store, const ExportOptions &options,
                                   const ProgressFn &progress, const CancelToken &cancel);

}  // namespace triage
