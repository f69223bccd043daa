// Routing rules: the threshold, the per-class minimum of human labels, least confident first.
#include "routing.h"

#include <QTest>

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
        const auto routes =
            planRoutes(table({7}, probs, 2), classes, perClass, RoutingPolicy{threshold, 20});
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
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
