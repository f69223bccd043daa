#include "job.h"

#include "jobrecorder.h"

#include <exception>

namespace triage {

Result<JobOutcome> executeJob(ProjectStore &store, Job &job, const ProgressFn &progress,
                              const CancelToken &cancel,
                              const std::function<void(int64_t jobId)> &started)
{
    JobRecorder record(store, job.kind(), progress, cancel);
    if (started) {
        started(record.jobId());
    }
    try {
        return record.finish(job.run(store, record.progress(), cancel));
    } catch (const std::exception &e) {  // no exception leaves a job
        return record.finish(Result<JobOutcome>(
            makeError(ErrorCode::Internal, job.kind() + " stopped on an internal error: " +
                                               e.what())));
    }
}

}  // namespace triage
