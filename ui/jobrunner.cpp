#include "jobrunner.h"

#include "processpolicy.h"

#include <QThread>

#include <chrono>

namespace triage::ui {

JobRunner::JobRunner(QObject *parent) : QObject(parent) {}

JobRunner::~JobRunner()
{
    m_queue.clear();
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread;  // its queued cleanup dies with this object
    }
}

QStringList JobRunner::queuedKinds() const
{
    QStringList kinds;
    for (const Pending &p : m_queue) {
        kinds << QString::fromStdString(p.job->kind());
    }
    return kinds;
}

void JobRunner::start(const QString &projectPath, std::shared_ptr<Job> job)
{
    Pending pending{projectPath, std::move(job)};
    if (m_thread) {
        m_queue.push_back(pending);
        Q_EMIT queued(QString::fromStdString(pending.job->kind()));
        return;
    }
    run(pending);
}

void JobRunner::run(const Pending &pending)
{
    m_cancel = CancelToken();
    const CancelToken cancel = m_cancel;
    const std::string path = pending.projectPath.toStdString();
    m_ok = false;
    m_message.clear();
    m_kind = QString::fromStdString(pending.job->kind());
    m_thread = QThread::create([this, path, job = pending.job, cancel] {
        lowerThisThreadsPriority();  // the review's threads come first
        QString message;
        bool ok = false;
        try {
            auto store = ProjectStore::open(path);
            if (!store) {
                message = QString::fromStdString(store.error().message);
            } else {
                JobProgress overall(job->stageShares());
                QElapsedTimer clock;
                clock.start();
                auto lastEmit = std::chrono::steady_clock::time_point();
                ProgressFn forward = [&](const Progress &p) {
                    overall.update(p, double(clock.elapsed()) / 1000);
                    const auto now = std::chrono::steady_clock::now();
                    if (now - lastEmit > std::chrono::milliseconds(100) || p.done == p.total) {
                        lastEmit = now;
                        Q_EMIT progressed(QString::fromStdString(p.stage), p.done, p.total,
                                          overall.fraction(), overall.secondsLeft().value_or(-1));
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
        if (!m_thread && !m_queue.isEmpty()) {  // a slot may have started one already
            run(m_queue.takeFirst());
        }
    });
    Q_EMIT started(m_kind);
    m_thread->start();
}

void JobRunner::cancel()
{
    m_cancel.cancel();
}

void JobRunner::clearQueue()
{
    m_queue.clear();
}

}  // namespace triage::ui
