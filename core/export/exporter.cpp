#include "exporter.h"

#include "csvreader.h"
#include "idxfile.h"
#include "imagesource.h"
#include "numbertext.h"
#include "posixfile.h"
#include "versions.h"

#include <opencv2/imgcodecs.hpp>

#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace triage {
namespace {

struct ExportItem {
    int64_t itemId = 0;
    std::string path;
    const ClassInfo *cls = nullptr;
    LabelSource source = LabelSource::Human;
    double confidence = 1;
    bool idxRecord = false;  // "FILE#N": record N of an IDX file, written out as PNG
};

// An item to export before its file is checked.
struct LabelledRow {
    int64_t id = 0;
    std::string path;
    int64_t classId = 0;
    LabelSource source = LabelSource::Human;
    double confidence = 1;
};

// The labels as they are now (usable items), or as the named dataset version holds them.
Result<std::vector<LabelledRow>> labelledRows(ProjectStore &store, const std::string &version)
{
    std::vector<LabelledRow> rows;
    if (version.empty()) {
        auto items = store.items().list(ItemFilter{});
        if (!items) {
            return items.error();
        }
        for (const auto &row : *items) {
            if (row.classId && row.state != ItemState::Failed) {
                rows.push_back({row.id, row.path, *row.classId, *row.source,
                                row.confidence.value_or(1)});
            }
        }
        return rows;
    }
    auto found = findVersion(store, version);
    if (!found) {
        return found.error();
    }
    auto items = store.versions().items(found->id);
    if (!items) {
        return items.error();
    }
    for (const VersionItem &item : *items) {
        rows.push_back({item.itemId, item.path, item.classId, item.source, item.confidence});
    }
    return rows;
}

Result<void> checkTarget(const fs::path &out)
{
    std::error_code ec;
    if (fs::exists(out, ec) && !(fs::is_directory(out, ec) && fs::is_empty(out, ec))) {
        return makeError(ErrorCode::AlreadyExists,
                         out.string() +
                             " already exists and is not an empty folder; choose a new one");
    }
    return {};
}

// "dir/", "." and "a/../b" name the folders people mean: absolute, normal, no trailing
// separator (whose empty file name made the staging folder land inside the target).
fs::path normalTarget(const std::string &outDir)
{
    std::error_code ec;
    fs::path out = fs::absolute(outDir, ec).lexically_normal();
    while (!out.has_filename() && out.has_parent_path() && out != out.root_path()) {
        out = out.parent_path();
    }
    return out;
}

// Why an item's source (a file, or the IDX file holding its record) cannot be exported, or "".
std::string missingSourceReason(const std::string &itemPath,
                                const std::optional<IdxRecordRef> &record)
{
    if (record) {
        const std::string why = notRegularFileReason(record->file);
        return why.empty() ? std::string() : record->file + " " + why;
    }
    const std::string why = notRegularFileReason(itemPath);
    return why.empty() ? std::string() : itemPath + " " + why;
}

// Writes the item's image as a new file under `folder` (copied and fsync'ed, or an IDX
// record encoded as PNG); returns the file's path. Names stay unique within the folder.
Result<fs::path> writeImage(ImageSource &source, const ExportItem &item, const fs::path &folder,
                            std::set<std::string> &usedNames)
{
    const bool idxRecord = item.idxRecord;
    const std::string original =
        idxRecord ? std::to_string(item.itemId) + ".png" : fs::path(item.path).filename().string();
    // The same file name from another folder gets the item id in front; a source file may
    // itself be called "<id>-<name>", so a counter follows until the name is free.
    std::string name = original;
    for (int n = 1; !usedNames.insert((folder / name).string()).second; ++n) {
        name =
            std::to_string(item.itemId) + (n > 1 ? "-" + std::to_string(n) : "") + "-" + original;
    }
    const fs::path target = folder / name;
    if (idxRecord) {
        auto image = source.load(item.path);
        if (!image) {
            return image.error();
        }
        std::vector<uint8_t> png;
        if (!cv::imencode(".png", image->pixels, png)) {
            return makeError(ErrorCode::Io, "cannot encode " + item.path + " as PNG");
        }
        TRIAGE_TRY(writeFileSynced(target.string(), png));
    } else {
        TRIAGE_TRY(copyFileSynced(item.path, target.string()));
    }
    return target;
}

// Moves the finished staging folder to `out`: one rename when `out` does not exist; into
// an existing empty folder (perhaps the current one) entry by entry.
Result<void> moveIntoTarget(const fs::path &staging, const fs::path &out)
{
    std::error_code ec;
    if (!fs::exists(out, ec)) {
        fs::rename(staging, out, ec);
    } else {
        for (const auto &entry : fs::directory_iterator(staging, ec)) {
            fs::rename(entry.path(), out / entry.path().filename(), ec);
            if (ec) {
                break;
            }
        }
        if (!ec) {
            fs::remove(staging, ec);
        }
    }
    if (ec) {
        return makeError(ErrorCode::Io,
                         "cannot move the export into " + out.string() + ": " + ec.message());
    }
    TRIAGE_TRY(syncFolder(out.string()));
    return syncFolder(out.parent_path().string());
}

}  // namespace

Result<ExportFormat> exportFormatFromString(const std::string &text)
{
    if (text == "imagefolder") {
        return ExportFormat::ImageFolder;
    }
    if (text == "csv") {
        return ExportFormat::Csv;
    }
    return makeError(ErrorCode::InvalidArgument,
                     "unknown export format '" + text + "' (imagefolder, csv)");
}

