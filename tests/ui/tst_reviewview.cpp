// The review view driven by keys on a real main window (offscreen): pick, accept, skip,
// undo, redo; then the decision log holds exactly those decisions.
#include "browseview.h"
#include "dialogs.h"
#include "filedialogs.h"
#include "autolabeler.h"
#include "fixtures.h"
#include "modelfixtures.h"
#include "onnxfixtures.h"
#include "importer.h"
#include "imageview.h"
#include "itemtablemodel.h"
#include "mainwindow.h"
#include "reviewview.h"

#include "jobrunner.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QMenuBar>
#include <QTabWidget>
#include <QTabBar>
#include <QTest>
#include <QToolBar>

#include <algorithm>
#include <sys/stat.h>

using namespace triage;

class TestReviewView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    // A project of `count` images, each scored by a model version that suggests class "a".
    QString makeProject(int count)
    {
        const QString path = test::createImportedProject(
            m_dir.filePath(QStringLiteral("p%1").arg(++m_projects)), QStringLiteral("review"),
            count);
        auto store = std::move(*ProjectStore::open(path.toStdString()));
        auto version = store.models().add(ModelVersionInput{});
        std::vector<int64_t> ids;
        std::vector<float> probs;
        const auto rows = store.items().list(ItemFilter{});
        for (const auto &row : *rows) {
            ids.push_back(row.id);
            probs.insert(probs.end(), {0.6f, 0.3f, 0.1f});
        }
        if (!store.predictions().store(*version, ids, probs) ||
            !store.models().complete(*version)) {
            qFatal("fixture predictions failed");
        }
        return path;
    }

    static qint64 shown(ui::MainWindow &window)
    {
        return window.reviewView()->currentItem().itemId;
    }

    // A main window on `path` with its first review item on screen and the keyboard focus
    // in the review view; null when no item showed within 10 s.
    static std::unique_ptr<ui::MainWindow> openOnFirstItem(const QString &path)
    {
        auto window = std::make_unique<ui::MainWindow>();
        window->show();
        window->openProject(path);
        if (!QTest::qWaitFor([&] { return shown(*window) > 0; }, 10000)) {
            return nullptr;
        }
        window->reviewView()->setFocus();
        return window;
    }

    // True when this process holds a POSIX lock on the file (as /proc/locks lists them).
    static bool holdsLock(const QString &file)
    {
        struct stat info {};
        if (::stat(QFile::encodeName(file).constData(), &info) != 0) {
            return false;
        }
        QFile locks(QStringLiteral("/proc/locks"));
        if (!locks.open(QIODevice::ReadOnly)) {
            return false;
        }
        const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
        const QByteArray inode = ':' + QByteArray::number(qulonglong(info.st_ino));
        for (const QByteArray &line : locks.readAll().split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() >= 6 && f[1] == "POSIX" && f[4] == pid && f[5].endsWith(inode)) {
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Q_INIT_RESOURCE(triage);
        QStandardPaths::setTestModeEnabled(true);
    }

    // Issue 6: the GUI's icons come from resources/, compiled in, and render (the SVG
    // plugin is installed); the job actions carry them on the toolbar.
    void iconsComeFromTheResources()
    {
        for (const char *icon : {":/icons/triage.svg", ":/icons/import.svg", ":/icons/export.svg",
                                 ":/icons/autolabel.svg"}) {
            QVERIFY2(!QIcon(QString::fromLatin1(icon)).pixmap(32, 32).isNull(), icon);
        }
        ui::MainWindow window;
        auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("jobs"));
        QVERIFY(toolbar);
        QCOMPARE(toolbar->actions().size(), 3);
        for (QAction *action : toolbar->actions()) {
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
        }
    }

    void keysMakeExactlyTheseDecisions()
    {
        const QString path = makeProject(6);
        auto owned = openOnFirstItem(path);
        QVERIFY(owned);
        ui::MainWindow &window = *owned;
        ui::ReviewView *view = window.reviewView();
        QTRY_COMPARE(view->currentItem().probabilities.size(), 3);

        const qint64 first = shown(window);
        QTest::keyClick(view, Qt::Key_2);  // pick "b"
        QTRY_VERIFY(shown(window) != first);
        const qint64 second = shown(window);
        QTest::keyClick(view, Qt::Key_Return);  // accept the suggestion, "a"
        QTRY_VERIFY(shown(window) != second);
        const qint64 third = shown(window);
        QTest::keyClick(view, Qt::Key_S);  // skip
        QTRY_VERIFY(shown(window) != third);
        const qint64 fourth = shown(window);
        QTest::keyClick(view, Qt::Key_Backspace);  // undo the skip: the third item again
        QTRY_COMPARE(shown(window), third);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);  // redo the skip
        QTRY_COMPARE(shown(window), fourth);
        QTRY_COMPARE(view->currentItem().decisionsMade, qint64(3));

        auto store = ProjectStore::open(path.toStdString());
        QVERIFY(store.ok());
        const int64_t a = store->classes()[0].id, b = store->classes()[1].id;
        auto log = store->decisions().log(std::nullopt);
        QCOMPARE(int(log->size()), 5);
        const auto &d = *log;
        QCOMPARE(d[0].itemId, first);
        QCOMPARE(d[0].kind, DecisionKind::Label);
        QCOMPARE(d[0].classId.value(), b);
        QCOMPARE(d[0].suggestedClassId.value(), a);
        QCOMPARE(d[1].itemId, second);
        QCOMPARE(d[1].classId.value(), a);
        QCOMPARE(d[2].itemId, third);
        QCOMPARE(d[2].kind, DecisionKind::Skip);
        QCOMPARE(d[3].kind, DecisionKind::Undo);
        QCOMPARE(d[3].undoesDecisionId.value(), d[2].id);
        QCOMPARE(d[4].itemId, third);
        QCOMPARE(d[4].kind, DecisionKind::Skip);
        QCOMPARE(store->items().get(first)->value().classId.value(), b);
        QCOMPARE(store->items().get(second)->value().source.value(), LabelSource::Human);
        QCOMPARE(store->items().counts()->humanLabeled, int64_t(2));
    }

    // Review keys reach the review whatever had the keyboard last: a menu closed with Esc
    // (the menu bar keeps it), the Browse tab and back, a click on a toolbar button.
    void keysWorkAfterMenusTabsAndButtons()
    {
        const QString path = makeProject(6);
        auto owned = openOnFirstItem(path);
        QVERIFY(owned);
        ui::MainWindow &window = *owned;
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // The key goes where Qt sends it: to the focus widget, not the review view. (The
        // offscreen platform can leave a closed popup as the active window, where a window
        // manager gives the main window back: so does this.)
        const auto keyToFocus = [&window](Qt::Key key) {
            QApplication::setActiveWindow(&window);
            QWidget *target = QApplication::focusWidget();
            QVERIFY(target);
            QTest::keyClick(target, key);
        };

        QAction *fileMenu = window.menuBar()->actions().constFirst();
        window.menuBar()->setActiveAction(fileMenu);
        QTRY_COMPARE(QApplication::activePopupWidget(), fileMenu->menu());
        QTest::keyClick(fileMenu->menu(), Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QApplication::setActiveWindow(&window);
        QVERIFY(QApplication::focusWidget() != window.reviewView());  // the menu bar has it
        qint64 before = shown(window);
        keyToFocus(Qt::Key_2);
        QTRY_VERIFY(shown(window) != before);

        auto *tabs = window.findChild<QTabWidget *>();
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                          tabs->tabBar()->tabRect(1).center());
        QTRY_COMPARE(tabs->currentIndex(), 1);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                          tabs->tabBar()->tabRect(0).center());
        QTRY_COMPARE(tabs->currentIndex(), 0);
        before = shown(window);
        keyToFocus(Qt::Key_1);
        QTRY_VERIFY(shown(window) != before);

        auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("jobs"));
        QVERIFY(toolbar);
        QWidget *button = toolbar->widgetForAction(toolbar->actions().constLast());
        button->setFocus(Qt::MouseFocusReason);  // as a click that takes focus would
        QCOMPARE(QApplication::focusWidget(), button);
        auto *image = window.reviewView()->findChild<ui::ImageView *>();
        QVERIFY(!image->keyboardActive());  // the frame says where the keys go
        before = shown(window);
        keyToFocus(Qt::Key_Return);
        QTRY_VERIFY(shown(window) != before);
        QVERIFY(image->keyboardActive());
        QTRY_COMPARE(window.reviewView()->currentItem().decisionsMade, qint64(3));
    }

    // Beside the image: why the item is queued, its history (who, what, undone), the
    // session's pace; PageUp brings back the item decided last, to look at or change.
    void showsContextAndGoesBack()
    {
        const QString path = makeProject(4);
        auto owned = openOnFirstItem(path);
        QVERIFY(owned);
        ui::MainWindow &window = *owned;
        ui::ReviewView *view = window.reviewView();
        auto *reasons = view->findChild<QLabel *>(QStringLiteral("reasons"));
        auto *history = view->findChild<QLabel *>(QStringLiteral("history"));
        QVERIFY(reasons && history);
        // The fixture's round suggests "a" at 60% and stored no thresholds: the model is unsure.
        QTRY_VERIFY2(reasons->text().contains(QStringLiteral("the model is unsure (60%)")),
                     qPrintable(reasons->text()));
        QVERIFY(history->isHidden());  // nothing decided on it yet
        const qint64 first = shown(window);
        QTest::keyClick(view, Qt::Key_2);
        QTRY_VERIFY(shown(window) != first);
        QVERIFY(view->currentItem().pace.contains(QStringLiteral("Agreed with the suggestion: 0%")));
        QTest::keyClick(view, Qt::Key_PageUp);
        QTRY_COMPARE(shown(window), first);
        QTRY_VERIFY2(history->text().contains(QStringLiteral(": label b")),
                     qPrintable(history->text()));
        QTest::keyClick(view, Qt::Key_Return);  // decided anew: the suggestion, "a"
        QTRY_VERIFY(shown(window) != first);
        auto store = ProjectStore::open(path.toStdString());
        QCOMPARE(store->items().get(first)->value().classId,
                 std::optional<int64_t>(store->classes()[0].id));
        QCOMPARE(int(store->decisions().log(first)->size()), 2);
    }

    void undoOfALabelPutsTheItemBack()
    {
        const QString path = makeProject(3);
        auto owned = openOnFirstItem(path);
        QVERIFY(owned);
        ui::MainWindow &window = *owned;
        ui::ReviewView *view = window.reviewView();
        const qint64 first = shown(window);
        QTest::keyClick(view, Qt::Key_3);
        QTRY_VERIFY(shown(window) != first);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(shown(window), first);
        QTRY_COMPARE(view->currentItem().currentLabel, QString());
        auto store = ProjectStore::open(path.toStdString());
        QVERIFY(!store->items().get(first)->value().classId.has_value());
        QCOMPARE(int(store->decisions().log(std::nullopt)->size()), 2);
    }

    void keysTypedAheadAreNotLost()
    {
        const QString path = makeProject(4);
        auto owned = openOnFirstItem(path);
        QVERIFY(owned);
        ui::MainWindow &window = *owned;
        ui::ReviewView *view = window.reviewView();
        // Three keys at once, faster than the decisions commit: each lands on its own item.
        QTest::keyClick(view, Qt::Key_1);
        QTest::keyClick(view, Qt::Key_2);
        QTest::keyClick(view, Qt::Key_3);
        QTRY_COMPARE(view->currentItem().decisionsMade, qint64(3));
        auto store = ProjectStore::open(path.toStdString());
        auto log = store->decisions().log(std::nullopt);
        QCOMPARE(int(log->size()), 3);
        QVERIFY((*log)[0].itemId != (*log)[1].itemId && (*log)[1].itemId != (*log)[2].itemId);
        QCOMPARE((*log)[2].classId.value(), store->classes()[2].id);
    }

    void importRunsAsABackgroundJob()
    {
        const QString dir = m_dir.filePath(QStringLiteral("job"));
        test::writeSyntheticFolder(dir + QStringLiteral("/images"), {"a", "b"}, 40);
        const QString path = dir + QStringLiteral("/job.triage");
        ui::MainWindow window;
        window.show();
        window.createProject(path, QStringLiteral("job"),
                             {QStringLiteral("a"), QStringLiteral("b")});
        QTRY_COMPARE(window.project().path, path);
        QCOMPARE(window.project().classes.size(), 2);

        // A folder dropped on the window is imported as a background job.
        QSignalSpy progressed(window.jobs(), &ui::JobRunner::progressed);
        QSignalSpy finished(&window, &ui::MainWindow::jobFinished);
        QMimeData dropped;
        dropped.setUrls({QUrl::fromLocalFile(dir + QStringLiteral("/images"))});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &dropped, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(window.jobs()->isRunning());
        QVERIFY(!window.openExportButton()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 300000);
        QCOMPARE(finished[0][0].toString(), QStringLiteral("import"));
        QVERIFY2(finished[0][1].toBool(), qPrintable(finished[0][2].toString()));
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last()[1].toLongLong(), qint64(80));  // done == total at the end
        QTRY_COMPARE(window.browseView()->model()->rowCount(), 80);

        // The drop did not take folder names as labels; the menu's other import does.
        window.importPaths({dir + QStringLiteral("/images")}, true);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 300000);
        // Already imported: nothing new, but the known items take their folders' labels.
        QVERIFY2(finished[1][2].toString().contains(QStringLiteral("imported 0 new items")),
                 qPrintable(finished[1][2].toString()));
        QVERIFY2(finished[1][2].toString().contains(
                     QStringLiteral("80 items already in the project took their folder's label")),
                 qPrintable(finished[1][2].toString()));
        {
            const QString labelled = dir + QStringLiteral("/labelled");
            test::writeSyntheticFolder(labelled, {"a", "b"}, 10);
            for (int i = 0; i < 10; ++i) {  // new content, so not duplicates of the first folder
                test::writeImage(QStringLiteral("%1/a/a_%2.png").arg(labelled).arg(i),
                                 test::syntheticImage(0, 500 + i));
                test::writeImage(QStringLiteral("%1/b/b_%2.png").arg(labelled).arg(i),
                                 test::syntheticImage(1, 500 + i));
            }
            window.importPaths({labelled}, true);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 300000);
        }

        // The lead's routing settings reach the project file.
        window.setRoutingPolicy(RoutingPolicy{0.8, 5, SamplingStrategy::Margin});
        QTRY_COMPARE(window.project().routing.acceptThreshold, 0.8);
        const auto saved = ProjectStore::open(path.toStdString())->settings().routingPolicy();
        QCOMPARE(saved->minHumanLabelsPerClass, 5);
        QCOMPARE(saved->strategy, SamplingStrategy::Margin);
        QCOMPARE(window.project().routing.strategy, SamplingStrategy::Margin);

        // Auto-label from the imported folder labels, as a job too. (Jobs run at a lower
        // priority than the rest of the machine: a busy one makes them slow.)
        window.autoLabel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 600000);
        QVERIFY2(finished[3][1].toBool(), qPrintable(finished[3][2].toString()));
        auto store = ProjectStore::open(path.toStdString());
        QVERIFY(store->models().latest()->has_value());
        QCOMPARE(store->items().counts()->byClass[0].imported, int64_t(50));
        QCOMPARE(store->items().counts()->byClass[1].imported, int64_t(50));
        QCOMPARE(window.labeler().decodedTotal(), qint64(100));

        // Issue 6, defects 1 and 2: a retrain reads no image again, and the first round's
        // predictions, which nothing uses any more, are pruned.
        const int64_t firstRound = store->models().latest()->value().id;
        window.autoLabel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 600000);
        QVERIFY2(finished[4][1].toBool(), qPrintable(finished[4][2].toString()));
        QCOMPARE(window.labeler().decodedTotal(), qint64(100));
        const int64_t secondRound = store->models().latest()->value().id;
        QVERIFY(secondRound > firstRound);
        QCOMPARE(store->predictions().roundsWithPredictions().value(),
                 std::vector<int64_t>{secondRound});

        // Issue 6, defect 3: a bad export option is said, not dropped.
        window.exportDataset({QStringLiteral("tiff"), QStringLiteral("human"), QStringLiteral("copy"), {}, {}});
        QCOMPARE(finished.size(), 6);
        QCOMPARE(finished[5][1].toBool(), false);
        QVERIFY2(finished[5][2].toString().contains(QStringLiteral("tiff")),
                 qPrintable(finished[5][2].toString()));

        // Export, a job as well: the import labels as CSV.
        const QString out = dir + QStringLiteral("/export");
        window.exportDataset({QStringLiteral("csv"), QStringLiteral("human"), QStringLiteral("copy"), {}, out});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 7, 300000);
        QVERIFY2(finished[6][1].toBool(), qPrintable(finished[6][2].toString()));
        const QString csv =
            QString::fromStdString(test::readBytes(out + QStringLiteral("/labels.csv")));
        QCOMPARE(csv.trimmed().split(QLatin1Char('\n')).size(), 101);  // a header, 100 labels
        QCOMPARE(store->jobs().last()->value().state, JobState::Succeeded);
        QVERIFY(window.openExportButton()->isVisible());  // the folder is one click away
    }

    // Issue 7: models added through the dialog (TorchScript, then ONNX) and scored from the
    // Models menu, all as background jobs; a names file beside the model fills the mapping.
    void modelsAreAddedAndScoredFromTheMenu()
    {
        const QString path = makeProject(6);
        auto owned = openOnFirstItem(path);
        QVERIFY(owned);
        ui::MainWindow &window = *owned;
        const QString file = QFileInfo(path).dir().filePath(QStringLiteral("net.pt"));
        test::saveLinearModel(file, 3);
        test::writeBytes(QFileInfo(path).dir().filePath(QStringLiteral("net.txt")), "A\nzebra\nc\n");

        ui::AddModelDialog dialog(window.project().classes);
        QSignalSpy namesApplied(&dialog, &ui::AddModelDialog::namesApplied);
        dialog.setModelFile(file);  // net.txt beside it is read off the GUI thread
        QTRY_COMPARE(namesApplied.size(), 1);
        dialog.findChild<QSpinBox *>(QStringLiteral("inputWidth"))->setValue(8);
        dialog.findChild<QSpinBox *>(QStringLiteral("inputHeight"))->setValue(8);
        QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("mapping"))->rowCount(), 3);
        const AddModelRequest request = dialog.request();
        QCOMPARE(request.name, std::string("net"));
        QCOMPARE(request.mapping, (std::vector<std::string>{"a", "", "c"}));

        QSignalSpy finished(&window, &ui::MainWindow::jobFinished);
        window.addModel(request);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 300000);
        QVERIFY2(finished[0][1].toBool(), qPrintable(finished[0][2].toString()));
        QTRY_COMPARE(window.modelNames(), QStringList{QStringLiteral("net")});
        window.scoreWithModel(QStringLiteral("net"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 300000);
        QVERIFY2(finished[1][2].toString().contains(QStringLiteral("scored 6 items")),
                 qPrintable(finished[1][2].toString()));

        // An ONNX classifier beside it, its pixels scaled to 0..1.
        const QString onnx = QFileInfo(path).dir().filePath(QStringLiteral("shirts.onnx"));
        test::saveOnnxLinearModel(onnx.toStdString(), 3, 8);
        ui::AddModelDialog second(window.project().classes);
        second.setModelFile(onnx);
        second.findChild<QSpinBox *>(QStringLiteral("inputWidth"))->setValue(8);
        second.findChild<QSpinBox *>(QStringLiteral("inputHeight"))->setValue(8);
        auto *normalisation = second.findChild<QComboBox *>(QStringLiteral("normalisation"));
        normalisation->setCurrentIndex(normalisation->findData(int(Normalisation::UnitRange)));
        const AddModelRequest onnxRequest = second.request();
        QCOMPARE(onnxRequest.spec.mean, (std::array<float, 3>{0, 0, 0}));
        window.addModel(onnxRequest);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 300000);
        QVERIFY2(finished[2][1].toBool(), qPrintable(finished[2][2].toString()));
        QTRY_COMPARE(window.modelNames(), (QStringList{QStringLiteral("net"), QStringLiteral("shirts")}));
        window.scoreWithModel(QStringLiteral("shirts"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 300000);
        QVERIFY2(finished[3][2].toString().contains(QStringLiteral("scored 6 items")),
                 qPrintable(finished[3][2].toString()));
        // Each classifier's vote is listed beside the learner's suggestion.
        QTRY_COMPARE(window.reviewView()->currentItem().modelVotes.size(), 2);
        QVERIFY(!window.reviewView()->currentItem().suggestedByModels);  // a learner exists
        QVERIFY(window.reviewView()->findChild<QLabel *>(QStringLiteral("alternatives"))
                    ->text()
                    .contains(QStringLiteral("shirts: ")));

        // An embedder becomes what the learner learns from; a classifier cannot.
        AddModelRequest embedder = request;
        embedder.name = "features";
        embedder.kind = ModelKind::Embedder;
        embedder.mapping.clear();
        window.addModel(embedder);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 300000);
        QVERIFY2(finished[4][1].toBool(), qPrintable(finished[4][2].toString()));
        window.setLearnerBackbone(QStringLiteral("features"));
        QTRY_COMPARE(window.learnerBackbone(), QStringLiteral("features"));
        window.setLearnerBackbone(QString());
        QTRY_COMPARE(window.learnerBackbone(), QString());
    }

    // Issue 5, item 1: Qt's file dialog opened and closed the project's files to sniff
    // their type, which dropped every POSIX lock SQLite held on them.
    void fileDialogKeepsTheProjectLocks()
    {
        const QString path = makeProject(4);
        auto owned = openOnFirstItem(path);
        QVERIFY(owned);
        ui::MainWindow &window = *owned;
        QTest::keyClick(window.reviewView(), Qt::Key_1);  // a decision, so a WAL is in use
        QTRY_COMPARE(window.reviewView()->currentItem().decisionsMade, qint64(1));
        QVERIFY(holdsLock(path));

        const QString folder = QFileInfo(path).absolutePath();
        bool inspected = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            auto *model = dialog ? dialog->findChild<QFileSystemModel *>() : nullptr;
            if (!model) {
                return;
            }
            // Everything a person could make the dialog show: each entry's icon and type.
            dialog->setDirectory(folder);
            if (!QTest::qWaitFor([&] { return model->rowCount(model->index(folder)) >= 3; },
                                 10000)) {
                dialog->reject();
                return;
            }
            const QModelIndex parent = model->index(folder);
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                (void)model->type(index);
                (void)model->fileIcon(index);
                (void)model->data(model->index(row, 2, parent), Qt::DisplayRole);
            }
            QTest::qWait(200);  // the gatherer thread fetches icons in the background
            inspected = true;
            dialog->reject();
        });
        (void)ui::chooseFileToOpen(&window, QStringLiteral("Open project"),
                                   QStringLiteral("All files (*)"));
        QVERIFY(inspected);
        QVERIFY2(holdsLock(path), "the GUI lost its SQLite locks on the project");

        // Another process opening and closing the project must not take the WAL away.
        QCOMPARE(test::runCli({QStringLiteral("status"), path}).exitCode, 0);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(holdsLock(path));
    }

    // Issue 5, item 7: while another process held the write lock, keypresses were dropped.
    void decisionsWaitForABusyDatabase()
    {
        const QString path = makeProject(6);
        auto owned = openOnFirstItem(path);
        QVERIFY(owned);
        ui::ReviewView *view = owned->reviewView();
        auto blocker = test::rawDatabase(path.toStdString());
        QVERIFY(blocker->exec("BEGIN IMMEDIATE").ok());
        const qint64 first = view->currentItem().itemId;
        QTest::keyClick(view, Qt::Key_1);
        QTest::keyClick(view, Qt::Key_2);
        QTest::keyClick(view, Qt::Key_S);
        const auto status = view->findChildren<QLabel *>();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(status.begin(), status.end(),
                                             [](QLabel *l) {
                                                 return l->text().contains(QStringLiteral(
                                                     "Waiting for the project file"));
                                             }),
                                 10000);
        QCOMPARE(view->currentItem().itemId, first);  // not shown as done while waiting
        QVERIFY(blocker->exec("COMMIT").ok());
        QTRY_COMPARE_WITH_TIMEOUT(view->currentItem().decisionsMade, qint64(3), 10000);
        auto store = ProjectStore::open(path.toStdString());
        const auto log = store->decisions().log(std::nullopt);
        QCOMPARE(int(log->size()), 3);
        QCOMPARE((*log)[0].itemId, first);
        QCOMPARE((*log)[0].classId.value(), store->classes()[0].id);
        QCOMPARE((*log)[1].classId.value(), store->classes()[1].id);
        QCOMPARE((*log)[2].kind, DecisionKind::Skip);
    }

    // Issue 5, item 3: items can be removed in the browse view (Delete), recorded in the log.
    void browseRemovesSelectedItems()
    {
        const QString path = makeProject(5);
        auto owned = openOnFirstItem(path);
        QVERIFY(owned);
        owned->showBrowse();
        QTableView *table = owned->browseView()->table();
        QTRY_COMPARE(table->model()->rowCount(), 5);
        table->selectRow(0);
        const qint64 removed =
            table->model()->index(0, 0).data(ui::ItemTableModel::ItemIdRole).toLongLong();
        QTimer::singleShot(0, owned.get(), [] {
            (void)QTest::qWaitFor(
                [] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); });
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                box->button(QMessageBox::Yes)->click();
            }
        });
        owned->browseView()->removeAction()->trigger();
        QTRY_COMPARE(table->model()->rowCount(), 4);
        auto store = ProjectStore::open(path.toStdString());
        QCOMPARE(store->items().get(removed)->value().state, ItemState::Removed);
        QCOMPARE(store->decisions().log(removed)->back().kind, DecisionKind::Remove);
    }

    void largeImagesAreScaledOffTheGuiThread()
    {
        const QString dir = m_dir.filePath(QStringLiteral("large"));
        cv::Mat wide(200, 5000, CV_8UC3, cv::Scalar(40, 90, 200));
        test::writeImage(dir + QStringLiteral("/images/wide.png"), wide);
        const QString path = dir + QStringLiteral("/large.triage");
        {
            auto store = test::createProject(path, {"a", "b"});
            QVERIFY(importPaths(store, {QString(dir + QStringLiteral("/images")).toStdString()},
                                ImportOptions{}, {}, CancelToken())
                        .ok());
        }
        auto owned = openOnFirstItem(path);
        QVERIFY(owned);
        const QImage shown = owned->reviewView()->currentItem().image;
        QCOMPARE(shown.width(), 4096);
        QCOMPARE(shown.height(), 163);  // aspect kept: 200 * 4096 / 5000, rounded down
    }

    void typingFiltersManyClasses()
    {
        const QString dir = m_dir.filePath(QStringLiteral("many"));
        test::writeImage(dir + QStringLiteral("/images/one.png"), test::syntheticImage(0, 1));
        test::writeImage(dir + QStringLiteral("/images/two.png"), test::syntheticImage(1, 2));
        const QString path = dir + QStringLiteral("/many.triage");
        std::vector<std::string> classes;
        for (const char *name :
             {"ant", "bee", "cat", "cow", "dog", "eel", "elk", "fox", "gnu", "hen", "owl", "yak"}) {
            classes.push_back(name);
        }
        {
            auto store = test::createProject(path, classes);
            QVERIFY(importPaths(store, {QString(dir + QStringLiteral("/images")).toStdString()},
                                ImportOptions{}, {}, CancelToken())
                        .ok());
        }
        auto owned = openOnFirstItem(path);
        QVERIFY(owned);
        ui::MainWindow &window = *owned;
        ui::ReviewView *view = window.reviewView();
        const qint64 first = shown(window);
        QTest::keyClicks(view, QStringLiteral("co"));  // only "cow" matches
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(shown(window) != first);
        QTest::keyClicks(view, QStringLiteral("e"));  // bee, eel, elk, hen: key 3 is "elk"
        QTest::keyClick(view, Qt::Key_3);
        QTRY_COMPARE(view->currentItem().decisionsMade, qint64(2));

        auto store = ProjectStore::open(path.toStdString());
        auto log = store->decisions().log(std::nullopt);
        QCOMPARE(int(log->size()), 2);
        QCOMPARE(store->classById((*log)[0].classId.value())->name, std::string("cow"));
        QCOMPARE(store->classById((*log)[1].classId.value())->name, std::string("elk"));
    }

    void browseListsFiltersAndOpensForReview()
    {
        const QString path = makeProject(5);
        ui::MainWindow window;
        window.show();
        window.openProject(path);
        QTRY_VERIFY(shown(window) > 0);
        const qint64 first = shown(window);
        QTest::keyClick(window.reviewView(), Qt::Key_2);
        QTRY_VERIFY(shown(window) != first);

        ui::BrowseView *browse = window.browseView();
        QAbstractItemModelTester tester(browse->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        browse->refresh();
        QTRY_COMPARE(browse->model()->rowCount(), 5);
        // Filter by state: only the item just labelled.
        auto *states = browse->findChild<QComboBox *>();
        QVERIFY(states);
        states->setCurrentIndex(states->findData(int(ItemState::HumanLabeled)));
        QTRY_COMPARE(browse->model()->rowCount(), 1);
        const QModelIndex row = browse->model()->index(0, ui::ItemTableModel::Label);
        QTRY_COMPARE(row.data().toString(), QStringLiteral("b"));  // its page arrives
        QCOMPARE(row.data(ui::ItemTableModel::ItemIdRole).toLongLong(), first);
        // Thumbnails arrive from the pool.
        QTRY_VERIFY(!browse->model()
                         ->index(0, ui::ItemTableModel::Thumbnail)
                         .data(Qt::DecorationRole)
                         .isNull());

        // Double-click opens it in the review view again.
        QTableView *table = browse->table();
        const QRect cell = table->visualRect(browse->model()->index(0, ui::ItemTableModel::File));
        // A real double-click is a press and release, then the double-click event.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(shown(window), first);
        QTRY_VERIFY(
            window.reviewView()->currentItem().currentLabel.startsWith(QStringLiteral("b")));
    }
};

QTEST_MAIN(TestReviewView)
#include "tst_reviewview.moc"
