#pragma once
// JobRunner: the server's long work (imports, rounds, exports) on threads of their own,
// each with its own connection, so no request thread and never the accept loop waits on
// a job. One job at a time per project, as in the GUI: a second is refused while one
// runs here or in any other process on the project. A job is cancelled through the jobs
// table (JobRepository::requestCancel), so any server can stop it.
#include "job.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace triage::server {

class JobRunner {
public:
    explicit JobRunner(std::string projectPath) : m_projectPath(std::move(projectPath)) {}
    // Cancels what still runs and waits for it.
    ~JobRunner();
    JobRunner(const JobRunner &) = delete;
    JobRunner &operator=(const JobRunner &) = delete;

    // Starts `job` and returns its id in the jobs table once its row exists. Busy when a
    // job is running on the project.
    Result<int64_t> start(std::shared_ptr<Job> job, ProjectStore &store);
    int running() const { return m_running.load(); }
    int64_t started() const { return m_started.load(); }

private:
    struct Worker {
        std::thread thread;
        CancelToken cancel;
        std::shared_ptr<std::atomic<bool>> done;
    };
    void reapFinished();  // under m_mutex

    std::string m_projectPath;
    std::mutex m_mutex;
    std::vector<Worker> m_workers;
    std::atomic<int> m_running{0};
    std::atomic<int64_t> m_started{0};
};

}  // namespace triage::server
