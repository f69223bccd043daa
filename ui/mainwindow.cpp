#include "mainwindow.h"

#include "browsesession.h"
#include "browseview.h"
#include "dashboardview.h"
#include "dialogs.h"
#include "filedialogs.h"
#include "gridview.h"
#include "imageview.h"
#include "jobrunner.h"
#include "jobs.h"
#include "labelingfunctions.h"
#include "learnloop.h"
#include "lfpanel.h"
#include "projectsession.h"
#include "projectstore.h"
#include "projectworker.h"
#include "reviewview.h"
#include "statenames.h"
#include "theme.h"
#include "trustpanel.h"
#include "versionspanel.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolBar>
#include <QUrl>

namespace triage::ui {
namespace {

constexpr int kMaxRecent = 8;

QString annotatorName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("annotator") : user;
}

}  // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new ProjectSession(annotatorName())),
      m_browseSession(new BrowseSession),
      m_jobs(new JobRunner(this)), m_labeler(std::make_shared<AutoLabeler>()), m_tabs(new QTabWidget(this)), m_review(new ReviewView(this)),
      m_browse(new BrowseView(this)), m_grid(new GridView(this)),
      m_dashboard(new DashboardView(this)), m_jobLabel(new QLabel(this)),
      m_jobProgress(new QProgressBar(this)), m_jobCancel(new QPushButton(tr("Cancel"), this)),
      m_openExport(new QPushButton(tr("Open Folder"), this))
{
    qRegisterMetaType<ProjectInfo>();
    qRegisterMetaType<ReviewItem>();
    qRegisterMetaType<ItemRowList>();
    qRegisterMetaType<BrowseQuery>();
    qRegisterMetaType<StateCounts>();
    setWindowTitle(tr("Triage"));
    setAcceptDrops(true);
    resize(1200, 800);

    m_session->moveToThread(&m_sessionThread);
    connect(&m_sessionThread, &QThread::finished, m_session, &QObject::deleteLater);
    m_sessionThread.start();
    m_browseSession->moveToThread(&m_browseThread);
    connect(&m_browseThread, &QThread::finished, m_browseSession, &QObject::deleteLater);
    m_browseThread.start();

    m_tabs->addTab(m_review, tr("Review"));
    m_tabs->addTab(m_grid, tr("Grid"));
    m_tabs->addTab(m_browse, tr("Browse"));
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    setCentralWidget(m_tabs);
    // A drift warning shows on the tab, whichever tab is open.
    connect(m_dashboard, &DashboardView::warningsChanged, this, [this](int count) {
        const int tab = m_tabs->indexOf(m_dashboard);
        m_tabs->setTabIcon(tab, count > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                          : QIcon());
        m_tabs->setTabToolTip(tab, count > 0 ? m_dashboard->warnings()->text() : QString());
    });
    connect(m_dashboard, &DashboardView::reportSaved, this,
            [this](const QString &folder, const QString &problem) {
                statusBar()->showMessage(
                    problem.isEmpty() ? tr("Saved the dashboard report in %1").arg(folder)
                                      : tr("The dashboard report was not saved: %1").arg(problem),
                    10000);
            });

    m_jobProgress->setMaximumWidth(240);
    m_jobProgress->setVisible(false);
    m_jobCancel->setVisible(false);
    statusBar()->addWidget(m_jobLabel, 1);
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_jobCancel);
    m_openExport->setVisible(false);
    statusBar()->addPermanentWidget(m_openExport);
    connect(m_openExport, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastExportFolder));
    });

    // GUI -> project thread: queued calls. Project thread -> GUI: queued signals.
    connect(m_session, &ProjectSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &ProjectSession::openFailed, this, &MainWindow::projectOpenFailed);
    connect(m_session, &ProjectSession::failed, this, [this](const QString &message) {
        m_review->showError(message);
        statusBar()->showMessage(message, 10000);
    });
    connect(m_session, &ProjectSession::reviewItemReady, m_review, &ReviewView::showItem);
    // The loop closes by itself: once people have given enough new labels, the learner
    // retrains in the background and the queue is re-ordered.
    connect(m_session, &ProjectSession::retrainDue, this, [this] {
        if (autoRetrain() && !m_jobs->isRunning()) {  // a busy machine retrains later
            autoLabel();
        }
    });
    connect(m_browse, &BrowseView::queryRequested, m_browseSession, &BrowseSession::query);
    connect(m_browse, &BrowseView::rowsRequested, m_browseSession, &BrowseSession::fetchRows);
    connect(m_browseSession, &BrowseSession::idsReady, m_browse, &BrowseView::showIds);
    connect(m_browseSession, &BrowseSession::rowsReady, m_browse, &BrowseView::showRows);
    // The grid review: its pages are browse queries; its labels go the review's way.
    connect(m_grid, &GridView::queryRequested, m_browseSession, &BrowseSession::query);
    connect(m_grid, &GridView::rowsRequested, m_browseSession, &BrowseSession::fetchRows);
    connect(m_browseSession, &BrowseSession::idsReady, m_grid, &GridView::showIds);
    connect(m_browseSession, &BrowseSession::rowsReady, m_grid, &GridView::showRows);
    connect(m_grid, &GridView::acceptRequested, m_session, &ProjectSession::acceptItems);
    connect(m_session, &ProjectSession::itemsAccepted, m_grid, &GridView::pageStored);
    connect(m_session, &ProjectSession::gridFailed, m_grid, &GridView::storeFailed);
    connect(m_browseSession, &BrowseSession::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_session, &ProjectSession::modelsListed, this,
            [this](const QStringList &names, const QStringList &embedders, const QString &backbone) {
                m_modelNames = names;
                m_embedderNames = embedders;
                m_backbone = backbone;
                rebuildModelsMenu();
            });
    connect(m_session, &ProjectSession::routingPolicyChanged, this,
            [this](const RoutingPolicy &policy) {
                m_project.routing = policy;
                const QString rule =
                    policy.targetPrecision > 0
                        ? tr("Auto-accept at %1% precision").arg(policy.targetPrecision * 100)
                        : tr("Auto-accept at %1 confidence").arg(policy.acceptThreshold);
                statusBar()->showMessage(
                    tr("%1 after %2 human labels per class; applies from the next "
                       "auto-label run")
                        .arg(rule)
                        .arg(policy.minHumanLabelsPerClass),
                    8000);
            });
    connect(m_review, &ReviewView::decideRequested, m_session, &ProjectSession::decide);
    connect(m_review, &ReviewView::undoRequested, m_session, &ProjectSession::undo);
    connect(m_review, &ReviewView::previousRequested, m_session, &ProjectSession::showPrevious);
    connect(m_browse, &BrowseView::removeRequested, this, &MainWindow::confirmAndRemove);
    connect(m_session, &ProjectSession::waitingForDatabase, m_review, &ReviewView::showWaiting);
    connect(m_session, &ProjectSession::itemsRemoved, this, [this](qint64 count) {
        statusBar()->showMessage(
            tr("Removed %n item(s) from the project.", nullptr, int(count)), 8000);
        m_browse->refresh();
    });
    connect(m_browse, &BrowseView::openForReview, this, [this](qint64 itemId) {
        QMetaObject::invokeMethod(m_session, [s = m_session, itemId] { s->focusItem(itemId); });
        m_tabs->setCurrentWidget(m_review);
        m_review->setFocus();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_browse && !m_project.path.isEmpty()) {
            m_browse->refresh();
        }
        if (m_tabs->currentWidget() == m_review) {
            m_review->setFocus(Qt::TabFocusReason);
        }
        if (m_tabs->currentWidget() == m_grid && !m_project.path.isEmpty()) {
            m_grid->refresh();
            m_grid->list()->setFocus(Qt::TabFocusReason);
        }
        if (m_tabs->currentWidget() == m_dashboard && !m_project.path.isEmpty()) {
            m_dashboard->refresh();
        }
    });
    // Review keys reach the review whatever widget of this window has the keyboard.
    qApp->installEventFilter(this);

    connect(m_jobs, &JobRunner::started, this, [this] {
        m_openExport->setVisible(false);
        m_jobProgress->setRange(0, 0);
        m_jobProgress->setVisible(true);
        m_jobCancel->setVisible(true);
        m_jobCancel->setEnabled(true);
        showJobStatus(tr("starting"));
    });
    connect(m_jobs, &JobRunner::queued, this, [this](const QString &kind) {
        statusBar()->showMessage(tr("%1 waits for %2 to finish.")
                                     .arg(jobName(kind), jobName(m_jobs->runningKind())),
                                 5000);
        showJobStatus(m_jobStage);
    });
    connect(m_jobs, &JobRunner::progressed, this,
            [this](const QString &stage, qint64 done, qint64 total, double fraction,
                   double secondsLeft) {
                QString text = total > 0 ? tr("%1 %L2 of %L3").arg(stage).arg(done).arg(total)
                                         : stage;
                text += QStringLiteral(" · %1%").arg(qRound(fraction * 100));
                if (secondsLeft >= 0) {
                    text += QStringLiteral(" · ") + timeLeftText(secondsLeft);
                }
                showJobStatus(text);
                m_jobProgress->setRange(0, 1000);
                m_jobProgress->setValue(int(1000 * fraction));
            });
    connect(m_jobs, &JobRunner::finished, this, &MainWindow::onJobFinished);
    connect(m_jobCancel, &QPushButton::clicked, this, [this] {
        m_jobs->cancel();
        m_jobCancel->setEnabled(false);
        showJobStatus(m_jobStage);  // says "cancelling" until the job has stopped
    });

    buildMenus();
    updateActions();
    m_review->setFocus();
}

