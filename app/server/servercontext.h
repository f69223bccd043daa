#pragma once
// What every route shares: the options the server started with, this thread's
// connection to the project, the job runner, the metrics and the rate limiter. Nothing
// about the project lives here: it is all in the store, so servers on one project agree.
#include "jobrunner.h"
#include "metrics.h"
#include "projectstore.h"
#include "ratelimiter.h"

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace triage::server {

struct ServerOptions {
    std::string project;
    std::string host = "127.0.0.1";
    int port = 8080;                        // 0: any free port (printed on start)
    std::string tokenFile;                  // written with a new admin token when missing
    std::vector<std::string> allowedRoots;  // folders an import by path may read
    std::string dataDir;                    // uploads and exports; default: beside the project
    int64_t maxBodyBytes = int64_t(256) << 20;
    double rateLimit = 100;  // requests a second per client; 0: no limit
    int threads = 8;
};

class ServerContext {
public:
    explicit ServerContext(ServerOptions options);

    const ServerOptions &options() const { return m_options; }
    // This thread's connection to the project, opened on first use.
    Result<ProjectStore *> store();
    JobRunner &jobs() { return m_jobs; }
    Metrics &metrics() { return m_metrics; }
    RateLimiter &limiter() { return m_limiter; }
    // Taken around the review loop's writes (a lease, a decision) on a SQLite project: this
    // process's request threads take turns on a mutex, handed over at once, instead of
    // backing off in SQLite's busy handler (sleeps of up to 100 ms). Other processes still
    // wait in SQLite. On PostgreSQL such writes run at once and no turn is taken.
    std::unique_lock<std::mutex> reviewWriteTurn()
    {
        return isDatabaseUrl(m_options.project) ? std::unique_lock<std::mutex>()
                                                : std::unique_lock(m_reviewWrites);
    }
    std::string uploadDir() const { return m_options.dataDir + "/uploads"; }
    std::string exportDir() const { return m_options.dataDir + "/exports"; }
    // The folders an import may read: the allowed roots and the upload folder, resolved.
    const std::vector<std::string> &readableRoots() const { return m_readableRoots; }

private:
    ServerOptions m_options;
    std::vector<std::string> m_readableRoots;
    JobRunner m_jobs;
    Metrics m_metrics;
    RateLimiter m_limiter;
    std::mutex m_reviewWrites;
};

}  // namespace triage::server
