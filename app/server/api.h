#pragma once
// The REST API without HTTP: requests and responses as plain values, and the route table
// that maps a method and a path pattern to a handler and the role it needs. The HTTP
// library (httpserver.cpp) only moves bytes between sockets and these; the OpenAPI
// document lists exactly these routes (tst_server checks it).
#include "projecttypes.h"
#include "result.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace triage::server {

struct UploadedFile {
    std::string field;
    std::string filename;
    std::string content;
};

struct ApiRequest {
    std::string method;
    std::string path;
    std::map<std::string, std::string> pathParams;  // {id} in the pattern -> its value
    std::map<std::string, std::string> query;
    std::string body;
    std::vector<UploadedFile> files;
    std::optional<ApiToken> caller;  // set for every route that needs a token
};

// Writes a chunk of a streamed body; false when the client went away.
using ChunkSink = std::function<bool(const char *data, size_t size)>;

struct ApiResponse {
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::map<std::string, std::string> headers;
    // Set for a large body (an export archive): written chunk by chunk instead of `body`.
    std::function<bool(const ChunkSink &)> stream;
};

struct Route {
    std::string method;   // "GET", "POST", "DELETE"
    std::string pattern;  // "/v1/items/{id}": as the OpenAPI document names it
    std::optional<TokenRole> role;  // nullopt: open (health, metrics, the document)
    std::function<ApiResponse(const ApiRequest &)> handle;
};

// A JSON error body {"error": {"code", "message"}} with the status that fits the code.
ApiResponse errorResponse(int status, const std::string &code, const std::string &message);
ApiResponse errorResponse(const Error &error);
ApiResponse jsonResponse(std::string json, int status = 200);

// Matches `path` against `pattern` segment by segment, filling the {name} parameters.
bool matchPattern(const std::string &pattern, const std::string &path,
                  std::map<std::string, std::string> &params);

}  // namespace triage::server