MainWindow::~MainWindow()
{
    delete m_jobs;  // waits for a running job before the session thread goes
    m_jobs = nullptr;
    m_sessionThread.requestInterruption();  // a decision waiting for a lock gives up
    m_sessionThread.quit();
    m_browseThread.quit();
    m_sessionThread.wait();
    m_browseThread.wait();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, [this] { newProject(); });
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, [this] {
        const QString path = chooseFileToOpen(this, tr("Open project"),
                                              tr("Triage projects (*.triage);;All files (*)"));
        if (!path.isEmpty()) {
            openProject(path);
        }
    });
    file->addAction(tr("Open Project on &Server…"), this, [this] { openServerProject(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *importFolder = file->addAction(
        tr("&Import Folder…"), QKeySequence(tr("Ctrl+I")), this, [this] {
            const QString folder = chooseFolder(this, tr("Import folder"), projectFolder());
            if (!folder.isEmpty()) {
                importPaths({folder}, false);
            }
        });
    importFolder->setIcon(QIcon(QStringLiteral(":/icons/import.svg")));
    m_projectActions << importFolder;
    m_projectActions << file->addAction(tr("Import Folder with &Class Sub-folders…"), this, [this] {
        const QString folder = chooseFolder(
            this, tr("Import folder (sub-folders named after classes)"), projectFolder());
        if (!folder.isEmpty()) {
            importPaths({folder}, true);
        }
    });
    QAction *exportAction = file->addAction(
        tr("&Export Dataset…"), QKeySequence(tr("Ctrl+E")), this, [this] {
            const QFileInfo project(m_project.path);
            const QString suggested = project.dir().filePath(
                project.completeBaseName() + QStringLiteral("-export-") +
                QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            ExportDialog dialog(suggested, this);
            // The counts behind the dialog's preview and its versions, read off the GUI thread.
            QPointer<ExportDialog> shown(&dialog);
            auto *counter = new ProjectWorker(m_project.path, this);
            counter->run([](ProjectStore &store) { return store.items().counts(); },
                         [shown](Result<ProjectCounts> counts) {
                             if (shown && counts) {
                                 shown->setCounts(*counts);
                             }
                         });
            counter->run([](ProjectStore &store) { return listVersions(store); },
                         [shown, counter](Result<std::vector<VersionSummary>> versions) {
                             if (shown && versions) {
                                 shown->setVersions(*versions);
                             }
                             counter->deleteLater();
                         });
            if (dialog.exec() == QDialog::Accepted) {
                exportDataset(dialog.choice());
            }
        });
    exportAction->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_projectActions << exportAction;
    m_projectActions << file->addAction(tr("Create Dataset &Version…"), this,
                                        &MainWindow::createDatasetVersion);
    m_projectActions << file->addAction(tr("&Dataset Versions…"), this,
                                        &MainWindow::showVersionsPanel);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *label = menuBar()->addMenu(tr("&Label"));
    QAction *autoLabelAction =
        label->addAction(tr("&Auto-label"), QKeySequence(tr("Ctrl+L")), this, &MainWindow::autoLabel);
    autoLabelAction->setIcon(QIcon(QStringLiteral(":/icons/autolabel.svg")));
    m_projectActions << autoLabelAction;

    // The three long jobs, one click away.
    QToolBar *jobs = addToolBar(tr("Jobs"));
    jobs->setObjectName(QStringLiteral("jobs"));
    jobs->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    jobs->setMovable(false);
    jobs->addAction(importFolder);
    jobs->addAction(autoLabelAction);
    jobs->addAction(exportAction);
    m_autoRetrain = label->addAction(tr("&Retrain Automatically"), this, &MainWindow::setAutoRetrain);
    m_autoRetrain->setCheckable(true);
    m_autoRetrain->setChecked(QSettings().value(QStringLiteral("retrainAutomatically"), true).toBool());
    m_autoRetrain->setToolTip(tr("Start an auto-label round by itself after every %L1 new labels")
                                  .arg(LearnLoop::kDefaultLabelsPerRound));
    m_projectActions << label->addAction(tr("Auto-accept &Settings…"), this, [this] {
        RoutingDialog dialog(m_project.routing, this);
        if (dialog.exec() == QDialog::Accepted) {
            setRoutingPolicy(dialog.policy());
        }
    });
    label->addAction(tr("Auto-accept by &Class…"), QKeySequence(tr("Ctrl+Shift+A")), this,
                     &MainWindow::showTrustPanel);
    label->addAction(tr("&Labeling Functions…"), QKeySequence(tr("Ctrl+Shift+L")), this,
                     &MainWindow::showLabelingFunctions);
    QAction *undo = m_review->undoStack()->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_review->undoStack()->createRedoAction(this, tr("&Redo"));
    undo->setShortcutContext(Qt::WidgetShortcut);  // the review view handles its own keys
    redo->setShortcutContext(Qt::WidgetShortcut);
    label->addSeparator();
    label->addAction(undo);
    label->addAction(redo);

    buildViewMenu();

    QMenu *models = menuBar()->addMenu(tr("&Models"));
    m_projectActions << models->addAction(tr("&Add Model…"), this, [this] {
        AddModelDialog dialog(m_project.classes, this);
        if (dialog.exec() == QDialog::Accepted) {
            addModel(dialog.request());
        }
    });
    m_scoreMenu = models->addMenu(tr("&Score Items with"));
    m_learnFromMenu = models->addMenu(tr("&Learner Learns From"));
    rebuildModelsMenu();
}

// View: how the review shows its image (zoom, brightness, contrast), the theme, the keys.
// The review's own keys stay free: these all take Ctrl, except `?`.
void MainWindow::buildViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    ImageView *image = m_review->imageView();
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, image, &ImageView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, image, &ImageView::zoomOut);
    view->addAction(tr("&Fit to Window"), QKeySequence(tr("Ctrl+0")), image, &ImageView::fit);
    view->addAction(tr("&Actual Size (100%)"), QKeySequence(tr("Ctrl+1")), image,
                    &ImageView::actualSize);
    QAction *keepZoom = view->addAction(tr("&Keep Zoom Between Items"));
    keepZoom->setCheckable(true);
    keepZoom->setChecked(QSettings().value(QStringLiteral("keepZoom"), false).toBool());
    image->setKeepZoom(keepZoom->isChecked());
    connect(keepZoom, &QAction::toggled, this, [image](bool keep) {
        image->setKeepZoom(keep);
        QSettings().setValue(QStringLiteral("keepZoom"), keep);
    });
    view->addSeparator();
    constexpr double kBrightnessStep = 0.05;
    constexpr double kContrastStep = 1.15;
    const auto adjust = [image](double brightness, double contrast) {
        image->setAdjustments(image->brightness() + brightness, image->contrast() * contrast);
    };
    view->addAction(tr("&Brighter"), QKeySequence(tr("Ctrl+Up")), this,
                    [adjust] { adjust(kBrightnessStep, 1); });
    view->addAction(tr("&Darker"), QKeySequence(tr("Ctrl+Down")), this,
                    [adjust] { adjust(-kBrightnessStep, 1); });
    view->addAction(tr("More &Contrast"), QKeySequence(tr("Ctrl+Right")), this,
                    [adjust] { adjust(0, kContrastStep); });
    view->addAction(tr("&Less Contrast"), QKeySequence(tr("Ctrl+Left")), this,
                    [adjust] { adjust(0, 1 / kContrastStep); });
    view->addAction(tr("&Reset Brightness and Contrast"), QKeySequence(tr("Ctrl+R")), this,
                    [image] { image->setAdjustments(0, 1); });
    view->addSeparator();
    QAction *dark = view->addAction(tr("Dar&k Theme"));
    dark->setCheckable(true);
    dark->setChecked(darkThemeChosen());
    connect(dark, &QAction::toggled, this, [](bool on) { applyTheme(on); });
    view->addAction(tr("Review &Keys"), QKeySequence(QStringLiteral("?")), m_review,
                    &ReviewView::toggleKeyHelp);
}

void MainWindow::rebuildModelsMenu()
{
    if (!m_scoreMenu) {
        return;
    }
    m_scoreMenu->clear();
    for (const QString &name : m_modelNames) {
        m_scoreMenu->addAction(name, this, [this, name] { scoreWithModel(name); });
    }
    // Pixels, or one embedder's features: one choice, checked.
    m_learnFromMenu->clear();
    auto *choices = new QActionGroup(m_learnFromMenu);
    const auto addChoice = [&](const QString &text, const QString &embedder) {
        QAction *action = m_learnFromMenu->addAction(text, this, [this, embedder] {
            setLearnerBackbone(embedder);
        });
        action->setCheckable(true);
        action->setChecked(embedder == m_backbone);
        choices->addAction(action);
    };
    addChoice(tr("Pixels (the built-in network)"), QString());
    for (const QString &name : m_embedderNames) {
        addChoice(tr("Features of %1").arg(name), name);
    }
    updateActions();
}

void MainWindow::setLearnerBackbone(const QString &embedder)
{
    if (ensureProject()) {
        QMetaObject::invokeMethod(m_session, [s = m_session, embedder] { s->setBackbone(embedder); });
    }
}

void MainWindow::showLabelingFunctions()
{
    if (m_project.path.isEmpty()) {
        statusBar()->showMessage(tr("Open or create a project first."), 5000);
        return;
    }
    if (!m_lfPanel) {
        m_lfPanel = new LfPanel(m_project.path, m_project.classes, this);
        m_lfPanel->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_lfPanel, &LfPanel::applyRequested, this, &MainWindow::applyLabelingFunctions);
        m_lfPanel->setApplyEnabled(true);
    }
    m_lfPanel->show();
    m_lfPanel->raise();
    m_lfPanel->activateWindow();
}

