// The lead's dashboard and drift monitor: what each routed round records, the figures and
// warnings derived from it, and the report files (SVG, JSON) built from them.
#include "dashboard.h"
#include "dashboardcharts.h"
#include "dashboardreport.h"
#include "driftmonitor.h"
#include "fixtures.h"
#include "jsonreader.h"
#include "reports.h"
#include "roundstats.h"
#include "svgchart.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace triage;


class TestDashboard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ProjectStore twoRoundProject(const char *name)
    {
        return test::createTwoRoundProject(m_dir.filePath(QString::fromLatin1(name)));
    }

private Q_SLOTS:
    void divergenceAndShiftHaveKnownValues()
    {
        const std::vector<int64_t> same{3, 1}, half{1, 1}, first{1, 0}, second{0, 5}, none{0, 0};
        QCOMPARE(jensenShannon(same, same), 0.0);
        QCOMPARE(jensenShannon(first, second), 1.0);  // nothing in common
        QVERIFY(std::abs(jensenShannon(first, half) - 0.3113) < 1e-3);
        QCOMPARE(jensenShannon(first, none), -1.0);

        // Earlier items spread by 1 in each of two dimensions; the new ones' mean lies 2 away
        // along the first: 2 / sqrt(1 + 1).
        ModelOutputTable features;
        features.width = 2;
        features.itemIds = {1, 2, 3, 4, 5, 6};
        features.values = {1, 1, -1, -1, 1, -1, -1, 1, 2, 0, 2, 0};
        QVERIFY(std::abs(featureShift(features, 4) - 2 / std::sqrt(2.0)) < 1e-9);
        QCOMPARE(featureShift(features, 6), -1.0);  // no new item
        QCOMPARE(featureShift(features, 0), -1.0);  // nothing earlier
    }

    // A figure stands as the latest round that could judge it measured it: an import's
    // divergence warns until the next import is measured, not only in its own round.
    void warningsStandUntilMeasuredAgain()
    {
        std::vector<RoundStats> rounds(3);
        std::vector<RoundFigures> figures(3);
        for (int i = 0; i < 3; ++i) {
            rounds[i].modelVersionId = figures[i].modelVersionId = i + 1;
        }
        rounds[0].newItems = 500;  // the first round: nothing earlier, no divergence
        rounds[1].newItems = 150;
        figures[1].importDivergence = 0.3;
        rounds[1].newDecisions = 30;
        figures[1].agreement = 0.2;
        rounds[2].newDecisions = 25;  // round 3 measured agreement again: fine now
        figures[2].agreement = 0.6;
        rounds[2].newItems = 50;      // too few new items to judge
        figures[2].importDivergence = 0.9;
        const auto warnings = driftWarnings(rounds, figures, DriftThresholds{});
        QCOMPARE(int(warnings.size()), 1);
        QCOMPARE(warnings[0].figure, std::string("import_divergence"));
        QCOMPARE(warnings[0].modelVersionId, int64_t(2));
        QCOMPARE(warnings[0].value, 0.3);

        figures[2].agreement = 0.3;  // below the 40% default
        QCOMPARE(int(driftWarnings(rounds, figures, DriftThresholds{}).size()), 2);
        DriftThresholds off;
        off.minAgreement = off.maxImportDivergence = -1;
        QVERIFY(driftWarnings(rounds, figures, off).empty());
    }

    void routingCountsWhatChangedPerClass()
    {
        auto store = twoRoundProject("changes.triage");
        auto rounds = store.models().roundStats();
        QVERIFY(rounds.ok());
        QCOMPARE(int(rounds->size()), 2);
        const RoundStats &first = (*rounds)[0], &second = (*rounds)[1];
        QCOMPARE(first.autoAccepted, int64_t(6));
        QCOMPARE(first.queued, int64_t(4));
        QCOMPARE(first.classes[0].change.added, int64_t(6));
        QCOMPARE(first.newItems, int64_t(10));
        QCOMPARE(first.classes[0].newPredicted, int64_t(6));
        QCOMPARE(first.classes[1].newPredicted, int64_t(4));
        QCOMPARE(first.lastItemId, int64_t(10));

        const RoundClassStats &a = second.classes[0], &b = second.classes[1];
        QCOMPARE(a.change.movedOut, int64_t(1));    // item 4
        QCOMPARE(a.change.withdrawn, int64_t(2));   // items 5 and 6
        QCOMPARE(b.change.movedIn, int64_t(1));
        QCOMPARE(b.change.added, int64_t(4));       // items 11-14
        QCOMPARE(a.change.added + b.change.withdrawn + b.change.movedOut, int64_t(0));
        QCOMPARE(a.peoplesLabels, int64_t(1));
        QCOMPARE(b.peoplesLabels, int64_t(1));
        QCOMPARE(a.autoLabels, int64_t(3));
        QCOMPARE(b.autoLabels, int64_t(5));
        // People's two labels since round 1, one of them as suggested.
        QCOMPARE(second.newDecisions, int64_t(2));
        QCOMPARE(second.agreed, int64_t(1));
        QCOMPARE(second.newItems, int64_t(4));
        QCOMPARE(b.newPredicted, int64_t(4));
        QCOMPARE(a.earlierPredicted + b.earlierPredicted, int64_t(10));
        QCOMPARE(second.featureShift, -1.0);  // no backbone: no embeddings
    }

    void driftFiguresAndWarningsFollowTheLimits()
    {
        auto store = twoRoundProject("drift.triage");
        auto report = readDriftReport(store);
        QVERIFY(report.ok());
        QCOMPARE(report->referenceRound, report->rounds.front().modelVersionId);
        const RoundFigures &latest = report->figures.back();
        QCOMPARE(latest.agreement, 0.5);
        QCOMPARE(latest.autoAcceptRate, 8.0 / 12.0);
        QCOMPARE(latest.auditPrecision, -1.0);  // no audit answered
        // All labels: round 1 had a 6, b 0; round 2 has a 4, b 6.
        const std::vector<int64_t> now{4, 6}, then{6, 0};
        QCOMPARE(latest.labelDrift, jensenShannon(now, then));
        QVERIFY(latest.importDivergence > 0.3);  // the new items are all b
        // Too few new labels and imports to judge; label drift is past its default limit.
        QCOMPARE(int(report->warnings.size()), 1);
        QCOMPARE(report->warnings[0].figure, std::string("label_drift"));

        // The lead switches label drift off and compares with round 2 itself.
        DriftThresholds limits = report->thresholds;
        limits.maxLabelDrift = -5;  // any negative number: off
        limits.referenceRound = report->rounds.back().modelVersionId;
        QVERIFY(store.settings().setDriftThresholds(limits).ok());
        report = readDriftReport(store);
        QVERIFY(report->warnings.empty());
        QCOMPARE(report->thresholds.maxLabelDrift, -1.0);
        QCOMPARE(report->figures.back().labelDrift, 0.0);

        limits.minAgreement = 1.5;
        const auto refused = store.settings().setDriftThresholds(limits);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QVERIFY(refused.error().message.find("minimum agreement") != std::string::npos);
    }

    void dashboardReadsBinsAndWritesItsReport()
    {
        auto store = twoRoundProject("report.triage");
        QVERIFY(store.decisions().record({9, DecisionKind::Label, store.classes()[1].id,
                                          "a<b&c", 4, std::nullopt}).ok());
        auto dashboard = readDashboard(store);
        QVERIFY(dashboard.ok());
        int64_t items = 0;
        for (const ConfidenceBin &bin : dashboard->confidence) {
            items += bin.items;
        }
        QCOMPARE(items, int64_t(14));
        // Items 7 and 8 score 0.75 for b: bin 15 holds them, one labelled right. Item 9
        // (0.6 for b, labelled b) is right in bin 12: (2 * |0.5 - 0.75| + |1 - 0.6|) / 3.
        QCOMPARE(dashboard->confidence[15].labelled, int64_t(2));
        QCOMPARE(dashboard->confidence[15].labelledRight, int64_t(1));
        QCOMPARE(dashboard->confidence[12].labelledRight, int64_t(1));
        QVERIFY(std::abs(dashboard->calibrationError - 0.3) < 1e-6);
        QCOMPARE(dashboard->reviewQueue, int64_t(3));  // 5, 6, 10
        QCOMPARE(dashboard->secondsPerDecision, 3.0);
        QCOMPARE(dashboard->classesWithheld, int64_t(0));  // no minimum, one threshold

        auto json = parseJson(dashboardJson(*dashboard));
        QVERIFY(json.ok());
        const auto &rounds = json->find("rounds")->asArray();
        QCOMPARE(int(rounds.size()), 2);
        QCOMPARE(rounds[1].find("agreement")->asNumber(), 0.5);
        QVERIFY(rounds[0].find("agreement")->isNull());  // nobody had decided yet
        QCOMPARE(json->find("progress")->find("review_queue")->asNumber(), 3.0);

        const auto charts = dashboardCharts(*dashboard);
        QCOMPARE(int(charts.size()), 8);
        for (const Chart &chart : charts) {
            const std::string svg = renderSvg(chart);
            QVERIFY2(svg.rfind("<svg", 0) == 0 && svg.find("</svg>") != std::string::npos,
                     chart.id.c_str());
            for (const ChartSeries &s : chart.series) {
                QCOMPARE(s.values.size(), chart.categories.size());
            }
        }
        const std::string annotators = renderSvg(charts.back());
        QVERIFY(annotators.find("a&lt;b&amp;c") != std::string::npos);
        QVERIFY(annotators.find("a<b") == std::string::npos);

        const QString folder = m_dir.filePath(QStringLiteral("report/nested"));
        for (int run = 0; run < 2; ++run) {  // a second report replaces the first
            auto written = writeDashboardReport(*dashboard, folder.toStdString());
            QVERIFY2(written.ok(), written ? "" : written.error().message.c_str());
            QCOMPARE(int(written->size()), 9);
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 9);
        QVERIFY(QFile::exists(folder + QStringLiteral("/learning-curve.svg")));

        // Under a target precision and a minimum of 20 labels: a still wants 19 of its own
        // (one person's label so far); b's threshold lacks 57 confident right answers.
        RoutingPolicy policy = store.settings().routingPolicy().value();
        policy.minHumanLabelsPerClass = 20;
        policy.targetPrecision = 0.99;
        QVERIFY(store.settings().setRoutingPolicy(policy).ok());
        const int64_t latest = dashboard->drift.rounds.back().modelVersionId;
        const std::vector<ClassThreshold> thresholds{
            {store.classes()[0].id, true, 0.9, 0.9, 300, 300, 0.99, 0},
            {store.classes()[1].id, false, 1, 0.95, 40, 39, 0.93, 57}};
        QVERIFY(store.models().storeThresholds(latest, thresholds).ok());
        dashboard = readDashboard(store);
        QCOMPARE(dashboard->labelsStillNeeded, (std::vector<int64_t>{19, 57}));
        QCOMPARE(dashboard->classesWithheld, int64_t(2));

        const QString file = m_dir.filePath(QStringLiteral("a-file"));
        test::writeBytes(file, "x");
        auto refused = writeDashboardReport(*dashboard, file.toStdString());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.find("a-file") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
