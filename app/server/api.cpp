#include "api.h"

#include "jsonwriter.h"

namespace triage::server {
namespace {

std::vector<std::string> segments(const std::string &path)
{
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= path.size()) {
        const size_t slash = path.find('/', start);
        const size_t end = slash == std::string::npos ? path.size() : slash;
        parts.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

}  // namespace

ApiResponse errorResponse(int status, const std::string &code, const std::string &message)
{
    JsonWriter json;
    json.beginObject().beginObject("error").field("code", code).field("message", message);
    json.endObject().endObject();
    return ApiResponse{status, "application/json", json.text(), {}, {}};
}

ApiResponse errorResponse(const Error &error)
{
    switch (error.code) {
    case ErrorCode::InvalidArgument: return errorResponse(400, "invalid_argument", error.message);
    case ErrorCode::NotFound: return errorResponse(404, "not_found", error.message);
    case ErrorCode::AlreadyExists: return errorResponse(409, "already_exists", error.message);
    case ErrorCode::NotReady: return errorResponse(409, "not_ready", error.message);
    case ErrorCode::Busy: return errorResponse(503, "busy", error.message);
    case ErrorCode::Cancelled: return errorResponse(409, "cancelled", error.message);
    case ErrorCode::CorruptData: return errorResponse(422, "corrupt_data", error.message);
    case ErrorCode::UnsupportedVersion:
        return errorResponse(422, "unsupported_version", error.message);
    case ErrorCode::Model: return errorResponse(422, "model", error.message);
    case ErrorCode::Io: return errorResponse(500, "io", error.message);
    case ErrorCode::Database: return errorResponse(500, "database", error.message);
    case ErrorCode::Internal: break;
    }
    return errorResponse(500, "internal", error.message);
}

ApiResponse jsonResponse(std::string json, int status)
{
    return ApiResponse{status, "application/json", std::move(json), {}, {}};
}

bool matchPattern(const std::string &pattern, const std::string &path,
                  std::map<std::string, std::string> &params)
{
    const auto want = segments(pattern);
    const auto got = segments(path);
    if (want.size() != got.size()) {
        return false;
    }
    std::map<std::string, std::string> found;
    for (size_t i = 0; i < want.size(); ++i) {
        const std::string &w = want[i];
        if (w.size() > 2 && w.front() == '{' && w.back() == '}') {
            if (got[i].empty()) {
                return false;
            }
            found[w.substr(1, w.size() - 2)] = got[i];
        } else if (w != got[i]) {
            return false;
        }
    }
    params = std::move(found);
    return true;
}

}  // namespace triage::server
