#pragma once
// TrustPanel (Label ▸ Auto-accept by Class): per class, the threshold auto-accept uses under
// the target precision, the evidence behind it, the precision people measured on audits with
// its 95% interval, and why a class is not auto-accepted yet. Read through a ProjectWorker,
// again after every job.
#include <QDialog>

class QLabel;
class QTableWidget;

namespace triage::ui {

class ProjectWorker;

class TrustPanel : public QDialog {
    Q_OBJECT
public:
    enum Column { Class, Threshold, Evidence, Audited, Interval, Why, ColumnCount };

    explicit TrustPanel(const QString &projectPath, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();  // the table shows what the project has now (tests wait on it)

private:
    ProjectWorker *m_worker;
    QTableWidget *m_table;
    QLabel *m_summary;
};

}  // namespace triage::ui
