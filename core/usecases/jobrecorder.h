#pragma once
// JobRecorder: keeps a job's row in the jobs table while it runs (kind, progress, final
// state, error), so that `status` and the GUI can show the last job and a job cut short
// by a killed process is marked interrupted on the next start. It also carries a stop
// that another process asked for (JobRepository::requestCancel) to the job's CancelToken.
//
// Threads: use from the thread that owns `store`, the one the job runs on.
#include "job.h"
#include "progress.h"
#include "projectstore.h"

#include <chrono>
#include <type_traits>

namespace triage {

class JobRecorder {
public:
    JobRecorder(ProjectStore &store, const std::string &kind, ProgressFn forward,
                CancelToken cancel);
    int64_t jobId() const { return m_jobId; }  // 0 when the row could not be written
    // A job that ends without finish() (an exception went past it) is marked failed, so
    // no row stays "running" behind a live process.
    ~JobRecorder();
    JobRecorder(const JobRecorder &) = delete;
    JobRecorder &operator=(const JobRecorder &) = delete;

    // Forwards to the caller's ProgressFn and writes the row at most twice a second;
    // cancels the job when the row says someone asked it to stop.
    const ProgressFn &progress() const { return m_progress; }

    // Marks the job done from the outcome of its work and passes the result through.
    template <typename T>
    Result<T> finish(Result<T> result)
    {
        if (m_jobId > 0) {
            (void)m_store.jobs().update(m_jobId, m_last.done, m_last.total, m_last.stage);
            const JobState state = result ? JobState::Succeeded
                                   : result.error().code == ErrorCode::Cancelled
                                       ? JobState::Cancelled
                                       : JobState::Failed;
            std::string outcome;
            if constexpr (std::is_same_v<T, JobOutcome>) {
                outcome = result ? result->json : std::string();
            }
            (void)m_store.jobs().finish(m_jobId, state,
                                        result ? std::string() : result.error().message, outcome);
        }
        m_finished = true;
        return result;
    }

private:
    ProjectStore &m_store;
    int64_t m_jobId = 0;
    ProgressFn m_forward;
    CancelToken m_cancel;
    ProgressFn m_progress;
    std::chrono::steady_clock::time_point m_lastWrite;
    Progress m_last;  // written at the end too, whatever the throttle skipped
    bool m_finished = false;
};

}  // namespace triage
