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

struct IdxReader::State {
    std::string path;
    GzHandle file;
    std::vector<int64_t> dims;
    int64_t recordSize = 1;
    int64_t recordsLeft = 0;

    // The gzip stream's complaint (a bad checksum, a cut), if it has one.
    std::optional<Error> gzipDamage() const
    {
        int zlibError = Z_OK;
        const char *zlibMessage = gzerror(file.get(), &zlibError);
        if (zlibError == Z_OK || zlibError == Z_STREAM_END) {
            return std::nullopt;
        }
        return makeError(ErrorCode::CorruptData,
                         path + ": the gzip stream is damaged or cut short (" +
                             (zlibMessage ? zlibMessage : "unknown zlib error") + ")");
    }

    // Data ran out early: a gzip stream says why; a plain file's length was checked at
    // open, so it changed since.
    Error shortData() const
    {
        if (auto damage = gzipDamage()) {
            return *damage;
        }
        return makeError(ErrorCode::CorruptData,
                         path + ": IDX data is shorter than its header says (" +
                             std::to_string(dims[0] * recordSize) + " bytes)");
    }
};

IdxReader::IdxReader(std::unique_ptr<State> state) : m_state(std::move(state)) {}
IdxReader::IdxReader(IdxReader &&) noexcept = default;
IdxReader &IdxReader::operator=(IdxReader &&) noexcept = default;
IdxReader::~IdxReader() = default;

const std::vector<int64_t> &IdxReader::dims() const
{
    return m_state->dims;
}

int64_t IdxReader::count() const
{
    return m_state->dims[0];
}

int64_t IdxReader::recordSize() const
{
    return m_state->recordSize;
}

int64_t IdxReader::recordsLeft() const
{
    return m_state->recordsLeft;
}

bool IdxReader::compressed() const
{
    return !gzdirect(m_state->file.get());
}

Result<IdxReader> IdxReader::open(const std::string &path, int64_t maxRecordPixels)
{
    if (const std::string why = notRegularFileReason(path); !why.empty()) {
        return makeError(ErrorCode::CorruptData, "cannot read IDX file " + path + ": it " + why);
    }
    auto state = std::make_unique<State>();
    state->path = path;
    state->file.reset(gzopen(path.c_str(), "rb"));
    gzFile file = state->file.get();
    if (!file) {
        return makeError(ErrorCode::Io, "cannot open IDX file " + path);
    }
    uint8_t magic[4];
    if (!readExactly(file, magic, 4) || magic[0] != 0 || magic[1] != 0) {
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
    auto &dims = state->dims;
    for (int i = 0; i < rank; ++i) {
        uint8_t d[4];
        if (!readExactly(file, d, 4)) {
            return makeError(ErrorCode::CorruptData, path + ": IDX header is cut short");
        }
        dims.push_back(int64_t(d[0]) << 24 | int64_t(d[1]) << 16 | int64_t(d[2]) << 8 | d[3]);
    }
    if (dims[0] > kMaxIdxRecords) {
        return makeError(ErrorCode::CorruptData,
                         path + ": IDX header claims " + std::to_string(dims[0]) +
                             " records; at most " + std::to_string(kMaxIdxRecords) +
                             " are supported in one file");
    }
    if (rank == 3) {
        const int64_t height = dims[1], width = dims[2];
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
        state->recordSize = height * width;
    }
    state->recordsLeft = dims[0];
    const int64_t total = dims[0] * state->recordSize;  // both bounded above: no overflow
    // A plain file's size is known: its claims are checked before anything is read.
    if (gzdirect(file)) {
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
    return IdxReader(std::move(state));
}

Result<void> IdxReader::read(int64_t records, std::vector<uint8_t> &out)
{
    records = std::min(records, m_state->recordsLeft);
    // Grown as the data really arrives, so a header that lies costs no memory.
    constexpr int64_t kStep = int64_t(16) << 20;
    const int64_t total = records * m_state->recordSize;
    out.clear();
    while (int64_t(out.size()) < total) {
        const int64_t have = int64_t(out.size());
        const int64_t want = std::min(kStep, total - have);
        out.resize(size_t(have + want));
        if (!readExactly(m_state->file.get(), out.data() + have, want)) {
            return m_state->shortData();
        }
    }
    m_state->recordsLeft -= records;
    return {};
}

Result<void> IdxReader::finish()
{
    // The data must end exactly there, and a gzip stream with its intact trailer (the
    // checksum catches a damaged or cut-off download).
    const std::string &path = m_state->path;
    if (m_state->recordsLeft > 0) {
        return m_state->shortData();
    }
    uint8_t extra = 0;
    const int more = gzread(m_state->file.get(), &extra, 1);
    if (auto damage = m_state->gzipDamage()) {
        return *damage;
    }
    if (more < 0) {
        return makeError(ErrorCode::CorruptData, path + ": cannot be read to its end");
    }
    if (more > 0) {
        return makeError(ErrorCode::CorruptData,
                         path + ": there is more data after the " +
                             std::to_string(m_state->dims[0] * m_state->recordSize) +
                             " bytes its IDX header claims");
    }
    return {};
}

Result<IdxFile> readIdx(const std::string &path, int64_t maxRecordPixels)
{
    auto reader = IdxReader::open(path, maxRecordPixels);
    if (!reader) {
        return reader.error();
    }
    IdxFile idx;
    idx.dims = reader->dims();
    TRIAGE_TRY(reader->read(reader->count(), idx.data));
    TRIAGE_TRY(reader->finish());
    return idx;
}

Result<std::vector<int64_t>> verifyIdx(const std::string &path, int64_t maxRecordPixels)
{
    auto reader = IdxReader::open(path, maxRecordPixels);
    if (!reader) {
        return reader.error();
    }
    if (reader->compressed()) {  // a plain file's size was checked already
        std::vector<uint8_t> buffer;
        const int64_t batch = std::max<int64_t>(1, (int64_t(4) << 20) / reader->recordSize());
        while (reader->recordsLeft() > 0) {
            TRIAGE_TRY(reader->read(batch, buffer));
        }
        TRIAGE_TRY(reader->finish());
    }
    return reader->dims();
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
