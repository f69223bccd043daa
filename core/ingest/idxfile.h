#pragma once
// IDX files (the MNIST format), plain or gzip-compressed: unsigned-byte tensors of rank 1
// (labels) or rank 3 (N grayscale images of H x W). Read whole into memory, but never
// more memory than the file really holds data for.
#include "result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace triage {

struct IdxFile {
    std::vector<int64_t> dims;  // {N} for labels, {N, H, W} for images
    std::vector<uint8_t> data;

    int64_t count() const { return dims.empty() ? 0 : dims[0]; }
    int64_t recordSize() const;
    const uint8_t *record(int64_t index) const { return data.data() + index * recordSize(); }
};

// At most this many records in one IDX file (10 million: 1.5x the largest public IDX set).
constexpr int64_t kMaxIdxRecords = 10'000'000;

// True when the file is a regular file that starts with an unsigned-byte IDX magic (after
// gunzip, if gzipped).
bool looksLikeIdx(const std::string &path);
// Checks the header's claims before allocating: no zero dimension, each record at most
// maxRecordPixels, the data as long as claimed and no longer, a gzip trailer intact.
Result<IdxFile> readIdx(const std::string &path, int64_t maxRecordPixels = int64_t(1) << 30);

// "FILE#N" names record N of an IDX file as an item path.
std::string idxItemPath(const std::string &file, int64_t index);
struct IdxRecordRef {
    std::string file;
    int64_t index = 0;
};
// The one rule for item paths: "FILE#N" names record N of the IDX file FILE, unless a
// regular file has that very name (a photo may be called "cat#2"). nullopt: a file path.
std::optional<IdxRecordRef> idxRecordOf(const std::string &itemPath);

}  // namespace triage
