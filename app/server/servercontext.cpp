#include "servercontext.h"

#include <filesystem>
#include <memory>

namespace fs = std::filesystem;

namespace triage::server {

ServerContext::ServerContext(ServerOptions options)
    : m_options(std::move(options)), m_jobs(m_options.project), m_limiter(m_options.rateLimit)
{
    std::error_code ec;
    for (const auto &root : m_options.allowedRoots) {
        m_readableRoots.push_back(fs::weakly_canonical(root, ec).string());
    }
    m_readableRoots.push_back(fs::weakly_canonical(uploadDir(), ec).string());
}

Result<ProjectStore *> ServerContext::store()
{
    // One connection a thread (ProjectStore's rule); the request threads live as long
    // as the server, so each opens the project once.
    thread_local std::unique_ptr<ProjectStore> connection;
    if (!connection) {
        auto opened = ProjectStore::open(m_options.project);
        if (!opened) {
            return opened.error();
        }
        connection = std::make_unique<ProjectStore>(std::move(*opened));
        // Writers of two servers take turns; a request waits for the other's commit.
        connection->setLockWait(10000);
    }
    return connection.get();
}

}  // namespace triage::server
