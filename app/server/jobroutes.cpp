// The lead's routes: jobs (imports, uploads, auto-label rounds, labeling functions,
// model scoring, exports) and dataset versions. Every long piece of work starts a job on
// the JobRunner and answers 202 with the job at once.
#include "routes.h"

#include "jobs.h"
#include "jsonfields.h"
#include "labelingfunctions.h"
#include "lfreports.h"
#include "modelspecfile.h"
#include "posixfile.h"
#include "projectmodels.h"
#include "reports.h"
#include "routehelpers.h"
#include "tarstream.h"
#include "versionreports.h"
#include "versions.h"

#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;

namespace triage::server {
namespace {

constexpr int64_t kMaxUploadFiles = 10000;

ApiResponse startJob(ServerContext &ctx, ProjectStore &store, std::shared_ptr<Job> job)
{
    auto id = ctx.jobs().start(std::move(job), store);
    if (!id) {
        if (id.error().code == ErrorCode::Busy) {
            return errorResponse(409, "job_running", id.error().message);
        }
        return errorResponse(id.error());
    }
    auto record = store.jobs().get(*id);
    if (!record || !record->has_value()) {
        return errorResponse(500, "internal", "job " + std::to_string(*id) + " has no row");
    }
    ApiResponse response = jsonResponse(jobJson(**record), 202);
    response.headers["Location"] = "/v1/jobs/" + std::to_string(*id);
    return response;
}

ApiResponse listJobs(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto limit = integerParam(request.query, "limit", 20, 1, 1000);
    if (!limit) {
        return errorResponse(limit.error());
    }
    auto jobs = store.jobs().recent(*limit);
    if (!jobs) {
        return errorResponse(jobs.error());
    }
    std::string text = "{\"jobs\":[";
    for (size_t i = 0; i < jobs->size(); ++i) {
        text += (i ? "," : "") + jobJson((*jobs)[i]);
    }
    return jsonResponse(text + "]}");
}

Result<JobRecord> existingJob(ProjectStore &store, const ApiRequest &request)
{
    auto id = idParam(request);
    if (!id) {
        return id.error();
    }
    auto job = store.jobs().get(*id);
    if (!job) {
        return job.error();
    }
    if (!job->has_value()) {
        return makeError(ErrorCode::NotFound, "no job " + std::to_string(*id));
    }
    return **job;
}

ApiResponse getJob(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto job = existingJob(store, request);
    return job ? jsonResponse(jobJson(*job)) : errorResponse(job.error());
}

ApiResponse cancelJob(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto job = existingJob(store, request);
    if (!job) {
        return errorResponse(job.error());
    }
    if (auto asked = store.jobs().requestCancel(job->id); !asked) {
        return asked.error().code == ErrorCode::InvalidArgument
                   ? errorResponse(409, "job_ended", asked.error().message)
                   : errorResponse(asked.error());
    }
    auto updated = existingJob(store, request);
    return updated ? jsonResponse(jobJson(*updated), 202) : errorResponse(updated.error());
}

ApiResponse importPaths(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto body = bodyObject(request);
    if (!body) {
        return errorResponse(body.error());
    }
    JsonFields fields(*body, "import");
    auto known = fields.onlyKnown({"paths", "labels_from_folders"});
    auto paths = fields.array("paths");
    auto folders = fields.boolean("labels_from_folders");
    if (!known || !paths || !folders) {
        return errorResponse(!known ? known.error() : !paths ? paths.error() : folders.error());
    }
    if (!*paths || (*paths)->asArray().empty()) {
        return errorResponse(400, "invalid_argument",
                             "import: \"paths\" lists the folders, images, CSV manifests or IDX "
                             "files to import");
    }
    ImportRequest importRequest;
    for (const auto &path : (*paths)->asArray()) {
        if (path.type() != JsonValue::Type::String) {
            return errorResponse(400, "invalid_argument", "import: every path is a string");
        }
        auto readable = readablePath(path.asString(), ctx.readableRoots());
        if (!readable) {
            return errorResponse(readable.error());
        }
        std::error_code ec;
        if (!fs::exists(*readable, ec)) {
            return errorResponse(400, "invalid_argument",
                                 "import: '" + path.asString() + "' does not exist");
        }
        importRequest.paths.push_back(*readable);
    }
    importRequest.folderLabels = folders->value_or(false) ? FolderLabels::FromClassNamedFolders
                                                          : FolderLabels::Ignore;
    return startJob(ctx, store, std::make_shared<ImportJob>(std::move(importRequest)));
}

// An uploaded file's name, kept only if it is a plain file name.
Result<std::string> safeFileName(const std::string &name)
{
    const bool plain = !name.empty() && name.size() <= 255 && name != "." && name != ".." &&
                       name.find('/') == std::string::npos &&
                       name.find('\\') == std::string::npos &&
                       std::none_of(name.begin(), name.end(),
                                    [](char c) { return (unsigned char)c < 0x20 || c == 0x7f; });
    if (!plain) {
        return makeError(ErrorCode::InvalidArgument,
                         "upload: '" + name + "' is not a plain file name (no folders, no "
                                              "control characters)");
    }
    return name;
}

std::string batchFolderName()
{
    std::random_device random;
    char suffix[9];
    std::snprintf(suffix, sizeof suffix, "%08x", unsigned(random()));
    std::string stamp = utcNowIso8601();
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    return "upload-" + stamp + "-" + suffix;
}

ApiResponse uploadImages(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    if (request.files.empty()) {
        return errorResponse(400, "invalid_argument",
                             "upload: send the images as multipart/form-data, field \"files\"");
    }
    if (int64_t(request.files.size()) > kMaxUploadFiles) {
        return errorResponse(413, "too_many_files",
                             "upload: at most " + std::to_string(kMaxUploadFiles) +
                                 " files a request");
    }
    std::set<std::string> names;
    for (const auto &file : request.files) {
        auto name = safeFileName(file.filename);
        if (!name) {
            return errorResponse(name.error());
        }
        if (!names.insert(*name).second) {
            return errorResponse(400, "invalid_argument",
                                 "upload: two files are named '" + *name + "'");
        }
    }
    // Written to a hidden folder and renamed into place whole: an import never sees half.
    const fs::path batch = fs::path(ctx.uploadDir()) / batchFolderName();
    const fs::path staging = fs::path(ctx.uploadDir()) / ("." + batch.filename().string());
    std::error_code ec;
    fs::create_directories(staging, ec);
    for (const auto &file : request.files) {
        std::ofstream out(staging / file.filename, std::ios::binary);
        out.write(file.content.data(), std::streamsize(file.content.size()));
        if (!out.flush()) {
            fs::remove_all(staging, ec);
            return errorResponse(500, "io", "upload: could not write " + file.filename +
                                                " under " + ctx.uploadDir());
        }
    }
    fs::rename(staging, batch, ec);
    if (ec) {
        fs::remove_all(staging, ec);
        return errorResponse(500, "io", "upload: could not place the batch: " + ec.message());
    }
    ImportRequest importRequest;
    importRequest.paths.push_back(batch.string());
    return startJob(ctx, store, std::make_shared<ImportJob>(std::move(importRequest)));
}

ApiResponse startAutolabel(ServerContext &ctx, const ApiRequest &)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    return startJob(ctx, store, std::make_shared<AutoLabelJob>(std::make_shared<AutoLabeler>()));
}

ApiResponse listVersionsRoute(ServerContext &ctx, const ApiRequest &)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto versions = listVersions(store);
    return versions ? jsonResponse(describe(*versions, store.classes()).json)
                    : errorResponse(versions.error());
}

