#include "jobrunner.h"

#include <QThread>

#include <chrono>

namespace triage::ui {

JobRunner::JobRunner(QObject *parent) : QObject(parent) {}

JobRunner::~JobRunner()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread;  // its queued cleanup dies with this object
    }
}

bool JobRunner::start(const QString &projectPath, std::shared_ptr<Job> job)
{
    if (m_thread) {
        return false;
    }
    m_cancel = CancelToken();
    const CancelToken cancel = m_cancel;
    const std::string path = projectPath.toStdString();
    m_ok = false;
    m_message.clear();
    const QString kind = QString::fromStdString(job->kind());
    m_kind = kind;
    m_thread = QThread::create([this, path, job = std::move(job), cancel] {
        QString message;
        bool ok = false;
        try {
            auto store = ProjectStore::open(path);
            if (!store) {
                message = QString::fromStdString(store.error().message);
            } else {
                auto lastEmit = std::chrono::steady_clock::time_point();
                ProgressFn forward = [this, &lastEmit](const Progress &p) {
                    const auto now = std::chrono::steady_clock::now();
                    if (now - lastEmit > std::chrono::milliseconds(100) || p.done == p.total) {
                        lastEmit = now;
                        Q_EMIT progressed(QString::fromStdString(p.stage), p.done, p.total);
                    }
                };
                auto outcome = executeJob(*store, *job, forward, cancel);
                ok = outcome.ok();
                message = QString::fromStdString(ok ? outcome->summary : outcome.error().message);
            }
        } catch (const std::exception &e) {  // no exception leaves a thread
            message = QStringLiteral("internal error: %1").arg(QString::fromUtf8(e.what()));
        }
        m_ok = ok;  // read on the GUI thread only after this thread has finished
        m_message = message;
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(m_kind, m_ok, m_message);  // isRunning() is false by now
    });
    Q_EMIT started(kind);
    m_thread->start();
    return true;
}

void JobRunner::cancel()
{
    m_cancel.cancel();
}

}  // namespace triage::ui