LfPanel *MainWindow::labelingFunctionsPanel() const
{
    return m_lfPanel;
}

void MainWindow::showTrustPanel()
{
    if (m_project.path.isEmpty()) {
        statusBar()->showMessage(tr("Open or create a project first."), 5000);
        return;
    }
    if (!m_trustPanel) {
        m_trustPanel = new TrustPanel(m_project.path, this);
        m_trustPanel->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_trustPanel->show();
    m_trustPanel->raise();
    m_trustPanel->activateWindow();
}

TrustPanel *MainWindow::trustPanel() const
{
    return m_trustPanel;
}

void MainWindow::createDatasetVersion()
{
    if (!ensureProject()) {
        return;
    }
    CreateVersionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    VersionRequest request = dialog.request();
    request.createdBy = annotatorName().toStdString();
    auto *worker = new ProjectWorker(m_project.path, this);
    worker->run([request](ProjectStore &store) { return createVersion(store, request); },
                [this, worker](Result<VersionSummary> created) {
                    statusBar()->showMessage(
                        created ? tr("Created dataset version '%1': %L2 items.")
                                      .arg(QString::fromStdString(created->version.name))
                                      .arg(created->version.itemCount)
                                : tr("The dataset version was not created: %1")
                                      .arg(QString::fromStdString(created.error().message)),
                        10000);
                    if (m_versionsPanel) {
                        m_versionsPanel->refresh();
                    }
                    worker->deleteLater();
                });
}

void MainWindow::showVersionsPanel()
{
    if (!ensureProject()) {
        return;
    }
    if (!m_versionsPanel) {
        m_versionsPanel = new VersionsPanel(m_project.path, m_project.classes, this);
        m_versionsPanel->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_versionsPanel, &VersionsPanel::openItem, this, [this](qint64 itemId) {
            QMetaObject::invokeMethod(m_session, [s = m_session, itemId] { s->focusItem(itemId); });
            m_tabs->setCurrentWidget(m_review);
            activateWindow();
        });
    }
    m_versionsPanel->show();
    m_versionsPanel->raise();
    m_versionsPanel->activateWindow();
}

