#include "importer.h"

#include "boundedqueue.h"
#include "contenthash.h"
#include "csvreader.h"
#include "decodebudget.h"
#include "plaintext.h"
#include "posixfile.h"
#include "storerules.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <dirent.h>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <pthread.h>
#include <set>
#include <sys/stat.h>
#include <thread>
#include <unordered_set>
#include <variant>

namespace fs = std::filesystem;

namespace triage {
namespace {

// Candidates are probed in parallel a chunk at a time: files in chunks small enough that
// cancel answers quickly even for large photos; IDX records, which only need hashing, in
// larger ones. What was probed is written in batches of its own: large ones, since each
// commit writes every index page it touched again, and random keys (content hashes, queue
// ranks) touch most of them (a million IDX records took 17 s at 8,192 items a commit,
// 9.5 s at 65,536); but none waits longer than kCommitWait, so that a slow import keeps
// its work as it goes and writing keeps pace with probing.
constexpr size_t kFileChunk = 256;
constexpr size_t kRecordChunk = 4096;
constexpr size_t kCommitItems = 65536;
constexpr auto kCommitWait = std::chrono::milliseconds(250);

// One record of an IDX file, read into its chunk's memory.
struct IdxRecord {
    std::span<const uint8_t> pixels;
    int height = 0;
    int width = 0;
};

struct Candidate {
    std::string path;  // item path: absolute file, or FILE#N for IDX records
    std::optional<std::string> label;
    std::optional<IdxRecord> record;  // set for IDX records
    std::string failure;  // known bad before probing (a FIFO, an unreadable folder, ...)
};

struct Probe {
    std::optional<ItemMeta> meta;
    std::string failure;
};

// The records of one IDX file, read when the import reaches them.
struct IdxRecords {
    std::string file;
    int64_t count = 0;
};

// What the arguments name, in import order: runs of files, and IDX files.
using Segment = std::variant<std::vector<Candidate>, IdxRecords>;

int64_t candidateCount(const Segment &segment)
{
    if (const auto *files = std::get_if<std::vector<Candidate>>(&segment)) {
        return int64_t(files->size());
    }
    return std::get<IdxRecords>(segment).count;
}

bool hasImageExtension(const std::string &name)
{
    const auto dot = name.rfind('.');
    const std::string ext = dot == std::string::npos ? std::string() : asciiLower(name.substr(dot));
    static const char *known[] = {".png", ".jpg", ".jpeg", ".bmp", ".webp",
                                  ".pgm", ".ppm", ".pbm",  ".pnm"};
    return std::any_of(std::begin(known), std::end(known), [&](const char *k) { return ext == k; });
}

// Queue order for items no model has seen yet: a stable pseudo-random rank from the
// content hash, so the first items people review are a fair sample of the pool.
double initialRank(const std::string &hash)
{
    return double(std::hash<std::string>{}(hash) % 1'000'003) / 1'000'003.0;
}

// Expands import arguments into candidates. Nothing here ends the import because of one
// bad entry: unreadable folders, symbolic link loops, FIFOs and the like become failed
// candidates with their reason. Only a missing argument or a malformed manifest stops it.
class CandidateCollector {
public:
    CandidateCollector(int64_t pixelLimit, FolderLabels folderLabels, ImportReport &report)
        : m_pixelLimit(pixelLimit), m_folderLabels(folderLabels), m_report(report)
    {
    }

    Result<void> add(const std::string &argument)
    {
        const fs::path path(argument);
        std::error_code ec;
        const auto status = fs::status(path, ec);
        if (fs::is_directory(status)) {
            addFolder(path);
            return {};
        }
        if (!fs::exists(status) && !fs::is_symlink(fs::symlink_status(path, ec))) {
            return makeError(ErrorCode::NotFound, "no such file or folder: " + argument);
        }
        if (const std::string why = notRegularFileReason(argument); !why.empty()) {
            fail(itemPathOf(path), "it " + why);  // never opened: a FIFO would block
            return {};
        }
        if (asciiLower(path.extension().string()) == ".csv") {
            return addManifest(path);
        }
        if (looksLikeIdx(argument)) {
            return addIdx(path);
        }
        fileRun().push_back(Candidate{itemPathOf(path), std::nullopt, std::nullopt, {}});
        return {};
    }

