#pragma once
// DashboardView (the Dashboard tab): the lead's charts (core's dashboardcharts.h drawn
// with Qt Charts), the drift warnings past the limits the lead set, and buttons to change
// those limits and to save the report (SVG, PNG and JSON). Read through a ProjectWorker,
// off the GUI thread, when the tab shows and after every job.
#include "dashboard.h"

#include <QWidget>

#include <optional>

class QChartView;
class QGridLayout;
class QLabel;
class QPushButton;

namespace triage::ui {

class ProjectWorker;

class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);

    void setProject(const QString &projectPath);

    QLabel *warnings() const { return m_warnings; }
    QLabel *summary() const { return m_summary; }
    QPushButton *limitsButton() const { return m_limits; }
    // The chart views in dashboardCharts() order, and each one's note.
    const QList<QChartView *> &chartViews() const { return m_views; }
    const QList<QLabel *> &notes() const { return m_notes; }
    const std::optional<Dashboard> &dashboard() const { return m_dashboard; }

public Q_SLOTS:
    void refresh();
    void editLimits();
    void saveReport();
    // Writes the report into `folder` (the SVG, the PNG of each chart as shown, the JSON).
    void saveReportTo(const QString &folder);

Q_SIGNALS:
    void refreshed();                  // shows what the project has now (tests wait on it)
    void warningsChanged(int count);   // drift warnings of the latest round
    void reportSaved(const QString &folder, const QString &problem);  // problem: "" when saved

private:
    void show(Dashboard dashboard);
    void showProblem(const QString &message);

    QString m_path;
    ProjectWorker *m_worker = nullptr;
    std::optional<Dashboard> m_dashboard;
    QLabel *m_warnings;
    QLabel *m_summary;
    QPushButton *m_limits;
    QPushButton *m_save;
    QGridLayout *m_grid;
    QList<QChartView *> m_views;
    QList<QLabel *> m_notes;
};

// A drift warning in the user's language.
QString driftWarningText(const DriftWarning &warning, const RoundStats &round);

}  // namespace triage::ui
