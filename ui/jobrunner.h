#pragma once
// JobRunner: runs one long core job (import, auto-label, export) on a background thread
// with its own store connection, recorded in the project's jobs table. Progress comes
// back as signals at most ten times a second; cancel() asks the job to stop at its next
// check, keeping what it finished. One job at a time.
#include "progress.h"
#include "projectstore.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace triage::ui {

class JobRunner : public QObject {
    Q_OBJECT
public:
    // The work: runs on the job thread; returns a one-line summary or an error.
    using Work =
        std::function<Result<std::string>(ProjectStore &, const ProgressFn &, const CancelToken &)>;

    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;  // cancels and waits for a running job

    bool isRunning() const { return m_thread != nullptr; }
    bool start(const QString &projectPath, const QString &kind, Work work);

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
