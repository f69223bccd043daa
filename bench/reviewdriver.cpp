// triage-review-driver: the GUI's review, driven by key events, for the durability
// benchmark. Opens PROJECT in the real main window (run it with QT_QPA_PLATFORM=offscreen),
// presses a class key (1-9) on each item, and prints "acked ITEM CLASS" once the window
// shows the next item, which it does only after the decision is committed. The benchmark
// kills it at a random moment and checks every acknowledged decision is in the log.
//   triage-review-driver PROJECT [SEED]
#include "mainwindow.h"
#include "reviewview.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTimer>

#include <cstdio>
#include <random>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: triage-review-driver PROJECT [SEED]\n");
        return 2;
    }
    std::mt19937 rng(argc > 2 ? unsigned(std::atoi(argv[2])) : 1u);
    triage::ui::MainWindow window;
    window.show();
    window.openProject(QString::fromLocal8Bit(argv[1]));
    triage::ui::ReviewView *view = window.reviewView();

    struct Pending {
        qint64 itemId = -1;
        qint64 classId = -1;
        qint64 decisionsBefore = 0;
    } pending;
    auto *tick = new QTimer(&app);
    QObject::connect(tick, &QTimer::timeout, &app, [&] {
        const auto &item = view->currentItem();
        if (pending.itemId >= 0) {
            if (item.decisionsMade <= pending.decisionsBefore) {
                return;  // still being stored
            }
            std::printf("acked %lld %lld\n", pending.itemId, pending.classId);
            std::fflush(stdout);
            pending = Pending{};
        }
        const int classes = int(window.project().classes.size());
        if (item.itemId < 0 || classes == 0) {
            return;  // nothing to review (yet)
        }
        const int position = std::uniform_int_distribution<int>(0, std::min(classes, 9) - 1)(rng);
        pending = Pending{item.itemId, window.project().classes[position].id, item.decisionsMade};
        const auto key = Qt::Key(Qt::Key_1 + position);
        QApplication::postEvent(view, new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier,
                                                    QString::number(position + 1)));
        QApplication::postEvent(view, new QKeyEvent(QEvent::KeyRelease, key, Qt::NoModifier,
                                                    QString::number(position + 1)));
    });
    tick->start(5);
    return QApplication::exec();
}
