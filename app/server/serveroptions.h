#pragma once
// triage-server's command line.
#include "servercontext.h"

#include <string>
#include <vector>

namespace triage::server {

extern const char *const kServerUsage;

// InvalidArgument naming the option for a bad command line; the default data folder is
// "<project without .triage>-server" beside the project.
Result<ServerOptions> parseServerOptions(const std::vector<std::string> &args);

}  // namespace triage::server