    std::vector<Segment> take() { return std::move(m_segments); }

private:
    // The run of files that the next file joins.
    std::vector<Candidate> &fileRun()
    {
        if (m_segments.empty() ||
            !std::holds_alternative<std::vector<Candidate>>(m_segments.back())) {
            m_segments.emplace_back(std::vector<Candidate>());
        }
        return std::get<std::vector<Candidate>>(m_segments.back());
    }

    void fail(const std::string &itemPath, const std::string &reason)
    {
        fileRun().push_back(Candidate{itemPath, std::nullopt, std::nullopt, reason});
    }

    // Walks one folder tree in path order: each folder's entries sorted by name, a
    // subfolder walked where its name falls, which is the order of the sorted paths. Symbolic
    // links to folders are followed; a folder reached twice (a link loop) is recorded, not
    // walked again.
    void addFolder(const fs::path &argument)
    {
        const std::string root = itemPathOf(argument);
        std::set<std::pair<dev_t, ino_t>> visited;
        walk(root, root, true, visited);
    }

    // `canonical` when no symbolic link led to `folder`, so paths under it need no resolving.
    void walk(const std::string &root, const std::string &folder, bool canonical,
              std::set<std::pair<dev_t, ino_t>> &visited)
    {
        // Paths reached through a link are resolved: an item's path is its canonical one.
        auto itemPath = [&](const std::string &path, bool link) {
            return canonical && !link ? path : itemPathOf(path);
        };
        struct stat info {};
        if (::stat(folder.c_str(), &info) != 0) {
            fail(itemPath(folder, false),
                 "cannot list folder: " + std::string(std::strerror(errno)));
            return;
        }
        if (!visited.emplace(info.st_dev, info.st_ino).second) {
            fail(itemPath(folder, false),
                 "leads to a folder walked already (a symbolic link loop, or a second "
                 "link to it)");
            return;
        }
        struct Entry {
            std::string name;
            unsigned char type;  // the listing's own type saves a stat per entry
            bool operator<(const Entry &other) const { return name < other.name; }
        };
        std::vector<Entry> entries;
        std::unique_ptr<DIR, int (*)(DIR *)> dir(::opendir(folder.c_str()), ::closedir);
        if (!dir) {
            fail(itemPath(folder, false),
                 "cannot list folder: " + std::string(std::strerror(errno)));
            return;
        }
        errno = 0;
        while (const dirent *entry = ::readdir(dir.get())) {
            if (entry->d_name[0] != '.') {  // hidden, and . and ..
                entries.push_back({entry->d_name, entry->d_type});
            }
        }
        if (errno != 0) {
            fail(itemPath(folder, false),
                 "cannot list the whole folder: " + std::string(std::strerror(errno)));
        }
        dir.reset();
        std::sort(entries.begin(), entries.end());
        const std::string prefix = folder.back() == '/' ? folder : folder + '/';
        const std::optional<std::string> label =
            m_folderLabels == FolderLabels::FromClassNamedFolders && folder != root
                ? std::optional<std::string>(fs::path(folder).filename().string())
                : std::nullopt;
        for (const auto &entry : entries) {
            const std::string path = prefix + entry.name;
            bool link = entry.type == DT_LNK;
            unsigned char type = entry.type;
            if (type == DT_LNK || type == DT_UNKNOWN) {  // follow it, or ask the file system
                struct stat target {};
                type = ::stat(path.c_str(), &target) != 0 ? DT_UNKNOWN
                       : S_ISDIR(target.st_mode)          ? DT_DIR
                       : S_ISREG(target.st_mode)          ? DT_REG
                                                          : DT_UNKNOWN;
                struct stat self {};
                link = link || (::lstat(path.c_str(), &self) == 0 && S_ISLNK(self.st_mode));
            }
            const bool image = hasImageExtension(entry.name);
            if (type == DT_DIR) {
                walk(root, path, canonical && !link, visited);
            } else if (type == DT_REG && image) {
                fileRun().push_back(Candidate{itemPath(path, link), label, std::nullopt, {}});
            } else if (image) {
                // Named like an image but not a readable file: say why, never open it.
                fail(itemPath(path, link), "it " + notRegularFileReason(path));
            } else {
                ++m_report.ignored;
            }
        }
    }

