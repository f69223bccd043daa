#pragma once
// LfEditor: the form a lead fills in to add or change a labeling function, one page per
// kind, no code. Preview shows, before anything is stored, what it would vote on sample
// items (thumbnails with the vote and the person's label) with its coverage and accuracy.
// OK checks and stores it in the background and closes only once it is stored; a problem
// (an invalid pattern, a template that does not decode) is shown in the form instead.
#include "lfdefinition.h"
#include "uitypes.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QCheckBox;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace triage::ui {

class ProjectWorker;

class LfEditor : public QDialog {
    Q_OBJECT
public:
    // `existing` set: editing it (a new version on OK); else adding a new function.
    LfEditor(const QString &projectPath, const QVector<ClassChoice> &classes,
             const QStringList &classifiers, const QStringList &embedders,
             const std::optional<NamedLf> &existing, QWidget *parent = nullptr);
    ~LfEditor() override;

    QString name() const;
    void setName(const QString &name);
    // The definition the form describes now.
    LfDefinition definition() const;
    void setDefinition(const LfDefinition &definition);

    void preview();
    void accept() override;

    QListWidget *previewGrid() const { return m_grid; }
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    void previewShown();  // the grid is filled (tests wait on it)
    void stored();        // OK's store went through, just before the dialog closes

private:
    QWidget *patternPage();
    QWidget *folderPage();
    QWidget *rulePage();
    QWidget *cascadePage();
    QWidget *templatePage();
    QWidget *nearDuplicatePage();
    QWidget *modelPage();
    QWidget *neighboursPage();
    QWidget *learnerPage();
    QComboBox *classCombo(QWidget *parent) const;
    void addFolderRow(const QString &folder, const QString &className);
    void addConditionRow(const LfCondition &condition);
    void showProblem(const QString &message);

    QVector<ClassChoice> m_classes;
    bool m_editing = false;
    ProjectWorker *m_worker;
    int m_previewRequest = 0;

    QLineEdit *m_name;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QLabel *m_problem;
    QListWidget *m_grid;
    QLabel *m_previewSummary;

    QComboBox *m_patternClass = nullptr;
    QLineEdit *m_pattern = nullptr;
    QComboBox *m_syntax = nullptr;
    QComboBox *m_target = nullptr;
    QCheckBox *m_caseSensitive = nullptr;
    QTableWidget *m_folders = nullptr;
    QComboBox *m_ruleClass = nullptr;
    QTableWidget *m_conditions = nullptr;
    QComboBox *m_cascadeClass = nullptr;
    QComboBox *m_cascade = nullptr;
    QComboBox *m_cascadeMode = nullptr;
    QSpinBox *m_minHits = nullptr;
    QComboBox *m_templateClass = nullptr;
    QLineEdit *m_template = nullptr;
    QDoubleSpinBox *m_minScore = nullptr;
    QSpinBox *m_maxDistance = nullptr;
    QComboBox *m_classifier = nullptr;
    QDoubleSpinBox *m_modelConfidence = nullptr;
    QComboBox *m_embedder = nullptr;
    QSpinBox *m_neighbours = nullptr;
    QDoubleSpinBox *m_learnerConfidence = nullptr;
};

}  // namespace triage::ui