VersionsPanel *MainWindow::versionsPanel() const
{
    return m_versionsPanel;
}

void MainWindow::applyLabelingFunctions()
{
    if (ensureProject()) {
        m_jobs->start(m_project.path, std::make_shared<ApplyLabelingFunctionsJob>());
    }
}

void MainWindow::addModel(const AddModelRequest &request)
{
    if (ensureProject()) {
        m_jobs->start(m_project.path, std::make_shared<AddModelJob>(request));
    }
}

void MainWindow::scoreWithModel(const QString &name)
{
    if (ensureProject()) {
        m_jobs->start(m_project.path, std::make_shared<ScoreModelJob>(name.toStdString()));
    }
}

QString MainWindow::projectFolder() const
{
    if (isDatabaseUrl(m_project.path.toStdString())) {
        return QDir::homePath();  // a database has no folder: the user's own
    }
    return m_project.path.isEmpty() ? QString() : QFileInfo(m_project.path).absolutePath();
}

// "Auto-label · train 3 of 120 · 38% · about 2 min left · then: Import, Export".
void MainWindow::showJobStatus(const QString &stage)
{
    m_jobStage = stage;
    if (!m_jobs->isRunning()) {
        return;
    }
    const QString kind = jobName(m_jobs->runningKind());
    QString text = m_jobs->isCancelling() ? tr("Cancelling %1…").arg(kind)
                                          : tr("%1 · %2").arg(kind, stage);
    QStringList next;
    for (const QString &queued : m_jobs->queuedKinds()) {
        next << jobName(queued);
    }
    if (!next.isEmpty()) {
        text += QStringLiteral(" · ") + tr("then: %1").arg(next.join(QStringLiteral(", ")));
    }
    m_jobLabel->setText(text);
}