    Result<void> addManifest(const fs::path &csvPath)
    {
        auto reader = CsvReader::open(csvPath.string());
        if (!reader) {
            return reader.error();
        }
        const fs::path base = csvPath.parent_path();
        std::vector<std::string> fields;
        bool first = true;
        while (reader->next(fields)) {
            const bool header =
                first && !fields.empty() && asciiLower(trimmed(fields[0])) == "path";
            first = false;
            if (header || (fields.size() == 1 && fields[0].empty())) {
                continue;
            }
            if (fields[0].empty()) {
                return makeError(ErrorCode::CorruptData, csvPath.string() + " line " +
                                                             std::to_string(reader->lineNumber()) +
                                                             ": the path column is empty");
            }
            fs::path item(fields[0]);
            if (item.is_relative()) {
                item = base / item;
            }
            std::optional<std::string> label;
            if (fields.size() > 1 && !fields[1].empty()) {
                label = fields[1];
            }
            fileRun().push_back(Candidate{itemPathOf(item), label, std::nullopt, {}});
        }
        if (reader->failed()) {
            return reader->error();
        }
        return {};
    }

    // The file is checked whole now (a damaged one adds nothing), and read again, a chunk
    // at a time, when the import reaches it.
    Result<void> addIdx(const fs::path &path)
    {
        const std::string file = itemPathOf(path);
        auto dims = verifyIdx(file, m_pixelLimit);
        if (!dims) {
            return dims.error();
        }
        if (dims->size() != 3) {
            return makeError(ErrorCode::CorruptData,
                             file + " holds IDX labels, not images: import the images file");
        }
        m_segments.emplace_back(IdxRecords{file, (*dims)[0]});
        return {};
    }

    const int64_t m_pixelLimit;
    FolderLabels m_folderLabels;
    ImportReport &m_report;
    std::vector<Segment> m_segments;
};

// Takes the candidates in import order, a chunk at a time, reading IDX records as it
// reaches them: memory holds one chunk of records, however large the file.
class CandidateCursor {
public:
    struct Chunk {
        std::vector<Candidate> candidates;
        std::vector<uint8_t> recordBytes;  // the pixels the chunk's IDX records point into
        int64_t end = 0;                   // candidates taken so far, this chunk's included
    };

    CandidateCursor(std::vector<Segment> segments, int64_t pixelLimit)
        : m_segments(std::move(segments)), m_pixelLimit(pixelLimit)
    {
        for (const auto &segment : m_segments) {
            m_total += candidateCount(segment);
        }
    }

    int64_t total() const { return m_total; }
    bool done() const { return m_taken == m_total; }

    Result<Chunk> next()
    {
        while (m_segment < m_segments.size() &&
               m_inSegment == candidateCount(m_segments[m_segment])) {
            ++m_segment;
            m_inSegment = 0;
        }
        Chunk chunk;
        if (m_segment < m_segments.size()) {
            auto &segment = m_segments[m_segment];
            if (auto *files = std::get_if<std::vector<Candidate>>(&segment)) {
                const auto begin = files->begin() + m_inSegment;
                const auto end = begin + std::min<int64_t>(kFileChunk, files->end() - begin);
                chunk.candidates.assign(std::make_move_iterator(begin),
                                        std::make_move_iterator(end));
            } else {
                TRIAGE_TRY(readRecords(std::get<IdxRecords>(segment), chunk));
            }
            m_inSegment += int64_t(chunk.candidates.size());
            m_taken += int64_t(chunk.candidates.size());
        }
        chunk.end = m_taken;
        return chunk;
    }

private:
    Result<void> readRecords(const IdxRecords &idx, Chunk &chunk)
    {
        if (m_inSegment == 0) {
            auto reader = IdxReader::open(idx.file, m_pixelLimit);
            if (!reader) {
                return reader.error();
            }
            if (reader->count() != idx.count || reader->dims().size() != 3) {
                return makeError(ErrorCode::CorruptData, idx.file + " changed during the import");
            }
            m_reader = std::move(*reader);
        }
        TRIAGE_TRY(m_reader->read(kRecordChunk, chunk.recordBytes));
        if (m_reader->recordsLeft() == 0) {
            TRIAGE_TRY(m_reader->finish());
        }
        const int height = int(m_reader->dims()[1]), width = int(m_reader->dims()[2]);
        const auto size = size_t(m_reader->recordSize());
        const int64_t records = int64_t(chunk.recordBytes.size() / size);
        for (int64_t i = 0; i < records; ++i) {
            const IdxRecord record{{chunk.recordBytes.data() + i * size, size}, height, width};
            chunk.candidates.push_back(
                Candidate{idxItemPath(idx.file, m_inSegment + i), std::nullopt, record, {}});
        }
        return {};
    }

