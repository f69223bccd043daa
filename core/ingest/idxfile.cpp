#include "idxfile.h"

#include <zlib.h>

#include "posixfile.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <memory>

namespace triage {
namespace {

constexpr uint8_t kUnsignedByte = 0x08;

struct GzCloser {
    void operator()(gzFile_s *f) const { gzclose(f); }
};
using GzHandle = std::unique_ptr<gzFile_s, GzCloser>;

bool readExactly(gzFile file, void *buffer, int64_t size)
{
    auto *out = static_cast<uint8_t *>(buffer);
    while (size > 0) {
        const unsigned chunk = unsigned(std::min<int64_t>(size, 1 << 30));
        const int got = gzread(file, out, chunk);
        if (got <= 0) {
            return false;
        }
        out += got;
        size -= got;
    }
    return true;
}

}  // namespace

int64_t IdxFile::recordSize() const
{
    int64_t size = 1;
    for (size_t i = 1; i < dims.size(); ++i) {
        size *= dims[i];
    }
    return size;
}

bool looksLikeIdx(const std::string &path)
{
    if (!notRegularFileReason(path).empty()) {
        return false;  // never open a FIFO or a device: it could block forever
    }
    GzHandle file(gzopen(path.c_str(), "rb"));  // gzread reads plain files as they are
    uint8_t magic[4];
    return file && readExactly(file.get(), magic, 4) && magic[0] == 0 && magic[1] == 0 &&
           magic[2] == kUnsignedByte && magic[3] >= 1 && magic[3] <= 4;
}

Result<IdxFile> readIdx(const std::string &path, int64_t maxRecordPixels)
{
    if (const std::string why = notRegularFileReason(path); !why.empty()) {
        return makeError(ErrorCode::CorruptData, "cannot read IDX file " + path + ": it " + why);
    }
    GzHandle file(gzopen(path.c_str(), "rb"));
    if (!file) {
        return makeError(ErrorCode::Io, "cannot open IDX file " + path);
    }
    uint8_t magic[4];
    if (!readExactly(file.get(), magic, 4) || magic[0] != 0 || magic[1] != 0) {
        return makeError(ErrorCode::CorruptData, path + " is not an IDX file");
    }
    if (magic[2] != kUnsignedByte) {
        return makeError(ErrorCode::CorruptData,
                         path + ": only unsigned-byte IDX data is supported");
    }
    const int rank = magic[3];
    if (rank != 1 && rank != 3) {
        return makeError(ErrorCode::CorruptData, path + ": IDX rank " + std::to_string(rank) +
                                                     " is neither labels (1) nor images (3)");
    }
    IdxFile idx;
    for (int i = 0; i < rank; ++i) {
        uint8_t d[4];
        if (!readExactly(file.get(), d, 4)) {
            return makeError(ErrorCode::CorruptData, path + ": IDX header is cut short");
        }
        idx.dims.push_back(int64_t(d[0]) << 24 | int64_t(d[1]) << 16 | int64_t(d[2]) << 8 | d[3]);
    }
    if (idx.count() > kMaxIdxRecords) {
        return makeError(ErrorCode::CorruptData,
                         path + ": IDX header claims " + std::to_string(idx.count()) +
                             " records; at most " + std::to_string(kMaxIdxRecords) +
                             " are supported in one file");
    }
    if (rank == 3) {
        const int64_t height = idx.dims[1], width = idx.dims[2];
        if (height == 0 || width == 0) {
            return makeError(ErrorCode::CorruptData,
                             path + ": IDX images of " + std::to_string(height) + "x" +
                                 std::to_string(width) + " pixels (a zero dimension)");
        }
        if (height * width > maxRecordPixels) {
            return makeError(ErrorCode::CorruptData,
                             path + ": IDX images of " + std::to_string(height) + "x" +
                                 std::to_string(width) + " pixels are over the limit of " +
                                 std::to_string(maxRecordPixels) + " pixels");
        }
    }
    const int64_t total = idx.count() * idx.recordSize();  // both bounded above: no overflow
    // Claims are checked against what the file really holds before anything big is
    // allocated: a plain file's size is known; a gzip stream grows the buffer only as
    // fast as data really arrives.
    if (gzdirect(file.get())) {
        std::error_code ec;
        const auto size = int64_t(std::filesystem::file_size(path, ec));
        const int64_t expected = 4 + 4 * int64_t(rank) + total;
        if (!ec && size != expected) {
            return makeError(ErrorCode::CorruptData,
                             path + ": IDX data is " + (size < expected ? "shorter" : "longer") +
                                 " than its header says (" + std::to_string(total) +
                                 " bytes claimed, " + std::to_string(size - (expected - total)) +
                                 " in the file)");
        }
    }
    constexpr int64_t kChunk = int64_t(16) << 20;
    while (int64_t(idx.data.size()) < total) {
        const int64_t have = int64_t(idx.data.size());
        const int64_t want = std::min(kChunk, total - have);
        idx.data.resize(size_t(have + want));
        if (!readExactly(file.get(), idx.data.data() + have, want)) {
            return makeError(ErrorCode::CorruptData,
                             path + ": IDX data is shorter than its header says (" +
                                 std::to_string(total) + " bytes)");
        }
    }
    // The data must end exactly there, and a gzip stream with its intact trailer (the
    // checksum catches a damaged or cut-off download).
    uint8_t extra = 0;
    const int more = gzread(file.get(), &extra, 1);
    int zlibError = Z_OK;
    const char *zlibMessage = gzerror(file.get(), &zlibError);
    if (more < 0 || (zlibError != Z_OK && zlibError != Z_STREAM_END)) {
        return makeError(ErrorCode::CorruptData,
                         path + ": the gzip stream is damaged or cut short (" +
                             (zlibMessage ? zlibMessage : "unknown zlib error") + ")");
    }
    if (more > 0) {
        return makeError(ErrorCode::CorruptData, path + ": there is more data after the " +
                                                     std::to_string(total) +
                                                     " bytes its IDX header claims");
    }
    return idx;
}

std::string idxItemPath(const std::string &file, int64_t index)
{
    return file + "#" + std::to_string(index);
}

std::optional<IdxRecordRef> idxRecordOf(const std::string &itemPath)
{
    const auto hash = itemPath.rfind('#');
    if (hash == std::string::npos || hash + 1 >= itemPath.size()) {
        return std::nullopt;
    }
    IdxRecordRef record;
    const char *begin = itemPath.data() + hash + 1;
    const char *end = itemPath.data() + itemPath.size();
    auto [ptr, ec] = std::from_chars(begin, end, record.index);
    std::error_code statError;
    if (ec != std::errc() || ptr != end || record.index < 0 ||
        std::filesystem::is_regular_file(itemPath, statError)) {
        return std::nullopt;
    }
    record.file = itemPath.substr(0, hash);
    return record;
}

}  // namespace triage