// Jobs queue behind a running one, so a running job disables nothing.
void MainWindow::updateActions()
{
    const bool ready = !m_project.path.isEmpty();
    for (QAction *action : m_projectActions) {
        action->setEnabled(ready);
    }
    if (m_lfPanel) {
        m_lfPanel->setApplyEnabled(ready);
    }
    if (m_scoreMenu) {
        m_scoreMenu->setEnabled(ready && !m_modelNames.isEmpty());
        m_learnFromMenu->setEnabled(ready);
    }
}

bool MainWindow::ensureProject()
{
    if (m_project.path.isEmpty()) {
        statusBar()->showMessage(tr("Open or create a project first."), 5000);
        return false;
    }
    return true;
}

void MainWindow::openServerProject()
{
    bool chosen = false;
    const QString url =
        QInputDialog::getText(this, tr("Open project on a server"),
                              tr("The project's PostgreSQL URL, postgresql://user@host:port/"
                                 "database.\nThe password comes from ~/.pgpass or PGPASSFILE."),
                              QLineEdit::Normal, QStringLiteral("postgresql://"), &chosen)
            .trimmed();
    if (!chosen || url.isEmpty()) {
        return;
    }
    if (!isDatabaseUrl(url.toStdString())) {
        QMessageBox::warning(this, tr("Open project on a server"),
                             tr("%1 is not a postgresql:// URL.").arg(url));
        return;
    }
    openProject(url);
}