    std::vector<Segment> m_segments;
    const int64_t m_pixelLimit;
    int64_t m_total = 0;
    int64_t m_taken = 0;
    size_t m_segment = 0;
    int64_t m_inSegment = 0;  // candidates taken from the current segment
    std::optional<IdxReader> m_reader;
};

ItemMeta recordMeta(const Candidate &candidate)
{
    const IdxRecord &record = *candidate.record;
    ItemMeta meta;
    meta.path = candidate.path;
    meta.contentHash = contentHash(record.pixels);
    meta.fileSize = int64_t(record.pixels.size());
    meta.height = record.height;
    meta.width = record.width;
    meta.channels = 1;
    meta.format = "idx";
    return meta;
}

// Bytes to lease for decoding `head`'s image: its peak if the header is readable and
// under the pixel limit (over it, decoding is refused before any pixel is allocated).
int64_t leaseFor(std::span<const uint8_t> head, int64_t fileSize, int64_t pixelLimit)
{
    const auto header = readImageHeader(head);
    if (!header || header->width * header->height > pixelLimit) {
        return fileSize;
    }
    return decodePeakBytes(*header, fileSize);
}

Probe probeFile(const Candidate &candidate, int64_t pixelLimit, DecodeBudget &budget)
{
    constexpr int64_t kHeadBytes = 256 * 1024;  // holds the header of every format we read
    Probe result;
    auto head = readRegularFileHead(candidate.path, kHeadBytes);
    if (!head) {
        result.failure = head.error().message;
        return result;
    }
    if (head->fileSize > kMaxImageFileBytes) {
        result.failure = candidate.path + " is " + std::to_string(head->fileSize) +
                         " bytes, over the " + std::to_string(kMaxImageFileBytes) + "-byte limit";
        return result;
    }
    DecodeBudget::Lease lease(budget, leaseFor(head->bytes, head->fileSize, pixelLimit));
    // A file the head holds whole (most are small) is not read a second time.
    auto bytes = int64_t(head->bytes.size()) == head->fileSize
                     ? Result<std::vector<uint8_t>>(std::move(head->bytes))
                     : readRegularFile(candidate.path, kMaxImageFileBytes);
    if (!bytes) {
        result.failure = bytes.error().message;
        return result;
    }
    auto decoded = decodeImageBytes(*bytes, candidate.path, pixelLimit);
    if (!decoded) {
        result.failure = decoded.error().message;
        return result;
    }
    ItemMeta meta;
    meta.path = candidate.path;
    meta.contentHash = contentHash(*bytes);
    meta.fileSize = int64_t(bytes->size());
    meta.width = decoded->pixels.cols;
    meta.height = decoded->pixels.rows;
    meta.channels = decoded->pixels.channels();
    meta.format = decoded->format;
    result.meta = meta;
    return result;
}

Probe probe(const Candidate &candidate, int64_t pixelLimit, DecodeBudget &budget)
{
    if (!candidate.failure.empty()) {
        return Probe{std::nullopt, candidate.failure};
    }
    // No exception may leave a decoding thread: one bad file is a failed item.
    try {
        return candidate.record ? Probe{recordMeta(candidate), {}}
                                : probeFile(candidate, pixelLimit, budget);
    } catch (const std::exception &e) {
        return Probe{std::nullopt, candidate.path + " cannot be read: " + e.what()};
    }
}

// Probes chunks on a pool of threads, in the order they were added. The calling thread
// adds the next chunk before it takes the oldest one's probes, so that the pool always
// has work while the caller looks paths up and hands results on.
class ChunkProber {
public:
    ChunkProber(int threads, int64_t pixelLimit, DecodeBudget &budget)
        : m_pixelLimit(pixelLimit), m_budget(budget)
    {
        for (int t = 0; t < threads; ++t) {
            m_threads.emplace_back([this] {
                pthread_setname_np(pthread_self(), "triage-probe");
                work();
            });
        }
    }

