// Label ▸ Labeling Functions, driven as a lead would: open the panel, add a rule in the
// editor, preview it, store it, apply everything as a background job, and read the
// analysis columns; a bad pattern is shown in the form and stores nothing.
#include "browseview.h"
#include "fixtures.h"
#include "itemtablemodel.h"
#include "labelingfunctions.h"
#include "lfeditor.h"
#include "lfpanel.h"
#include "mainwindow.h"
#include "reviewview.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace triage;

class TestLfPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString cell(QTableWidget *table, const QString &name, int column)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, ui::LfPanel::Name)->text() == name) {
                auto *item = table->item(row, column);
                return item ? item->text() : QString();
            }
        }
        return QStringLiteral("(no row)");
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ui::ProjectInfo>();
        qRegisterMetaType<ui::ReviewItem>();
        qRegisterMetaType<ui::ItemRowList>();
    }

    void aLeadAddsPreviewsAppliesAndReadsTheAnalysis()
    {
        // 60 images of classes a, b, c in turn; people labelled the first 30.
        const QString path = test::createImportedProject(m_dir.path(), QStringLiteral("lf"), 60);
        {
            auto store = ProjectStore::open(path.toStdString());
            QVERIFY(store);
            const auto labelled = store->items().usableAfter(0, 30);
            QVERIFY(labelled);
            for (const auto &item : *labelled) {
                DecisionInput decision;
                decision.itemId = item.id;
                const int n = std::stoi(std::filesystem::path(item.meta.path).stem().string());
                decision.classId = store->classes()[size_t(n % 3)].id;
                decision.annotator = "t";
                QVERIFY(store->decisions().record(decision));
            }
        }
        ui::MainWindow window;
        window.openProject(path);
        QTRY_COMPARE(window.project().path, path);
        window.showLabelingFunctions();
        ui::LfPanel *panel = window.labelingFunctionsPanel();
        QVERIFY(panel);
        QTRY_COMPARE(panel->table()->rowCount(), 1);  // the built-in learner
        QCOMPARE(cell(panel->table(), QStringLiteral("learner"), ui::LfPanel::Kind),
                 QStringLiteral("learner (v1)"));

        // Add: the editor opens; a bad regular expression is refused in the form.
        QPushButton *add = nullptr;
        for (auto *button : panel->findChildren<QPushButton *>()) {
            add = button->text() == QStringLiteral("&Add…") ? button : add;
        }
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(panel->openEditor());
        auto *editor = static_cast<ui::LfEditor *>(panel->openEditor());
        editor->setName(QStringLiteral("ones"));
        LfDefinition bad;
        bad.className = "b";
        bad.syntax = PatternSyntax::Regex;
        bad.pattern = "(";
        editor->setDefinition(bad);
        editor->accept();
        QTRY_VERIFY(editor->problemLabel()->text().contains(
            QStringLiteral("is not a valid regular expression")));
        QVERIFY(editor->isVisible());

        // A pattern that is right on class b (images 1, 4, 7, ... end in 1, 4 or 7) most of
        // the time: preview shows it on the sample before anything is stored.
        LfDefinition good = bad;
        good.pattern = "[147]\\.png$";
        editor->setDefinition(good);
        QSignalSpy previewShown(editor, &ui::LfEditor::previewShown);
        editor->preview();
        QTRY_COMPARE(previewShown.size(), 1);
        QCOMPARE(editor->previewGrid()->count(), 24);
        QVERIFY(!editor->previewGrid()->item(0)->icon().isNull());
        QCOMPARE(panel->table()->rowCount(), 1);  // nothing stored yet

        QSignalSpy refreshed(panel, &ui::LfPanel::refreshed);
        editor->accept();
        QTRY_VERIFY(!panel->openEditor());
        QTRY_VERIFY(refreshed.size() >= 1);
        QTRY_COMPARE(panel->table()->rowCount(), 2);
        QCOMPARE(cell(panel->table(), QStringLiteral("ones"), ui::LfPanel::Coverage),
                 QStringLiteral("0.0%"));  // not applied yet

        // Apply runs as a job; the analysis columns fill in.
        QSignalSpy finished(&window, &ui::MainWindow::jobFinished);
        QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 300000);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QTRY_VERIFY(cell(panel->table(), QStringLiteral("ones"), ui::LfPanel::Coverage) !=
                    QStringLiteral("0.0%"));
        // Images 1, 4, 7, 11, 14, 17, 21, ...: 18 of 60 end in 1, 4 or 7.
        QCOMPARE(cell(panel->table(), QStringLiteral("ones"), ui::LfPanel::Coverage),
                 QStringLiteral("30.0%"));
        QVERIFY(!cell(panel->table(), QStringLiteral("ones"), ui::LfPanel::Accuracy).isEmpty());
        QVERIFY(!cell(panel->table(), QStringLiteral("ones"), ui::LfPanel::Learned).isEmpty());

        // Provenance: the browse view's Votes column, and the line under the suggestion.
        window.showBrowse();
        ui::ItemTableModel *rows = window.browseView()->model();
        QTRY_COMPARE(rows->rowCount(), 60);
        qint64 votedItem = -1;
        QTRY_VERIFY([&] {
            for (int r = 0; r < rows->rowCount(); ++r) {
                if (rows->index(r, ui::ItemTableModel::Votes).data().toString() ==
                    QStringLiteral("ones: b")) {
                    votedItem = rows->index(r, 0).data(ui::ItemTableModel::ItemIdRole).toLongLong();
                }
            }
            return votedItem > 0;
        }());
        Q_EMIT window.browseView()->openForReview(votedItem);
        QTRY_COMPARE(window.reviewView()->currentItem().itemId, votedItem);
        QCOMPARE(window.reviewView()->currentItem().lfVotes,
                 QStringList{QStringLiteral("ones: b")});

        // The label model is a project setting chosen in the panel; the set exports to JSON.
        auto *choice = panel->labelModelChoice();
        choice->setCurrentIndex(choice->findData(int(LabelModelKind::MajorityVote)));
        QTRY_COMPARE(ProjectStore::open(path.toStdString())->settings().labelModel().value(),
                     LabelModelKind::MajorityVote);
        const QString exported = m_dir.filePath(QStringLiteral("set.json"));
        panel->exportTo(exported);
        QTRY_VERIFY(QFileInfo::exists(exported));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto set = lfSetFromJson(file.readAll().toStdString());
        QVERIFY(set);
        QCOMPARE(set->size(), size_t(2));
        QCOMPARE((*set)[1].definition.pattern, good.pattern);

        // The decisions people made stay theirs.
        auto store = ProjectStore::open(path.toStdString());
        QCOMPARE(store->items().counts()->humanLabeled, int64_t(30));
    }
};

QTEST_MAIN(TestLfPanel)
#include "tst_lfpanel.moc"
