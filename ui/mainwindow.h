#pragma once
// MainWindow: menus (File: new, open, recent, import folder, export, quit; Label:
// auto-label, auto-accept settings, undo, redo), the Review and Browse tabs, and the status bar
// with the running job's progress and a cancel button. Folders dropped on the window are imported.
// All project work goes to the ProjectSession thread or a JobRunner job.
#include "projectmodels.h"
#include "uitypes.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <QThread>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace triage {
class AutoLabeler;
}

namespace triage::ui {

class BrowseSession;
struct ExportChoice;
class BrowseView;
class DashboardView;
class GridView;
class JobRunner;
class LfPanel;
class TrustPanel;
class VersionsPanel;
class ProjectSession;
class ReviewView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openProject(const QString &path);
    // Asks for a PostgreSQL project's URL and opens it.
    void openServerProject();
    // File ▸ New Project: the form, empty or as it was with what went wrong.
    void newProject(const QString &name = {}, const QStringList &classes = {},
                    const QString &path = {}, const QString &problem = {});
    void createProject(const QString &path, const QString &name, const QStringList &classes);
    void importPaths(const QStringList &paths, bool labelsFromFolders);
    void exportDataset(const ExportChoice &choice);
    void autoLabel();
    // Label ▸ Retrain Automatically: a round starts by itself once people have given enough
    // new labels (on unless turned off; remembered).
    void setAutoRetrain(bool on);
    bool autoRetrain() const;
    void showBrowse();
    void setRoutingPolicy(const RoutingPolicy &policy);
    // Models people bring: added and scored as background jobs.
    void addModel(const AddModelRequest &request);
    void scoreWithModel(const QString &name);
    // The learner trains on this embedder's features from the next round; "" for pixels.
    void setLearnerBackbone(const QString &embedder);
    // Label ▸ Labeling Functions: the panel (opened once, raised after), and its Apply.
    void showLabelingFunctions();
    void applyLabelingFunctions();
    LfPanel *labelingFunctionsPanel() const;
    void showTrustPanel();  // Label ▸ Auto-accept by Class
    TrustPanel *trustPanel() const;
    void createDatasetVersion();  // File ▸ Create Dataset Version…
    void showVersionsPanel();     // File ▸ Dataset Versions…
    VersionsPanel *versionsPanel() const;
    const QString &learnerBackbone() const { return m_backbone; }
    const QStringList &modelNames() const { return m_modelNames; }

    ReviewView *reviewView() const { return m_review; }
    BrowseView *browseView() const { return m_browse; }
    GridView *gridView() const { return m_grid; }
    DashboardView *dashboardView() const { return m_dashboard; }
    void showGrid();
    JobRunner *jobs() const { return m_jobs; }
    const AutoLabeler &labeler() const { return *m_labeler; }
    QPushButton *openExportButton() const { return m_openExport; }
    const ProjectInfo &project() const { return m_project; }

Q_SIGNALS:
    void projectOpened(const QString &path);
    void projectOpenFailed(const QString &message);
    void projectCreateFailed(const QString &message);
    void projectCreateRequested(const QString &path, const QString &name,
                                const QStringList &classes);
    void jobFinished(const QString &kind, bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildViewMenu();
    void onOpened(const ProjectInfo &info);
    void onJobFinished(const QString &kind, bool ok, const QString &message);
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void rebuildModelsMenu();
    void updateActions();
    bool ensureProject();
    void showJobStatus(const QString &stage);
    QString projectFolder() const;
    void confirmAndRemove(const QVector<qint64> &itemIds);

    ProjectInfo m_project;
    QThread m_sessionThread;
    ProjectSession *m_session;
    // The browse view's queries: a thread and a connection apart from the review's.
    QThread m_browseThread;
    BrowseSession *m_browseSession;
    JobRunner *m_jobs;
    // Kept while the project is open: each round reuses the images earlier rounds decoded.
    std::shared_ptr<AutoLabeler> m_labeler;

    QTabWidget *m_tabs;
    ReviewView *m_review;
    BrowseView *m_browse;
    GridView *m_grid;
    DashboardView *m_dashboard;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_scoreMenu = nullptr;
    QMenu *m_learnFromMenu = nullptr;
    QStringList m_modelNames;  // of the open project, as the session last listed them
    QStringList m_embedderNames;
    QString m_backbone;  // "" for pixels
    QList<QAction *> m_projectActions;
    QAction *m_autoRetrain = nullptr;
    QPointer<LfPanel> m_lfPanel;
    QPointer<TrustPanel> m_trustPanel;
    QPointer<VersionsPanel> m_versionsPanel;
    bool m_forwardingKey = false;  // eventFilter is handing a key to the review
    QString m_jobStage;  // the running job's last progress, as shown
    QLabel *m_jobLabel;
    QProgressBar *m_jobProgress;
    QPushButton *m_jobCancel;
    QPushButton *m_openExport;  // after an export: its folder in the file manager
    QString m_lastExportFolder;
};

}  // namespace triage::ui
