#include "dialogs.h"

#include "filedialogs.h"

#include "storerules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace triage::ui {
namespace {

QWidget *withBrowseButton(QLineEdit *edit, QWidget *parent, std::function<QString()> choose)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(QObject::tr("Browse…"), row);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, choose] {
        const QString chosen = choose();
        if (!chosen.isEmpty()) {
            edit->setText(chosen);
        }
    });
    return row;
}

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

}  // namespace

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_classes(new QPlainTextEdit(this)),
      m_path(new QLineEdit(this))
{
    setWindowTitle(tr("New project"));
    m_classes->setPlaceholderText(tr("One class a line, e.g.\ncat\ndog"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents).filePath(QStringLiteral("project.triage")));
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        const QFileInfo current(m_path->text());
        m_path->setText(current.dir().filePath(name.trimmed().isEmpty()
                                                   ? QStringLiteral("project.triage")
                                                   : name.trimmed() + QStringLiteral(".triage")));
    });
    auto *form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Classes:"), m_classes);
    form->addRow(tr("Project file:"), withBrowseButton(m_path, this, [this] {
                     return chooseFileToSave(this, tr("Project file"), m_path->text(),
                                             tr("Triage projects (*.triage)"));
                 }));
    form->addRow(okCancel(this));
    resize(480, 360);
}

QString NewProjectDialog::name() const
{
    return m_name->text().trimmed();
}
QString NewProjectDialog::projectPath() const
{
    return m_path->text().trimmed();
}

QStringList NewProjectDialog::classes() const
{
    QStringList out;
    for (const QString &line : m_classes->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            out << line.trimmed();
        }
    }
    return out;
}

void NewProjectDialog::accept()
{
    QString problem;
    if (name().isEmpty()) {
        problem = tr("Give the project a name.");
    } else if (classes().size() < 2) {
        problem = tr("A project needs at least two classes.");
    } else if (projectPath().isEmpty()) {
        problem = tr("Choose where to save the project file.");
    } else if (QFileInfo::exists(projectPath())) {
        problem = tr("%1 already exists; choose another file.").arg(projectPath());
    }
    for (const QString &c : classes()) {
        if (auto valid = validateClassName(c.toStdString()); !valid && problem.isEmpty()) {
            problem = QString::fromStdString(valid.error().message);
        }
    }
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    QDialog::accept();
}

ExportDialog::ExportDialog(const QString &defaultFolder, QWidget *parent)
    : QDialog(parent), m_format(new QComboBox(this)), m_include(new QComboBox(this)),
      m_out(new QLineEdit(this))
{
    setWindowTitle(tr("Export dataset"));
    m_format->addItem(tr("ImageFolder (a folder per class)"), QStringLiteral("imagefolder"));
    m_format->addItem(tr("CSV (path, label, source, confidence)"), QStringLiteral("csv"));
    m_include->addItem(tr("Human and auto-accepted labels"), QStringLiteral("accepted"));
    m_include->addItem(tr("Human labels only"), QStringLiteral("human"));
    m_out->setText(defaultFolder);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Labels:"), m_include);
    form->addRow(tr("New folder:"), withBrowseButton(m_out, this, [this] {
                     const QString parent = chooseFolder(this, tr("Export into"));
                     return parent.isEmpty()
                                ? QString()
                                : QDir(parent).filePath(QFileInfo(m_out->text()).fileName());
                 }));
    form->addRow(okCancel(this));
    resize(520, 160);
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}
QString ExportDialog::include() const
{
    return m_include->currentData().toString();
}
QString ExportDialog::outFolder() const
{
    return m_out->text().trimmed();
}

void ExportDialog::accept()
{
    const QDir out(outFolder());
    if (outFolder().isEmpty() || (out.exists() && !out.isEmpty())) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Choose a new or empty folder to export into."));
        return;
    }
    QDialog::accept();
}

RoutingDialog::RoutingDialog(double threshold, int minLabelsPerClass, QWidget *parent)
    : QDialog(parent), m_threshold(new QDoubleSpinBox(this)), m_minLabels(new QSpinBox(this))
{
    setWindowTitle(tr("Auto-accept settings"));
    m_threshold->setRange(0.5, 1.0);
    m_threshold->setDecimals(3);
    m_threshold->setSingleStep(0.005);
    m_threshold->setValue(threshold);
    m_minLabels->setRange(0, 100000);
    m_minLabels->setValue(minLabelsPerClass);
    auto *form = new QFormLayout(this);
    auto *explain =
        new QLabel(tr("An item is auto-accepted when the learner's calibrated confidence "
                      "reaches the threshold and people have labelled at least the "
                      "minimum number of items of its class. Everything else goes to "
                      "review. Applies from the next auto-label run."),
                   this);
    explain->setWordWrap(true);
    form->addRow(explain);
    form->addRow(tr("Confidence threshold:"), m_threshold);
    form->addRow(tr("Human labels per class first:"), m_minLabels);
    form->addRow(okCancel(this));
    resize(460, 200);
}

double RoutingDialog::threshold() const
{
    return m_threshold->value();
}

int RoutingDialog::minLabelsPerClass() const
{
    return m_minLabels->value();
}

}  // namespace triage::ui