    ~ChunkProber()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        for (auto &thread : m_threads) {
            thread.join();
        }
    }

    // Queues `chunk` for probing; the candidates must stay alive until its probes are
    // taken (or the prober is gone).
    void add(std::vector<const Candidate *> chunk)
    {
        std::lock_guard lock(m_mutex);
        const size_t size = chunk.size();
        m_chunks.push_back(Work{std::move(chunk), std::vector<Probe>(size), 0, size});
        m_changed.notify_all();
    }

    // Waits for the oldest chunk added and not taken yet; its probes, in its order.
    std::vector<Probe> takeOldest()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_chunks.front().left == 0; });
        std::vector<Probe> probes = std::move(m_chunks.front().probes);
        m_chunks.pop_front();
        return probes;
    }

private:
    struct Work {
        std::vector<const Candidate *> candidates;
        std::vector<Probe> probes;
        size_t next = 0;  // the first candidate no thread has taken
        size_t left = 0;  // candidates not probed yet
    };

    void work()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            Work *work = nullptr;
            m_changed.wait(lock, [&] {
                for (auto &chunk : m_chunks) {
                    if (chunk.next < chunk.candidates.size()) {
                        work = &chunk;
                        return true;
                    }
                }
                return m_stopping;
            });
            if (m_stopping) {
                return;
            }
            // A few candidates at a time: small files probe in microseconds, and the lock
            // would otherwise be taken twice for each.
            const size_t begin = work->next;
            const size_t end = std::min(begin + kClaim, work->candidates.size());
            work->next = end;
            lock.unlock();
            Probe probed[kClaim];
            for (size_t i = begin; i < end; ++i) {
                probed[i - begin] = probe(*work->candidates[i], m_pixelLimit, m_budget);
            }
            lock.lock();
            for (size_t i = begin; i < end; ++i) {  // a deque's elements stay where they are
                work->probes[i] = std::move(probed[i - begin]);
            }
            work->left -= end - begin;
            if (work->left == 0) {
                m_changed.notify_all();
            }
        }
    }

    static constexpr size_t kClaim = 8;
    const int64_t m_pixelLimit;
    DecodeBudget &m_budget;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Work> m_chunks;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

// An item probed and waiting to be written.
struct ProbedItem {
    std::string path;
    std::optional<std::string> label;
    Probe probe;
    std::optional<int64_t> retryOf;  // failed before: maybe fixed since
};

// Writes probed items into the project, inside the caller's unit of work.
class ImportWriter {
public:
    ImportWriter(ProjectStore &store, ImportReport &report) : m_store(store), m_report(report) {}

    Result<void> write(ProbedItem &item)
    {
        if (item.probe.meta && !item.retryOf) {
            const ItemMeta &meta = *item.probe.meta;
            auto id = m_store.items().addIfNew(meta, initialRank(meta.contentHash));
            if (!id) {
                return id.error();
            }
            if (id->has_value()) {
                return added(**id, item.label);
            }
        }
        return writeUncommon(item);
    }

private:
    // A known path, a failed item probed again, a duplicate or a failure: looked up one
    // step at a time. Another process may have imported the path while we probed (two
    // imports of one folder): now, under the write lock, it is simply known.
    Result<void> writeUncommon(ProbedItem &item)
    {
        auto known = m_store.items().findPath(item.path);
        if (!known) {
            return known.error();
        }
        if (known->has_value() && (*known)->state != ItemState::Failed) {
            ++m_report.alreadyKnown;
            return item.label ? labelKnown((*known)->itemId, *item.label) : Result<void>();
        }
        if (!item.probe.meta && item.probe.failure.empty()) {
            return {};  // a known file, not probed, that failed since it was looked up
        }
        if (known->has_value() && !item.retryOf) {
            item.retryOf = (*known)->itemId;  // another import recorded it as failed
        }
        if (!item.probe.meta) {
            const std::string &reason = item.probe.failure;
            if (item.retryOf) {
                TRIAGE_TRY(m_store.items().updateFailure(*item.retryOf, reason));
            } else {
                TRIAGE_TRY(m_store.items().addFailed(item.path, reason));
            }
            noteFailure(item.path, reason);
            return {};
        }
        const ItemMeta &meta = *item.probe.meta;
        auto duplicate = m_store.items().idByHash(meta.contentHash);
        if (!duplicate) {
            return duplicate.error();
        }
        if (duplicate->has_value()) {
            ++m_report.duplicates;
            return {};
        }
        auto id = item.retryOf ? m_store.items().reviveFailed(*item.retryOf, meta,
                                                              initialRank(meta.contentHash))
                               : m_store.items().add(meta, initialRank(meta.contentHash));
        if (!id) {
            return id.error();
        }
        return added(*id, item.label);
    }

