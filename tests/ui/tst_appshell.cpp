// The application around the views, as a new user meets it: File ▸ New Project (its folder
// made, the form kept on an error), recent projects from any folder, --screenshot's exit
// status, the export dialog's preview and errors, and Qt's own strings in German.
#include "dialogs.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QKeySequence>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace triage;

class TestAppShell : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void fillNewProject(ui::NewProjectDialog &dialog, const QString &path)
    {
        dialog.restore(QStringLiteral("shell"), {QStringLiteral("cat"), QStringLiteral("dog")},
                       path, QString());
    }

    // The real program, with settings of its own: it remembers the project it opened.
    QProcess::ExitStatus runGui(const QStringList &args, int &exitCode)
    {
        QProcess gui;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        gui.setProcessEnvironment(environment);
        gui.start(qEnvironmentVariable("TRIAGE_GUI"), args);
        if (!gui.waitForStarted(-1)) {
            exitCode = -1;
            return QProcess::CrashExit;
        }
        gui.waitForFinished(-1);  // ctest's timeout bounds it; it never counts as done early
        exitCode = gui.exitCode();
        return gui.exitStatus();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // settings of its own, not the user's
        qRegisterMetaType<ui::ProjectInfo>();
        qRegisterMetaType<ui::ReviewItem>();
    }

    // A project file in a folder that does not exist yet: the folder is made.
    void newProjectMakesItsFolder()
    {
        ui::NewProjectDialog dialog;
        const QString path = m_dir.filePath(QStringLiteral("not/yet/there/p.triage"));
        fillNewProject(dialog, path);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(QFileInfo(QFileInfo(path).absolutePath()).isDir());
        QCOMPARE(dialog.projectPath(), path);
    }

    // A folder that cannot be made (a file is in the way): the dialog stays open, says so,
    // and keeps what was typed.
    void newProjectKeepsTheFormOnAProblem()
    {
        test::writeBytes(m_dir.filePath(QStringLiteral("afile")), "x");
        ui::NewProjectDialog dialog;
        const QString path = m_dir.filePath(QStringLiteral("afile/p.triage"));
        fillNewProject(dialog, path);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.problem().contains(QStringLiteral("cannot be made")),
                 qPrintable(dialog.problem()));
        QCOMPARE(dialog.name(), QStringLiteral("shell"));
        QCOMPARE(dialog.classes(), (QStringList{QStringLiteral("cat"), QStringLiteral("dog")}));
        QCOMPARE(dialog.projectPath(), path);
    }

    // The project cannot be made after the form was accepted (the file appeared meanwhile):
    // the form comes back with the reason and everything typed.
    void aFailedCreateBringsTheFormBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("taken.triage"));
        ui::MainWindow window;
        window.show();
        test::writeBytes(path, "someone else's file");
        QString problem, name, file;
        QTimer::singleShot(0, &window, [&] {
            auto *poll = new QTimer(&window);
            connect(poll, &QTimer::timeout, &window, [&, poll] {
                auto *dialog = qobject_cast<ui::NewProjectDialog *>(QApplication::activeModalWidget());
                if (dialog) {
                    poll->stop();
                    problem = dialog->problem();
                    name = dialog->name();
                    file = dialog->projectPath();
                    dialog->reject();
                }
            });
            poll->start(20);
        });
        window.createProject(path, QStringLiteral("taken"), {QStringLiteral("a"), QStringLiteral("b")});
        QTRY_VERIFY_WITH_TIMEOUT(!problem.isEmpty(), 10000);
        QCOMPARE(name, QStringLiteral("taken"));
        QCOMPARE(file, path);
    }

    // Opened by a relative path, remembered by its absolute one.
    void recentProjectsAreAbsolute()
    {
        const QString path = m_dir.filePath(QStringLiteral("recent.triage"));
        test::createProject(path, {"a", "b"});
        const QString before = QDir::currentPath();
        QDir::setCurrent(m_dir.path());
        ui::MainWindow window;
        window.openProject(QStringLiteral("recent.triage"));
        QTRY_COMPARE(window.project().path, QFileInfo(path).absoluteFilePath());
        QDir::setCurrent(before);
        QCOMPARE(QSettings().value(QStringLiteral("recentProjects")).toStringList().value(0),
                 QFileInfo(path).absoluteFilePath());
    }

    // --screenshot: no picture and a failing status when the project does not open.
    void screenshotFailsWhenTheProjectDoesNotOpen()
    {
        const QString png = m_dir.filePath(QStringLiteral("shot.png"));
        int exitCode = 0;
        QCOMPARE(runGui({m_dir.filePath(QStringLiteral("missing.triage")),
                         QStringLiteral("--screenshot"), png},
                        exitCode),
                 QProcess::NormalExit);
        QCOMPARE(exitCode, 1);
        QVERIFY(!QFileInfo::exists(png));

        const QString project = m_dir.filePath(QStringLiteral("shot.triage"));
        test::createProject(project, {"a", "b"});
        QCOMPARE(runGui({project, QStringLiteral("--screenshot"), png}, exitCode),
                 QProcess::NormalExit);
        QCOMPARE(exitCode, 0);
        QVERIFY(QFileInfo(png).size() > 0);
    }

    // How many items the chosen labels write, before anything is written; a folder that
    // is not empty is refused in the dialog, with the form kept.
    void exportDialogPreviewsAndRefuses()
    {
        ui::ExportDialog dialog(m_dir.filePath(QStringLiteral("export-new")));
        ProjectCounts counts;
        counts.byClass = {ClassCount{1, 3, 2, 10}, ClassCount{2, 0, 0, 5}, ClassCount{3, 0, 0, 0}};
        dialog.setCounts(counts);
        QVERIFY2(dialog.preview().contains(QStringLiteral("Writes 20 items: 5 labelled by people "
                                                          "or imports, 15 auto-accepted. Classes "
                                                          "with items: 2.")),
                 qPrintable(dialog.preview()));
        QComboBox *include = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
            include = box->findData(QStringLiteral("human")) >= 0 ? box : include;
        }
        include->setCurrentIndex(include->findData(QStringLiteral("human")));
        QVERIFY2(dialog.preview().startsWith(QStringLiteral("Writes 5 items")),
                 qPrintable(dialog.preview()));
        include->setCurrentIndex(include->findData(QStringLiteral("accepted")));

        // A version with splits: its counts, and YOLO becomes possible.
        dialog.chooseFormat(QStringLiteral("yolo"));
        QVERIFY2(dialog.problem().contains(QStringLiteral("splits")), qPrintable(dialog.problem()));
        VersionSummary v1;
        v1.version.name = "v1";
        v1.version.createdAt = "2026-11-30T10:00:00Z";
        v1.version.splits = SplitPlan{};
        v1.classes = {VersionClassCount{1, 2, 1, 4, 5, 1, 1}, VersionClassCount{2, 0, 0, 3, 2, 1, 0}};
        dialog.setVersions({v1});
        dialog.chooseVersion(QStringLiteral("v1"));
        QCOMPARE(dialog.version(), QStringLiteral("v1"));
        QVERIFY2(dialog.preview().contains(QStringLiteral("Writes 10 items: 3 labelled by people or "
                                                          "imports, 7 auto-accepted")),
                 qPrintable(dialog.preview()));
        QVERIFY2(dialog.preview().contains(QStringLiteral("Splits: 7 train, 2 validation, 1 test.")),
                 qPrintable(dialog.preview()));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        // Folder layouts cannot refer to images where they are.
        dialog.chooseFormat(QStringLiteral("imagefolder"));
        dialog.chooseImages(QStringLiteral("reference"));
        QVERIFY2(dialog.problem().contains(QStringLiteral("copy or link")), qPrintable(dialog.problem()));
        dialog.chooseFormat(QStringLiteral("coco"));
        QVERIFY(dialog.problem().isEmpty());
        QCOMPARE(dialog.choice().images, QStringLiteral("reference"));

        QDir(m_dir.path()).mkpath(QStringLiteral("full"));
        test::writeBytes(m_dir.filePath(QStringLiteral("full/x.txt")), "x");
        dialog.findChild<QLineEdit *>()->setText(m_dir.filePath(QStringLiteral("full")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.problem().isEmpty());
    }

    // Qt's own strings follow the locale: the standard buttons and the shortcut names.
    // (Last: the translators stay installed.)
    void qtsOwnStringsAreTranslated()
    {
        QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QCOMPARE(QKeySequence(QStringLiteral("Ctrl+I")).toString(QKeySequence::NativeText),
                 QStringLiteral("Strg+I"));
    }
};

QTEST_MAIN(TestAppShell)
#include "tst_appshell.moc"