Result<VersionRequest> readVersionRequest(const JsonValue &body, const std::string &creator)
{
    JsonFields fields(body, "version");
    TRIAGE_TRY(fields.onlyKnown({"name", "note", "include", "min_confidence", "splits", "seed"}));
    VersionRequest request;
    auto name = fields.requiredText("name");
    auto note = fields.text("note");
    auto include = fields.text("include");
    auto minConfidence = fields.number("min_confidence");
    auto splits = fields.array("splits");
    auto seed = fields.integer("seed", 0, std::numeric_limits<int>::max());
    for (const Error *e : {name ? nullptr : &name.error(), note ? nullptr : &note.error(),
                           include ? nullptr : &include.error(),
                           minConfidence ? nullptr : &minConfidence.error(),
                           splits ? nullptr : &splits.error(), seed ? nullptr : &seed.error()}) {
        if (e) {
            return *e;
        }
    }
    request.name = *name;
    request.note = note->value_or("");
    request.createdBy = creator;
    const std::string inclusion = include->value_or("accepted");
    if (inclusion != "accepted" && inclusion != "human") {
        return makeError(ErrorCode::InvalidArgument,
                         "version: include is human or accepted, not '" + inclusion + "'");
    }
    request.includeAutomatic = inclusion == "accepted";
    request.minConfidence = minConfidence->value_or(0);
    if (*splits) {
        const auto &parts = (*splits)->asArray();
        if (parts.size() != 3 || std::any_of(parts.begin(), parts.end(), [](const JsonValue &v) {
                return v.type() != JsonValue::Type::Number;
            })) {
            return makeError(ErrorCode::InvalidArgument,
                             "version: splits is [train, val, test], three fractions");
        }
        request.splits = SplitPlan{parts[0].asNumber(), parts[1].asNumber(), parts[2].asNumber(),
                                   seed->value_or(0)};
    }
    return request;
}

