// The review session: queue order, skip, undo, focus; every step in the decision log.
#include "fixtures.h"
#include "learnloop.h"
#include "reviewsession.h"

#include <QTemporaryDir>
#include <QTest>

using namespace triage;

class TestReviewSession : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    ProjectStore projectWithItems(int count)
    {
        auto store = test::createProject(
            m_dir.filePath(QStringLiteral("p%1.triage").arg(++m_projects)), {"a", "b"});
        for (int i = 0; i < count; ++i) {
            ItemMeta meta;
            meta.path = "/x/" + std::to_string(i) + ".png";
            meta.contentHash = meta.path;
            (void)store.items().add(meta, 0.1 * i);  // rank: item i is i-th in the queue
        }
        return store;
    }

private Q_SLOTS:
    // Issue 6, defect 3: only labels bring a retrain closer; skips and undos do not.
    void retrainingWaitsForLabelsNotSkipsOrUndos()
    {
        auto store = projectWithItems(8);
        ReviewSession review(store, "ann");
        LearnLoop loop(3);
        for (int64_t item = 1; item <= 4; ++item) {
            QVERIFY(review.decide(item, std::nullopt, 1.0, std::nullopt).ok());  // skips
        }
        QCOMPARE(loop.retrainDue(store).value(), false);
        QVERIFY(review.decide(5, store.classes()[0].id, 1.0, std::nullopt).ok());
        QVERIFY(review.decide(6, store.classes()[1].id, 1.0, std::nullopt).ok());
        QVERIFY(review.undo(6).ok());
        QCOMPARE(loop.retrainDue(store).value(), false);  // one label left standing
        QVERIFY(review.decide(6, store.classes()[1].id, 1.0, std::nullopt).ok());
        QVERIFY(review.decide(7, store.classes()[0].id, 1.0, std::nullopt).ok());
        QCOMPARE(loop.retrainDue(store).value(), true);
        loop.roundStarted();  // a round that may fail is not retried after every label
        QCOMPARE(loop.retrainDue(store).value(), false);

        // A learner trained on those three labels: due again three labels later.
        ModelVersionInput trained;
        trained.humanLabels = 3;
        const int64_t version = store.models().add(trained).value();
        QVERIFY(store.models().complete(version).ok());
        LearnLoop fresh(3);
        QCOMPARE(fresh.retrainDue(store).value(), false);
    }

    void walksTheQueueInRankOrder()
    {
        auto store = projectWithItems(3);
        ReviewSession review(store, "ann");
        QCOMPARE(review.current()->value(), int64_t(1));
        QCOMPARE(review.upcoming(5).value(), (std::vector<int64_t>{2, 3}));
        QVERIFY(review.decide(1, store.classes()[0].id, 2.0, std::nullopt).ok());
        QCOMPARE(review.current()->value(), int64_t(2));
        QCOMPARE(review.decisionsMade(), int64_t(1));
    }

    void skippedItemsComeBackLast()
    {
        auto store = projectWithItems(2);
        ReviewSession review(store, "ann");
        QVERIFY(review.decide(1, std::nullopt, 1.0, std::nullopt).ok());  // skip
        QCOMPARE(review.current()->value(), int64_t(2));
        QVERIFY(review.decide(2, store.classes()[1].id, 1.0, std::nullopt).ok());
        QCOMPARE(review.current()->value(), int64_t(1));  // only the skipped one is left
        QCOMPARE(store.items().get(1)->value().state, ItemState::Unlabeled);
    }

    void undoShowsTheItemAgainAndKeepsHistory()
    {
        auto store = projectWithItems(2);
        ReviewSession review(store, "ann");
        QVERIFY(review.decide(1, store.classes()[0].id, 1.0, store.classes()[1].id).ok());
        QCOMPARE(review.current()->value(), int64_t(2));
        QVERIFY(review.undo(1).ok());
        QCOMPARE(review.current()->value(), int64_t(1));
        QVERIFY(!store.items().get(1)->value().classId.has_value());
        QCOMPARE(int(store.decisions().log(1)->size()), 2);
        QCOMPARE(store.decisions().log(1)->back().kind, DecisionKind::Undo);
    }

    void focusReviewsAnyItemNext()
    {
        auto store = projectWithItems(3);
        ReviewSession review(store, "ann");
        review.focus(3);
        QCOMPARE(review.current()->value(), int64_t(3));
        QVERIFY(review.decide(3, store.classes()[1].id, 1.0, std::nullopt).ok());
        QCOMPARE(review.current()->value(), int64_t(1));
    }

    void emptyQueueHasNoCurrentItem()
    {
        auto store = projectWithItems(0);
        ReviewSession review(store, "ann");
        QVERIFY(review.current().ok());
        QVERIFY(!review.current()->has_value());
    }
};

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
