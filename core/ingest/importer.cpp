#include "importer.h"

#include "contenthash.h"
#include "csvreader.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <thread>
#include <unordered_set>

namespace fs = std::filesystem;

namespace triage {
namespace {

constexpr size_t kChunkSize = 256;  // files probed in parallel, then written in one transaction
constexpr int64_t kMaxImageFileBytes = int64_t(1) << 30;

struct Candidate {
    std::string path;  // item path: absolute file, or FILE#N for IDX records
    std::optional<std::string> label;
    std::shared_ptr<const IdxFile> idx;  // set for IDX records
    int64_t idxIndex = 0;
};

struct Probe {
    std::optional<ItemMeta> meta;
    std::string failure;
};

bool hasImageExtension(const fs::path &path)
{
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return std::tolower(c); });
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
        if (fs::is_directory(path, ec)) {
            return addFolder(path);
        }
        if (!fs::exists(path, ec)) {
            return makeError(ErrorCode::NotFound, "no such file or folder: " + argument);
        }
        if (path.extension() == ".csv" || path.extension() == ".CSV") {
            return addManifest(path);
        }
        if (looksLikeIdx(argument)) {
            return addIdx(path);
        }
        m_candidates.push_back(Candidate{itemPathOf(path), std::nullopt, nullptr, 0});
        return {};
    }

    std::vector<Candidate> take() { return std::move(m_candidates); }

private:
    Result<void> addFolder(const fs::path &root)
    {
        std::vector<fs::path> files;
        std::error_code ec;
        auto it = fs::recursive_directory_iterator(
            root, fs::directory_options::skip_permission_denied, ec);
        if (ec) {
            return makeError(ErrorCode::Io, "cannot list " + root.string() + ": " + ec.message());
        }
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) {
                return makeError(ErrorCode::Io,
                                 "cannot list " + root.string() + ": " + ec.message());
            }
            if (isHidden(it->path())) {
                if (it->is_directory()) {
                    it.disable_recursion_pending();
                }
                continue;
            }
            if (it->is_regular_file()) {
                if (hasImageExtension(it->path())) {
                    files.push_back(it->path());
                } else {
                    ++m_report.ignored;
                }
            }
        }
        std::sort(files.begin(), files.end());  // deterministic item order
        for (const auto &file : files) {
            std::optional<std::string> label;
            if (m_folderLabels == FolderLabels::FromClassNamedFolders &&
                file.parent_path() != root) {
                label = file.parent_path().filename().string();
            }
            m_candidates.push_back(Candidate{itemPathOf(file), label, nullptr, 0});
        }
        return {};
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
                first && !fields.empty() && (fields[0] == "path" || fields[0] == "PATH");
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
            m_candidates.push_back(Candidate{itemPathOf(item), label, nullptr, 0});
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
            m_candidates.push_back(Candidate{idxItemPath(file, i), std::nullopt, *idx, i});
        }
        return {};
    }

    ImageSource &m_source;
    FolderLabels m_folderLabels;
    ImportReport &m_report;
    std::vector<Candidate> m_candidates;
};

Probe probe(const Candidate &candidate, int64_t pixelLimit)
{
    Probe result;
    if (candidate.idx) {
        const IdxFile &idx = *candidate.idx;
        ItemMeta meta;
        meta.path = candidate.path;
        meta.contentHash = contentHash({idx.record(candidate.idxIndex), size_t(idx.recordSize())});
        meta.fileSize = idx.recordSize();
        meta.height = int(idx.dims[1]);
        meta.width = int(idx.dims[2]);
        meta.channels = 1;
        meta.format = "idx";
        result.meta = meta;
        return result;
    }
    auto bytes = readFileBytes(candidate.path, kMaxImageFileBytes);
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

void probeInParallel(const std::vector<const Candidate *> &chunk, std::vector<Probe> &probes,
                     int threads, int64_t pixelLimit)
{
    probes.assign(chunk.size(), Probe{});
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t i = next++; i < chunk.size(); i = next++) {
            probes[i] = probe(*chunk[i], pixelLimit);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) {
        pool.emplace_back(work);
    }
    work();
    for (auto &thread : pool) {
        thread.join();
    }
}

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
    return fs::weakly_canonical(fs::absolute(file)).string();
}

Result<ImportReport> importPaths(ProjectStore &store, const std::vector<std::string> &paths,
                                 const ImportOptions &options, const ProgressFn &progress,
                                 const CancelToken &cancel)
{
    ImportReport report;
    ImageSource source(options.pixelLimit);
    CandidateCollector collector(source, options.folderLabels, report);
    for (const auto &path : paths) {
        TRIAGE_TRY(collector.add(path));
    }
    const std::vector<Candidate> candidates = collector.take();
    const int threads = options.threads > 0
                            ? options.threads
                            : int(std::max(1u, std::thread::hardware_concurrency()));
    reportProgress(progress, "import", 0, int64_t(candidates.size()));

    std::vector<Probe> probes;
    std::unordered_set<std::string> seen;  // a manifest may list a file twice
    for (size_t begin = 0; begin < candidates.size(); begin += kChunkSize) {
        if (cancel.isCancelled()) {
            return makeError(ErrorCode::Cancelled,
                             "import cancelled; what was imported so far is kept");
        }
        const size_t end = std::min(candidates.size(), begin + kChunkSize);
        std::vector<const Candidate *> fresh;
        std::vector<std::optional<int64_t>> retryOf;  // failed before: maybe fixed since
        for (size_t i = begin; i < end; ++i) {
            auto known = store.findPath(candidates[i].path);
            if (!known) {
                return known.error();
            }
            const bool failedBefore = known->has_value() && (*known)->state == ItemState::Failed;
            if ((known->has_value() && !failedBefore) || !seen.insert(candidates[i].path).second) {
                ++report.alreadyKnown;
            } else {
                fresh.push_back(&candidates[i]);
                retryOf.push_back(failedBefore ? std::optional<int64_t>((*known)->itemId)
                                               : std::nullopt);
            }
        }
        probeInParallel(fresh, probes, threads, options.pixelLimit);

        Transaction tx(store.database());
        TRIAGE_TRY(tx.begun());
        for (size_t i = 0; i < fresh.size(); ++i) {
            const Candidate &candidate = *fresh[i];
            if (!probes[i].meta) {
                if (retryOf[i]) {
                    TRIAGE_TRY(store.updateFailure(*retryOf[i], probes[i].failure));
                } else {
                    TRIAGE_TRY(store.addFailedItem(candidate.path, probes[i].failure));
                }
                noteFailure(report, candidate.path, probes[i].failure);
                continue;
            }
            const ItemMeta &meta = *probes[i].meta;
            auto duplicate = store.itemIdByHash(meta.contentHash);
            if (!duplicate) {
                return duplicate.error();
            }
            if (duplicate->has_value()) {
                ++report.duplicates;
                continue;
            }
            auto id = retryOf[i]
                          ? store.reviveFailedItem(*retryOf[i], meta, initialRank(meta.contentHash))
                          : store.addItem(meta, initialRank(meta.contentHash));
            if (!id) {
                return id.error();
            }
            ++report.added;
            if (candidate.label) {
                if (auto cls = store.classByName(*candidate.label)) {
                    TRIAGE_TRY(store.addImportLabel(*id, cls->id));
                    ++report.labeled;
                } else {
                    ++report.unknownLabels;
                }
            }
        }
        TRIAGE_TRY(tx.commit());
        reportProgress(progress, "import", int64_t(end), int64_t(candidates.size()));
    }
    return report;
}

}  // namespace triage
