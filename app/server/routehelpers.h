#pragma once
// What the route files share: reading a request's body and parameters with errors that
// name the problem, and the JSON shapes of items and jobs.
#include "api.h"
#include "jsonreader.h"
#include "jsonwriter.h"
#include "projectstore.h"
#include "servercontext.h"

#include <optional>
#include <string>
#include <vector>

namespace triage::server {

// The body as a JSON object; an empty body reads as {}.
Result<JsonValue> bodyObject(const ApiRequest &request);
// A query or path parameter as an integer in [min, max]; `fallback` when absent.
Result<int64_t> integerParam(const std::map<std::string, std::string> &params,
                             const std::string &name, int64_t fallback, int64_t min, int64_t max);
Result<int64_t> idParam(const ApiRequest &request, const std::string &name = "id");

// A lease's time (epochSeconds(), projecttypes.h) as ISO 8601, UTC.
std::string isoFromEpoch(double seconds);

// A path the server may read: absolute, inside one of `roots` once links are resolved.
Result<std::string> readablePath(const std::string &path, const std::vector<std::string> &roots);

void writeItem(JsonWriter &json, const ItemRow &item, const std::vector<ClassInfo> &classes);
void writeJob(JsonWriter &json, const JobRecord &job);
std::string jobJson(const JobRecord &job);

// The store of this thread, or the response that says why there is none.
#define TRIAGE_STORE_OR_RESPOND(var, ctx)                                                          \
    auto var##Opened = (ctx).store();                                                             \
    if (!var##Opened) {                                                                            \
        return errorResponse(var##Opened.error());                                                 \
    }                                                                                              \
    ProjectStore &var = **var##Opened

}  // namespace triage::server
