#pragma once
// The two forms the File menu needs: a new project (name, classes, file) and an export
// (format, which labels, output folder). They only collect and check input.
#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
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

    void accept() override;

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_classes;
    QLineEdit *m_path;
};

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QString &defaultFolder, QWidget *parent = nullptr);

    QString format() const;   // "imagefolder" or "csv"
    QString include() const;  // "accepted" or "human"
    QString outFolder() const;

    void accept() override;

private:
    QComboBox *m_format;
    QComboBox *m_include;
    QLineEdit *m_out;
};

// The project's routing policy: the calibrated confidence needed to auto-accept, and how
// many human labels a class needs before its items can be auto-accepted.
class RoutingDialog : public QDialog {
    Q_OBJECT
public:
    RoutingDialog(double threshold, int minLabelsPerClass, QWidget *parent = nullptr);

    double threshold() const;
    int minLabelsPerClass() const;

private:
    QDoubleSpinBox *m_threshold;
    QSpinBox *m_minLabels;
};

}  // namespace triage::ui
