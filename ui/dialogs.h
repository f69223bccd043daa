#pragma once
// The forms of the menus: a new project (name, classes, file), an export (version, format, which
// labels, output folder), the routing policy, and adding a model. They only collect and
// check input; the work runs as a job.
#include "projectmodels.h"
#include "versions.h"
#include "uitypes.h"

#include <QDialog>

#include <optional>
#include <QThreadPool>

class QCheckBox;
class QComboBox;
class QTableWidget;
class QDoubleSpinBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace triage::ui {

class NewProjectDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewProjectDialog(QWidget *parent = nullptr);

    QString name() const;
    QStringList classes() const;  // one a line, blank lines dropped
    QString projectPath() const;
    // The form as it was, with what went wrong: a project that could not be made is asked
    // for again, nothing typed lost.
    void restore(const QString &name, const QStringList &classes, const QString &path,
                 const QString &problem);
    QString problem() const;  // what the form says is wrong ("" when nothing)

    // Checks the form and makes the project file's folder when it does not exist yet; on a
    // problem the dialog stays open and says what it is.
    void accept() override;

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_classes;
    QLineEdit *m_path;
    QLabel *m_problem;
};

// What an export is asked to write, as the Export dialog's choices (or a test's) name it.
struct ExportChoice {
    QString format;   // "imagefolder", "csv", ... (exportFormatFromString)
    QString include;  // "accepted" or "human"
    QString images;   // "copy", "link" or "reference"
    QString version;  // a version's name, or "" for the labels as they are now
    QString outFolder;
};

// File ▸ Export Dataset: which labels (today's, or a dataset version's), the format, which
// labels, how images get there, and a new folder. It previews the counts and says when a
// choice cannot work (YOLO without splits, referenced images in a folder layout).
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QString &defaultFolder, QWidget *parent = nullptr);

    QString format() const;   // "imagefolder", "csv", ... (exportFormatFromString)
    QString include() const;  // "accepted" or "human"
    QString version() const;  // a version's name, or "" for the labels as they are now
    QString images() const;   // "copy", "link" or "reference"
    QString outFolder() const;
    ExportChoice choice() const;
    // What the preview counts, asked for off the GUI thread: the project's labels now, and
    // its versions (a version then appears in the picker).
    void setCounts(const ProjectCounts &counts);
    void setVersions(const std::vector<VersionSummary> &versions);
    void chooseVersion(const QString &name);
    void chooseFormat(const QString &format);
    void chooseImages(const QString &images);
    QString preview() const;
    QString problem() const;  // what the form says is wrong ("" when nothing)

    void accept() override;

private:
    void updatePreview();
    QString choiceProblem() const;

    QComboBox *m_version;
    QComboBox *m_format;
    QComboBox *m_include;
    QComboBox *m_images;
    QLineEdit *m_out;
    QLabel *m_preview;
    QLabel *m_problem;
    std::optional<ProjectCounts> m_counts;
    std::vector<VersionSummary> m_versions;
};

// The project's routing policy: the precision auto-accepted labels must reach (a threshold
// per class), or for experts one confidence threshold for every class; how many human
// labels a class needs first; the share of auto-accepts audited; the review queue's order.
class RoutingDialog : public QDialog {
    Q_OBJECT
public:
    explicit RoutingDialog(const RoutingPolicy &policy, QWidget *parent = nullptr);

    RoutingPolicy policy() const;

private:
    QComboBox *m_rule;  // target precision, or one threshold
    QDoubleSpinBox *m_target;
    QDoubleSpinBox *m_threshold;
    QSpinBox *m_minLabels;
    QDoubleSpinBox *m_auditShare;
    QComboBox *m_strategy;
};

// A TorchScript model to add: its file, name, kind, input, and for a classifier the project
// class each output votes for. A names file beside the model (same stem, .txt or .names;
// one model class a line) fills the mapping where names equal project classes.
class AddModelDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddModelDialog(const QVector<ClassChoice> &classes, QWidget *parent = nullptr);

    ~AddModelDialog() override;

    // Also looks for a names file beside it. Names files are found and read on a thread of
    // the dialog's own (the GUI thread never waits on the disk); the mapping fills in when
    // they arrive, unless the model file changed meanwhile.
    void setModelFile(const QString &path);
    void loadNames(const QString &namesFile);
    void setOutputCount(int outputs);
    AddModelRequest request() const;

    void accept() override;

Q_SIGNALS:
    void namesApplied();  // a names file's classes are in the mapping (tests wait on it)

private:
    // Reads `namesFile`, or the names file beside `modelFile` when namesFile is empty.
    void readNamesInBackground(const QString &modelFile, const QString &namesFile);
    void applyNames(const std::vector<std::string> &modelNames);

    QThreadPool m_disk;
    int m_namesRequest = 0;  // the latest; answers to older ones are dropped
    QVector<ClassChoice> m_classes;
    QLineEdit *m_file;
    QLineEdit *m_name;
    QComboBox *m_format;
    QComboBox *m_kind;
    QLineEdit *m_output;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_channels;
    QComboBox *m_resize;
    QComboBox *m_normalisation;
    QCheckBox *m_probabilities;
    QSpinBox *m_outputs;
    QTableWidget *m_mapping;
};

}  // namespace triage::ui