void MainWindow::openProject(const QString &path)
{
    QMetaObject::invokeMethod(m_session, [s = m_session, path] { s->open(path); });
}

void MainWindow::newProject(const QString &name, const QStringList &classes, const QString &path,
                            const QString &problem)
{
    NewProjectDialog dialog(this);
    if (!problem.isEmpty()) {
        dialog.restore(name, classes, path, problem);
    }
    if (dialog.exec() == QDialog::Accepted) {
        createProject(dialog.projectPath(), dialog.name(), dialog.classes());
    }
}

void MainWindow::createProject(const QString &path, const QString &name, const QStringList &classes)
{
    std::vector<std::string> names;
    for (const QString &c : classes) {
        names.push_back(c.toStdString());
    }
    QMetaObject::invokeMethod(m_session, [this, s = m_session, path, name, classes, names] {
        auto created = ProjectStore::create(path.toStdString(), name.toStdString(), names);
        if (!created) {
            // The form comes back as it was, with the reason: nothing typed is lost.
            const QString problem = QString::fromStdString(created.error().message);
            QMetaObject::invokeMethod(this, [this, name, classes, path, problem] {
                Q_EMIT projectCreateFailed(problem);
                newProject(name, classes, path, problem);
            });
            return;
        }
        s->open(path);
    });
}

