#include "tarstream.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace triage::server {
namespace {

constexpr size_t kBlock = 512;

void putOctal(char *field, size_t width, int64_t value)
{
    // width - 1 octal digits and a NUL, as ustar readers expect.
    std::snprintf(field, width, "%0*llo", int(width - 1), static_cast<unsigned long long>(value));
}

std::array<char, kBlock> header(const std::string &name, int64_t size, char type)
{
    std::array<char, kBlock> h{};
    std::memcpy(h.data(), name.data(), std::min(name.size(), size_t(100)));
    putOctal(h.data() + 100, 8, type == '5' ? 0755 : 0644);
    putOctal(h.data() + 108, 8, 0);
    putOctal(h.data() + 116, 8, 0);
    putOctal(h.data() + 124, 12, size);
    putOctal(h.data() + 136, 12, 0);  // mtime 0: the same folder gives the same bytes
    h[156] = type;
    std::memcpy(h.data() + 257, "ustar", 6);
    std::memcpy(h.data() + 263, "00", 2);
    std::memset(h.data() + 148, ' ', 8);
    unsigned sum = 0;
    for (char c : h) {
        sum += static_cast<unsigned char>(c);
    }
    std::snprintf(h.data() + 148, 8, "%06o", sum);
    return h;
}

bool padTo512(int64_t size, const ChunkSink &sink)
{
    static const std::array<char, kBlock> zeros{};
    const size_t rest = size_t(size % int64_t(kBlock));
    return rest == 0 || sink(zeros.data(), kBlock - rest);
}

bool writeHeader(const std::string &name, int64_t size, char type, const ChunkSink &sink)
{
    if (name.size() > 100) {
        // GNU long name: a pseudo-entry whose data is the name.
        const auto longName = header("././@LongLink", int64_t(name.size()) + 1, 'L');
        if (!sink(longName.data(), kBlock) || !sink(name.c_str(), name.size() + 1) ||
            !padTo512(int64_t(name.size()) + 1, sink)) {
            return false;
        }
    }
    const auto h = header(name, size, type);
    return sink(h.data(), kBlock);
}

}  // namespace

Result<std::vector<TarEntry>> tarEntries(const std::string &folder)
{
    std::error_code ec;
    const fs::path root(folder);
    const std::string top = root.filename().string();
    std::vector<TarEntry> entries{{"", top + "/", 0}};
    for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = top + "/" + fs::relative(it->path(), root, ec).string();
        if (it->is_directory(ec)) {
            entries.push_back({"", name + "/", 0});
        } else if (it->is_regular_file(ec)) {
            entries.push_back({it->path().string(), name, int64_t(it->file_size(ec))});
        }
    }
    if (ec) {
        return makeError(ErrorCode::Io, "reading " + folder + ": " + ec.message());
    }
    std::sort(entries.begin() + 1, entries.end(),
              [](const TarEntry &a, const TarEntry &b) { return a.name < b.name; });
    return entries;
}

bool writeTar(const std::vector<TarEntry> &entries, const ChunkSink &sink)
{
    std::vector<char> buffer(1 << 16);
    for (const auto &entry : entries) {
        const bool folder = entry.source.empty();
        if (!writeHeader(entry.name, folder ? 0 : entry.size, folder ? '5' : '0', sink)) {
            return false;
        }
        if (folder) {
            continue;
        }
        std::ifstream in(entry.source, std::ios::binary);
        int64_t left = entry.size;
        while (left > 0 && in) {
            in.read(buffer.data(), std::streamsize(std::min<int64_t>(left, int64_t(buffer.size()))));
            const auto got = in.gcount();
            if (got <= 0 || !sink(buffer.data(), size_t(got))) {
                return false;
            }
            left -= got;
        }
        if (left != 0 || !padTo512(entry.size, sink)) {
            return false;  // the file shrank or vanished: a short archive, cut off
        }
    }
    static const std::array<char, 2 * kBlock> end{};
    return sink(end.data(), end.size());
}

}  // namespace triage::server
