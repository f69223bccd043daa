#pragma once
// IDX files (the MNIST format), plain or gzip-compressed: unsigned-byte tensors of rank 1
// (labels) or rank 3 (N grayscale images of H x W). Read whole into memory.
#include "result.h"

#include <cstdint>
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

// True when the file starts with an unsigned-byte IDX magic (after gunzip, if gzipped).
bool looksLikeIdx(const std::string &path);
Result<IdxFile> readIdx(const std::string &path);

// "FILE#N" names record N of an IDX file as an item path.
std::string idxItemPath(const std::string &file, int64_t index);
// Splits "FILE#N"; false when the path is not of that form.
bool splitIdxItemPath(const std::string &itemPath, std::string &file, int64_t &index);

}  // namespace triage
