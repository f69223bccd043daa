// triage-bench-review: the review and browse figures of bench/review_latency.sh, measured in
// the real main window (run it with QT_QPA_PLATFORM=offscreen) on a large project.
//   1. store baseline: ReviewSession's next item straight from the store, no GUI;
//   2. browse: the window opened on the Browse tab, time to the first painted page, then
//      the time to paint each frame while scrolling a page at a time and jumping at random,
//      and the time a sort by file name and by confidence takes to its first page;
//   3. review idle: Enter (accept the suggestion) THINK_MS after an item is painted, as a
//      very fast annotator would (24,000 items an hour at 150 ms), and the time from the key
//      until the next item is on screen (painted), DECISIONS times;
//   4. review while an auto-label round runs in the same window, the same.
// Prints one line per figure; memory (resident, peak) after browsing.
//   triage-bench-review PROJECT [DECISIONS=1000] [THINK_MS=150]
#include "browseview.h"
#include "itemtablemodel.h"
#include "jobrunner.h"
#include "mainwindow.h"
#include "reviewsession.h"
#include "reviewview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace triage;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[size_t(std::min<double>(double(values.size()) - 1, p * double(values.size())))];
}

void printFigures(const char *what, const std::vector<double> &ms)
{
    std::printf("%-44s n=%-5zu p50 %7.2f ms   p95 %7.2f ms   p99 %7.2f ms   max %7.2f ms\n",
                what, ms.size(), percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 0.99),
                ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end()));
    std::fflush(stdout);
}

QString statusField(const char *field)  // "VmRSS" -> "123456 kB"
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return {};
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return {};
}

[[noreturn]] void fail(const char *message)
{
    std::fprintf(stderr, "triage-bench-review: %s\n", message);
    std::exit(1);
}

