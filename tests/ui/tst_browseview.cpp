// The Browse tab at scale: it holds ids, fetches only the pages on screen, sorts by any
// column, searches file names, counts each state, shows the model's suggestion for items
// awaiting review, and keeps its place when refreshed.
#include "browseview.h"
#include "fixtures.h"
#include "itemtablemodel.h"
#include "mainwindow.h"
#include "statenames.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace triage;

class TestBrowseView : public QObject {
    Q_OBJECT

private:
    static constexpr int kItems = 2500;
    QTemporaryDir m_dir;
    QString m_path;

    static qint64 idAt(ui::BrowseView *browse, int row)
    {
        return browse->model()->index(row, 0).data(ui::ItemTableModel::ItemIdRole).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ui::ProjectInfo>();
        qRegisterMetaType<ui::ReviewItem>();
        // Item i is /b/item-NNNN.png (no file: thumbnails fail quietly). Items 0-9 are
        // labelled "b" by a person; the rest were scored, item i suggested as "a" with
        // probability 0.5 + i / 10,000, and queued.
        m_path = m_dir.filePath(QStringLiteral("browse.triage"));
        auto store = test::createProject(m_path, {"a", "b"});
        const int64_t a = store.classes()[0].id, b = store.classes()[1].id;
        auto model = store.models().add(ModelVersionInput{});
        QVERIFY(model.ok());
        std::vector<int64_t> scored;
        std::vector<float> probabilities;
        std::vector<Route> routes;
        QVERIFY(store.unitOfWork([&]() -> Result<void> {
            for (int i = 0; i < kItems; ++i) {
                const QString name = QStringLiteral("/b/item-%1.png").arg(i, 4, 10, QLatin1Char('0'));
                ItemMeta meta{name.toStdString(), "hash" + std::to_string(i), 10, 8, 8, 1, "png"};
                auto id = store.items().add(meta, i);
                if (!id) {
                    return id.error();
                }
                if (i < 10) {
                    TRIAGE_TRY(store.decisions().record({*id, DecisionKind::Label, b, "ann", 0, {}}));
                    continue;
                }
                const float p = 0.5f + float(i) / 10000;
                scored.push_back(*id);
                probabilities.insert(probabilities.end(), {p, 1 - p});
                routes.push_back({*id, RouteKind::Queue, a, p, double(i), false});
            }
            return {};
        }).ok());
        QVERIFY(store.predictions().store(*model, scored, probabilities).ok());
        QVERIFY(store.decisions().applyRoutes(*model, routes).ok());
        QVERIFY(store.models().complete(*model).ok());
    }

    void fetchesOnlyThePagesOnScreen()
    {
        ui::MainWindow window;
        window.show();
        window.showBrowse();
        window.openProject(m_path);
        ui::BrowseView *browse = window.browseView();
        ui::ItemTableModel *model = browse->model();
        QTRY_COMPARE(model->rowCount(), kItems);
        QTRY_VERIFY(model->isRowLoaded(0));
        QVERIFY(!model->isRowLoaded(kItems - 1));  // never painted, never fetched
        browse->table()->scrollToBottom();
        QTRY_VERIFY(model->isRowLoaded(kItems - 1));
        QVERIFY(!model->isRowLoaded(kItems / 2));

        // The state filter counts each state; a queued item shows the suggestion.
        auto *states = browse->findChild<QComboBox *>();
        QCOMPARE(states->itemText(states->findData(int(ItemState::Queued))),
                 QStringLiteral("%1 (%L2)").arg(ui::stateName(ItemState::Queued)).arg(kItems - 10));
        QCOMPARE(states->itemText(0), QStringLiteral("All states (%L1)").arg(kItems));
        const QModelIndex last = model->index(kItems - 1, ui::ItemTableModel::Label);
        QCOMPARE(last.data().toString(), QStringLiteral("a"));
        QVERIFY(last.data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(model->index(kItems - 1, ui::ItemTableModel::Source).data().toString(),
                 QStringLiteral("suggestion"));
        QCOMPARE(model->index(kItems - 1, ui::ItemTableModel::Confidence).data().toString(),
                 QStringLiteral("75.0%"));

        // A refresh (after decisions) keeps the place.
        browse->table()->verticalScrollBar()->setValue(browse->table()->verticalScrollBar()->maximum() / 2);
        const int place = browse->table()->verticalScrollBar()->value();
        const qint64 top = idAt(browse, browse->table()->rowAt(0));
        QSignalSpy answered(model, &QAbstractItemModel::modelReset);
        browse->refresh();
        QTRY_COMPARE(answered.count(), 1);
        QTRY_VERIFY(model->isRowLoaded(browse->table()->rowAt(0)));
        QCOMPARE(browse->table()->verticalScrollBar()->value(), place);
        QCOMPARE(idAt(browse, browse->table()->rowAt(0)), top);
    }

    void sortsAndSearches()
    {
        ui::MainWindow window;
        window.show();
        window.showBrowse();
        window.openProject(m_path);
        ui::BrowseView *browse = window.browseView();
        ui::ItemTableModel *model = browse->model();
        QTRY_COMPARE(model->rowCount(), kItems);
        const qint64 firstImported = idAt(browse, 0);
        const qint64 lastImported = idAt(browse, kItems - 1);

        // A click on a header sorts by it; a second click reverses. A new order starts at
        // its top, wherever the view was scrolled to.
        browse->table()->scrollToBottom();
        browse->table()->sortByColumn(ui::ItemTableModel::File, Qt::DescendingOrder);
        QTRY_COMPARE(idAt(browse, 0), lastImported);
        QTRY_COMPARE(browse->table()->verticalScrollBar()->value(), 0);
        // Confidence, highest first: the person's labels (1.0), then the scored items.
        browse->table()->sortByColumn(ui::ItemTableModel::Confidence, Qt::DescendingOrder);
        QTRY_COMPARE(idAt(browse, 10), lastImported);
        QTRY_COMPARE(model->index(10, ui::ItemTableModel::Confidence).data().toString(),
                     QStringLiteral("75.0%"));
        // Columns that do not sort give back the import order.
        browse->table()->sortByColumn(ui::ItemTableModel::Thumbnail, Qt::AscendingOrder);
        QTRY_COMPARE(idAt(browse, 0), firstImported);
        QCOMPARE(browse->table()->horizontalHeader()->sortIndicatorSection(), -1);

        // Search by a part of the file name, as typed.
        QTest::keyClicks(browse->searchField(), QStringLiteral("ITEM-00"));
        QTRY_COMPARE(model->rowCount(), 100);
        QTest::keyClicks(browse->searchField(), QStringLiteral("42"));
        QTRY_COMPARE(model->rowCount(), 1);
        QTRY_COMPARE(model->index(0, ui::ItemTableModel::File).data().toString(),
                     QStringLiteral("item-0042.png"));
    }
};

QTEST_MAIN(TestBrowseView)
#include "tst_browseview.moc"
