// triage: the desktop application.
//   triage [PROJECT]                       opens PROJECT, or the most recent one
//   triage PROJECT --screenshot FILE.png   opens it, waits for the first item, saves
//                                          the window as a PNG and quits (docs, checks)
//   triage PROJECT --browse                starts on the Browse tab
#include "mainwindow.h"
#include "processpolicy.h"
#include "reviewview.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>
#include <QCommandLineParser>
#include <QLocale>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    triage::restartWithPassiveOpenMp(argv);
    Q_INIT_RESOURCE(triage);  // resources/triage.qrc lives in the static triage_ui
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Triage"));
    QApplication::setOrganizationName(QStringLiteral("Triage"));
    QApplication::setApplicationVersion(QStringLiteral(TRIAGE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/triage.svg")));

    triage::ui::installTranslations(app, QLocale());
    if (triage::ui::darkThemeChosen()) {
        triage::ui::applyTheme(true);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Build labeled image datasets with little human effort."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("The project file to open."));
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save the window to FILE once the first item shows, then quit."),
        QStringLiteral("file"));
    parser.addOption(screenshot);
    QCommandLineOption browse(QStringLiteral("browse"), QStringLiteral("Start on the Browse tab."));
    parser.addOption(browse);
    parser.process(app);

    triage::ui::MainWindow window;
    window.show();
    if (parser.isSet(browse)) {
        window.showBrowse();
    }
    QString project = parser.positionalArguments().value(0);
    if (project.isEmpty()) {
        project = QSettings().value(QStringLiteral("recentProjects")).toStringList().value(0);
    }
    if (!project.isEmpty()) {
        window.openProject(project);
    }
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QObject::connect(&window, &triage::ui::MainWindow::projectOpenFailed, &app,
                         [](const QString &message) {
                             std::fprintf(stderr, "triage: %s\n", qPrintable(message));
                             QApplication::exit(1);  // no screenshot of a project not open
                         });
        auto *poll = new QTimer(&app);
        int waitedMs = 0;
        QObject::connect(poll, &QTimer::timeout, &app, [&, poll] {
            waitedMs += 100;
            if (window.reviewView()->currentItem().itemId >= 0 || waitedMs > 10000) {
                poll->stop();
                QTimer::singleShot(300, &app, [&] {
                    const bool saved = window.grab().save(file);
                    QApplication::exit(saved ? 0 : 1);
                });
            }
        });
        poll->start(100);
    }
    return QApplication::exec();
}
