// The Dashboard tab as a lead uses it: every chart drawn from the project's rounds, the
// drift warning shown on the tab and above the charts, the limits changed in their dialog,
// and the report saved as SVG, PNG and JSON.
#include "dashboardview.h"
#include "driftlimitsdialog.h"
#include "fixtures.h"
#include "mainwindow.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace triage;

class TestDashboardView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void drawsEveryChartAndTheDriftWarning()
    {
        const QString path = m_dir.filePath(QStringLiteral("charts.triage"));
        test::createTwoRoundProject(path);
        ui::DashboardView view;
        QSignalSpy refreshed(&view, &ui::DashboardView::refreshed);
        QSignalSpy warned(&view, &ui::DashboardView::warningsChanged);
        view.setProject(path);
        view.refresh();
        QVERIFY(refreshed.wait(30000));

        QCOMPARE(view.chartViews().size(), 8);
        QCOMPARE(view.chartViews()[1]->chart()->title(), QStringLiteral("Learning curve"));
        // Held-out accuracy is unknown for these rounds (no learner); the other lines and
        // the band are drawn.
        QCOMPARE(view.chartViews()[1]->chart()->series().size(), 5);
        QVERIFY(view.notes()[0]->text().contains(QStringLiteral("Review queue: 4 items")));
        QVERIFY(view.notes()[6]->text().startsWith(QStringLiteral("Round #")));
        // All labels moved far from round 1's: past the default limit.
        QCOMPARE(warned.count(), 1);
        QCOMPARE(warned.first().first().toInt(), 1);
        QVERIFY(view.warnings()->isVisibleTo(&view));
        QVERIFY(view.warnings()->text().contains(QStringLiteral("reference round")));
    }

    void warningsReadAsSentences()
    {
        RoundStats round;
        round.modelVersionId = 7;
        round.newDecisions = 250;
        round.audited = 40;
        QCOMPARE(ui::driftWarningText({"agreement", 0.3, 0.4, "", 7}, round),
                 QStringLiteral("Round #7: People took the model's suggestion for 30.0% of 250 "
                                "new labels, below the 40.0% set."));
        QCOMPARE(ui::driftWarningText({"audit_precision", 0.9, 0.95, "", 7}, round),
                 QStringLiteral("Round #7: People confirmed 90.0% of 40 audited auto-accepts, "
                                "below the 95.0% set."));
    }

    void limitsDialogSwitchesWarningsOff()
    {
        const QString path = m_dir.filePath(QStringLiteral("limits.triage"));
        auto store = test::createTwoRoundProject(path);
        auto rounds = store.models().roundStats();
        QVERIFY(rounds.ok());
        ui::DriftLimitsDialog dialog(DriftThresholds{}, *rounds);
        QCOMPARE(dialog.reference()->count(), 3);  // the first round, and each round
        QCOMPARE(dialog.thresholds().minAgreement, 0.4);
        dialog.minAgreement()->setValue(dialog.minAgreement()->minimum());
        QCOMPARE(dialog.minAgreement()->text(), QStringLiteral("Off"));
        dialog.reference()->setCurrentIndex(2);
        const DriftThresholds chosen = dialog.thresholds();
        QCOMPARE(chosen.minAgreement, -1.0);
        QCOMPARE(chosen.referenceRound, rounds->back().modelVersionId);
        QCOMPARE(chosen.maxLabelDrift, 0.15);

        // Compared with round 2 itself, label drift is nil: the warning goes.
        QVERIFY(store.settings().setDriftThresholds(chosen).ok());
        ui::DashboardView view;
        QSignalSpy refreshed(&view, &ui::DashboardView::refreshed);
        view.setProject(path);
        view.refresh();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(!view.warnings()->isVisibleTo(&view));
    }

    void savesTheReportAsSvgPngAndJson()
    {
        const QString path = m_dir.filePath(QStringLiteral("save.triage"));
        test::createTwoRoundProject(path);
        ui::DashboardView view;
        view.resize(1000, 800);
        QSignalSpy refreshed(&view, &ui::DashboardView::refreshed);
        QSignalSpy saved(&view, &ui::DashboardView::reportSaved);
        view.setProject(path);
        view.refresh();
        QVERIFY(refreshed.wait(30000));
        const QString folder = m_dir.filePath(QStringLiteral("report"));
        view.saveReportTo(folder);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.first().at(1).toString(), QString());
        const QDir dir(folder);
        QCOMPARE(dir.entryList({QStringLiteral("*.svg")}, QDir::Files).size(), 8);
        QCOMPARE(dir.entryList({QStringLiteral("*.png")}, QDir::Files).size(), 8);
        QVERIFY(dir.exists(QStringLiteral("dashboard.json")));
        QImage picture(dir.filePath(QStringLiteral("progress.png")));
        QVERIFY(!picture.isNull() && picture.width() > 100);
    }

    // The main window has the tab; its warning shows on the tab whatever tab is open.
    void mainWindowShowsTheWarningOnTheTab()
    {
        qRegisterMetaType<ui::ProjectInfo>();
        qRegisterMetaType<ui::ReviewItem>();
        qRegisterMetaType<ui::ItemRowList>();
        const QString path = m_dir.filePath(QStringLiteral("window.triage"));
        test::createTwoRoundProject(path);
        ui::MainWindow window;
        QSignalSpy warned(window.dashboardView(), &ui::DashboardView::warningsChanged);
        window.openProject(path);
        QVERIFY(warned.wait(30000));
        auto *tabs = window.findChild<QTabWidget *>();
        const int tab = tabs->indexOf(window.dashboardView());
        QCOMPARE(tabs->tabText(tab), QStringLiteral("Dashboard"));
        QVERIFY(!tabs->tabIcon(tab).isNull());
        QVERIFY(tabs->tabToolTip(tab).contains(QStringLiteral("Drift warning")));
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
