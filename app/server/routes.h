#pragma once
// The route table of triage-server, one file per group of routes.
#include "api.h"
#include "servercontext.h"

#include <vector>

namespace triage::server {

std::vector<Route> itemRoutes(ServerContext &ctx);   // items, decisions, queue, status
std::vector<Route> jobRoutes(ServerContext &ctx);    // jobs, imports, rounds, versions, exports
std::vector<Route> adminRoutes(ServerContext &ctx);  // tokens, health, metrics, the document
std::vector<Route> allRoutes(ServerContext &ctx);

// The OpenAPI 3 document (app/server/openapi.json, built in).
const std::string &openApiDocument();

}  // namespace triage::server