    Result<void> added(int64_t itemId, const std::optional<std::string> &label)
    {
        ++m_report.added;
        if (label) {
            if (auto cls = m_store.classByName(*label)) {
                TRIAGE_TRY(m_store.decisions().addImportLabel(itemId, cls->id));
                ++m_report.labeled;
            } else {
                ++m_report.unknownLabels;
            }
        }
        return {};
    }

    // A file imported before, now from a class-named folder: the folder's label, as an
    // import decision, unless a person labelled the item (or it has that label already).
    Result<void> labelKnown(int64_t itemId, const std::string &label)
    {
        const auto cls = m_store.classByName(label);
        if (!cls) {
            ++m_report.unknownLabels;
            return {};
        }
        auto row = m_store.items().get(itemId);
        if (!row) {
            return row.error();
        }
        if (!*row || (*row)->state == ItemState::Removed || (*row)->classId == cls->id) {
            return {};
        }
        if ((*row)->source == LabelSource::Human) {
            ++m_report.keptPeoplesLabels;
            return {};
        }
        TRIAGE_TRY(m_store.decisions().addImportLabel(itemId, cls->id));
        ++m_report.knownLabeled;
        return {};
    }

    void noteFailure(const std::string &path, const std::string &reason)
    {
        ++m_report.failed;
        if (m_report.failures.size() < kMaxListedFailures) {
            // Reasons usually name the path already.
            m_report.failures.push_back(
                reason.find(path) == std::string::npos ? path + ": " + reason : reason);
        }
    }

    ProjectStore &m_store;
    ImportReport &m_report;
};

// The writer on a thread and a connection of its own, so that writing overlaps probing
// and the write lock is only held while a batch is written.
class BackgroundWriter {
public:
    static Result<std::unique_ptr<BackgroundWriter>> start(const std::string &project)
    {
        auto store = ProjectStore::open(project);
        if (!store) {
            return store.error();
        }
        // An import can be run again, so its commits are not each waited for; the job's
        // own record, committed after it, waits for them all.
        TRIAGE_TRY(store->setBulkLoading(true));
        return std::unique_ptr<BackgroundWriter>(new BackgroundWriter(std::move(*store)));
    }

    ~BackgroundWriter() { (void)finish(); }

    // Hands over probed items; false once the writer has stopped on an error. Waits only
    // when a whole batch is waiting already, not while the writer writes one.
    bool push(std::vector<ProbedItem> items)
    {
        for (size_t begin = 0; begin < items.size(); begin += kSlice) {
            const auto first = items.begin() + begin;
            const auto last = items.begin() + std::min(items.size(), begin + kSlice);
            if (!m_queue.push({std::make_move_iterator(first), std::make_move_iterator(last)})) {
                return false;
            }
        }
        return true;
    }

    // Writes everything handed over and stops. The writer's counts, or its first error.
    Result<ImportReport> finish()
    {
        m_queue.close();
        if (m_thread.joinable()) {
            m_thread.join();
        }
        if (m_error) {
            return *m_error;
        }
        return m_report;
    }

private:
    explicit BackgroundWriter(ProjectStore store)
        : m_store(std::move(store)), m_writer(m_store, m_report), m_thread([this] {
              pthread_setname_np(pthread_self(), "triage-writer");
              run();
          })
    {
    }

