#pragma once
// JobRunner: the GUI's adapter for core jobs (import, auto-label, export). It runs one
// on a background thread with its own store connection, through the core's job executor
// (which records it in the project's jobs table). Progress comes back as signals at most
// ten times a second; cancel() asks the job to stop at its next check, keeping what it
// finished. One job at a time.
#include "job.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace triage::ui {

class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;  // cancels and waits for a running job

    bool isRunning() const { return m_thread != nullptr; }
    // False while another job runs. The job runs on the job thread only.
    bool start(const QString &projectPath, std::shared_ptr<Job> job);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void started(const QString &kind);
    void progressed(const QString &stage, qint64 done, qint64 total);
    void finished(const QString &kind, bool ok, const QString &message);

private:
    QThread *m_thread = nullptr;
    CancelToken m_cancel;
    QString m_kind;
    bool m_ok = false;
    QString m_message;
};

}  // namespace triage::ui
