#include "serveroptions.h"

#include "numbertext.h"
#include "projectstore.h"

#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace triage::server {

const char *const kServerUsage =
    "usage: triage-server --project PROJECT [--listen HOST:PORT] [--token-file FILE]\n"
    "                     [--allow-root DIR]... [--data-dir DIR] [--max-body-mb N]\n"
    "                     [--rate-limit N] [--threads N]\n"
    "  Serves the project's REST API (/v1, described at /v1/openapi.json).\n"
    "  --listen        address and port (default 127.0.0.1:8080; port 0 picks a free one)\n"
    "  --token-file    when FILE is missing, writes a new admin token to it (mode 0600)\n"
    "  --allow-root    a folder that imports by path may read (repeat for more)\n"
    "  --data-dir      where uploads and exports go (default PROJECT-server beside it)\n"
    "  --max-body-mb   the largest request body, in MiB (default 256)\n"
    "  --rate-limit    requests a second per token or address, bursts of twice (default\n"
    "                  100; 0 turns it off)\n"
    "  --threads       requests served at once; an open keep-alive connection holds one\n"
    "                  (default 64)\n";

namespace {

Error usageError(const std::string &message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

Result<void> applyListen(ServerOptions &options, const std::string &value)
{
    const size_t colon = value.rfind(':');
    const auto port =
        colon == std::string::npos ? std::nullopt : parseInteger(value.substr(colon + 1));
    if (!port || *port < 0 || *port > 65535 || colon == 0) {
        return usageError("--listen takes HOST:PORT (e.g. 127.0.0.1:8080), not '" + value + "'");
    }
    options.host = value.substr(0, colon);
    options.port = int(*port);
    return {};
}

Result<double> positiveNumber(const std::string &option, const std::string &value, double max)
{
    const auto number = parseNumber(value);
    if (!number || *number < 0 || *number > max) {
        return usageError("--" + option + " takes a number from 0 to " + formatNumber(max) +
                          ", not '" + value + "'");
    }
    return *number;
}

}  // namespace

Result<ServerOptions> parseServerOptions(const std::vector<std::string> &args)
{
    static const std::set<std::string> known = {"project",    "listen",   "token-file",
                                                "allow-root", "data-dir", "max-body-mb",
                                                "rate-limit", "threads"};
    ServerOptions options;
    options.threads = 64;
    for (size_t i = 0; i < args.size(); ++i) {
        std::string option = args[i];
        std::string value;
        if (option.rfind("--", 0) != 0) {
            return usageError("unexpected argument '" + option + "'");
        }
        option = option.substr(2);
        if (const size_t eq = option.find('='); eq != std::string::npos) {
            value = option.substr(eq + 1);
            option = option.substr(0, eq);
        } else if (known.count(option) && i + 1 < args.size()) {
            value = args[++i];
        } else if (known.count(option)) {
            return usageError("--" + option + " needs a value");
        }
        if (!known.count(option)) {
            return usageError("unknown option --" + option);
        }
        if (option == "project") {
            options.project = value;
        } else if (option == "listen") {
            TRIAGE_TRY(applyListen(options, value));
        } else if (option == "token-file") {
            options.tokenFile = value;
        } else if (option == "allow-root") {
            options.allowedRoots.push_back(fs::absolute(value).string());
        } else if (option == "data-dir") {
            options.dataDir = fs::absolute(value).string();
        } else if (option == "max-body-mb") {
            auto mb = positiveNumber(option, value, 65536);
            if (!mb) {
                return mb.error();
            }
            options.maxBodyBytes = int64_t(*mb * 1024 * 1024);
        } else if (option == "rate-limit") {
            auto rate = positiveNumber(option, value, 1e6);
            if (!rate) {
                return rate.error();
            }
            options.rateLimit = *rate;
        } else if (option == "threads") {
            const auto threads = parseInteger(value);
            if (!threads || *threads < 1 || *threads > 1024) {
                return usageError("--threads takes 1 to 1024, not '" + value + "'");
            }
            options.threads = int(*threads);
        }
    }
    if (options.project.empty()) {
        return usageError("which project? (--project PROJECT)");
    }
    if (options.dataDir.empty() && isDatabaseUrl(options.project)) {
        // A database has no folder of its own: the server's files stay where it runs.
        options.dataDir = (fs::current_path() / "triage-server-data").string();
    } else if (options.dataDir.empty()) {
        fs::path project = fs::absolute(options.project);
        options.dataDir = (project.parent_path() / (project.stem().string() + "-server")).string();
    }
    return options;
}

}  // namespace triage::server