    // Items are gathered while they arrive and written in one unit of work (a batch's
    // items and their import labels land together) once kCommitItems wait or the oldest
    // has waited kCommitWait: the write lock is held only while a batch is written.
    void run()
    {
        std::vector<ProbedItem> batch;
        std::chrono::steady_clock::time_point oldest;
        Result<void> written;
        bool more = true;
        while (more && written) {
            const auto wait = batch.empty()
                                  ? std::chrono::milliseconds(100)
                                  : std::chrono::duration_cast<std::chrono::milliseconds>(
                                        oldest + kCommitWait - std::chrono::steady_clock::now());
            if (auto items = m_queue.popFor(std::max(wait, std::chrono::milliseconds(0)))) {
                if (batch.empty()) {
                    oldest = std::chrono::steady_clock::now();
                }
                std::move(items->begin(), items->end(), std::back_inserter(batch));
            } else {
                more = !m_queue.finished();
            }
            const bool due =
                batch.size() >= kCommitItems || !more ||
                (!batch.empty() && std::chrono::steady_clock::now() - oldest >= kCommitWait);
            if (due && !batch.empty()) {
                written = m_store.unitOfWork([&]() -> Result<void> {
                    for (auto &item : batch) {
                        TRIAGE_TRY(m_writer.write(item));
                    }
                    return {};
                });
                batch.clear();
            }
        }
        if (!written) {
            m_error = written.error();
            m_queue.close();  // the next push fails: the import stops
        }
        (void)m_store.setBulkLoading(false);
    }

    ProjectStore m_store;
    ImportReport m_report;
    ImportWriter m_writer;
    static constexpr size_t kSlice = 256;  // items in one queue entry
    BoundedQueue<std::vector<ProbedItem>> m_queue{kCommitItems / kSlice};
    std::optional<Error> m_error;
    std::thread m_thread;  // last: starts once everything above exists
};

// Adds the writer's counts to the import's.
void addCounts(ImportReport &report, const ImportReport &written)
{
    report.added += written.added;
    report.labeled += written.labeled;
    report.duplicates += written.duplicates;
    report.alreadyKnown += written.alreadyKnown;
    report.knownLabeled += written.knownLabeled;
    report.keptPeoplesLabels += written.keptPeoplesLabels;
    report.failed += written.failed;
    report.unknownLabels += written.unknownLabels;
    for (const auto &failure : written.failures) {
        if (report.failures.size() < kMaxListedFailures) {
            report.failures.push_back(failure);
        }
    }
}

}  // namespace

std::string itemPathOf(const std::filesystem::path &file)
{
    // Never throws: a path that cannot be resolved (a link loop, a name too long) keeps
    // its lexical form, and the probe reports what is wrong with it.
    std::error_code ec;
    const fs::path absolute = fs::absolute(file, ec);
    if (ec) {
        return file.lexically_normal().string();
    }
    const fs::path canonical = fs::weakly_canonical(absolute, ec);
    return ec ? absolute.lexically_normal().string() : canonical.string();
}

