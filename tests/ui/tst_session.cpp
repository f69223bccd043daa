// The GUI's two adapters over the core, without windows: the ProjectSession on its own
// thread (open, review, retrain schedule) and the JobRunner (progress, cancel, errors,
// the job record).
#include "fixtures.h"
#include "jobrunner.h"
#include "projectsession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <stdexcept>

using namespace triage;

namespace {

// A job that reports progress until it is cancelled, or throws when told to.
class WaitingJob final : public Job {
public:
    explicit WaitingJob(bool throws = false) : m_throws(throws) {}
    std::string kind() const override { return "waiting"; }
    Result<JobOutcome> run(ProjectStore &, const ProgressFn &progress,
                           const CancelToken &cancel) override
    {
        if (m_throws) {
            throw std::runtime_error("a bug in the job");
        }
        for (int64_t step = 0; !cancel.isCancelled(); ++step) {
            reportProgress(progress, "wait", std::min<int64_t>(step, 999), 1000);
            QThread::msleep(5);
        }
        return makeError(ErrorCode::Cancelled, "waiting cancelled");
    }

private:
    bool m_throws;
};

}  // namespace

class TestSession : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    QString makeProject(int count)
    {
        return test::createImportedProject(
            m_dir.filePath(QStringLiteral("s%1").arg(++m_projects)), QStringLiteral("session"),
            count);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ui::ProjectInfo>();
        qRegisterMetaType<ui::ReviewItem>();
    }

    // Issue 6, defect 3: a retrain is due after labels, never after skips or undos.
    void sessionReviewsAndSaysWhenToRetrain()
    {
        const QString path = makeProject(6);
        QThread thread;
        auto *session = new ui::ProjectSession(QStringLiteral("ann"), 2);
        session->moveToThread(&thread);
        connect(&thread, &QThread::finished, session, &QObject::deleteLater);
        thread.start();
        QSignalSpy opened(session, &ui::ProjectSession::opened);
        QSignalSpy shown(session, &ui::ProjectSession::reviewItemReady);
        QSignalSpy committed(session, &ui::ProjectSession::decisionCommitted);
        QSignalSpy due(session, &ui::ProjectSession::retrainDue);
        QMetaObject::invokeMethod(session, [session, path] { session->open(path); });
        QTRY_COMPARE(opened.size(), 1);
        QTRY_COMPARE(shown.size(), 1);
        const auto info = opened[0][0].value<ui::ProjectInfo>();
        QCOMPARE(info.classes.size(), 3);
        const auto first = shown[0][0].value<ui::ReviewItem>();
        QVERIFY(!first.image.isNull());
        QCOMPARE(first.queueLength, qint64(6));

        auto decide = [&](qint64 item, qint64 classId) {
            const auto before = committed.size();
            QMetaObject::invokeMethod(session, [=] { session->decide(item, classId, 1.0, -1); });
            return QTest::qWaitFor([&] { return committed.size() > before; }, 10000);
        };
        const qint64 a = info.classes[0].id;
        QVERIFY(decide(1, -1));  // skips
        QVERIFY(decide(2, -1));
        QVERIFY(decide(3, a));
        QMetaObject::invokeMethod(session, [=] { session->undo(3); });
        QTRY_COMPARE(committed.size(), 4);
        QVERIFY(decide(3, a));
        QCOMPARE(due.size(), 0);  // one label standing
        QVERIFY(decide(4, a));
        QTRY_COMPARE(due.size(), 1);
        QMetaObject::invokeMethod(session, [=] { session->noteRoundStarted(); });
        QVERIFY(decide(5, a));
        QCOMPARE(due.size(), 1);  // the round just started covers these labels

        thread.requestInterruption();
        thread.quit();
        QVERIFY(thread.wait(10000));
        auto store = ProjectStore::open(path.toStdString());
        QCOMPARE(store->decisions().log(std::nullopt)->size(), size_t(7));
    }

    // Issue 6: review decodes through the project's image source, within its pixel limit.
    void reviewKeepsToTheProjectsPixelLimit()
    {
        const QString path = makeProject(2);
        QVERIFY(ProjectStore::open(path.toStdString())->settings().setPixelLimit(500).ok());
        ui::ProjectSession session(QStringLiteral("ann"));
        QSignalSpy opened(&session, &ui::ProjectSession::opened);
        QSignalSpy shown(&session, &ui::ProjectSession::reviewItemReady);
        session.open(path);  // on this thread: the test is the session's thread here
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened[0][0].value<ui::ProjectInfo>().pixelLimit, qint64(500));
        QCOMPARE(shown.size(), 1);
        const auto item = shown[0][0].value<ui::ReviewItem>();
        QVERIFY(item.image.isNull());  // 32 x 32 = 1024 pixels, over the limit of 500
        QVERIFY2(item.error.contains(QStringLiteral("limit of 500 pixels")), qPrintable(item.error));
    }

    // One job at a time: a second waits in the queue and starts when the first is done.
    void jobRunnerReportsProgressQueuesAndCancels()
    {
        const QString path = makeProject(1);
        ui::JobRunner runner;
        QSignalSpy started(&runner, &ui::JobRunner::started);
        QSignalSpy queued(&runner, &ui::JobRunner::queued);
        QSignalSpy progressed(&runner, &ui::JobRunner::progressed);
        QSignalSpy finished(&runner, &ui::JobRunner::finished);
        runner.start(path, std::make_shared<WaitingJob>());
        QVERIFY(runner.isRunning());
        runner.start(path, std::make_shared<WaitingJob>());
        QCOMPARE(started.size(), 1);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(runner.queuedKinds(), QStringList{QStringLiteral("waiting")});
        QTRY_VERIFY(progressed.size() >= 2);
        const double fraction = progressed.last()[3].toDouble();
        QVERIFY(fraction > 0 && fraction <= 1);
        runner.cancel();
        QVERIFY(runner.isCancelling());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished[0][0].toString(), QStringLiteral("waiting"));
        QCOMPARE(finished[0][1].toBool(), false);
        QCOMPARE(finished[0][2].toString(), QStringLiteral("waiting cancelled"));
        // The queued job started by itself, not cancelled with the first.
        QTRY_COMPARE(started.size(), 2);
        QVERIFY(runner.isRunning() && !runner.isCancelling());
        QVERIFY(runner.queuedKinds().isEmpty());
        runner.cancel();
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(!runner.isRunning());
        auto store = ProjectStore::open(path.toStdString());
        QCOMPARE(store->jobs().last()->value().state, JobState::Cancelled);
    }

    void jobRunnerTurnsAnExceptionIntoAFailedJob()
    {
        const QString path = makeProject(1);
        ui::JobRunner runner;
        QSignalSpy finished(&runner, &ui::JobRunner::finished);
        runner.start(path, std::make_shared<WaitingJob>(true));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished[0][1].toBool(), false);
        QVERIFY2(finished[0][2].toString().contains(QStringLiteral("a bug in the job")),
                 qPrintable(finished[0][2].toString()));
        auto store = ProjectStore::open(path.toStdString());
        const auto job = store->jobs().last()->value();
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.kind, std::string("waiting"));

        QSignalSpy missing(&runner, &ui::JobRunner::finished);
        runner.start(m_dir.filePath(QStringLiteral("none.triage")), std::make_shared<WaitingJob>());
        QTRY_COMPARE(missing.size(), 1);
        QVERIFY(missing[0][2].toString().contains(QStringLiteral("no project file")));
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
