// Dataset versions in the GUI: the create dialog's checks, and the panel's list, counts,
// comparison and the double-click that opens a relabelled item.
#include "fixtures.h"
#include "versionspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace triage;

class TestVersionsPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void createDialogChecksWhatItAsks()
    {
        ui::CreateVersionDialog dialog;
        QVERIFY(dialog.name()->text().startsWith(QStringLiteral("version-")));
        dialog.name()->setText(QStringLiteral("  "));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.problem()->isVisibleTo(&dialog));
        QVERIFY(dialog.problem()->text().contains(QStringLiteral("name")));

        dialog.name()->setText(QStringLiteral("round 6"));
        dialog.splits()->setChecked(true);
        dialog.train()->setValue(0.9);  // 0.9 + 0.1 + 0.1
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.problem()->text().contains(QStringLiteral("add up to 1")));

        dialog.train()->setValue(0.8);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const VersionRequest request = dialog.request();
        QCOMPARE(request.name, std::string("round 6"));
        QVERIFY(request.splits.has_value());
        QCOMPARE(request.splits->train, 0.8);
        QVERIFY(request.includeAutomatic);
    }

    void panelListsComparesAndOpensItems()
    {
        const QString path = m_dir.filePath(QStringLiteral("panel.triage"));
        QVector<ui::ClassChoice> classes;
        {
            auto store = test::createTwoRoundProject(path);
            for (const ClassInfo &c : store.classes()) {
                classes.append({c.id, QString::fromStdString(c.name)});
            }
            QVERIFY(createVersion(store, {"before", "", "lead", true, 0, SplitPlan{}}).ok());
            QVERIFY(store.decisions().record({7, DecisionKind::Label, store.classes()[0].id,
                                              "mia", 2, std::nullopt}).ok());
            QVERIFY(createVersion(store, {"after", "", "lead", true, 0, std::nullopt}).ok());
        }
        ui::VersionsPanel panel(path, classes);
        QSignalSpy refreshed(&panel, &ui::VersionsPanel::refreshed);
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(panel.versions()->rowCount(), 2);
        QCOMPARE(panel.versions()->item(0, 0)->text(), QStringLiteral("before"));
        QCOMPARE(panel.versions()->item(1, 3)->data(Qt::DisplayRole).toLongLong(), 10);
        QCOMPARE(panel.counts()->rowCount(), 2);  // the newest version's classes
        QVERIFY(panel.counts()->isColumnHidden(4));  // it has no splits
        QCOMPARE(panel.compareFrom()->currentText(), QStringLiteral("before"));
        QCOMPARE(panel.compareTo()->currentText(), QStringLiteral("after"));

        QSignalSpy compared(&panel, &ui::VersionsPanel::compared);
        panel.compare();
        QVERIFY(compared.wait(30000));
        QCOMPARE(panel.diffSummary()->text(), QStringLiteral("0 added · 0 removed · 1 relabelled"));
        QCOMPARE(panel.relabelled()->rowCount(), 1);
        QCOMPARE(panel.relabelled()->item(0, 1)->text(), QStringLiteral("b"));
        QCOMPARE(panel.relabelled()->item(0, 2)->text(), QStringLiteral("a"));
        QCOMPARE(panel.relabelled()->item(0, 3)->text(), QStringLiteral("mia"));
        QSignalSpy opened(&panel, &ui::VersionsPanel::openItem);
        Q_EMIT panel.relabelled()->cellDoubleClicked(0, 0);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), qint64(7));
    }
};

QTEST_MAIN(TestVersionsPanel)
#include "tst_versionspanel.moc"
