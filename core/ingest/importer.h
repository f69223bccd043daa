#pragma once
// Importer: brings images into a project from folders (recursive), single files, CSV
// manifests ("path[,label]", paths relative to the CSV) and IDX image files. Each image
// is checked (decodes, under the pixel limit), hashed (exact duplicates are one item)
// and measured; images stay where they are. A bad file is recorded as a failed item with
// its reason and never aborts the import. Re-importing adds only what is new.
//
// The import is a pipeline: the calling thread walks the arguments and looks paths up; a
// pool of threads (one per core) reads, decodes and hashes; a writer thread adds the
// results in large transactions on a connection of its own, so that writing overlaps
// decoding. IDX files are streamed a chunk of records at a time: memory does not grow
// with the file.
//
// Threads: call from one thread (the one that owns `store`). Progress is reported on the
// calling thread. The writer's connection is the import's: `store` only reads.
#include "imagesource.h"
#include "progress.h"
#include "projectstore.h"

#include <filesystem>
#include <string>
#include <vector>

namespace triage {

enum class FolderLabels { Ignore = 1, FromClassNamedFolders };

struct ImportOptions {
    FolderLabels folderLabels = FolderLabels::Ignore;
    int64_t pixelLimit = kDefaultPixelLimit;
    int threads = 0;  // 0: one per core
    // Images being decoded at once may hold at most this many bytes (estimated from their
    // headers); a larger image decodes alone.
    int64_t decodeBudgetBytes = int64_t(1) << 30;
};

struct ImportReport {
    int64_t added = 0;
    int64_t labeled = 0;       // of the added, how many came with a label
    int64_t duplicates = 0;    // same content as an item already in the project
    int64_t alreadyKnown = 0;  // path imported before
    // Of those, the ones whose class-named folder gave them a label now (as an import
    // decision), and the ones whose folder label was not applied because a person labelled
    // them (nothing an import says overrides a person).
    int64_t knownLabeled = 0;
    int64_t keptPeoplesLabels = 0;
    int64_t failed = 0;
    int64_t ignored = 0;                // files in folders that are not images by name
    int64_t unknownLabels = 0;          // labels that name no class of the project
    std::vector<std::string> failures;  // "path: reason", the first kMaxListedFailures
    int peakConcurrentDecodes = 0;      // the most images decoded at once
};

constexpr size_t kMaxListedFailures = 20;

// The path an imported file is stored under (absolute, canonical): what truth files and
// anything else that names files must map their paths through to find the item.
std::string itemPathOf(const std::filesystem::path &file);

Result<ImportReport> importPaths(ProjectStore &store, const std::vector<std::string> &paths,
                                 const ImportOptions &options, const ProgressFn &progress,
                                 const CancelToken &cancel);

}  // namespace triage
