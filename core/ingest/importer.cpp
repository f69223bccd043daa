#include "importer.h"

#include "contenthash.h"
#include "csvreader.h"
#include "decodebudget.h"
#include "plaintext.h"
#include "posixfile.h"
#include "storerules.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <sys/stat.h>
#include <thread>
#include <unordered_set>

namespace fs = std::filesystem;

namespace triage {
namespace {

// Candidates probed in parallel, then written in one transaction: files in chunks small
// enough that cancel answers quickly even for large photos; IDX records, which only need
// hashing, in larger ones, so each index page is written fewer times.
constexpr size_t kFileChunk = 256;
constexpr size_t kRecordChunk = 4096;

struct Candidate {
    std::string path;  // item path: absolute file, or FILE#N for IDX records
    std::optional<std::string> label;
    std::shared_ptr<const IdxFile> idx;  // set for IDX records
    int64_t idxIndex = 0;
    std::string failure;  // known bad before probing (a FIFO, an unreadable folder, ...)
};

struct Probe {
    std::optional<ItemMeta> meta;
    std::string failure;
};

bool hasImageExtension(const fs::path &path)
{
    const std::string ext = asciiLower(path.extension().string());
    static const char *known[] = {".png", ".jpg", ".jpeg", ".bmp", ".webp",
                                  ".pgm", ".ppm", ".pbm",  ".pnm"};
    return std::any_of(std::begin(known), std::end(known), [&](const char *k) { return ext == k; });
}

bool isHidden(const fs::path &path)
{
    const std::string name = path.filename().string();
    return !name.empty() && name[0] == '.';
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
    CandidateCollector(ImageSource &source, FolderLabels folderLabels, ImportReport &report)
        : m_source(source), m_folderLabels(folderLabels), m_report(report)
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
        m_candidates.push_back(Candidate{itemPathOf(path), std::nullopt, nullptr, 0, {}});
        return {};
    }

    std::vector<Candidate> take() { return std::move(m_candidates); }

private:
    void fail(const std::string &itemPath, const std::string &reason)
    {
        m_candidates.push_back(Candidate{itemPath, std::nullopt, nullptr, 0, reason});
    }

    // A file found by the walk; `canonical` when no symbolic link led to it, so its path
    // (from the canonical root) needs no resolving.
    struct FoundFile {
        fs::path path;
        std::string failure;  // "" if fine
        bool canonical = false;
        bool operator<(const FoundFile &other) const { return path < other.path; }
    };

    // Walks one folder tree in sorted order. Symbolic links to folders are followed; a
    // folder reached twice (a link loop) is recorded, not walked again.
    void addFolder(const fs::path &argument)
    {
        const fs::path root = itemPathOf(argument);
        std::set<std::pair<dev_t, ino_t>> visited;
        std::vector<FoundFile> files;
        walk(root, true, visited, files);
        std::sort(files.begin(), files.end());  // deterministic item order
        for (const auto &file : files) {
            const std::string itemPath = file.canonical ? file.path.string() : itemPathOf(file.path);
            if (!file.failure.empty()) {
                fail(itemPath, file.failure);
                continue;
            }
            std::optional<std::string> label;
            if (m_folderLabels == FolderLabels::FromClassNamedFolders &&
                file.path.parent_path() != root) {
                label = file.path.parent_path().filename().string();
            }
            m_candidates.push_back(Candidate{itemPath, label, nullptr, 0, {}});
        }
    }

    void walk(const fs::path &folder, bool canonical, std::set<std::pair<dev_t, ino_t>> &visited,
              std::vector<FoundFile> &files)
    {
        struct stat info {};
        if (::stat(folder.c_str(), &info) != 0) {
            files.push_back({folder, "cannot list folder: " + std::string(std::strerror(errno))});
            return;
        }
        if (!visited.emplace(info.st_dev, info.st_ino).second) {
            files.push_back({folder, "leads to a folder walked already (a symbolic link "
                                     "loop, or a second link to it)"});
            return;
        }
        std::error_code ec;
        fs::directory_iterator it(folder, ec);
        if (ec) {
            files.push_back({folder, "cannot list folder: " + ec.message()});
            return;
        }
        std::vector<std::pair<fs::path, bool>> subfolders;  // path, reached without a link
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            const fs::path entry = it->path();
            if (isHidden(entry)) {
                continue;
            }
            // The listing's own type saves a stat per entry (is_directory/is_regular_file
            // use it); a link is followed with a stat.
            std::error_code statusError;
            const bool link = it->is_symlink(statusError) || statusError;
            if (it->is_directory(statusError)) {
                subfolders.emplace_back(entry, canonical && !link);
            } else if (it->is_regular_file(statusError) && hasImageExtension(entry)) {
                files.push_back({entry, {}, canonical && !link});
            } else if (hasImageExtension(entry)) {
                // Named like an image but not a readable file: say why, never open it.
                files.push_back({entry, "it " + notRegularFileReason(entry.string())});
            } else {
                ++m_report.ignored;
            }
        }
        if (ec) {
            files.push_back({folder, "cannot list the whole folder: " + ec.message()});
        }
        std::sort(subfolders.begin(), subfolders.end());
        for (const auto &[sub, subCanonical] : subfolders) {
            walk(sub, subCanonical, visited, files);
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
            m_candidates.push_back(Candidate{itemPathOf(item), label, nullptr, 0, {}});
        }
        if (reader->failed()) {
            return reader->error();
        }
        return {};
    }

