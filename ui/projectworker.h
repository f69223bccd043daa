#pragma once
// ProjectWorker: short store work for a dialog, off the GUI thread. Each task opens its own
// connection to the project (one per thread, as the store wants), runs, and hands its
// Result back to the GUI thread; a result whose worker is gone is dropped. One task at a
// time, in the order asked.
#include "projectstore.h"

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <type_traits>

namespace triage::ui {

class ProjectWorker : public QObject {
    Q_OBJECT
public:
    explicit ProjectWorker(QString projectPath, QObject *parent = nullptr)
        : QObject(parent), m_path(std::move(projectPath))
    {
        m_pool.setMaxThreadCount(1);
    }
    ~ProjectWorker() override { m_pool.waitForDone(); }

    // work(ProjectStore &) -> Result<T> runs on the worker's thread; done(Result<T>) on the
    // GUI thread. No exception leaves work: it is turned into an error.
    template <typename Work, typename Done>
    void run(Work work, Done done)
    {
        using Answer = std::invoke_result_t<Work, ProjectStore &>;
        m_pool.start([this, path = m_path.toStdString(), work = std::move(work),
                      done = std::move(done)]() mutable {
            // Held by pointer: the queued call copies its functor, and GCC 12 warns
            // (wrongly) about copying a Result's variant there.
            auto answer = std::make_shared<Answer>([&]() -> Answer {
                try {
                    auto store = ProjectStore::open(path);
                    return store ? work(*store) : Answer(store.error());
                } catch (const std::exception &e) {
                    return makeError(ErrorCode::Internal, e.what());
                }
            }());
            QMetaObject::invokeMethod(
                this, [done = std::move(done), answer]() mutable { done(std::move(*answer)); },
                Qt::QueuedConnection);
        });
    }

private:
    QString m_path;
    QThreadPool m_pool;
};

}  // namespace triage::ui