ApiResponse createVersionRoute(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto body = bodyObject(request);
    if (!body) {
        return errorResponse(body.error());
    }
    auto versionRequest = readVersionRequest(*body, request.caller->name);
    if (!versionRequest) {
        return errorResponse(versionRequest.error());
    }
    auto created = createVersion(store, *versionRequest);
    return created ? jsonResponse(describe(*created, store.classes()).json, 201)
                   : errorResponse(created.error());
}

Result<ExportOptions> readExportRequest(const JsonValue &body, const std::string &exportDir)
{
    JsonFields fields(body, "export");
    TRIAGE_TRY(fields.onlyKnown({"format", "version", "include", "images", "skip_missing"}));
    auto format = fields.text("format");
    auto version = fields.text("version");
    auto include = fields.text("include");
    auto images = fields.text("images");
    auto skipMissing = fields.boolean("skip_missing");
    for (const Error *e : {format ? nullptr : &format.error(), version ? nullptr : &version.error(),
                           include ? nullptr : &include.error(),
                           images ? nullptr : &images.error(),
                           skipMissing ? nullptr : &skipMissing.error()}) {
        if (e) {
            return *e;
        }
    }
    ExportOptions options;
    auto chosenFormat = exportFormatFromString(format->value_or("imagefolder"));
    auto chosenInclude = exportInclusionFromString(include->value_or("accepted"));
    // Images travel in the archive: a link or a reference would not.
    auto chosenImages = imagePlacementFromString(images->value_or("copy"));
    for (const Error *e : {chosenFormat ? nullptr : &chosenFormat.error(),
                           chosenInclude ? nullptr : &chosenInclude.error(),
                           chosenImages ? nullptr : &chosenImages.error()}) {
        if (e) {
            return makeError(ErrorCode::InvalidArgument, "export: " + e->message);
        }
    }
    options.format = *chosenFormat;
    options.include = *chosenInclude;
    options.images = *chosenImages;
    options.version = version->value_or("");
    options.missing = skipMissing->value_or(false) ? MissingSources::Skip : MissingSources::Fail;
    // Whether the labels have splits is the exporter's to check; the rest is known now.
    if (auto problem = exportChoiceProblem(options.format, options.images, true); !problem.empty()) {
        return makeError(ErrorCode::InvalidArgument, "export: " + problem);
    }
    options.outDir = (fs::path(exportDir) / (std::string(toText(options.format)) + "-" +
                                             batchFolderName().substr(7)))
                         .string();
    return options;
}