void MainWindow::onOpened(const ProjectInfo &info)
{
    if (info.path != m_project.path) {
        m_jobs->clearQueue();  // jobs still waiting were asked for the other project
    }
    m_project = info;
    m_labeler = std::make_shared<AutoLabeler>();  // a new project: a new pool to decode
    if (m_lfPanel) {
        m_lfPanel->close();  // it shows the project that was open before
    }
    if (m_trustPanel) {
        m_trustPanel->close();
    }
    if (m_versionsPanel) {
        m_versionsPanel->close();  // it shows the project that was open before
    }
    setWindowTitle(tr("%1 — Triage").arg(info.name));
    m_review->setProject(info);
    QMetaObject::invokeMethod(m_browseSession,
                              [s = m_browseSession, path = info.path] { s->open(path); });
    m_browse->setProject(info);  // its first query is queued behind the open
    m_grid->setProject(info);
    m_dashboard->setProject(info.path);
    m_dashboard->refresh();  // its warnings show on the tab from the start
    // A URL is remembered and shown without its password (~/.pgpass gives it next time).
    const QString shown = QString::fromStdString(shownLocation(info.path.toStdString()));
    rememberRecent(shown);
    updateActions();
    statusBar()->showMessage(tr("Opened %1").arg(shown), 5000);
    m_review->setFocus();
    Q_EMIT projectOpened(info.path);
}

void MainWindow::importPaths(const QStringList &paths, bool labelsFromFolders)
{
    if (!ensureProject()) {
        return;
    }
    ImportRequest request;
    for (const QString &p : paths) {
        request.paths.push_back(p.toStdString());
    }
    request.folderLabels =
        labelsFromFolders ? FolderLabels::FromClassNamedFolders : FolderLabels::Ignore;
    m_jobs->start(m_project.path, std::make_shared<ImportJob>(std::move(request)));
}

void MainWindow::exportDataset(const ExportChoice &choice)
{
    if (!ensureProject()) {
        return;
    }
    auto format = exportFormatFromString(choice.format.toStdString());
    auto include = exportInclusionFromString(choice.include.toStdString());
    auto images = imagePlacementFromString(choice.images.toStdString());
    for (const Error *e : {format ? nullptr : &format.error(), include ? nullptr : &include.error(),
                           images ? nullptr : &images.error()}) {
        if (e) {  // said, never dropped: the job did not start
            onJobFinished(QStringLiteral("export"), false, QString::fromStdString(e->message));
            return;
        }
    }
    m_lastExportFolder = choice.outFolder;
    ExportOptions options;
    options.format = *format;
    options.include = *include;
    options.images = *images;
    options.version = choice.version.toStdString();
    options.outDir = choice.outFolder.toStdString();
    m_jobs->start(m_project.path, std::make_shared<ExportJob>(std::move(options)));
}

void MainWindow::autoLabel()
{
    if (!ensureProject()) {
        return;
    }
    const QString kind = QStringLiteral("autolabel");
    if (m_jobs->runningKind() == kind || m_jobs->queuedKinds().contains(kind)) {
        statusBar()->showMessage(tr("An auto-label round is already on its way."), 5000);
        return;
    }
    m_jobs->start(m_project.path, std::make_shared<AutoLabelJob>(m_labeler));
    QMetaObject::invokeMethod(m_session, [s = m_session] { s->noteRoundStarted(); });
}

