// triage-server: the engine as a REST service (docs in the README, the API in
// app/server/openapi.json). Links triage_core only: no Qt.
#include "apitokens.h"
#include "httpserver.h"
#include "processpolicy.h"
#include "routes.h"
#include "serveroptions.h"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

using namespace triage;
using namespace triage::server;

namespace {

// A missing token file gets a new admin token (mode 0600, never replaced); an existing
// one is checked, so a revoked token there is said at start rather than at the first 401.
Result<void> prepareTokenFile(ProjectStore &store, const std::string &path)
{
    std::ifstream existing(path);
    if (existing) {
        std::string secret;
        std::getline(existing, secret);
        auto token = authenticate(store, secret);
        if (!token) {
            return token.error();
        }
        if (!token->has_value()) {
            std::cerr << "triage-server: warning: the token in " << path
                      << " is unknown or revoked; make one with triage-cli token create\n";
        }
        return {};
    }
    auto issued = issueToken(store, "", TokenRole::Admin);
    if (!issued) {
        return issued.error();
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    const std::string line = issued->secret + "\n";
    if (fd < 0 || ::write(fd, line.data(), line.size()) != ssize_t(line.size()) || ::fsync(fd) != 0) {
        if (fd >= 0) {
            ::close(fd);
        }
        (void)store.tokens().revoke(issued->token.name);
        return makeError(ErrorCode::Io, "cannot write the token file " + path);
    }
    ::close(fd);
    std::cerr << "triage-server: wrote admin token " << issued->token.name << " to " << path << '\n';
    return {};
}

int fail(const Error &error)
{
    std::cerr << "triage-server: " << error.message << '\n';
    return error.code == ErrorCode::InvalidArgument ? 2 : 1;
}

}  // namespace

int main(int argc, char **argv)
{
    restartWithPassiveOpenMp(argv);
    const std::vector<std::string> args(argv + 1, argv + argc);
    for (const auto &arg : args) {
        if (arg == "--help" || arg == "-h") {
            std::cout << kServerUsage;
            return 0;
        }
    }
    auto options = parseServerOptions(args);
    if (!options) {
        std::cerr << "triage-server: " << options.error().message << "\n\n" << kServerUsage;
        return 2;
    }
    // Signals go to one watcher thread, blocked everywhere else (threads inherit this).
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);  // a client that hangs up is an error on its socket only

    auto store = ProjectStore::open(options->project);
    if (!store) {
        return fail(store.error());
    }
    if (auto checked = store->quickCheck(); !checked) {
        return fail(checked.error());
    }
    if (!options->tokenFile.empty()) {
        if (auto prepared = prepareTokenFile(*store, options->tokenFile); !prepared) {
            return fail(prepared.error());
        }
    }
    std::error_code ec;
    std::filesystem::create_directories(options->dataDir, ec);
    if (ec) {
        return fail(makeError(ErrorCode::Io, "cannot make the data folder " + options->dataDir +
                                                 ": " + ec.message()));
    }
    ServerContext ctx(*options);
    HttpServer http(ctx, allRoutes(ctx));
    auto port = http.bind(options->host, options->port);
    if (!port) {
        return fail(port.error());
    }
    std::thread watcher([&] {
        int signal = 0;
        sigwait(&stopSignals, &signal);
        http.stop();
    });
    std::cout << "triage-server: listening on http://" << options->host << ':' << *port
              << " (project " << shownLocation(options->project) << ", data " << options->dataDir
              << ")"
              << std::endl;
    http.run();
    // stop() came from elsewhere or the watcher: wake the watcher if it still waits.
    pthread_kill(watcher.native_handle(), SIGTERM);
    watcher.join();
    std::cerr << "triage-server: stopped\n";
    return 0;
}
