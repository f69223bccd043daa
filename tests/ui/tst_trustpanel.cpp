// Label ▸ Auto-accept by Class, as a lead reads it: per class the threshold or why the class
// is withheld, the evidence, the audited precision with its interval; and the Browse view's
// suspect-labels filter.
#include "browseview.h"
#include "fixtures.h"
#include "itemtablemodel.h"
#include "mainwindow.h"
#include "trustpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace triage;

class TestTrustPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ui::ProjectInfo>();
        qRegisterMetaType<ui::ReviewItem>();
        qRegisterMetaType<ui::ItemRowList>();
        qRegisterMetaType<RoutingPolicy>();
    }

    void showsThresholdsReasonsAndAudits()
    {
        // Items 1..6 of classes a, b, c in turn. A round whose thresholds accept a and
        // withhold b and c; items 1 and 4 (class a) audited, people answered: one right.
        const QString path = test::createImportedProject(m_dir.path(), QStringLiteral("trust"), 6);
        {
            auto store = ProjectStore::open(path.toStdString());
            QVERIFY(store);
            const auto &classes = store->classes();
            auto version = store->models().add(ModelVersionInput{});
            const std::vector<Route> audits{{1, RouteKind::Queue, classes[0].id, 0.98, 0.5, true},
                                            {4, RouteKind::Queue, classes[0].id, 0.97, 0.5, true}};
            QVERIFY(store->decisions().applyRoutes(*version, audits).ok());
            const std::vector<ClassThreshold> thresholds{
                {classes[0].id, true, 0.912, 0.9, 310, 308, 0.9913, 0},
                {classes[1].id, false, 1, 0.95, 40, 39, 0.93, 57, true},
                {classes[2].id, false, 1, 1, 0, 0, 0, -1}};
            QVERIFY(store->models().storeThresholds(*version, thresholds).ok());
            QVERIFY(store->models().complete(*version).ok());
            QVERIFY(store->decisions().record({1, DecisionKind::Label, classes[0].id, "lead", 0, {}}).ok());
            QVERIFY(store->decisions().record({4, DecisionKind::Label, classes[1].id, "lead", 0, {}}).ok());
        }
        ui::TrustPanel panel(path);
        QSignalSpy refreshed(&panel, &ui::TrustPanel::refreshed);
        QVERIFY(refreshed.wait(10000));
        QTableWidget *table = panel.table();
        QCOMPARE(table->rowCount(), 3);
        const auto cell = [table](int row, int column) { return table->item(row, column)->text(); };
        QVERIFY2(panel.summary()->text().contains(QStringLiteral("99.0%")),
                 qPrintable(panel.summary()->text()));
        QCOMPARE(cell(0, ui::TrustPanel::Threshold), QStringLiteral("0.912"));
        QCOMPARE(cell(0, ui::TrustPanel::Evidence), QStringLiteral("308 of 310 right · precision ≥ 99.1%"));
        QCOMPARE(cell(0, ui::TrustPanel::Audited), QStringLiteral("50.0% (1 of 2)"));
        QVERIFY(cell(0, ui::TrustPanel::Interval).contains(QStringLiteral("9.5%")));  // Wilson 9.5-90.5
        // Nobody labelled 20 items of a class yet (the default minimum), and b lacks evidence.
        QVERIFY2(cell(1, ui::TrustPanel::Why).contains(QStringLiteral("needs at least 57 more labels of 'b'")),
                 qPrintable(cell(1, ui::TrustPanel::Why)));
        QVERIFY(cell(1, ui::TrustPanel::Why).contains(QStringLiteral("people have labelled 1 of the 20")));
        QCOMPARE(cell(1, ui::TrustPanel::Threshold), QStringLiteral("not yet"));
        QVERIFY(cell(2, ui::TrustPanel::Why).contains(QStringLiteral("no unlabelled item of 'c'")));
        QCOMPARE(cell(2, ui::TrustPanel::Audited), QStringLiteral("no audit answered"));
    }

    // Browse ▸ Suspect labels lists the labels the latest round's out-of-fold scores doubt,
    // with what the model believes instead.
    void browseListsSuspectLabels()
    {
        const QString path = test::createImportedProject(m_dir.path(), QStringLiteral("suspects"), 6);
        {
            auto store = ProjectStore::open(path.toStdString());
            QVERIFY(store);
            const auto &classes = store->classes();
            auto version = store->models().add(ModelVersionInput{});
            // Items 1..4 labelled a, b, c, a; the model agrees on 1..3 and says c for 4.
            const std::vector<int64_t> ids{1, 2, 3, 4};
            const std::vector<float> probabilities{0.9f, 0.05f, 0.05f, 0.05f, 0.9f, 0.05f,
                                                   0.05f, 0.05f, 0.9f, 0.05f, 0.05f, 0.9f};
            for (const auto &[item, cls] : {std::pair{1, 0}, {2, 1}, {3, 2}, {4, 0}}) {
                QVERIFY(store->decisions()
                            .record({item, DecisionKind::Label, classes[size_t(cls)].id, "lead", 0, {}})
                            .ok());
            }
            QVERIFY(store->predictions().store(*version, ids, probabilities).ok());
            QVERIFY(store->models().complete(*version).ok());
        }
        ui::MainWindow window;
        window.show();
        window.openProject(path);
        ui::BrowseView *browse = window.browseView();
        QTRY_VERIFY(browse->findChild<QComboBox *>()->count() > 0);
        auto *states = browse->findChild<QComboBox *>();
        const int suspects = states->findData(ui::kSuspectLabelsFilter);
        QVERIFY(suspects >= 0);
        states->setCurrentIndex(suspects);
        QTRY_COMPARE(browse->model()->rowCount(), 1);
        QCOMPARE(browse->model()->index(0, ui::ItemTableModel::File).data(ui::ItemTableModel::ItemIdRole).toLongLong(),
                 qint64(4));
        // Rows arrive a page at a time, once painted or asked for.
        QTRY_COMPARE(browse->model()->index(0, ui::ItemTableModel::Votes).data().toString(),
                     QStringLiteral("suspect: the model says c (90%), the label 5%"));
    }
};

QTEST_MAIN(TestTrustPanel)
#include "tst_trustpanel.moc"