void MainWindow::setAutoRetrain(bool on)
{
    m_autoRetrain->setChecked(on);
    QSettings().setValue(QStringLiteral("retrainAutomatically"), on);
}

bool MainWindow::autoRetrain() const
{
    return m_autoRetrain->isChecked();
}

void MainWindow::setRoutingPolicy(const RoutingPolicy &policy)
{
    QMetaObject::invokeMethod(m_session, [s = m_session, policy] { s->setRoutingPolicy(policy); });
}

void MainWindow::confirmAndRemove(const QVector<qint64> &itemIds)
{
    const auto answer = QMessageBox::question(
        this, tr("Remove from Project"),
        tr("Remove %n item(s) from the project? Their files stay where they are; the "
           "removal is recorded in the decision log.",
           nullptr, int(itemIds.size())));
    if (answer != QMessageBox::Yes) {
        return;
    }
    QMetaObject::invokeMethod(m_session, [s = m_session, itemIds] { s->removeItems(itemIds); });
}

void MainWindow::showBrowse()
{
    m_tabs->setCurrentWidget(m_browse);
}

void MainWindow::showGrid()
{
    m_tabs->setCurrentWidget(m_grid);
}

void MainWindow::onJobFinished(const QString &kind, bool ok, const QString &message)
{
    m_jobProgress->setVisible(false);
    m_jobCancel->setVisible(false);
    m_jobLabel->setText(ok ? tr("%1 done: %2").arg(jobName(kind), message)
                           : tr("%1 stopped: %2").arg(jobName(kind), message));
    m_openExport->setVisible(ok && kind == QLatin1String("export"));
    updateActions();
    QMetaObject::invokeMethod(m_session, [s = m_session] {
        s->refreshReview();
        s->listModels();
    });
    m_browse->refresh();
    m_dashboard->refresh();  // every job may change its figures and warnings
    if (m_tabs->currentWidget() == m_grid) {
        m_grid->refresh();  // a round re-routes: the page may be stale
    }
    if (m_lfPanel) {
        m_lfPanel->refresh();  // votes, analysis: any job may have changed them
    }
    if (m_trustPanel) {
        m_trustPanel->refresh();  // thresholds and audits change with every round
    }
    Q_EMIT jobFinished(kind, ok, message);
}

// While the Review tab shows, a key press meant for another widget of this window (the
// menu bar after a menu closed with Esc, a toolbar button, the tab bar) goes to the review
// instead, so the annotator's keys never silently stop working. Text fields keep their
// typing, open menus and popups their keys, Alt its mnemonics, Tab its focus chain; other
// windows (dialogs, panels) are left alone.
bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    const bool keyEvent = event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease;
    if (!keyEvent || m_forwardingKey || watched == m_review ||
        m_tabs->currentWidget() != m_review || QApplication::activePopupWidget()) {
        return QMainWindow::eventFilter(watched, event);
    }
    auto *widget = qobject_cast<QWidget *>(watched);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool textInput = qobject_cast<QLineEdit *>(watched) ||
                           qobject_cast<QAbstractSpinBox *>(watched) ||
                           qobject_cast<QTextEdit *>(watched) ||
                           qobject_cast<QPlainTextEdit *>(watched);
    if (!widget || widget->window() != this || m_review->isAncestorOf(widget) || textInput ||
        (key->modifiers() & Qt::AltModifier) || key->key() == Qt::Key_Tab ||
        key->key() == Qt::Key_Backtab) {
        return QMainWindow::eventFilter(watched, event);
    }
    m_review->setFocus(Qt::OtherFocusReason);
    QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text(), key->isAutoRepeat(),
                   ushort(key->count()));
    // A key the review does not use travels up its parents: not through here again.
    const QScopedValueRollback forwarding(m_forwardingKey, true);
    QCoreApplication::sendEvent(m_review, &copy);
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !m_project.path.isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    if (!paths.isEmpty()) {
        importPaths(paths, false);
        event->acceptProposedAction();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_jobs->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Quit"),
            tr("A job is running. Cancel it and quit? What it finished is kept."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_jobs->clearQueue();
        m_jobs->cancel();
    }
    event->accept();
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    settings.setValue(QStringLiteral("recentProjects"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(path, this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

}  // namespace triage::ui
