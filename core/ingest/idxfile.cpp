#include "idxfile.h"

#include <zlib.h>

#include <charconv>
#include <memory>

namespace triage {
namespace {

constexpr uint8_t kUnsignedByte = 0x08;
constexpr int64_t kMaxIdxBytes = int64_t(8) << 30;  // refuse anything claiming over 8 GiB

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
    GzHandle file(gzopen(path.c_str(), "rb"));  // gzread reads plain files as they are
    uint8_t magic[4];
    return file && readExactly(file.get(), magic, 4) && magic[0] == 0 && magic[1] == 0 &&
           magic[2] == kUnsignedByte && magic[3] >= 1 && magic[3] <= 4;
}

Result<IdxFile> readIdx(const std::string &path)
{
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
    int64_t total = 1;
    for (int i = 0; i < rank; ++i) {
        uint8_t d[4];
        if (!readExactly(file.get(), d, 4)) {
            return makeError(ErrorCode::CorruptData, path + ": IDX header is cut short");
        }
        const int64_t dim = int64_t(d[0]) << 24 | int64_t(d[1]) << 16 | int64_t(d[2]) << 8 | d[3];
        idx.dims.push_back(dim);
        total *= dim;
        if (total > kMaxIdxBytes) {
            return makeError(ErrorCode::CorruptData,
                             path + ": IDX dimensions claim more than 8 GiB");
        }
    }
    idx.data.resize(size_t(total));
    if (!readExactly(file.get(), idx.data.data(), total)) {
        return makeError(ErrorCode::CorruptData,
                         path + ": IDX data is shorter than its header says (" +
                             std::to_string(total) + " bytes)");
    }
    return idx;
}

std::string idxItemPath(const std::string &file, int64_t index)
{
    return file + "#" + std::to_string(index);
}

bool splitIdxItemPath(const std::string &itemPath, std::string &file, int64_t &index)
{
    const auto hash = itemPath.rfind('#');
    if (hash == std::string::npos || hash + 1 >= itemPath.size()) {
        return false;
    }
    const char *begin = itemPath.data() + hash + 1;
    const char *end = itemPath.data() + itemPath.size();
    auto [ptr, ec] = std::from_chars(begin, end, index);
    if (ec != std::errc() || ptr != end || index < 0) {
        return false;
    }
    file = itemPath.substr(0, hash);
    return true;
}

}  // namespace triage