Result<ExportInclusion> exportInclusionFromString(const std::string &text)
{
    if (text == "human") {
        return ExportInclusion::Human;
    }
    if (text == "accepted") {
        return ExportInclusion::Accepted;
    }
    return makeError(ErrorCode::InvalidArgument,
                     "unknown --include '" + text + "' (human, accepted)");
}

Result<ExportReport> exportDataset(ProjectStore &store, const ExportOptions &options,
                                   const ProgressFn &progress, const CancelToken &cancel)
{
    if (options.outDir.empty()) {
        return makeError(ErrorCode::InvalidArgument, "no output folder given");
    }
    const fs::path out = normalTarget(options.outDir);
    TRIAGE_TRY(checkTarget(out));
    // A damaged project file exports garbage with a straight face: check it first.
    TRIAGE_TRY(store.quickCheck());

    auto rows = labelledRows(store, options.version);
    if (!rows) {
        return rows.error();
    }
    std::vector<ExportItem> items;
    ExportReport report;
    for (const auto &row : *rows) {
        if (row.source == LabelSource::Auto && options.include == ExportInclusion::Human) {
            continue;
        }
        const auto cls = std::find_if(store.classes().begin(), store.classes().end(),
                                      [&](const ClassInfo &c) { return c.id == row.classId; });
        if (cls == store.classes().end() || row.path.empty()) {
            return makeError(ErrorCode::CorruptData,
                             "item " + std::to_string(row.id) +
                                 " has an empty path or a label of no class: the project "
                                 "file is damaged");
        }
        const auto record = idxRecordOf(row.path);  // one stat an item
        const bool idxRecord = record.has_value();
        if (const std::string why = missingSourceReason(row.path, record); !why.empty()) {
            report.missing.push_back(why);
            continue;
        }
        items.push_back(ExportItem{row.id, row.path, &*cls, row.source, row.confidence, idxRecord});
    }
    if (!report.missing.empty() && options.missing == MissingSources::Fail) {
        std::string list;
        for (size_t i = 0; i < std::min<size_t>(3, report.missing.size()); ++i) {
            list += (i ? "; " : "") + report.missing[i];
        }
        return makeError(ErrorCode::NotFound,
                         std::to_string(report.missing.size()) +
                             " labelled images are missing, so nothing was exported (" + list +
                             (report.missing.size() > 3 ? "; ..." : "") +
                             "); restore them, remove the items, or export with --skip-missing");
    }

    std::error_code ec;
    fs::create_directories(out.parent_path(), ec);
    const fs::path staging = out.parent_path() / ("." + out.filename().string() + ".partial");
    fs::remove_all(staging, ec);
    if (!fs::create_directory(staging, ec)) {
        return makeError(ErrorCode::Io, "cannot create " + staging.string() + ": " + ec.message());
    }
    struct StagingCleanup {
        fs::path path;
        bool keep = false;
        ~StagingCleanup()
        {
            std::error_code ignored;
            if (!keep) {
                fs::remove_all(path, ignored);
            }
        }
    } cleanup{staging};

    report.perClass.assign(store.classes().size(), 0);
    auto pixelLimit = store.settings().pixelLimit();
    if (!pixelLimit) {
        return pixelLimit.error();
    }
    const auto source = imageSourceFor(*pixelLimit);
    std::set<std::string> usedNames;
    std::set<fs::path> folders;
    std::string csv = "path,label,source,confidence\n";
    for (size_t i = 0; i < items.size(); ++i) {
        if (cancel.isCancelled()) {
            return makeError(ErrorCode::Cancelled,
                             "export cancelled; nothing was written to " + out.string());
        }
        const ExportItem &item = items[i];
        if (options.format == ExportFormat::ImageFolder) {
            const fs::path folder = staging / item.cls->name;
            if (folders.insert(folder).second) {
                fs::create_directories(folder, ec);
            }
            auto written = writeImage(*source, item, folder, usedNames);
            if (!written) {
                return written.error();
            }
        } else {
            std::string path = item.path;
            if (item.idxRecord) {
                if (folders.insert(staging / "images").second) {
                    fs::create_directories(staging / "images", ec);
                }
                auto written = writeImage(*source, item, staging / "images", usedNames);
                if (!written) {
                    return written.error();
                }
                path = (fs::path("images") / written->filename()).string();
            }
            csv += csvField(path) + ',' + csvField(item.cls->name) + ',' +
                   std::string(toText(item.source)) + ',' + formatNumber(item.confidence) + '\n';
        }
        ++report.perClass[size_t(item.cls->position)];
        ++report.written;
        if (i % 256 == 0) {
            reportProgress(progress, "export", int64_t(i), int64_t(items.size()));
        }
    }
    if (options.format == ExportFormat::Csv) {
        const auto *bytes = reinterpret_cast<const uint8_t *>(csv.data());
        TRIAGE_TRY(writeFileSynced((staging / "labels.csv").string(), {bytes, csv.size()}));
    }
    for (const auto &folder : folders) {
        TRIAGE_TRY(syncFolder(folder.string()));
    }
    TRIAGE_TRY(syncFolder(staging.string()));
    for (const auto &c : store.classes()) {
        if (report.perClass[size_t(c.position)] == 0) {
            report.emptyClasses.push_back(c.name);
        }
    }
    TRIAGE_TRY(moveIntoTarget(staging, out));
    cleanup.keep = true;
    reportProgress(progress, "export", int64_t(items.size()), int64_t(items.size()));
    return report;
}

}  // namespace triage
