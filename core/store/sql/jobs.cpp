#include "sqlbackend.h"

#include "processidentity.h"
#include "sqlquery.h"

namespace triage::sql {
namespace {

constexpr const char *kInterrupted = "interrupted: its process ended before the job did";

}  // namespace

Result<void> Jobs::markDeadJobsInterrupted()
{
    TRIAGE_PREPARE(running, m_c.db,
                   "SELECT id, owner_pid, owner_start, owner_host FROM jobs WHERE state = ?");
    running.bind(1, int64_t(JobState::Running));
    auto owners = allRows(running, [](const Statement &r) {
        return std::pair(r.columnInt(0),
                         ProcessIdentity{r.columnInt(1), r.columnInt(2), r.columnText(3)});
    });
    if (!owners) {
        return owners.error();
    }
    TRIAGE_PREPARE(
        mark, m_c.db,
        "UPDATE jobs SET state = ?, finished_at = ?, error = ? WHERE id = ? AND state = ?");
    for (const auto &[id, owner] : *owners) {
        if (livenessOf(owner) != Liveness::Dead) {
            continue;
        }
        mark.bind(1, int64_t(JobState::Interrupted)).bind(2, utcNowIso8601()).bind(3, kInterrupted);
        TRIAGE_TRY(mark.bind(4, id).bind(5, int64_t(JobState::Running)).run());
    }
    return {};
}

Result<int64_t> Jobs::start(const std::string &kind)
{
    // A job still marked running whose process is gone was cut short (killed): say so.
    // Jobs of live processes, here or on another host, are left alone.
    TRIAGE_TRY(markDeadJobsInterrupted());
    const ProcessIdentity self = currentProcess();
    TRIAGE_PREPARE(q, m_c.db,
                   "INSERT INTO jobs(kind, state, started_at, owner_pid, owner_start, owner_host) "
                   "VALUES(?, ?, ?, ?, ?, ?) RETURNING id");
    q.bind(1, kind).bind(2, int64_t(JobState::Running)).bind(3, utcNowIso8601());
    q.bind(4, self.pid).bind(5, self.startTicks).bind(6, self.host);
    return insertedId(q);
}

Result<bool> Jobs::update(int64_t jobId, int64_t done, int64_t total, const std::string &message)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "UPDATE jobs SET done = ?, total = ?, message = ? WHERE id = ? "
                   "RETURNING cancel_requested");
    q.bind(1, done).bind(2, total).bind(3, message).bind(4, jobId);
    auto cancel = firstRow(q, [](const Statement &r) { return r.columnInt(0) != 0; });
    if (!cancel) {
        return cancel.error();
    }
    return cancel->value_or(false);
}

Result<void> Jobs::finish(int64_t jobId, JobState state, const std::string &error,
                          const std::string &result)
{
    TRIAGE_PREPARE(
        q, m_c.db,
        "UPDATE jobs SET state = ?, error = ?, finished_at = ?, result = ? WHERE id = ?");
    q.bind(1, int64_t(state)).bind(2, error).bind(3, utcNowIso8601()).bind(4, result);
    return q.bind(5, jobId).run();
}

namespace {

constexpr const char *kJobColumns =
    "SELECT id, kind, state, done, total, message, error, started_at, finished_at, "
    "owner_pid, owner_start, owner_host, cancel_requested, result FROM jobs ";

JobRecord readJob(const Statement &r)
{
    JobRecord j{r.columnInt(0),  r.columnText(1),      JobState(r.columnInt(2)), r.columnInt(3),
                r.columnInt(4),  r.columnText(5),      r.columnText(6),          r.columnText(7),
                r.columnText(8), r.columnInt(12) != 0, r.columnText(13)};
    // Read-only: a dead owner's job shows as interrupted without writing it so.
    const ProcessIdentity owner{r.columnInt(9), r.columnInt(10), r.columnText(11)};
    if (j.state == JobState::Running && livenessOf(owner) == Liveness::Dead) {
        j.state = JobState::Interrupted;
        j.error = kInterrupted;
    }
    return j;
}

}  // namespace

Result<std::optional<JobRecord>> Jobs::last()
{
    TRIAGE_PREPARE(q, m_c.db, std::string(kJobColumns) + "ORDER BY id DESC LIMIT 1");
    return firstRow(q, readJob);
}

Result<std::optional<JobRecord>> Jobs::get(int64_t jobId)
{
    TRIAGE_PREPARE(q, m_c.db, std::string(kJobColumns) + "WHERE id = ?");
    q.bind(1, jobId);
    return firstRow(q, readJob);
}

Result<std::vector<JobRecord>> Jobs::recent(int64_t limit)
{
    TRIAGE_PREPARE(q, m_c.db, std::string(kJobColumns) + "ORDER BY id DESC LIMIT ?");
    q.bind(1, limit);
    return allRows(q, readJob);
}

Result<void> Jobs::requestCancel(int64_t jobId)
{
    auto job = get(jobId);
    if (!job) {
        return job.error();
    }
    if (!job->has_value()) {
        return makeError(ErrorCode::NotFound, "no job " + std::to_string(jobId));
    }
    if ((*job)->state != JobState::Running) {
        return makeError(ErrorCode::InvalidArgument, "job " + std::to_string(jobId) +
                                                         " has already ended (" +
                                                         std::string(toText((*job)->state)) + ")");
    }
    TRIAGE_PREPARE(q, m_c.db, "UPDATE jobs SET cancel_requested = 1 WHERE id = ?");
    return q.bind(1, jobId).run();
}

}  // namespace triage::sql