    Result<void> addIdx(const fs::path &path)
    {
        const std::string file = itemPathOf(path);
        auto idx = m_source.idx(file);
        if (!idx) {
            return idx.error();
        }
        for (int64_t i = 0; i < (*idx)->count(); ++i) {
            m_candidates.push_back(Candidate{idxItemPath(file, i), std::nullopt, *idx, i, {}});
        }
        return {};
    }

    ImageSource &m_source;
    FolderLabels m_folderLabels;
    ImportReport &m_report;
    std::vector<Candidate> m_candidates;
};

ItemMeta idxMeta(const Candidate &candidate)
{
    const IdxFile &idx = *candidate.idx;
    ItemMeta meta;
    meta.path = candidate.path;
    meta.contentHash = contentHash({idx.record(candidate.idxIndex), size_t(idx.recordSize())});
    meta.fileSize = idx.recordSize();
    meta.height = int(idx.dims[1]);
    meta.width = int(idx.dims[2]);
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
        return candidate.idx ? Probe{idxMeta(candidate), {}}
                             : probeFile(candidate, pixelLimit, budget);
    } catch (const std::exception &e) {
        return Probe{std::nullopt, candidate.path + " cannot be read: " + e.what()};
    }
}

// Probes one chunk at a time on a pool of threads, so that the calling thread can write the
// previous chunk to the store meanwhile: decoding and writing overlap.
class ChunkProber {
public:
    ChunkProber(int threads, int64_t pixelLimit, DecodeBudget &budget)
        : m_pixelLimit(pixelLimit), m_budget(budget)
    {
        for (int t = 0; t < threads; ++t) {
            m_threads.emplace_back([this] { work(); });
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

    // Starts probing `chunk`; the candidates must stay alive until wait() returns.
    void start(std::vector<const Candidate *> chunk)
    {
        std::lock_guard lock(m_mutex);
        m_chunk = std::move(chunk);
        m_probes.assign(m_chunk.size(), Probe{});
        m_next = 0;
        m_left = m_chunk.size();
        m_changed.notify_all();
    }

    std::vector<Probe> wait()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_left == 0; });
        return std::move(m_probes);
    }

private:
    void work()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [&] { return m_stopping || m_next < m_chunk.size(); });
            if (m_stopping) {
                return;
            }
            const size_t i = m_next++;
            const Candidate &candidate = *m_chunk[i];
            lock.unlock();
            Probe probed = probe(candidate, m_pixelLimit, m_budget);
            lock.lock();
            m_probes[i] = std::move(probed);
            if (--m_left == 0) {
                m_changed.notify_all();
            }
        }
    }

    const int64_t m_pixelLimit;
    DecodeBudget &m_budget;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<const Candidate *> m_chunk;
    std::vector<Probe> m_probes;
    size_t m_next = 0;
    size_t m_left = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

