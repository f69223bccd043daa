#include "exporter.h"

#include "exportmanifest.h"
#include "idxfile.h"
#include "imagesource.h"
#include "labelfiles.h"
#include "posixfile.h"
#include "storerules.h"
#include "versions.h"

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <unordered_map>

namespace fs = std::filesystem;

namespace triage {
namespace {

// The labels to export and what they are: a version's, or the current ones.
struct LabelSet {
    std::vector<VersionItem> labels;  // by item id
    std::string versionName;
    std::string createdAt;
    bool hasSplits = false;
};

Result<LabelSet> labelsToExport(ProjectStore &store, const ExportOptions &options)
{
    LabelSet set;
    const bool withAuto = options.include == ExportInclusion::Accepted;
    if (options.version.empty()) {
        auto labels = store.versions().currentLabels(withAuto, 0);
        if (!labels) {
            return labels.error();
        }
        set.labels = std::move(*labels);
        for (const VersionItem &item : set.labels) {  // the newest label dates the set
            set.createdAt = std::max(set.createdAt, item.labelledAt);
        }
        return set;
    }
    auto version = findVersion(store, options.version);
    if (!version) {
        return version.error();
    }
    auto labels = store.versions().items(version->id);
    if (!labels) {
        return labels.error();
    }
    for (VersionItem &item : *labels) {
        if (withAuto || item.source != LabelSource::Auto) {
            set.labels.push_back(std::move(item));
        }
    }
    set.versionName = version->name;
    set.createdAt = version->createdAt;
    set.hasSplits = version->splits.has_value();
    return set;
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

// A project written by an older Triage, or edited by hand, may hold a class name that is
// no safe folder name; the export names it instead of writing outside its folder.
Result<void> checkClassNames(const std::vector<ClassInfo> &classes)
{
    for (const ClassInfo &c : classes) {
        if (auto valid = validateClassName(c.name); !valid) {
            return makeError(ErrorCode::InvalidArgument,
                             "cannot export: " + valid.error().message +
                                 "; rename the class in the project first");
        }
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
    const std::string &file = record ? record->file : itemPath;
    const std::string why = notRegularFileReason(file);
    return why.empty() ? std::string() : file + " " + why;
}

// Puts images into the staging folder: copied, hard-linked, or (IDX records) encoded as
// PNG. Names stay unique within a folder: the same file name from another folder gets the
// item id in front, and a counter after that if a source file is itself "<id>-<name>".
class ImageWriter {
public:
    ImageWriter(ImageSource &source, fs::path staging, ImagePlacement placement)
        : m_source(source), m_staging(std::move(staging)), m_placement(placement)
    {
    }

    // Returns the file's path relative to the export's root.
    Result<std::string> write(const VersionItem &item, bool idxRecord, const std::string &folder)
    {
        const std::string original = idxRecord ? std::to_string(item.itemId) + ".png"
                                               : fs::path(item.path).filename().string();
        std::string name = original;
        for (int n = 1; !m_used.insert(folder + "/" + name).second; ++n) {
            name = std::to_string(item.itemId) + (n > 1 ? "-" + std::to_string(n) : "") + "-" +
                   original;
        }
        const fs::path dir = m_staging / folder;
        if (m_folders.insert(dir).second) {
            std::error_code ec;
            fs::create_directories(dir, ec);
            if (ec) {
                return makeError(ErrorCode::Io,
                                 "cannot create " + dir.string() + ": " + ec.message());
            }
        }
        const std::string target = (dir / name).string();
        if (idxRecord) {
            auto image = m_source.load(item.path);
            if (!image) {
                return image.error();
            }
            std::vector<uint8_t> png;
            if (!cv::imencode(".png", image->pixels, png)) {
                return makeError(ErrorCode::Io, "cannot encode " + item.path + " as PNG");
            }
            TRIAGE_TRY(writeFileSynced(target, png));
        } else if (m_placement == ImagePlacement::Link) {
            auto linked = linkOrCopyFile(item.path, target);
            if (!linked) {
                return linked.error();
            }
            m_linked += *linked ? 1 : 0;
        } else {
            TRIAGE_TRY(copyFileSynced(item.path, target));
        }
        return folder.empty() ? name : folder + "/" + name;
    }

    int64_t linked() const { return m_linked; }
    Result<void> syncFolders() const
    {
        for (const fs::path &folder : m_folders) {
            TRIAGE_TRY(syncFolder(folder.string()));
        }
        return {};
    }

private:
    ImageSource &m_source;
    fs::path m_staging;
    ImagePlacement m_placement;
    std::set<std::string> m_used;
    std::set<fs::path> m_folders;
    int64_t m_linked = 0;
};

Result<void> writeLabelFile(const fs::path &staging, const ExportFile &file)
{
    const fs::path path = staging / file.path;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    const auto *bytes = reinterpret_cast<const uint8_t *>(file.bytes.data());
    TRIAGE_TRY(writeFileSynced(path.string(), {bytes, file.bytes.size()}));
    return syncFolder(path.parent_path().string());
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

// The project file's absolute path (the manifest outlives the folder it was made in), or
// the database's URL, without its password.
std::string projectPath(const ProjectStore &store)
{
    if (isDatabaseUrl(store.path())) {
        return store.path();
    }
    std::error_code ec;
    const fs::path absolute = fs::absolute(store.path(), ec);
    return ec ? store.path() : absolute.lexically_normal().string();
}

std::string reproduceCommand(const ProjectStore &store, const ExportOptions &options)
{
    std::string command = "triage-cli export " + shellQuoted(projectPath(store));
    if (!options.version.empty()) {
        command += " --version " + shellQuoted(options.version);
    }
    command += " --format " + std::string(toText(options.format));
    command += " --include " + std::string(toText(options.include));
    command += " --images " + std::string(toText(options.images));
    if (options.missing == MissingSources::Skip) {
        command += " --skip-missing";
    }
    return command + " --out NEW_FOLDER";
}

// For split layouts: per split, the classes it has no item of.
std::vector<std::string> splitGaps(const ExportContents &contents)
{
    std::vector<std::string> gaps;
    if (!contents.hasSplits) {
        return gaps;
    }
    for (Split s : {Split::Train, Split::Val, Split::Test}) {
        std::vector<bool> seen(contents.classes.size(), false);
        bool any = false;
        for (const ExportRecord &r : contents.records) {
            if (r.label.split == s) {
                seen[size_t(r.cls->position)] = any = true;
            }
        }
        std::string missing;
        for (const ClassInfo &c : contents.classes) {
            if (any && !seen[size_t(c.position)]) {
                missing += (missing.empty() ? "" : ", ") + c.name;
            }
        }
        if (!missing.empty()) {
            gaps.push_back(std::string(toText(s)) + ": " + missing);
        }
    }
    return gaps;
}

// What the export will hold: the labels whose images are there, in item-id order, with
// their classes and sizes; labels whose images are missing are listed in `report`.
struct PlannedExport {
    ExportContents contents;
    std::vector<bool> idxRecords;  // per record: an IDX record, written as PNG
};

Result<PlannedExport> planExport(ProjectStore &store, const ExportOptions &options, LabelSet &set,
                                 ExportReport &report)
{
    auto name = store.settings().name();
    if (!name) {
        return name.error();
    }

    PlannedExport planned;
    ExportContents &contents = planned.contents;
    contents.project = *name;
    contents.versionName = set.versionName;
    contents.createdAt = set.createdAt;
    contents.classes = store.classes();
    std::sort(contents.classes.begin(), contents.classes.end(),
              [](const ClassInfo &a, const ClassInfo &b) { return a.position < b.position; });
    contents.hasSplits = set.hasSplits;
    contents.placement = options.images;

    // Records point at the store's classes, which outlive the export.
    std::unordered_map<int64_t, const ClassInfo *> classById;
    for (const ClassInfo &c : store.classes()) {
        classById.emplace(c.id, &c);
    }
    std::vector<int64_t> ids;
    for (VersionItem &label : set.labels) {
        const auto cls = classById.find(label.classId);
        if (cls == classById.end() || label.path.empty()) {
            return makeError(ErrorCode::CorruptData,
                             "item " + std::to_string(label.itemId) +
                                 " has an empty path or a label of no class: the project "
                                 "file is damaged");
        }
        const auto record = idxRecordOf(label.path);  // one stat an item
        if (const std::string why = missingSourceReason(label.path, record); !why.empty()) {
            report.missing.push_back(why);
            continue;
        }
        ids.push_back(label.itemId);
        planned.idxRecords.push_back(record.has_value());
        contents.records.push_back(ExportRecord{std::move(label), cls->second, 0, 0, {}});
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
    auto rows = store.items().rows(ids);  // widths and heights, for COCO and JSONL
    if (!rows) {
        return rows.error();
    }
    std::unordered_map<int64_t, const ItemRow *> rowById;
    for (const ItemRow &row : *rows) {
        rowById.emplace(row.id, &row);
    }
    for (ExportRecord &record : contents.records) {
        if (const auto row = rowById.find(record.label.itemId); row != rowById.end()) {
            record.width = row->second->width;
            record.height = row->second->height;
        }
    }
    return planned;
}

}  // namespace

std::string_view toText(ExportInclusion include)
{
    return include == ExportInclusion::Human ? "human" : "accepted";
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
    const std::vector<ClassInfo> &classes = store.classes();
    TRIAGE_TRY(checkClassNames(classes));
    auto set = labelsToExport(store, options);
    if (!set) {
        return set.error();
    }
    if (const std::string problem =
            exportChoiceProblem(options.format, options.images, set->hasSplits);
        !problem.empty()) {
        return makeError(ErrorCode::InvalidArgument, problem);
    }
    ExportReport report;
    auto planned = planExport(store, options, *set, report);
    if (!planned) {
        return planned.error();
    }
    ExportContents &contents = planned->contents;
    const std::vector<bool> &idxRecords = planned->idxRecords;

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

    auto pixelLimit = store.settings().pixelLimit();
    if (!pixelLimit) {
        return pixelLimit.error();
    }
    const auto source = imageSourceFor(*pixelLimit);
    ImageWriter images(*source, staging, options.images);
    report.perClass.assign(contents.classes.size(), 0);
    const int64_t total = int64_t(contents.records.size());
    for (size_t i = 0; i < contents.records.size(); ++i) {
        if (cancel.isCancelled()) {
            return makeError(ErrorCode::Cancelled,
                             "export cancelled; nothing was written to " + out.string());
        }
        ExportRecord &record = contents.records[i];
        const std::string folder =
            imageFolderOf(options.format, record.cls->name, record.label.split);
        if (options.images == ImagePlacement::Reference && !idxRecords[i]) {
            record.file = record.label.path;
        } else {
            auto written = images.write(record.label, idxRecords[i], folder);
            if (!written) {
                return written.error();
            }
            record.file = options.images == ImagePlacement::Reference
                              ? (out / *written).string()  // every path absolute alike
                              : *written;
        }
        ++report.perClass[size_t(record.cls->position)];
        ++report.perSplit[size_t(record.label.split)];
        if (i % 256 == 0) {
            reportProgress(progress, "export", int64_t(i), total);
        }
    }
    report.written = total;
    report.linked = images.linked();
    TRIAGE_TRY(images.syncFolders());

    for (const ExportFile &file : labelFiles(options.format, contents)) {
        TRIAGE_TRY(writeLabelFile(staging, file));
    }
    std::vector<VersionItem> exported;
    exported.reserve(contents.records.size());
    for (const ExportRecord &r : contents.records) {
        exported.push_back(r.label);
    }
    report.digest = versionDigest(exported, classes);
    ManifestFacts facts{projectPath(store),
                        std::string(toText(options.include)),
                        report.digest,
                        reproduceCommand(store, options),
                        int64_t(report.missing.size()),
                        report.linked};
    TRIAGE_TRY(writeLabelFile(
        staging, {"triage-export.json", exportManifestJson(options.format, contents, facts)}));
    TRIAGE_TRY(syncFolder(staging.string()));
    for (const ClassInfo &c : contents.classes) {
        if (report.perClass[size_t(c.position)] == 0) {
            report.emptyClasses.push_back(c.name);
        }
    }
    if (keepsImagesInItsFolders(options.format)) {
        report.splitGaps = splitGaps(contents);
    }
    TRIAGE_TRY(moveIntoTarget(staging, out));
    cleanup.keep = true;
    reportProgress(progress, "export", total, total);
    return report;
}

}  // namespace triage