// Runs the event loop until `done` or `timeoutMs`, looking after every batch of events:
// no sleeping between looks (QTest::qWaitFor sleeps 10 ms), so a time measured around it
// is the time the GUI really took.
template <typename Condition>
bool waitFor(Condition done, int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer wake;  // WaitForMoreEvents needs an event now and then to check the clock
    wake.start(50);
    while (!done()) {
        if (elapsed.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

std::vector<double> storeBaseline(const QString &project, int decisions)
{
    auto store = ProjectStore::open(project.toStdString());
    if (!store) {
        fail(store.error().message.c_str());
    }
    ReviewSession session(*store, "bench-store");
    std::vector<double> ms;
    for (int i = 0; i < decisions; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto current = session.current();
        if (!current || !*current || !store->items().get(**current)) {
            fail("the store has no next item");
        }
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!session.decide(**current, store->classes()[0].id, 1.0, std::nullopt)) {
            fail("a decision was not stored");
        }
    }
    return ms;
}

void measureBrowse(const QString &project)
{
    ui::MainWindow window;
    window.resize(1280, 900);
    window.show();
    window.showBrowse();
    QTableView *table = window.browseView()->table();
    ui::ItemTableModel *model = window.browseView()->model();
    QElapsedTimer timer;
    timer.start();
    window.openProject(project);
    if (!waitFor([&] { return model->rowCount() > 0 && model->isRowLoaded(0); }, 60000)) {
        fail("the browse view showed no rows");
    }
    table->viewport()->repaint();
    std::printf("%-44s %7.0f ms (%d rows)\n", "browse: open to first painted page",
                double(timer.nsecsElapsed()) / 1e6, model->rowCount());
    std::printf("%-44s resident %s\n", "browse: memory at the first page",
                qPrintable(statusField("VmRSS")));

    QScrollBar *bar = table->verticalScrollBar();
    std::vector<double> pageFrames, jumpFrames;
    const auto frame = [&](int value, std::vector<double> &into) {
        QElapsedTimer t;
        t.start();
        bar->setValue(value);
        table->viewport()->repaint();
        into.push_back(double(t.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();  // rows and thumbnails arrive in between
    };
    for (int i = 0; i < 300; ++i) {
        frame(std::min(bar->maximum(), bar->value() + bar->pageStep()), pageFrames);
    }
    std::mt19937 rng(3);
    for (int i = 0; i < 100; ++i) {
        frame(std::uniform_int_distribution<int>(0, bar->maximum())(rng), jumpFrames);
    }
    // A click on a column header: the store sorts a million ids, the first page follows.
    for (const auto &[column, name] :
         {std::pair{ui::ItemTableModel::File, "file"}, std::pair{ui::ItemTableModel::Confidence, "confidence"}}) {
        const qint64 top = model->index(0, 0).data(ui::ItemTableModel::ItemIdRole).toLongLong();
        QElapsedTimer sorting;
        sorting.start();
        table->sortByColumn(column, Qt::DescendingOrder);
        if (!waitFor([&] {
                return model->index(0, 0).data(ui::ItemTableModel::ItemIdRole).toLongLong() != top &&
                       model->isRowLoaded(0);
            }, 120000)) {
            fail("the sorted rows did not arrive");
        }
        table->viewport()->repaint();
        std::printf("%-44s %7.0f ms\n", qPrintable(QStringLiteral("browse: sort by %1, to the first page").arg(QLatin1String(name))),
                    double(sorting.nsecsElapsed()) / 1e6);
    }
    printFigures("browse: frame, scrolling a page at a time", pageFrames);
    printFigures("browse: frame, jumping to a random place", jumpFrames);
    std::printf("%-44s resident %s, peak %s\n", "browse: memory after scrolling",
                qPrintable(statusField("VmRSS")),
                qPrintable(statusField("VmHWM")));
}

// Presses Enter on each item and times it until the next one is painted.
std::vector<double> measureReview(ui::MainWindow &window, int decisions, int thinkMs)
{
    ui::ReviewView *view = window.reviewView();
    std::vector<double> ms;
    QElapsedTimer timer;
    QEventLoop loop;
    qint64 before = -1;
    const auto connection = QObject::connect(view, &ui::ReviewView::itemShown, view, [&](qint64 id) {
        if (id == before) {
            return;
        }
        view->repaint();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] { fail("no next item within 30 s"); });
    for (int i = 0; i < decisions; ++i) {
        QElapsedTimer looking;
        looking.start();
        waitFor([&] { return looking.elapsed() >= thinkMs; }, thinkMs + 1000);
        before = view->currentItem().itemId;
        timer.start();
        timeout.start(30000);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
        QCoreApplication::sendEvent(view, &press);
        loop.exec();
    }
    QObject::disconnect(connection);
    return ms;
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("triage-bench"));  // not the user's settings
    if (argc < 2) {
        std::fprintf(stderr, "usage: triage-bench-review PROJECT [DECISIONS]\n");
        return 2;
    }
    const QString project = QString::fromLocal8Bit(argv[1]);
    const int decisions = argc > 2 ? std::atoi(argv[2]) : 1000;
    const int thinkMs = argc > 3 ? std::atoi(argv[3]) : 150;

    printFigures("store: next item (baseline, no GUI)", storeBaseline(project, decisions));
    measureBrowse(project);

    ui::MainWindow window;
    window.setAutoRetrain(false);  // the idle figures are without a job
    window.resize(1280, 900);
    window.show();
    window.openProject(project);
    if (!waitFor([&] { return window.reviewView()->currentItem().itemId >= 0; }, 60000)) {
        fail("the review showed no item");
    }
    printFigures("review: accept -> next image shown, idle", measureReview(window, decisions, thinkMs));

    QString jobStage;
    QObject::connect(window.jobs(), &ui::JobRunner::progressed, &window,
                     [&](const QString &stage, qint64 done, qint64 total) {
                         jobStage = QStringLiteral("%1 %2 of %3").arg(stage).arg(done).arg(total);
                     });
    window.autoLabel();
    if (!waitFor([&] { return window.jobs()->isRunning(); }, 10000)) {
        fail("the auto-label round did not start");
    }
    QElapsedTimer running;
    running.start();
    waitFor([&] { return running.elapsed() >= 3000; }, 5000);  // into its decoding and training
    printFigures("review: accept -> next image shown, job runs", measureReview(window, decisions, thinkMs));
    const bool stillRunning = window.jobs()->isRunning();
    window.jobs()->cancel();
    if (!waitFor([&] { return !window.jobs()->isRunning(); }, 120000)) {
        fail("the auto-label round did not stop within 2 minutes of cancel");
    }
    std::printf("the auto-label round was %s when the last decision was shown (%s)\n",
                stillRunning ? "still running" : "already finished", qPrintable(jobStage));
    return 0;
}