Result<ImportReport> importPaths(ProjectStore &store, const std::vector<std::string> &paths,
                                 const ImportOptions &options, const ProgressFn &progress,
                                 const CancelToken &cancel)
{
    TRIAGE_TRY(validatePixelLimit(options.pixelLimit));
    ImportReport report;
    DecodeBudget budget(options.decodeBudgetBytes);
    CandidateCollector collector(options.pixelLimit, options.folderLabels, report);
    for (const auto &path : paths) {
        TRIAGE_TRY(collector.add(path));
    }
    CandidateCursor cursor(collector.take(), options.pixelLimit);
    const int threads = options.threads > 0
                            ? options.threads
                            : int(std::max(1u, std::thread::hardware_concurrency()));
    reportProgress(progress, "import", 0, cursor.total());

    std::unordered_set<std::string> seen;  // file paths given so far
    // A chunk's candidates, and which of them are not in the project yet.
    struct LookedUpChunk {
        CandidateCursor::Chunk taken;
        std::vector<Candidate *> fresh;
        std::vector<std::optional<int64_t>> retryOf;  // failed before: maybe fixed since
        // Known files with a folder label: not probed again, but the writer labels them.
        std::vector<Candidate *> knownWithLabel;
    };
    auto prepare = [&]() -> Result<LookedUpChunk> {
        LookedUpChunk chunk;
        auto taken = cursor.next();
        if (!taken) {
            return taken.error();
        }
        chunk.taken = std::move(*taken);
        auto &candidates = chunk.taken.candidates;
        // Known paths are skipped before probing: a file imported before is not read
        // again. IDX records cost less to probe than to look up: all go on to the writer,
        // which finds the known ones when it adds them.
        std::vector<std::optional<KnownPath>> known(candidates.size());
        if (!candidates.empty() && !candidates.front().record) {
            std::vector<std::string> chunkPaths;
            for (const auto &candidate : candidates) {
                chunkPaths.push_back(candidate.path);
            }
            auto found = store.items().findPaths(chunkPaths);
            if (!found) {
                return found.error();
            }
            known = std::move(*found);
        }
        for (size_t i = 0; i < candidates.size(); ++i) {
            const auto &found = known[i];
            const bool failedBefore = found && found->state == ItemState::Failed;
            // A file given twice (a manifest listing it twice, a folder and a file in it) is
            // looked at once. IDX records stay out of the set: a million of them would cost
            // ~100 MB, and one given twice is known by the time its copy is written.
            const bool repeated = !candidates[i].record && !seen.insert(candidates[i].path).second;
            if (found && !failedBefore && candidates[i].label && !repeated) {
                chunk.knownWithLabel.push_back(&candidates[i]);  // counted by the writer
            } else if ((found && !failedBefore) || repeated) {
                ++report.alreadyKnown;
            } else {
                chunk.fresh.push_back(&candidates[i]);
                chunk.retryOf.push_back(failedBefore ? std::optional<int64_t>(found->itemId)
                                                     : std::nullopt);
            }
        }
        return chunk;
    };

    auto writer = BackgroundWriter::start(store.path());
    if (!writer) {
        return writer.error();
    }
    // Two chunks are in the prober at a time: chunk k+1 is being probed while chunk k's
    // probes go to the writer and chunk k+2 is looked up. (The prober is made after the
    // chunks it probes, so that it stops before they are gone.)
    std::deque<LookedUpChunk> inFlight;
    ChunkProber prober(threads, options.pixelLimit, budget);
    auto addChunk = [&]() -> Result<void> {
        auto chunk = prepare();
        if (!chunk) {
            return chunk.error();
        }
        inFlight.push_back(std::move(*chunk));
        prober.add({inFlight.back().fresh.begin(), inFlight.back().fresh.end()});
        return {};
    };
    TRIAGE_TRY(addChunk());
    while (!inFlight.empty()) {
        if (!cursor.done() && !cancel.isCancelled()) {
            TRIAGE_TRY(addChunk());
        }
        std::vector<Probe> probes = prober.takeOldest();
        LookedUpChunk &chunk = inFlight.front();
        std::vector<ProbedItem> probed;
        probed.reserve(chunk.fresh.size());
        for (size_t i = 0; i < chunk.fresh.size(); ++i) {
            Candidate &candidate = *chunk.fresh[i];
            probed.push_back(ProbedItem{std::move(candidate.path), std::move(candidate.label),
                                        std::move(probes[i]), chunk.retryOf[i]});
        }
        for (Candidate *known : chunk.knownWithLabel) {  // no probe: the writer finds it known
            probed.push_back(ProbedItem{std::move(known->path), std::move(known->label), {}, {}});
        }
        const int64_t done = chunk.taken.end;
        inFlight.pop_front();
        if (!(*writer)->push(std::move(probed))) {
            break;  // the writer stopped on an error: finish() returns it
        }
        reportProgress(progress, "import", done, cursor.total());
    }
    auto written = (*writer)->finish();
    if (!written) {
        return written.error();
    }
    addCounts(report, *written);
    if (cancel.isCancelled()) {
        return makeError(ErrorCode::Cancelled,
                         "import cancelled; what was imported so far is kept");
    }
    report.peakConcurrentDecodes = budget.peakLeases();
    return report;
}

}  // namespace triage
