#pragma once
// The two forms the File menu needs: a new project (name, classes, file) and an export
// (format, which labels, output folder). They only collect and check input.
#include <QDialog>

class QComboBox;
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

}  // namespace triage::ui
