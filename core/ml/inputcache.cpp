#include "inputcache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace triage {
namespace {

constexpr size_t kHeaderBytes = 64;
constexpr char kMagic[] = "TRIAGE-INPUTS-2";  // the layout's version is in the name
constexpr uint8_t kRecordSet = 1;

struct Header {
    std::array<char, 16> magic{};
    int32_t width = 0;
    int32_t height = 0;
    int32_t channels = 0;
    int32_t resize = 0;
    uint64_t owner = 0;  // FNV-1a of the owner's text
};
static_assert(sizeof(Header) <= kHeaderBytes);

uint64_t fingerprint(const std::string &text)
{
    uint64_t hash = 0xcbf29ce484222325ull;
    for (const unsigned char c : text) {
        hash = (hash ^ c) * 0x100000001b3ull;
    }
    return hash;
}

Header headerFor(const InputSpec &spec, const std::string &owner)
{
    Header h;
    std::memcpy(h.magic.data(), kMagic, sizeof kMagic);
    h.width = spec.width;
    h.height = spec.height;
    h.channels = int32_t(spec.channels);
    h.resize = int32_t(spec.resize);
    h.owner = fingerprint(owner);
    return h;
}

std::string fileNameFor(const InputSpec &spec)
{
    return "inputs-" + std::to_string(spec.width) + "x" + std::to_string(spec.height) + "-" +
           std::string(toText(spec.channels)) + "-" + std::string(toText(spec.resize)) + ".u8";
}

Error systemError(const std::string &what, const std::string &path)
{
    return Error{ErrorCode::Io, "input cache " + path + ": " + what + ": " + std::strerror(errno)};
}

}  // namespace

struct InputCache::Mapping {
    std::string path;
    int fd = -1;
    uint8_t *base = nullptr;
    size_t length = 0;
    size_t recordBytes = 0;
    int64_t slots = 0;

    ~Mapping()
    {
        if (base) {
            munmap(base, length);
        }
        if (fd >= 0) {
            close(fd);
        }
    }

    uint8_t *record(int64_t id) const { return base + kHeaderBytes + size_t(id) * recordBytes; }

    // Lets go of the pages of a record: they stay in the page cache and the file, but no
    // longer count as this process's memory. Safe beside other threads' records on the same
    // page: a shared file mapping faults the page back in when touched.
    void release(int64_t id) const
    {
        static const size_t page = size_t(sysconf(_SC_PAGESIZE));
        const auto begin = reinterpret_cast<uintptr_t>(record(id)) / page * page;
        const auto end = reinterpret_cast<uintptr_t>(record(id) + recordBytes);
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_DONTNEED);
    }
};

InputCache::InputCache(std::unique_ptr<Mapping> mapping) : m_mapping(std::move(mapping)) {}
InputCache::InputCache(InputCache &&) noexcept = default;
InputCache &InputCache::operator=(InputCache &&) noexcept = default;
InputCache::~InputCache() = default;

std::string InputCache::folderFor(const std::string &projectPath)
{
    return projectPath + "-cache";
}

int64_t InputCache::bytesFor(const InputSpec &spec, int64_t items)
{
    return int64_t(kHeaderBytes) + items * (1 + spec.valuesPerImage());
}

Result<InputCache> InputCache::open(const std::string &folder, const InputSpec &spec,
                                    int64_t maxItemId, const std::string &owner)
{
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) {
        return makeError(ErrorCode::Io, "cannot make the input cache folder " + folder + ": " +
                                            ec.message());
    }
    auto m = std::make_unique<Mapping>();
    m->path = (std::filesystem::path(folder) / fileNameFor(spec)).string();
    m->recordBytes = 1 + size_t(spec.valuesPerImage());
    m->slots = maxItemId + 1;
    m->fd = ::open(m->path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m->fd < 0) {
        return systemError("cannot open", m->path);
    }
    const Header wanted = headerFor(spec, owner);
    Header found;
    const bool matches = pread(m->fd, &found, sizeof found, 0) == ssize_t(sizeof found) &&
                         std::memcmp(&found, &wanted, sizeof found) == 0;
    if (!matches) {  // new, or another layout: start over
        if (ftruncate(m->fd, 0) != 0 ||
            pwrite(m->fd, &wanted, sizeof wanted, 0) != ssize_t(sizeof wanted)) {
            return systemError("cannot write the header", m->path);
        }
    }
    struct stat status {};
    if (fstat(m->fd, &status) != 0) {
        return systemError("cannot read the size", m->path);
    }
    m->length = size_t(bytesFor(spec, m->slots));
    if (size_t(status.st_size) > m->length) {  // room for more ids than asked: keep it
        m->length = size_t(status.st_size);
        m->slots = int64_t((m->length - kHeaderBytes) / m->recordBytes);
    } else if (ftruncate(m->fd, off_t(m->length)) != 0) {  // grows sparse: no disk yet
        return systemError("cannot grow", m->path);
    }
    void *base = mmap(nullptr, m->length, PROT_READ | PROT_WRITE, MAP_SHARED, m->fd, 0);
    if (base == MAP_FAILED) {
        return systemError("cannot map", m->path);
    }
    m->base = static_cast<uint8_t *>(base);
    return InputCache(std::move(m));
}

const std::string &InputCache::path() const
{
    return m_mapping->path;
}

size_t InputCache::bytesPerItem() const
{
    return m_mapping->recordBytes - 1;
}

bool InputCache::read(int64_t itemId, uint8_t *out) const
{
    if (itemId < 0 || itemId >= m_mapping->slots) {
        return false;
    }
    uint8_t *record = m_mapping->record(itemId);
    const bool set = std::atomic_ref<uint8_t>(*record).load(std::memory_order_acquire) == kRecordSet;
    if (set) {
        std::memcpy(out, record + 1, bytesPerItem());
    }
    m_mapping->release(itemId);
    return set;
}

void InputCache::store(int64_t itemId, const uint8_t *pixels)
{
    if (itemId < 0 || itemId >= m_mapping->slots) {
        return;  // an id beyond the room asked for at open: not cached, still scored
    }
    uint8_t *record = m_mapping->record(itemId);
    std::memcpy(record + 1, pixels, bytesPerItem());
    std::atomic_ref<uint8_t>(*record).store(kRecordSet, std::memory_order_release);
    m_mapping->release(itemId);
}

}  // namespace triage
