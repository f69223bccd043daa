// A job's progress as one figure: the stages' shares, a stage of no weight, never going
// back, and the time left at the pace so far.
#include "jobprogress.h"

#include <QTest>

using namespace triage;

class TestJobProgress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void weighsTheStagesInOrder()
    {
        JobProgress progress({{"decode", 1}, {"train", 2}, {"score", 1}});
        progress.update({"decode", 50, 100, {}}, 1);
        QCOMPARE(progress.fraction(), 0.125);
        progress.update({"decode", 100, 100, {}}, 2);
        QCOMPARE(progress.fraction(), 0.25);
        progress.update({"train", 1, 4, {}}, 3);
        QCOMPARE(progress.fraction(), 0.375);
        progress.update({"features", 0, 10, {}}, 4);  // not named: the figure stays
        QCOMPARE(progress.fraction(), 0.375);
        progress.update({"train", 0, 4, {}}, 5);  // a stage restarting never goes back
        QCOMPARE(progress.fraction(), 0.375);
        progress.update({"score", 100, 100, {}}, 6);
        QCOMPARE(progress.fraction(), 1.0);
    }

    void aJobWithoutStagesCountsItsStageAlone()
    {
        JobProgress progress({});
        progress.update({"import", 30, 120, {}}, 1);
        QCOMPARE(progress.fraction(), 0.25);
        progress.update({"import", 0, 0, {}}, 1);  // total unknown
        QCOMPARE(progress.fraction(), 0.0);
    }

    void estimatesTheTimeLeftOnceThereIsAPace()
    {
        JobProgress progress({{"export", 1}});
        progress.update({"export", 1, 100, {}}, 1);
        QVERIFY(!progress.secondsLeft());  // too early to tell
        progress.update({"export", 25, 100, {}}, 10);
        QCOMPARE(progress.secondsLeft().value(), 30.0);
    }
};

QTEST_GUILESS_MAIN(TestJobProgress)
#include "tst_jobprogress.moc"
