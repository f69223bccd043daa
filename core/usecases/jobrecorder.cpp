#include "jobrecorder.h"

namespace triage {

JobRecorder::JobRecorder(ProjectStore &store, const std::string &kind, ProgressFn forward,
                         CancelToken cancel)
    : m_store(store), m_forward(std::move(forward)), m_cancel(std::move(cancel))
{
    auto id = m_store.jobs().start(kind);
    m_jobId = id ? *id : 0;  // a job row is a record, not a reason to refuse the work
    m_progress = [this](const Progress &p) {
        if (m_forward) {
            m_forward(p);
        }
        m_last = p;
        const auto now = std::chrono::steady_clock::now();
        if (m_jobId > 0 &&
            (now - m_lastWrite > std::chrono::milliseconds(500) || p.done == p.total)) {
            m_lastWrite = now;
            auto stopAsked = m_store.jobs().update(m_jobId, p.done, p.total, p.stage);
            if (stopAsked && *stopAsked) {
                m_cancel.cancel();
            }
        }
    };
}

JobRecorder::~JobRecorder()
{
    if (m_jobId > 0 && !m_finished) {
        (void)m_store.jobs().finish(m_jobId, JobState::Failed, "the job ended with an internal error");
    }
}

}  // namespace triage
