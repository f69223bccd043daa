#pragma once
// LfPanel (Label ▸ Labeling Functions): the project's labeling functions in a table with
// their analysis (coverage, overlap, conflict, accuracy against people with how many it
// rests on and a 95% interval, the accuracy the label model learned), sortable by any
// column; Add, Edit, Duplicate, Remove and Enable; Apply asks the main window to run them
// as a background job. Everything it reads or writes goes through a ProjectWorker.
#include "lfdefinition.h"
#include "uitypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace triage::ui {

class ProjectWorker;

class LfPanel : public QDialog {
    Q_OBJECT
public:
    enum Column {
        Name,
        Kind,
        Rule,
        Enabled,
        Coverage,
        Overlap,
        Conflict,
        Accuracy,
        Checked,
        Interval,
        Learned,
        ColumnCount
    };

    LfPanel(const QString &projectPath, const QVector<ClassChoice> &classes,
            QWidget *parent = nullptr);

    struct Row;  // one function as the table shows it

    QTableWidget *table() const { return m_table; }
    QPushButton *applyButton() const { return m_apply; }
    QComboBox *labelModelChoice() const { return m_labelModel; }
    // The panel's Export and Import, without their file dialogs (tests call these).
    void exportTo(const QString &file);
    void importFrom(const QString &file);
    // The editor Add opens (nullptr when none is open), for tests.
    QDialog *openEditor() const { return m_editor; }

public Q_SLOTS:
    void refresh();                      // re-reads the functions and their analysis
    void setApplyEnabled(bool enabled);  // off while a job runs

Q_SIGNALS:
    void applyRequested();
    void refreshed();  // the table shows what the project has now (tests wait on it)

private:
    void showRows(const std::vector<Row> &rows, const QString &summary);
    void openEditorFor(std::optional<NamedLf> existing, const QString &suggestedName = {},
                       const std::optional<LfDefinition> &copyOf = std::nullopt);
    std::optional<NamedLf> selected() const;
    void changeSelected(bool remove);
    void chooseLabelModel();

    QString m_projectPath;
    QVector<ClassChoice> m_classes;
    QStringList m_classifiers;
    QStringList m_embedders;
    std::vector<NamedLf> m_functions;  // by table row before sorting: the Name column's data
    ProjectWorker *m_worker;
    QTableWidget *m_table;
    QLabel *m_summary;
    QComboBox *m_labelModel;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QPushButton *m_enable;
    QPushButton *m_apply;
    QDialog *m_editor = nullptr;
};

}  // namespace triage::ui
