// The review session: queue order, skip, undo, focus, the previous item, its pace; why
// an item is queued; every step in the decision log.
#include "fixtures.h"
#include "learnloop.h"
#include "queuereason.h"
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
        // ctest runs this twice: on files, and on PostgreSQL (tst_reviewsession_postgres),
        // where sessions lease what they show.
        const QString name = QStringLiteral("p%1").arg(++m_projects);
        auto store = test::createProject(
            test::postgresServerUrl().empty()
                ? m_dir.filePath(name + QStringLiteral(".triage"))
                : QString::fromStdString(test::freshPostgresUrl(name.toStdString())),
            {"a", "b"});
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

    // Issue 13: two annotators on one shared project see different items, and a decided
    // or skipped item's lease is let go.
    void annotatorsOnASharedProjectNeverSeeTheSameItem()
    {
        if (test::postgresServerUrl().empty()) {
            QSKIP("a project file is one desktop's: its sessions take no leases");
        }
        auto store = projectWithItems(4);
        auto second = ProjectStore::open(store.path());
        QVERIFY(second);
        ReviewSession ann(store, "ann");
        ReviewSession bea(*second, "bea");
        QCOMPARE(ann.current()->value(), int64_t(1));
        QCOMPARE(ann.upcoming(1).value(), std::vector<int64_t>{2});  // prefetched: held too
        QCOMPARE(bea.current()->value(), int64_t(3));
        QCOMPARE(bea.upcoming(3).value(), std::vector<int64_t>{4});
        QVERIFY(ann.decide(1, store.classes()[0].id, 1.0, std::nullopt));
        QVERIFY(!store.leases().holderOf(1, 0)->has_value());
        QCOMPARE(ann.current()->value(), int64_t(2));
        QVERIFY(bea.decide(3, std::nullopt, 1.0, std::nullopt));  // a skip lets it go
        QCOMPARE(bea.current()->value(), int64_t(4));
        QCOMPARE(ann.upcoming(3).value(), std::vector<int64_t>{3});  // free again
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

    // The item decided last can be looked at again, and decided anew; the session's pace
    // counts every decision's time and how often a label took the suggestion.
    void previousItemAndPace()
    {
        auto store = projectWithItems(4);
        ReviewSession review(store, "ann");
        QVERIFY(!review.focusPrevious());  // nothing decided yet
        const int64_t a = store.classes()[0].id, b = store.classes()[1].id;
        QVERIFY(review.decide(1, a, 2.0, a).ok());  // took the suggestion
        QVERIFY(review.decide(2, b, 4.0, a).ok());  // did not
        QVERIFY(review.decide(3, std::nullopt, 3.0, a).ok());  // a skip: no agreement either way
        QCOMPARE(review.previous(), std::optional<int64_t>(3));
        QVERIFY(review.focusPrevious());
        QCOMPARE(review.current()->value(), int64_t(3));  // skipped, but shown when asked
        QVERIFY(review.decide(3, b, 1.0, std::nullopt).ok());
        QCOMPARE(review.current()->value(), int64_t(4));
        QCOMPARE(store.items().get(3)->value().classId, std::optional<int64_t>(b));
        const ReviewSession::Pace &pace = review.pace();
        QCOMPARE(pace.decisions, int64_t(4));
        QCOMPARE(pace.seconds, 10.0);
        QCOMPARE(pace.withSuggestion, int64_t(2));
        QCOMPARE(pace.agreed, int64_t(1));

        // Per person over the whole log, for the dashboards.
        const auto totals = store.decisions().annotatorTotals().value();
        QCOMPARE(totals.size(), size_t(1));
        QCOMPARE(totals[0].annotator, std::string("ann"));
        QCOMPARE(totals[0].labels, int64_t(3));
        QCOMPARE(totals[0].skips, int64_t(1));
        QCOMPARE(totals[0].seconds, 10.0);
        QCOMPARE(totals[0].withSuggestion, int64_t(2));
        QCOMPARE(totals[0].agreedWithSuggestion, int64_t(1));
    }

    // Why an item waits: not scored; an audit; the functions disagree; its class withheld,
    // with the labels it needs; under its class's threshold.
    void saysWhyAnItemIsQueued()
    {
        auto store = projectWithItems(4);
        const int64_t a = store.classes()[0].id, b = store.classes()[1].id;
        auto reasons = whyQueued(store, 1);
        QVERIFY(reasons.ok());
        QVERIFY(reasons->notScored);

        const int64_t version = store.models().add(ModelVersionInput{}).value();
        const std::vector<int64_t> ids{1, 2, 3};
        const std::vector<float> p{0.9f, 0.1f, 0.3f, 0.7f, 0.6f, 0.4f};
        QVERIFY(store.predictions().store(version, ids, p).ok());
        const std::vector<Route> routes{{1, RouteKind::Queue, a, 0.9, 0.5, true},
                                        {2, RouteKind::Queue, b, 0.7, 0.1, false},
                                        {3, RouteKind::Queue, a, 0.6, 0.1, false}};
        QVERIFY(store.decisions().applyRoutes(version, routes).ok());
        const std::vector<ClassThreshold> thresholds{{a, true, 0.8, 0.8, 100, 99, 0.99, 0},
                                                     {b, false, 1, 0.9, 20, 19, 0.9, 37}};
        QVERIFY(store.models().storeThresholds(version, thresholds).ok());
        QVERIFY(store.models().complete(version).ok());
        auto lf = store.labelingFunctions().add("dark", "brightness", "{}", true);
        QVERIFY(lf.ok());
        const std::vector<int64_t> voted{3}, votedClass{b};
        QVERIFY(store.labelingFunctions().replaceVotes(lf->versionId, voted, votedClass).ok());
        auto learner = store.labelingFunctions().byName("learner");
        const std::vector<int64_t> learnerClass{a};
        QVERIFY(store.labelingFunctions().replaceVotes((*learner)->versionId, voted, learnerClass).ok());

        auto audit = whyQueued(store, 1).value();
        QVERIFY(audit.audit && audit.audit->classId == a);
        QVERIFY(!audit.notScored);
        auto withheld = whyQueued(store, 2).value();
        QCOMPARE(withheld.suggestedClassId, std::optional<int64_t>(b));
        QCOMPARE(withheld.classThreshold->moreNeeded, int64_t(37));
        QVERIFY(!withheld.labelingFunctionsDisagree);
        auto under = whyQueued(store, 3).value();
        QVERIFY(under.labelingFunctionsDisagree);
        QVERIFY(under.classThreshold->accepted && under.confidence < under.classThreshold->threshold);
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
