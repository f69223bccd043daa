#pragma once
// Dataset versions in the GUI. CreateVersionDialog (File ▸ Create Dataset Version…) asks for
// a name, a note, which labels and the splits. VersionsPanel (File ▸ Dataset Versions…) lists
// the versions with their counts per class, source and split, compares two (items added,
// removed, relabelled: a double-click opens a relabelled item for review) and deletes one.
// All store work runs on a ProjectWorker, off the GUI thread.
#include "uitypes.h"
#include "versions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace triage::ui {

class ProjectWorker;

class CreateVersionDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateVersionDialog(QWidget *parent = nullptr);

    VersionRequest request() const;  // createdBy left empty

    QLineEdit *name() const { return m_name; }
    QCheckBox *splits() const { return m_splits; }
    QDoubleSpinBox *train() const { return m_train; }
    QLabel *problem() const { return m_problem; }

    void accept() override;  // refuses a nameless version or fractions not adding up to 1

private:
    QLineEdit *m_name;
    QLineEdit *m_note;
    QComboBox *m_include;
    QDoubleSpinBox *m_minConfidence;
    QCheckBox *m_splits;
    QDoubleSpinBox *m_train;
    QDoubleSpinBox *m_val;
    QDoubleSpinBox *m_test;
    QSpinBox *m_seed;
    QLabel *m_problem;
};

class VersionsPanel : public QDialog {
    Q_OBJECT
public:
    VersionsPanel(const QString &projectPath, const QVector<ClassChoice> &classes,
                  QWidget *parent = nullptr);

    QTableWidget *versions() const { return m_versions; }
    QTableWidget *counts() const { return m_counts; }
    QTableWidget *relabelled() const { return m_relabelled; }
    QLabel *diffSummary() const { return m_diffSummary; }
    QComboBox *compareFrom() const { return m_from; }
    QComboBox *compareTo() const { return m_to; }

public Q_SLOTS:
    void refresh();
    void compare();  // the versions chosen in the two boxes
    void deleteSelected();

Q_SIGNALS:
    void refreshed();  // the list shows what the project has now (tests wait on it)
    void compared();
    void openItem(qint64 itemId);

private:
    void showCounts(int row);
    void showProblem(const QString &message);

    ProjectWorker *m_worker;
    QVector<ClassChoice> m_classes;
    std::vector<VersionSummary> m_list;
    QTableWidget *m_versions;
    QTableWidget *m_counts;
    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_diffSummary;
    QTableWidget *m_classChanges;
    QTableWidget *m_relabelled;
    QTabWidget *m_tabs;
    QLabel *m_problem;
};

}  // namespace triage::ui
