#include "routehelpers.h"

#include "numbertext.h"

#include <ctime>
#include <filesystem>

namespace fs = std::filesystem;

namespace triage::server {

Result<JsonValue> bodyObject(const ApiRequest &request)
{
    if (request.body.empty()) {
        return JsonValue::object({});
    }
    auto parsed = parseJson(request.body);
    if (!parsed) {
        return makeError(ErrorCode::InvalidArgument,
                         "the request body is not JSON: " + parsed.error().message);
    }
    if (parsed->type() != JsonValue::Type::Object) {
        return makeError(ErrorCode::InvalidArgument,
                         "the request body must be a JSON object, not " +
                             std::string(toText(parsed->type())));
    }
    return parsed;
}

Result<int64_t> integerParam(const std::map<std::string, std::string> &params,
                             const std::string &name, int64_t fallback, int64_t min, int64_t max)
{
    const auto it = params.find(name);
    if (it == params.end()) {
        return fallback;
    }
    const auto value = parseInteger(it->second);
    if (!value || *value < min || *value > max) {
        return makeError(ErrorCode::InvalidArgument,
                         name + " must be a whole number from " + std::to_string(min) + " to " +
                             std::to_string(max) + ", not '" + it->second + "'");
    }
    return *value;
}

Result<int64_t> idParam(const ApiRequest &request, const std::string &name)
{
    return integerParam(request.pathParams, name, 0, 1, std::numeric_limits<int64_t>::max());
}

std::string isoFromEpoch(double seconds)
{
    const std::time_t whole = std::time_t(seconds);
    std::tm utc{};
    gmtime_r(&whole, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

Result<std::string> readablePath(const std::string &path, const std::vector<std::string> &roots)
{
    if (path.empty() || path.front() != '/') {
        return makeError(ErrorCode::InvalidArgument,
                         "path '" + path + "' must be absolute (the server's file system)");
    }
    std::error_code ec;
    const fs::path resolved = fs::weakly_canonical(path, ec);
    if (ec) {
        return makeError(ErrorCode::InvalidArgument, "path '" + path + "': " + ec.message());
    }
    for (const auto &rootText : roots) {
        const fs::path root(rootText);
        const auto mismatch = std::mismatch(root.begin(), root.end(), resolved.begin(),
                                            resolved.end());
        if (mismatch.first == root.end()) {
            return resolved.string();
        }
    }
    return makeError(ErrorCode::InvalidArgument,
                     "path '" + path + "' is outside the folders this server may read (" +
                         (roots.empty() ? std::string("none") : roots.front()) +
                         (roots.size() > 1 ? ", ..." : "") +
                         "); start triage-server with --allow-root");
}

namespace {

std::optional<std::string> className(const std::vector<ClassInfo> &classes,
                                     std::optional<int64_t> classId)
{
    if (!classId) {
        return std::nullopt;
    }
    for (const auto &c : classes) {
        if (c.id == *classId) {
            return c.name;
        }
    }
    return std::nullopt;
}

void optionalText(JsonWriter &json, const std::string &key, const std::optional<std::string> &text)
{
    if (text) {
        json.field(key, *text);
    } else {
        json.nullField(key);
    }
}

}  // namespace

void writeItem(JsonWriter &json, const ItemRow &item, const std::vector<ClassInfo> &classes)
{
    json.field("id", item.id).field("path", item.path);
    json.field("state", std::string(toText(item.state)));
    optionalText(json, "label", className(classes, item.classId));
    optionalText(json, "source", item.source ? std::optional<std::string>(std::string(
                                                   toText(*item.source)))
                                             : std::nullopt);
    if (item.confidence) {
        json.field("confidence", *item.confidence);
    } else {
        json.nullField("confidence");
    }
    json.field("width", int64_t(item.width)).field("height", int64_t(item.height));
    if (!item.failure.empty()) {
        json.field("failure", item.failure);
    }
    if (const auto suggested = className(classes, item.suggestedClassId)) {
        json.beginObject("suggestion").field("label", *suggested);
        json.field("probability", item.suggestedProbability).endObject();
    }
}

void writeJob(JsonWriter &json, const JobRecord &job)
{
    json.field("id", job.id).field("kind", job.kind);
    json.field("state", std::string(toText(job.state)));
    json.field("done", job.done).field("total", job.total).field("stage", job.message);
    json.field("started_at", job.startedAt);
    optionalText(json, "finished_at",
                 job.finishedAt.empty() ? std::nullopt : std::optional(job.finishedAt));
    optionalText(json, "error", job.error.empty() ? std::nullopt : std::optional(job.error));
    json.boolField("cancel_requested", job.cancelRequested);
}

std::string jobJson(const JobRecord &job)
{
    JsonWriter json;
    json.beginObject();
    writeJob(json, job);
    json.endObject();
    // A succeeded job's outcome is JSON already: spliced in as "result".
    std::string text = json.text();
    if (!job.result.empty()) {
        text.insert(text.size() - 1, ",\"result\":" + job.result);
    }
    return text;
}

}  // namespace triage::server
