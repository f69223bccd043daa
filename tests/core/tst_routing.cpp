// Routing rules: the threshold (one, or one per class), the per-class minimum of human labels,
// the audit sample, and the order of the queue under each sampling strategy.
#include "coldstart.h"
#include "diversity.h"
#include "routing.h"

#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>
#include <set>

using namespace triage;

namespace {

ScoreTable table(std::vector<int64_t> ids, const std::vector<float> &probabilities, size_t classes)
{
    ScoreTable scores(std::move(ids), classes);
    std::copy(probabilities.begin(), probabilities.end(), scores.probabilities().begin());
    return scores;
}

}  // namespace

class TestRouting : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void routes_data()
    {
        QTest::addColumn<QVector<float>>("probabilities");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<qint64>("humanLabelsOfTopClass");
        QTest::addColumn<int>("expected");  // RouteKind

        QTest::newRow("confident, class known")
            << QVector<float>{0.97f, 0.03f} << 0.95 << qint64(20) << int(RouteKind::AutoAccept);
        QTest::newRow("exactly at threshold")
            << QVector<float>{0.95f, 0.05f} << 0.95 << qint64(20) << int(RouteKind::AutoAccept);
        QTest::newRow("below threshold")
            << QVector<float>{0.94f, 0.06f} << 0.95 << qint64(50) << int(RouteKind::Queue);
        QTest::newRow("class has too few labels")
            << QVector<float>{0.99f, 0.01f} << 0.95 << qint64(19) << int(RouteKind::Queue);
        QTest::newRow("lower threshold")
            << QVector<float>{0.81f, 0.19f} << 0.8 << qint64(30) << int(RouteKind::AutoAccept);
    }

    void routes()
    {
        QFETCH(QVector<float>, probabilities);
        QFETCH(double, threshold);
        QFETCH(qint64, humanLabelsOfTopClass);
        QFETCH(int, expected);
        const std::vector<ClassInfo> classes{{10, "a", 0}, {11, "b", 1}};
        const std::vector<int64_t> perClass{humanLabelsOfTopClass, 1000};
        const std::vector<float> probs(probabilities.begin(), probabilities.end());
        RoutingPolicy policy{threshold, 20};
        policy.auditShare = 0;
        const auto routes = planRoutes(table({7}, probs, 2), classes, perClass, policy);
        QCOMPARE(int(routes.size()), 1);
        QCOMPARE(int(routes[0].kind), expected);
        QCOMPARE(routes[0].classId, int64_t(10));
        QCOMPARE(routes[0].confidence, double(probs[0]));
    }

    void queueRankIsLeastConfidentFirst()
    {
        const std::vector<ClassInfo> classes{{1, "a", 0}, {2, "b", 1}, {3, "c", 2}};
        const std::vector<float> probs{0.9f, 0.05f, 0.05f, 0.4f, 0.35f, 0.25f, 0.2f, 0.7f, 0.1f};
        const auto routes =
            planRoutes(table({1, 2, 3}, probs, 3), classes, {0, 0, 0}, RoutingPolicy{});
        QVERIFY(routes[1].queueRank < routes[2].queueRank);
        QVERIFY(routes[2].queueRank < routes[0].queueRank);
        QCOMPARE(routes[2].classId, int64_t(2));
        for (const Route &r : routes) {
            QCOMPARE(r.kind, RouteKind::Queue);  // no class has human labels yet
        }
    }

    // A pool on which the three strategies disagree: each puts its items in its own order.
    void eachStrategyOrdersTheQueueItsWay_data()
    {
        QTest::addColumn<int>("strategy");
        QTest::addColumn<QVector<qint64>>("order");  // item ids, reviewed first to last
        // Items: 1 [.60 .20 .20]  2 [.55 .45 0]  3 [.50 .49 .01]  4 [.52 .24 .24].
        QTest::newRow("least confidence: lowest top probability")
            << int(SamplingStrategy::LeastConfidence) << QVector<qint64>{3, 4, 2, 1};
        QTest::newRow("margin: closest two classes")
            << int(SamplingStrategy::Margin) << QVector<qint64>{3, 2, 4, 1};
        QTest::newRow("entropy: most spread-out distribution")
            << int(SamplingStrategy::Entropy) << QVector<qint64>{4, 1, 3, 2};
    }

    void eachStrategyOrdersTheQueueItsWay()
    {
        QFETCH(int, strategy);
        QFETCH(QVector<qint64>, order);
        const std::vector<ClassInfo> classes{{1, "a", 0}, {2, "b", 1}, {3, "c", 2}};
        const std::vector<float> probs{0.60f, 0.20f, 0.20f, 0.55f, 0.45f, 0.00f,
                                       0.50f, 0.49f, 0.01f, 0.52f, 0.24f, 0.24f};
        RoutingPolicy policy;
        policy.strategy = SamplingStrategy(strategy);
        auto routes = planRoutes(table({1, 2, 3, 4}, probs, 3), classes, {0, 0, 0}, policy);
        std::sort(routes.begin(), routes.end(),
                  [](const Route &a, const Route &b) { return a.queueRank < b.queueRank; });
        QVector<qint64> reviewed;
        for (const Route &r : routes) {
            reviewed << r.itemId;
            QVERIFY(r.queueRank >= 0 && r.queueRank <= 1);
        }
        QCOMPARE(reviewed, order);
        // Conflicts among trusted labeling functions still come first, whatever the strategy.
        const std::vector<uint8_t> conflicts{0, 1, 0, 0};
        routes = planRoutes(table({1, 2, 3, 4}, probs, 3), classes, {0, 0, 0}, policy, conflicts);
        QCOMPARE(std::min_element(routes.begin(), routes.end(),
                                  [](const Route &a, const Route &b) {
                                      return a.queueRank < b.queueRank;
                                  })->itemId,
                 int64_t(2));
    }

    // Per-class thresholds: a withheld class (above 1) auto-accepts nothing, however
    // confident; another class accepts at its own threshold.
    void perClassThresholds()
    {
        const std::vector<ClassInfo> classes{{1, "a", 0}, {2, "b", 1}};
        const std::vector<float> probs{0.70f, 0.30f, 0.01f, 0.99f, 0.55f, 0.45f};
        RoutingPolicy policy;
        policy.auditShare = 0;
        const ClassRouting perClass{{0.6, 2.0}, {0.6, 2.0}, {0.0, 0.0}};
        const auto routes = planRoutes(table({1, 2, 3}, probs, 2), classes, {100, 100}, policy,
                                       {}, &perClass);
        QCOMPARE(routes[0].kind, RouteKind::AutoAccept);
        QCOMPARE(routes[1].kind, RouteKind::Queue);
        QCOMPARE(routes[2].kind, RouteKind::Queue);
    }

    // The audit share of would-be auto-accepts is queued, the same items every round,
    // spread through the queue rather than piled at its end.
    void auditsTheConfiguredShare()
    {
        const std::vector<ClassInfo> classes{{1, "a", 0}, {2, "b", 1}};
        std::vector<int64_t> ids;
        std::vector<float> probs;
        for (int64_t id = 1; id <= 40000; ++id) {
            ids.push_back(id);
            const float p = id % 2 ? 0.99f : 0.5f + float(id % 400) / 1000.0f;  // half confident
            probs.insert(probs.end(), {p, 1 - p});
        }
        RoutingPolicy policy;
        policy.auditShare = 0.02;
        const auto routes = planRoutes(table(ids, probs, 2), classes, {100, 100}, policy);
        std::vector<int64_t> audited;
        int64_t early = 0;  // audits among the first half of the queue
        std::vector<double> queuedRanks;
        for (const Route &r : routes) {
            if (r.kind == RouteKind::Queue && !r.audit) {
                queuedRanks.push_back(r.queueRank);
            }
        }
        std::sort(queuedRanks.begin(), queuedRanks.end());
        const double median = queuedRanks[queuedRanks.size() / 2];
        for (const Route &r : routes) {
            if (r.audit) {
                QCOMPARE(r.kind, RouteKind::Queue);
                QCOMPARE(r.classId, int64_t(1));
                QCOMPARE(r.confidence, double(0.99f));
                audited.push_back(r.itemId);
                early += r.queueRank < median;
            }
        }
        // 2% of 20,000: 400, within four standard deviations (4 x 19.8).
        QVERIFY2(audited.size() > 320 && audited.size() < 480,
                 qPrintable(QString::number(audited.size())));
        QVERIFY2(early > int64_t(audited.size()) / 4 && early < int64_t(audited.size()) * 3 / 4,
                 qPrintable(QString::number(early)));
        // The same items next round; none at a share of 0.
        std::vector<int64_t> again;
        for (const Route &r : planRoutes(table(ids, probs, 2), classes, {100, 100}, policy)) {
            if (r.audit) {
                again.push_back(r.itemId);
            }
        }
        QCOMPARE(again, audited);
        policy.auditShare = 0;
        for (const Route &r : planRoutes(table(ids, probs, 2), classes, {100, 100}, policy)) {
            QVERIFY(!r.audit);
        }
    }

    // Cold start: three tight clusters of 30 and three far outliers, in four clusters. The
    // first three asked are a typical item of each large cluster; the outliers are asked in
    // proportion to their number: not before a fifth of the others. The mixed strategy uses that
    // order until people gave 20 labels a class on average, then margin.
    void coldStartAsksTypicalItemsOfEveryClusterFirst()
    {
        std::mt19937 rng(4);
        std::normal_distribution<float> noise(0.0f, 0.5f);
        const float centres[3][2] = {{0, 0}, {10, 0}, {0, 10}};
        std::vector<float> features;
        std::vector<int> clusterOf;
        for (int i = 0; i < 90; ++i) {
            features.push_back(centres[i % 3][0] + noise(rng));
            features.push_back(centres[i % 3][1] + noise(rng));
            clusterOf.push_back(i % 3);
        }
        for (int i = 0; i < 3; ++i) {
            features.insert(features.end(), {30.0f + float(i), 30.0f});
            clusterOf.push_back(-1);
        }
        const auto ranks = typicalityRanks(features, 93, 2, 4, 1);
        std::vector<size_t> order(93);
        std::iota(order.begin(), order.end(), size_t(0));
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ranks[a] < ranks[b]; });
        const std::set<int> firstThree{clusterOf[order[0]], clusterOf[order[1]], clusterOf[order[2]]};
        QCOMPARE(firstThree, std::set<int>({0, 1, 2}));
        for (size_t i = 0; i < 15; ++i) {
            QVERIFY(clusterOf[order[i]] >= 0);
        }

        RoutingPolicy mixed;
        mixed.strategy = SamplingStrategy::Mixed;
        QVERIFY(inColdStart(mixed, {10, 20, 29}));   // 59 labels, fewer than 3 x 20
        QVERIFY(!inColdStart(mixed, {20, 20, 20}));
        RoutingPolicy leastConfidence;
        leastConfidence.strategy = SamplingStrategy::LeastConfidence;
        QVERIFY(!inColdStart(leastConfidence, {0, 0, 0}));  // least confidence has none
        QVERIFY(inColdStart(RoutingPolicy{}, {0, 0, 0}));   // mixed is the default
        const std::vector<ClassInfo> classes{{1, "a", 0}, {2, "b", 1}};
        const std::vector<float> probs{0.5f, 0.5f, 0.9f, 0.1f};
        const std::vector<double> typicality{0.7, 0.1};
        const auto routes = planRoutes(table({1, 2}, probs, 2), classes, {0, 0}, mixed, {},
                                       nullptr, typicality);
        QVERIFY(routes[1].queueRank < routes[0].queueRank);  // typical first, not uncertain
    }

    // Diverse: ten near-duplicates at A (the smallest margins, and a labelled item among
    // them), three at B, two at C, the rest at D with large margins. Margin asks about A
    // first; three diverse picks spread over the fifteen most uncertain: B and C, far from
    // the labelled item, come first, and never D (not a candidate) nor the labelled item. Items not picked follow, most uncertain first.
    void diverseSpreadsTheMostUncertainOverThePool()
    {
        std::mt19937 rng(2);
        std::normal_distribution<float> noise(0.0f, 0.05f);
        std::vector<float> features;
        std::vector<double> margin;
        std::vector<char> group;
        const auto add = [&](char g, float x, float y, double m) {
            features.insert(features.end(), {x + noise(rng), y + noise(rng)});
            margin.push_back(m);
            group.push_back(g);
        };
        for (int i = 0; i < 10; ++i) {
            add('A', 0, 0, 0.01 * i);
        }
        for (int i = 0; i < 3; ++i) {
            add('B', 10, 0, 0.10 + 0.01 * i);
        }
        for (int i = 0; i < 2; ++i) {
            add('C', 0, 10, 0.13 + 0.01 * i);
        }
        for (int i = 0; i < 5; ++i) {
            add('D', 10, 10, 0.5);
        }
        add('L', 0, 0, 0.0);  // labelled, and as uncertain as any
        std::vector<uint8_t> labelled(group.size(), 0);
        labelled.back() = 1;
        const auto ranks = diverseRanks(features, 2, margin, labelled, 3);
        std::vector<size_t> order(group.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ranks[a] < ranks[b]; });
        QCOMPARE(std::set<char>({group[order[0]], group[order[1]]}), std::set<char>({'B', 'C'}));
        QVERIFY(group[order[2]] != 'D');
        for (size_t i = 0; i < order.size(); ++i) {
            QCOMPARE(ranks[order[i]] < 0.5, i < 3);
            if (i > 3) {
                QVERIFY(margin[order[i - 1]] <= margin[order[i]]);
            }
        }
        QVERIFY(ranks[group.size() - 1] >= 0.5);
        QCOMPARE(diversePicks(1000), int64_t(100));
        QCOMPARE(diversePicks(60000), int64_t(1200));
        QCOMPARE(diversePicks(10'000'000), int64_t(2000));
    }

    // A withheld class's audits are the evidence it lacks: drawn at its own share above its
    // candidate threshold, and put at the head of the queue, one in every four items.
    void evidenceForAWithheldClassComesFirst()
    {
        const std::vector<ClassInfo> classes{{1, "a", 0}, {2, "b", 1}};
        std::vector<int64_t> ids;
        std::vector<float> probs;
        for (int64_t id = 1; id <= 2000; ++id) {
            ids.push_back(id);
            // Half above a's candidate, half uncertain (each at its own confidence).
            const float p = id % 2 ? 0.99f : 0.5f + float(id % 800) / 2000.0f;
            probs.insert(probs.end(), {p, 1 - p});
        }
        const ClassRouting perClass{{2.0, 2.0}, {0.95, 2.0}, {0.1, 0.02}};
        auto routes = planRoutes(table(ids, probs, 2), classes, {100, 100}, RoutingPolicy{}, {},
                                 &perClass);
        std::sort(routes.begin(), routes.end(),
                  [](const Route &x, const Route &y) { return x.queueRank < y.queueRank; });
        int64_t audits = 0;
        for (const Route &r : routes) {
            QCOMPARE(r.kind, RouteKind::Queue);
            audits += r.audit;
        }
        QVERIFY2(audits > 60 && audits < 140, qPrintable(QString::number(audits)));  // 10% of 1000
        int64_t inFirstForty = 0;
        for (size_t i = 0; i < 40; ++i) {
            inFirstForty += routes[i].audit;
        }
        QVERIFY2(inFirstForty >= 9 && inFirstForty <= 11, qPrintable(QString::number(inFirstForty)));
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
