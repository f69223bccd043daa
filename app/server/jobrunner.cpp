#include "jobrunner.h"

#include <future>

namespace triage::server {

JobRunner::~JobRunner()
{
    std::lock_guard lock(m_mutex);
    for (auto &w : m_workers) {
        w.cancel.cancel();
    }
    for (auto &w : m_workers) {
        w.thread.join();
    }
}

void JobRunner::reapFinished()
{
    for (auto it = m_workers.begin(); it != m_workers.end();) {
        if (it->done->load()) {
            it->thread.join();
            it = m_workers.erase(it);
        } else {
            ++it;
        }
    }
}

Result<int64_t> JobRunner::start(std::shared_ptr<Job> job, ProjectStore &store)
{
    std::lock_guard lock(m_mutex);
    reapFinished();
    auto latest = store.jobs().recent(1);
    if (!latest) {
        return latest.error();
    }
    if (!latest->empty() && latest->front().state == JobState::Running) {
        const JobRecord &other = latest->front();
        return makeError(ErrorCode::Busy, "job " + std::to_string(other.id) + " (" + other.kind +
                                              ") is running on this project; start this one "
                                              "when it has ended, or cancel it");
    }
    auto idPromise = std::make_shared<std::promise<Result<int64_t>>>();
    auto idFuture = idPromise->get_future();
    Worker worker{{}, CancelToken(), std::make_shared<std::atomic<bool>>(false)};
    ++m_running;
    worker.thread = std::thread([this, job, idPromise, cancel = worker.cancel,
                                 done = worker.done, path = m_projectPath] {
        bool promised = false;
        auto opened = ProjectStore::open(path);
        if (!opened) {
            idPromise->set_value(opened.error());
            promised = true;
        } else {
            opened->setLockWait(30000);
            (void)executeJob(*opened, *job, {}, cancel, [&](int64_t jobId) {
                idPromise->set_value(jobId > 0 ? Result<int64_t>(jobId)
                                               : Result<int64_t>(makeError(
                                                     ErrorCode::Database,
                                                     "the job's row could not be written")));
                promised = true;
            });
        }
        if (!promised) {
            idPromise->set_value(makeError(ErrorCode::Internal, "the job did not start"));
        }
        --m_running;
        done->store(true);
    });
    m_workers.push_back(std::move(worker));
    ++m_started;
    return idFuture.get();
}

}  // namespace triage::server