void noteFailure(ImportReport &report, const std::string &path, const std::string &reason)
{
    ++report.failed;
    if (report.failures.size() < kMaxListedFailures) {
        // Reasons usually name the path already.
        report.failures.push_back(reason.find(path) == std::string::npos ? path + ": " + reason
                                                                         : reason);
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
    const auto source = imageSourceFor(options.pixelLimit);
    DecodeBudget budget(options.decodeBudgetBytes);
    CandidateCollector collector(*source, options.folderLabels, report);
    for (const auto &path : paths) {
        TRIAGE_TRY(collector.add(path));
    }
    const std::vector<Candidate> candidates = collector.take();
    const int threads = options.threads > 0
                            ? options.threads
                            : int(std::max(1u, std::thread::hardware_concurrency()));
    reportProgress(progress, "import", 0, int64_t(candidates.size()));

    std::unordered_set<std::string> seen;  // file paths given so far
    // The candidates of [begin, end) not imported yet, and which of them failed before.
    struct Chunk {
        size_t end = 0;
        std::vector<const Candidate *> fresh;
        std::vector<std::optional<int64_t>> retryOf;  // failed before: maybe fixed since
    };
    auto prepare = [&](size_t begin) -> Result<Chunk> {
        Chunk chunk;
        const bool records = begin < candidates.size() && candidates[begin].idx;
        chunk.end = std::min(candidates.size(), begin + (records ? kRecordChunk : kFileChunk));
        for (size_t i = begin; i < chunk.end; ++i) {
            auto known = store.items().findPath(candidates[i].path);
            if (!known) {
                return known.error();
            }
            const bool failedBefore = known->has_value() && (*known)->state == ItemState::Failed;
            // A file given twice (a manifest listing it twice, a folder and a file in it) is
            // looked at once. IDX records stay out of the set: a million of them would cost
            // ~100 MB, and one given twice is known by the time its copy is written.
            const bool repeated = !candidates[i].idx && !seen.insert(candidates[i].path).second;
            if ((known->has_value() && !failedBefore) || repeated) {
                ++report.alreadyKnown;
            } else {
                chunk.fresh.push_back(&candidates[i]);
                chunk.retryOf.push_back(failedBefore ? std::optional<int64_t>((*known)->itemId)
                                                     : std::nullopt);
            }
        }
        return chunk;
    };

    // An import can be run again, so its commits are not each waited for; the job's own
    // record, committed after it, waits for them all.
    TRIAGE_TRY(store.setBulkLoading(true));
    struct BulkLoadingOff {
        ProjectStore &store;
        ~BulkLoadingOff() { (void)store.setBulkLoading(false); }
    } bulkLoadingOff{store};

    // Chunk k+1 is probed while chunk k is written.
    ChunkProber prober(threads, options.pixelLimit, budget);
    auto next = prepare(0);
    if (!next) {
        return next.error();
    }
    prober.start(next->fresh);
    while (true) {
        Chunk chunk = std::move(*next);
        std::vector<Probe> probes = prober.wait();
        if (cancel.isCancelled()) {
            return makeError(ErrorCode::Cancelled,
                             "import cancelled; what was imported so far is kept");
        }
        const bool last = chunk.end >= candidates.size();
        if (!last) {
            next = prepare(chunk.end);
            if (!next) {
                return next.error();
            }
            prober.start(next->fresh);
        }
        auto &fresh = chunk.fresh;
        auto &retryOf = chunk.retryOf;

        // One unit of work a chunk: the chunk's items and import labels land together.
        TRIAGE_TRY(store.unitOfWork([&]() -> Result<void> {
        for (size_t i = 0; i < fresh.size(); ++i) {
            const Candidate &candidate = *fresh[i];
            // Another process may have imported this path while we probed (two imports
            // of one folder): now, under the write lock, it is simply known.
            auto nowKnown = store.items().findPath(candidate.path);
            if (!nowKnown) {
                return nowKnown.error();
            }
            if (nowKnown->has_value() && (*nowKnown)->state != ItemState::Failed) {
                ++report.alreadyKnown;
                continue;
            }
            if (nowKnown->has_value() && !retryOf[i]) {
                retryOf[i] = (*nowKnown)->itemId;  // another import recorded it as failed
            }
            if (!probes[i].meta) {
                if (retryOf[i]) {
                    TRIAGE_TRY(store.items().updateFailure(*retryOf[i], probes[i].failure));
                } else {
                    TRIAGE_TRY(store.items().addFailed(candidate.path, probes[i].failure));
                }
                noteFailure(report, candidate.path, probes[i].failure);
                continue;
            }
            const ItemMeta &meta = *probes[i].meta;
            auto duplicate = store.items().idByHash(meta.contentHash);
            if (!duplicate) {
                return duplicate.error();
            }
            if (duplicate->has_value()) {
                ++report.duplicates;
                continue;
            }
            auto id = retryOf[i]
                          ? store.items().reviveFailed(*retryOf[i], meta, initialRank(meta.contentHash))
                          : store.items().add(meta, initialRank(meta.contentHash));
            if (!id) {
                return id.error();
            }
            ++report.added;
            if (candidate.label) {
                if (auto cls = store.classByName(*candidate.label)) {
                    TRIAGE_TRY(store.decisions().addImportLabel(*id, cls->id));
                    ++report.labeled;
                } else {
                    ++report.unknownLabels;
                }
            }
        }
        return {};
        }));
        reportProgress(progress, "import", int64_t(chunk.end), int64_t(candidates.size()));
        if (last) {
            break;
        }
    }
    report.peakConcurrentDecodes = budget.peakLeases();
    return report;
}

}  // namespace triage
