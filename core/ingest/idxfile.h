#pragma once
// IDX files (the MNIST format), plain or gzip-compressed: unsigned-byte tensors of rank 1
// (labels) or rank 3 (N grayscale images of H x W). Read whole into memory (readIdx), but
// never more memory than the file really holds data for; or streamed a batch of records at
// a time (IdxReader), in memory that does not grow with the file.
#include "result.h"

#include <cstdint>
#include <memory>
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

// Reads records in order. open() checks the header's claims: no zero dimension, each
// record at most maxRecordPixels, and a plain file exactly as long as claimed. A gzip
// stream's length and checksum are only known at its end: finish() checks them, and that
// the data ends where the header says.
class IdxReader {
public:
    static Result<IdxReader> open(const std::string &path, int64_t maxRecordPixels = int64_t(1)
                                                                                     << 30);
    IdxReader(IdxReader &&) noexcept;
    IdxReader &operator=(IdxReader &&) noexcept;
    ~IdxReader();

    const std::vector<int64_t> &dims() const;
    int64_t count() const;
    int64_t recordSize() const;
    int64_t recordsLeft() const;
    bool compressed() const;
    // Replaces `out` with the next `records` records (at most recordsLeft()).
    Result<void> read(int64_t records, std::vector<uint8_t> &out);
    Result<void> finish();

private:
    struct State;
    explicit IdxReader(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

// The whole file in memory, every check of IdxReader made.
Result<IdxFile> readIdx(const std::string &path, int64_t maxRecordPixels = int64_t(1) << 30);
// Reads the file through without keeping it: every check of readIdx, in constant memory.
// Returns the dimensions.
Result<std::vector<int64_t>> verifyIdx(const std::string &path, int64_t maxRecordPixels = int64_t(1)
                                                                                          << 30);

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
