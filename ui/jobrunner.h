#pragma once
// JobRunner: the GUI's adapter for core jobs (import, auto-label, export, ...). It runs
// one at a time on a background thread, at a lower priority than the review, with its own
// store connection, through the core's job executor (which records it in the project's
// jobs table). A job started while another runs waits in a queue, in order, and says so.
// Progress comes back at most ten times a second, as the whole job's share done and the
// time left (jobprogress.h); cancel() asks the running job to stop at its next check,
// keeping what it finished.
#include "job.h"
#include "jobprogress.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace triage::ui {

class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;  // drops the queue, cancels and waits for a running job

    bool isRunning() const { return m_thread != nullptr; }
    bool isCancelling() const { return isRunning() && m_cancel.isCancelled(); }
    QString runningKind() const { return isRunning() ? m_kind : QString(); }
    QStringList queuedKinds() const;  // waiting behind the running job, in order
    // Runs the job now, or after the jobs before it. The job runs on the job thread only.
    void start(const QString &projectPath, std::shared_ptr<Job> job);

public Q_SLOTS:
    void cancel();       // the running job
    void clearQueue();   // the jobs still waiting (another project was opened, say)

Q_SIGNALS:
    void started(const QString &kind);
    void queued(const QString &kind);
    // The whole job's share done (0..1), the stage's own figures, and the time left in
    // seconds (-1: not known yet).
    void progressed(const QString &stage, qint64 done, qint64 total, double fraction,
                    double secondsLeft);
    void finished(const QString &kind, bool ok, const QString &message);

private:
    struct Pending {
        QString projectPath;
        std::shared_ptr<Job> job;
    };
    void run(const Pending &pending);

    QThread *m_thread = nullptr;
    CancelToken m_cancel;
    QString m_kind;
    bool m_ok = false;
    QString m_message;
    QList<Pending> m_queue;
};

}  // namespace triage::ui