ApiResponse startExport(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto body = bodyObject(request);
    if (!body) {
        return errorResponse(body.error());
    }
    auto options = readExportRequest(*body, ctx.exportDir());
    if (!options) {
        return errorResponse(options.error());
    }
    std::error_code ec;
    fs::create_directories(ctx.exportDir(), ec);
    return startJob(ctx, store, std::make_shared<ExportJob>(*options));
}

// The folder a succeeded export job wrote, read from its recorded result.
Result<std::string> exportFolderOf(const JobRecord &job, const std::string &exportDir)
{
    if (job.kind != "export") {
        return makeError(ErrorCode::NotFound, "job " + std::to_string(job.id) + " is no export");
    }
    if (job.state != JobState::Succeeded) {
        return makeError(ErrorCode::NotReady, "export job " + std::to_string(job.id) + " is " +
                                                  std::string(toText(job.state)));
    }
    auto result = parseJson(job.result);
    const JsonValue *out = result ? result->find("out") : nullptr;
    if (!out || out->type() != JsonValue::Type::String) {
        return makeError(ErrorCode::NotFound,
                         "export job " + std::to_string(job.id) + " recorded no folder");
    }
    // Only what this server's exports folder holds is sent, whatever the row says.
    auto inside = readablePath(out->asString(), {fs::weakly_canonical(exportDir).string()});
    std::error_code ec;
    if (!inside || !fs::is_directory(*inside, ec)) {
        return makeError(ErrorCode::NotFound, "export job " + std::to_string(job.id) +
                                                  "'s folder is not on this server");
    }
    return *inside;
}

// The folder of the export job the request names.
Result<std::string> exportFolderOf(ServerContext &ctx, const ApiRequest &request)
{
    auto store = ctx.store();
    if (!store) {
        return store.error();
    }
    auto job = existingJob(**store, request);
    if (!job) {
        return job.error();
    }
    return exportFolderOf(*job, ctx.exportDir());
}

ApiResponse downloadExport(ServerContext &ctx, const ApiRequest &request)
{
    auto folder = exportFolderOf(ctx, request);
    if (!folder) {
        return errorResponse(folder.error());
    }
    auto entries = tarEntries(*folder);
    if (!entries) {
        return errorResponse(entries.error());
    }
    ApiResponse response;
    response.contentType = "application/x-tar";
    const std::string name = fs::path(*folder).filename().string();
    response.headers["Content-Disposition"] = "attachment; filename=\"" + name + ".tar\"";
    response.stream = [entries = *entries](const ChunkSink &sink) {
        return writeTar(entries, sink);
    };
    return response;
}

// Exports are copies: a pipeline that has its archive frees the space.
ApiResponse deleteExport(ServerContext &ctx, const ApiRequest &request)
{
    auto folder = exportFolderOf(ctx, request);
    if (!folder) {
        return errorResponse(folder.error());
    }
    std::error_code ec;
    fs::remove_all(*folder, ec);
    if (ec) {
        return errorResponse(500, "io", "deleting " + *folder + ": " + ec.message());
    }
    JsonWriter json;
    json.beginObject().field("deleted", fs::path(*folder).filename().string()).endObject();
    return jsonResponse(json.text());
}

ApiResponse listFunctions(ServerContext &ctx, const ApiRequest &)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto functions = store.labelingFunctions().list();
    return functions ? jsonResponse(describe(*functions).json) : errorResponse(functions.error());
}

ApiResponse addFunctions(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto summary = importLabelingFunctions(store, request.body);
    return summary ? jsonResponse(describe(*summary).json, 201) : errorResponse(summary.error());
}

ApiResponse applyFunctions(ServerContext &ctx, const ApiRequest &)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    return startJob(ctx, store, std::make_shared<ApplyLabelingFunctionsJob>());
}

