#include "exporter.h"

#include "csvreader.h"
#include "idxfile.h"
#include "imagesource.h"

#include <opencv2/imgcodecs.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace triage {
namespace {

struct ExportItem {
    int64_t itemId = 0;
    std::string path;
    const ClassInfo *cls = nullptr;
    LabelSource source = LabelSource::Human;
    double confidence = 1;
};

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

// Writes the item's image as a file under `folder`; returns the file's path.
Result<fs::path> writeImage(ImageSource &source, const ExportItem &item, const fs::path &folder,
                            std::set<std::string> &usedNames)
{
    std::string file;
    int64_t index = 0;
    std::error_code ec;
    const bool idxRecord =
        !fs::is_regular_file(item.path, ec) && splitIdxItemPath(item.path, file, index);
    std::string name =
        idxRecord ? std::to_string(item.itemId) + ".png" : fs::path(item.path).filename().string();
    if (!usedNames.insert((folder / name).string()).second) {
        name = std::to_string(item.itemId) + "-" + name;  // same file name from another folder
        usedNames.insert((folder / name).string());
    }
    const fs::path target = folder / name;
    if (idxRecord) {
        auto image = source.load(item.path);
        if (!image) {
            return image.error();
        }
        if (!cv::imwrite(target.string(), image->pixels)) {
            return makeError(ErrorCode::Io, "cannot write " + target.string());
        }
    } else if (!fs::copy_file(item.path, target, ec)) {
        return makeError(ErrorCode::Io, "cannot copy " + item.path + " to " + target.string() +
                                            ": " + ec.message());
    }
    return target;
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
    const fs::path out = fs::absolute(options.outDir);
    TRIAGE_TRY(checkTarget(out));
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

    auto outcomes = store.items(ItemFilter{});
    if (!outcomes) {
        return outcomes.error();
    }
    std::vector<ExportItem> items;
    for (const auto &row : *outcomes) {
        if (!row.classId || row.state == ItemState::Failed) {
            continue;
        }
        if (*row.source == LabelSource::Auto && options.include == ExportInclusion::Human) {
            continue;
        }
        const auto cls = std::find_if(store.classes().begin(), store.classes().end(),
                                      [&](const ClassInfo &c) { return c.id == *row.classId; });
        items.push_back(
            ExportItem{row.id, row.path, &*cls, *row.source, row.confidence.value_or(1)});
    }

    ExportReport report;
    report.perClass.assign(store.classes().size(), 0);
    ImageSource source;
    std::set<std::string> usedNames;
    std::ostringstream csv;
    csv << "path,label,source,confidence\n";
    for (size_t i = 0; i < items.size(); ++i) {
        if (cancel.isCancelled()) {
            return makeError(ErrorCode::Cancelled,
                             "export cancelled; nothing was written to " + out.string());
        }
        const ExportItem &item = items[i];
        if (options.format == ExportFormat::ImageFolder) {
            const fs::path folder = staging / item.cls->name;
            fs::create_directories(folder, ec);
            auto written = writeImage(source, item, folder, usedNames);
            if (!written) {
                return written.error();
            }
        } else {
            std::string path = item.path;
            std::string file;
            int64_t index = 0;
            if (!fs::is_regular_file(item.path, ec) && splitIdxItemPath(item.path, file, index)) {
                fs::create_directories(staging / "images", ec);
                auto written = writeImage(source, item, staging / "images", usedNames);
                if (!written) {
                    return written.error();
                }
                path = (fs::path("images") / written->filename()).string();
            }
            csv << csvField(path) << ',' << csvField(item.cls->name) << ',' << toText(item.source)
                << ',' << item.confidence << '\n';
        }
        ++report.perClass[size_t(item.cls->position)];
        ++report.written;
        if (i % 256 == 0) {
            reportProgress(progress, "export", int64_t(i), int64_t(items.size()));
        }
    }
    if (options.format == ExportFormat::Csv) {
        std::ofstream file(staging / "labels.csv", std::ios::binary);
        file << csv.str();
        if (!file.flush()) {
            return makeError(ErrorCode::Io, "cannot write " + (staging / "labels.csv").string());
        }
    }
    for (const auto &c : store.classes()) {
        if (report.perClass[size_t(c.position)] == 0) {
            report.emptyClasses.push_back(c.name);
        }
    }
    if (fs::exists(out, ec)) {
        fs::remove(out, ec);  // checked above: an empty folder
    }
    fs::rename(staging, out, ec);
    if (ec) {
        return makeError(ErrorCode::Io,
                         "cannot move the export into " + out.string() + ": " + ec.message());
    }
    cleanup.keep = true;
    reportProgress(progress, "export", int64_t(items.size()), int64_t(items.size()));
    return report;
}

}  // namespace triage
