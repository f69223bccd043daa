// Grid review: a page of the items the model puts in one class, most confident first; the
// annotator unmarks the wrong ones, Enter labels the rest (a decision each, one
// transaction); unmarked items stay queued and do not come back on the next page; the
// auto-accepted can be verified the same way.
#include "fixtures.h"
#include "gridview.h"
#include "mainwindow.h"

#include <QComboBox>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace triage;

class TestGridView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QVector<qint64> shownIds(ui::GridView *grid) { return grid->pageItems(); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ui::ProjectInfo>();
        qRegisterMetaType<ui::ReviewItem>();
    }

    void labelsTheMarkedAndPassesOverTheRest()
    {
        // Items 1-6 suggested "a" (confidence rising with the id), 7-8 "b" queued, 9-10 "b"
        // auto-accepted.
        const QString path = m_dir.filePath(QStringLiteral("grid.triage"));
        {
            auto store = test::createProject(path, {"a", "b"});
            const int64_t a = store.classes()[0].id, b = store.classes()[1].id;
            std::vector<int64_t> ids;
            std::vector<float> p;
            std::vector<Route> routes;
            for (int i = 1; i <= 10; ++i) {
                ItemMeta meta{"/g/" + std::to_string(i) + ".png", "h" + std::to_string(i), 1, 8, 8, 1, "png"};
                const int64_t id = store.items().add(meta, i).value();
                const float top = 0.6f + 0.03f * float(i);
                ids.push_back(id);
                p.insert(p.end(), i <= 6 ? std::initializer_list<float>{top, 1 - top}
                                         : std::initializer_list<float>{1 - top, top});
                routes.push_back({id, i <= 8 ? RouteKind::Queue : RouteKind::AutoAccept,
                                  i <= 6 ? a : b, top, double(i), false});
            }
            const int64_t version = store.models().add(ModelVersionInput{}).value();
            QVERIFY(store.predictions().store(version, ids, p).ok());
            QVERIFY(store.decisions().applyRoutes(version, routes).ok());
            QVERIFY(store.models().complete(version).ok());
        }
        ui::MainWindow window;
        window.show();
        window.openProject(path);
        QTRY_COMPARE(window.project().path, QFileInfo(path).absoluteFilePath());
        window.showGrid();
        ui::GridView *grid = window.gridView();
        QTRY_COMPARE(shownIds(grid), (QVector<qint64>{6, 5, 4, 3, 2, 1}));  // surest first
        QCOMPARE(grid->markedItems().size(), 6);

        // Item 5 and item 2 are wrong: a click unmarks each; Space toggles too.
        QListWidget *list = grid->list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(1)).center());
        list->setCurrentRow(4);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(grid->markedItems(), (QVector<qint64>{6, 4, 3, 1}));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(!grid->storing());
        // Stored: a label each, suggested "a"; the unmarked still queued, and not offered again.
        QTRY_VERIFY(shownIds(grid).isEmpty());
        {
            auto store = ProjectStore::open(path.toStdString());
            const int64_t a = store->classes()[0].id;
            for (int64_t id : {6, 4, 3, 1}) {
                QCOMPARE(store->items().get(id)->value().state, ItemState::HumanLabeled);
                const auto log = store->decisions().log(id).value();
                QCOMPARE(log.size(), size_t(1));
                QCOMPARE(log[0].classId, std::optional<int64_t>(a));
                QCOMPARE(log[0].suggestedClassId, std::optional<int64_t>(a));
            }
            QCOMPARE(store->items().get(5)->value().state, ItemState::Queued);
            QCOMPARE(store->items().get(2)->value().state, ItemState::Queued);
        }

        // The auto-accepted "b" items, verified: they become people's labels.
        grid->classChoice()->setCurrentIndex(1);
        grid->sourceChoice()->setCurrentIndex(grid->sourceChoice()->findData(
            int(ui::GridView::Source::AutoAccepted)));
        QTRY_COMPARE(shownIds(grid), (QVector<qint64>{10, 9}));
        grid->acceptMarked();
        QTRY_VERIFY(shownIds(grid).isEmpty() && !grid->storing());
        auto store = ProjectStore::open(path.toStdString());
        QCOMPARE(store->items().get(10)->value().source, std::optional<LabelSource>(LabelSource::Human));
        QCOMPARE(store->items().counts()->humanLabeled, int64_t(6));
    }
};

QTEST_MAIN(TestGridView)
#include "tst_gridview.moc"