ApiResponse listModels(ServerContext &ctx, const ApiRequest &)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto models = store.projectModels().list();
    return models ? jsonResponse(describe(*models, store.classes()).json)
                  : errorResponse(models.error());
}

// The body is a model entry as `triage-cli model add --spec` reads it (what `model list
// --json` prints), with "path" naming the file on the server. Loading and checking the
// model is a job: it runs the model once.
ApiResponse addModel(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto body = bodyObject(request);
    if (!body) {
        return errorResponse(body.error());
    }
    auto path = JsonFields(*body, "model").requiredText("path");
    if (!path) {
        return errorResponse(path.error());
    }
    auto readable = readablePath(*path, ctx.readableRoots());
    if (!readable) {
        return errorResponse(readable.error());
    }
    AddModelRequest start;
    start.path = *readable;
    auto added = modelRequestFromJson(request.body, start);
    if (!added) {
        return errorResponse(400, "invalid_argument", "model: " + added.error().message);
    }
    if (added->mapping.empty() && added->kind == ModelKind::Classifier) {
        if (const auto names = namesFileBeside(added->path)) {
            auto modelNames = readNameList(*names);
            if (!modelNames) {
                return errorResponse(modelNames.error());
            }
            added->mapping = mappingFromNames(*modelNames, store.classes());
        }
    }
    return startJob(ctx, store, std::make_shared<AddModelJob>(*added));
}

ApiResponse scoreModel(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    const std::string &name = request.pathParams.at("name");
    auto model = store.projectModels().byName(name);
    if (!model) {
        return errorResponse(model.error());
    }
    if (!model->has_value()) {
        return errorResponse(404, "not_found", "no model named '" + name + "'");
    }
    return startJob(ctx, store, std::make_shared<ScoreModelJob>(name));
}

}  // namespace

std::vector<Route> jobRoutes(ServerContext &ctx)
{
    using R = const ApiRequest &;
    const auto lead = TokenRole::Lead;
    const auto annotator = TokenRole::Annotator;
    return {
        {"GET", "/v1/jobs", annotator, [&ctx](R r) { return listJobs(ctx, r); }},
        {"GET", "/v1/jobs/{id}", annotator, [&ctx](R r) { return getJob(ctx, r); }},
        {"POST", "/v1/jobs/{id}/cancel", lead, [&ctx](R r) { return cancelJob(ctx, r); }},
        {"POST", "/v1/imports", lead, [&ctx](R r) { return importPaths(ctx, r); }},
        {"POST", "/v1/uploads", lead, [&ctx](R r) { return uploadImages(ctx, r); }},
        {"POST", "/v1/autolabel", lead, [&ctx](R r) { return startAutolabel(ctx, r); }},
        {"GET", "/v1/versions", annotator, [&ctx](R r) { return listVersionsRoute(ctx, r); }},
        {"POST", "/v1/versions", lead, [&ctx](R r) { return createVersionRoute(ctx, r); }},
        {"POST", "/v1/exports", lead, [&ctx](R r) { return startExport(ctx, r); }},
        {"GET", "/v1/exports/{id}/archive", lead, [&ctx](R r) { return downloadExport(ctx, r); }},
        {"DELETE", "/v1/exports/{id}", lead, [&ctx](R r) { return deleteExport(ctx, r); }},
        {"GET", "/v1/labeling-functions", annotator, [&ctx](R r) { return listFunctions(ctx, r); }},
        {"POST", "/v1/labeling-functions", lead, [&ctx](R r) { return addFunctions(ctx, r); }},
        {"POST", "/v1/labeling-functions/apply", lead,
         [&ctx](R r) { return applyFunctions(ctx, r); }},
        {"GET", "/v1/models", annotator, [&ctx](R r) { return listModels(ctx, r); }},
        {"POST", "/v1/models", lead, [&ctx](R r) { return addModel(ctx, r); }},
        {"POST", "/v1/models/{name}/score", lead, [&ctx](R r) { return scoreModel(ctx, r); }},
    };
}

}  // namespace triage::server
