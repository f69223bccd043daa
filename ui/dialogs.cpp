#include "dialogs.h"

#include "filedialogs.h"
#include "posixfile.h"
#include "theme.h"

#include "exportformat.h"
#include "projectstore.h"
#include "storerules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>
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
      m_path(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("New project"));
    m_classes->setPlaceholderText(tr("One class a line, e.g.\ncat\ndog"));
    // Documents where there is one (a fresh account may have none), else the home folder.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = QFileInfo(documents).isDir() ? documents : QDir::homePath();
    m_path->setText(QDir(folder).filePath(QStringLiteral("project.triage")));
    m_path->setMinimumWidth(360);
    m_problem->setWordWrap(true);
    showAsProblem(m_problem);
    m_problem->setVisible(false);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (isDatabaseUrl(m_path->text().trimmed().toStdString())) {
            return;  // a database's name is the user's to give
        }
        const QFileInfo current(m_path->text());
        m_path->setText(current.dir().filePath(name.trimmed().isEmpty()
                                                   ? QStringLiteral("project.triage")
                                                   : name.trimmed() + QStringLiteral(".triage")));
    });
    auto *form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Classes:"), m_classes);
    m_path->setToolTip(tr("A project file, or the postgresql://user@host/database URL of a "
                          "database a team shares"));
    form->addRow(tr("Project file:"), withBrowseButton(m_path, this, [this] {
                     return chooseFileToSave(this, tr("Project file"), m_path->text(),
                                             tr("Triage projects (*.triage)"));
                 }));
    form->addRow(m_problem);
    form->addRow(okCancel(this));
    resize(520, 380);
}

void NewProjectDialog::restore(const QString &name, const QStringList &classes,
                               const QString &path, const QString &problem)
{
    m_name->setText(name);
    m_classes->setPlainText(classes.join(QLatin1Char('\n')));
    m_path->setText(path);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString NewProjectDialog::problem() const
{
    return m_problem->text();
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
    } else if (isDatabaseUrl(projectPath().toStdString())) {
        // A database: the server says whether it can be made (it must hold no tables).
    } else if (QFileInfo::exists(projectPath())) {
        problem = tr("%1 already exists; choose another file.").arg(projectPath());
    }
    for (const QString &c : classes()) {
        if (auto valid = validateClassName(c.toStdString()); !valid && problem.isEmpty()) {
            problem = QString::fromStdString(valid.error().message);
        }
    }
    const QString folder = QFileInfo(projectPath()).absolutePath();
    if (problem.isEmpty() && isDatabaseUrl(projectPath().toStdString())) {
        // no folder to check
    } else if (problem.isEmpty() && !QDir().mkpath(folder)) {
        problem = tr("The folder %1 does not exist and cannot be made; choose another place.")
                      .arg(folder);
    } else if (problem.isEmpty() && !QFileInfo(folder).isWritable()) {
        problem = tr("The folder %1 cannot be written to; choose another place.").arg(folder);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty()) {
        QDialog::accept();
    }
}

ExportDialog::ExportDialog(const QString &defaultFolder, QWidget *parent)
    : QDialog(parent), m_version(new QComboBox(this)), m_format(new QComboBox(this)),
      m_include(new QComboBox(this)), m_images(new QComboBox(this)), m_out(new QLineEdit(this)),
      m_preview(new QLabel(tr("Counting the labels…"), this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Export dataset"));
    m_version->addItem(tr("The labels as they are now"), QString());
    const std::pair<const char *, QString> formats[] = {
        {"imagefolder", tr("ImageFolder (a folder per class; per split when the version has splits)")},
        {"csv", tr("CSV (path, label, source, confidence)")},
        {"jsonl", tr("JSON Lines (one object per item, with where its label came from)")},
        {"coco", tr("COCO (image-level categories)")},
        {"yolo", tr("YOLO classification (train/val/test folders and classes.txt)")},
        {"hf", tr("Hugging Face imagefolder (metadata.jsonl)")},
        {"labelstudio", tr("Label Studio tasks (automatic labels as predictions)")}};
    for (const auto &[key, text] : formats) {
        m_format->addItem(text, QString::fromLatin1(key));
    }
    m_include->addItem(tr("Human and auto-accepted labels"), QStringLiteral("accepted"));
    m_include->addItem(tr("Human labels only"), QStringLiteral("human"));
    m_images->addItem(tr("Copy them"), QStringLiteral("copy"));
    m_images->addItem(tr("Hard-link them (copies where the disk cannot link)"), QStringLiteral("link"));
    m_images->addItem(tr("Refer to the originals by path"), QStringLiteral("reference"));
    m_out->setText(defaultFolder);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Labels of:"), m_version);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Labels:"), m_include);
    form->addRow(tr("Images:"), m_images);
    form->addRow(tr("New folder:"), withBrowseButton(m_out, this, [this] {
                     const QString parent = chooseFolder(this, tr("Export into"));
                     return parent.isEmpty()
                                ? QString()
                                : QDir(parent).filePath(QFileInfo(m_out->text()).fileName());
                 }));
    m_out->setMinimumWidth(480);  // a whole path shows, not its first half
    m_out->setCursorPosition(0);
    m_preview->setWordWrap(true);
    m_problem->setWordWrap(true);
    showAsProblem(m_problem);
    m_problem->setVisible(false);
    form->addRow(m_preview);
    form->addRow(m_problem);
    form->addRow(okCancel(this));
    for (QComboBox *box : {m_version, m_format, m_include, m_images}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    }
    resize(720, 280);  // room for a two-line preview and a problem under it
}

void ExportDialog::setCounts(const ProjectCounts &counts)
{
    m_counts = counts;
    updatePreview();
}

void ExportDialog::setVersions(const std::vector<VersionSummary> &versions)
{
    m_versions = versions;
    const QString chosen = version();
    m_version->blockSignals(true);
    while (m_version->count() > 1) {
        m_version->removeItem(1);
    }
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {  // newest first
        const QString name = QString::fromStdString(it->version.name);
        m_version->addItem(tr("Version %1 (%2)")
                               .arg(name, QString::fromStdString(it->version.createdAt.substr(0, 10))),
                           name);
    }
    m_version->setCurrentIndex(std::max(0, m_version->findData(chosen)));
    m_version->blockSignals(false);
    updatePreview();
}

void ExportDialog::chooseVersion(const QString &name)
{
    m_version->setCurrentIndex(std::max(0, m_version->findData(name)));
}

void ExportDialog::chooseFormat(const QString &format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
}

void ExportDialog::chooseImages(const QString &images)
{
    m_images->setCurrentIndex(std::max(0, m_images->findData(images)));
}

QString ExportDialog::preview() const
{
    return m_preview->text();
}

QString ExportDialog::problem() const
{
    return m_problem->text();
}

// Said in the form's words; the exporter refuses the same choices (exportChoiceProblem).
QString ExportDialog::choiceProblem() const
{
    const auto chosenFormat = exportFormatFromString(format().toStdString());
    if (!chosenFormat) {
        return {};
    }
    const VersionSummary *chosen = nullptr;
    for (const VersionSummary &v : m_versions) {
        chosen = QString::fromStdString(v.version.name) == version() ? &v : chosen;
    }
    if (images() == QLatin1String("reference") && keepsImagesInItsFolders(*chosenFormat)) {
        return tr("This format keeps the images in its own folders: copy or link them.");
    }
    if (needsSplits(*chosenFormat) && !(chosen && chosen->version.splits)) {
        return tr("YOLO needs train and validation splits: choose a dataset version created "
                  "with splits (File ▸ Create Dataset Version).");
    }
    return {};
}

void ExportDialog::updatePreview()
{
    const QString problem = choiceProblem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool withAuto = include() == QLatin1String("accepted");
    qint64 people = 0, automatic = 0, train = 0, val = 0, test = 0;
    int classes = 0;
    bool known = false, splits = false;
    if (version().isEmpty() && m_counts) {
        known = true;
        for (const ClassCount &c : m_counts->byClass) {
            people += c.human + c.imported;
            automatic += withAuto ? c.automatic : 0;
            classes += (c.human + c.imported + (withAuto ? c.automatic : 0)) > 0 ? 1 : 0;
        }
    }
    for (const VersionSummary &v : m_versions) {
        if (QString::fromStdString(v.version.name) != version() || version().isEmpty()) {
            continue;
        }
        known = true;
        splits = v.version.splits.has_value() && withAuto;  // split counts include auto labels
        for (const VersionClassCount &c : v.classes) {
            people += c.human + c.imported;
            automatic += withAuto ? c.automatic : 0;
            classes += (c.human + c.imported + (withAuto ? c.automatic : 0)) > 0 ? 1 : 0;
            train += c.train;
            val += c.val;
            test += c.test;
        }
    }
    if (!known) {
        m_preview->setText(tr("Counting the labels…"));
        return;
    }
    QString text =
        people + automatic == 0
            ? tr("No item has such a label: the export would be empty.")
            : tr("Writes %L1 items: %L2 labelled by people or imports, %L3 auto-accepted. "
                 "Classes with items: %L4.")
                  .arg(people + automatic)
                  .arg(people)
                  .arg(automatic)
                  .arg(classes);
    if (splits) {
        text += QLatin1Char(' ') +
                tr("Splits: %L1 train, %L2 validation, %L3 test.").arg(train).arg(val).arg(test);
    }
    m_preview->setText(text);
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}
QString ExportDialog::include() const
{
    return m_include->currentData().toString();
}
QString ExportDialog::version() const
{
    return m_version->currentData().toString();
}
QString ExportDialog::images() const
{
    return m_images->currentData().toString();
}
QString ExportDialog::outFolder() const
{
    return m_out->text().trimmed();
}
ExportChoice ExportDialog::choice() const
{
    return {format(), include(), images(), version(), outFolder()};
}

void ExportDialog::accept()
{
    const QDir out(outFolder());
    const bool usable = !outFolder().isEmpty() && !(out.exists() && !out.isEmpty());
    const QString problem =
        usable ? choiceProblem() : tr("Choose a new or empty folder to export into.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty()) {
        QDialog::accept();
    }
}

RoutingDialog::RoutingDialog(const RoutingPolicy &policy, QWidget *parent)
    : QDialog(parent), m_rule(new QComboBox(this)), m_target(new QDoubleSpinBox(this)),
      m_threshold(new QDoubleSpinBox(this)), m_minLabels(new QSpinBox(this)),
      m_auditShare(new QDoubleSpinBox(this)), m_strategy(new QComboBox(this))
{
    const double threshold = policy.acceptThreshold;
    const int minLabelsPerClass = policy.minHumanLabelsPerClass;
    m_rule->addItem(tr("Target precision (a threshold per class)"), true);
    m_rule->addItem(tr("One confidence threshold for every class"), false);
    m_rule->setCurrentIndex(policy.targetPrecision > 0 ? 0 : 1);
    m_target->setRange(kMinTargetPrecision * 100, kMaxTargetPrecision * 100);
    m_target->setDecimals(2);
    m_target->setSuffix(QStringLiteral(" %"));
    m_target->setValue((policy.targetPrecision > 0 ? policy.targetPrecision
                                                   : RoutingPolicy{}.targetPrecision) *
                       100);
    m_auditShare->setRange(0, kMaxAuditShare * 100);
    m_auditShare->setDecimals(1);
    m_auditShare->setSuffix(QStringLiteral(" %"));
    m_auditShare->setValue(policy.auditShare * 100);
    m_strategy->addItem(tr("Typical items of each cluster first, then margin (mixed)"),
                        int(SamplingStrategy::Mixed));
    m_strategy->addItem(tr("Least confident first"), int(SamplingStrategy::LeastConfidence));
    m_strategy->addItem(tr("Closest two classes first (margin)"), int(SamplingStrategy::Margin));
    m_strategy->addItem(tr("Most uncertain distribution first (entropy)"),
                        int(SamplingStrategy::Entropy));
    m_strategy->addItem(tr("Closest two classes, spread over the pool (diverse)"),
                        int(SamplingStrategy::Diverse));
    m_strategy->setCurrentIndex(m_strategy->findData(int(policy.strategy)));
    setWindowTitle(tr("Auto-accept settings"));
    m_threshold->setRange(0.5, 1.0);
    m_threshold->setDecimals(3);
    m_threshold->setSingleStep(0.005);
    m_threshold->setValue(threshold);
    m_minLabels->setRange(0, 100000);
    m_minLabels->setValue(minLabelsPerClass);
    auto *form = new QFormLayout(this);
    auto *explain = new QLabel(
        tr("With a target precision, Triage gives each class the lowest confidence threshold "
           "at which people's labels, scored out of fold, show with 95% confidence that "
           "auto-accepted labels reach the target; a class without that evidence yet is not "
           "auto-accepted (Label ▸ Auto-accept by Class says what it needs). Experts can set "
           "one threshold for every class instead. The audit share of would-be auto-accepts "
           "goes to review to measure their precision. Applies from the next auto-label run."),
        this);
    explain->setWordWrap(true);
    form->addRow(explain);
    form->addRow(tr("Auto-accept by:"), m_rule);
    form->addRow(tr("Target precision:"), m_target);
    form->addRow(tr("Confidence threshold:"), m_threshold);
    form->addRow(tr("Human labels per class first:"), m_minLabels);
    form->addRow(tr("Audit share:"), m_auditShare);
    form->addRow(tr("Review queue order:"), m_strategy);
    form->addRow(okCancel(this));
    const auto showRule = [this] {
        const bool target = m_rule->currentData().toBool();
        m_target->setEnabled(target);
        m_threshold->setEnabled(!target);
    };
    connect(m_rule, &QComboBox::currentIndexChanged, this, showRule);
    showRule();
    resize(560, 320);
}

RoutingPolicy RoutingDialog::policy() const
{
    RoutingPolicy policy{m_threshold->value(), m_minLabels->value(),
                         SamplingStrategy(m_strategy->currentData().toInt())};
    policy.targetPrecision = m_rule->currentData().toBool() ? m_target->value() / 100 : 0.0;
    policy.auditShare = m_auditShare->value() / 100;
    return policy;
}

AddModelDialog::AddModelDialog(const QVector<ClassChoice> &classes, QWidget *parent)
    : QDialog(parent), m_classes(classes), m_file(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_format(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_output(new QLineEdit(this)),
      m_width(new QSpinBox(this)), m_height(new QSpinBox(this)), m_channels(new QComboBox(this)),
      m_resize(new QComboBox(this)), m_normalisation(new QComboBox(this)),
      m_probabilities(new QCheckBox(tr("The model outputs probabilities, not logits"), this)),
      m_outputs(new QSpinBox(this)), m_mapping(new QTableWidget(0, 2, this))
{
    setWindowTitle(tr("Add model"));
    m_format->addItem(tr("From the file name (.pt, .onnx)"), 0);
    m_format->addItem(tr("TorchScript (LibTorch)"), int(ModelFormat::TorchScript));
    m_format->addItem(tr("ONNX (OpenCV DNN, CPU)"), int(ModelFormat::Onnx));
    m_normalisation->addItem(tr("ImageNet mean and std"), int(Normalisation::ImageNet));
    m_normalisation->addItem(tr("Pixels scaled to 0…1"), int(Normalisation::UnitRange));
    m_normalisation->addItem(tr("Pixels scaled to −1…1"), int(Normalisation::SymmetricRange));
    m_kind->addItem(tr("Classifier (a score per class)"), int(ModelKind::Classifier));
    m_kind->addItem(tr("Embedder (a vector per image)"), int(ModelKind::Embedder));
    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(1, 4096);
        side->setValue(224);
    }
    m_width->setObjectName(QStringLiteral("inputWidth"));
    m_height->setObjectName(QStringLiteral("inputHeight"));
    m_mapping->setObjectName(QStringLiteral("mapping"));
    m_normalisation->setObjectName(QStringLiteral("normalisation"));
    m_channels->addItem(tr("RGB"), int(ChannelOrder::Rgb));
    m_channels->addItem(tr("BGR"), int(ChannelOrder::Bgr));
    m_channels->addItem(tr("Gray"), int(ChannelOrder::Gray));
    m_resize->addItem(tr("Stretch to the input"), int(ResizeMode::Stretch));
    m_resize->addItem(tr("Fit, padding the rest"), int(ResizeMode::Fit));
    m_resize->addItem(tr("Crop the centre"), int(ResizeMode::CentreCrop));
    m_outputs->setRange(1, 100000);
    m_mapping->setHorizontalHeaderLabels({tr("Model output"), tr("Project class")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->setVisible(false);

    auto *size = new QWidget(this);
    auto *sizeRow = new QHBoxLayout(size);
    sizeRow->setContentsMargins(0, 0, 0, 0);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), size));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    auto *names = new QPushButton(tr("Load Class Names…"), this);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Model file:"),
                 withBrowseButton(m_file, this, [this] {
                     return chooseFileToOpen(this, tr("Model file"),
                                             tr("Models (*.pt *.pth *.ts *.torchscript *.onnx);;"
                                                "All files (*)"));
                 }));
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    m_output->setPlaceholderText(tr("the forward's output; or a method or node name"));
    m_output->setEnabled(false);
    form->addRow(tr("Embedding output:"), m_output);
    form->addRow(tr("Input size:"), size);
    form->addRow(tr("Channels:"), m_channels);
    form->addRow(tr("Resize:"), m_resize);
    form->addRow(tr("Normalisation:"), m_normalisation);
    form->addRow(QString(), m_probabilities);
    form->addRow(tr("Model outputs:"), m_outputs);
    form->addRow(tr("Mapping:"), m_mapping);
    form->addRow(QString(), names);
    form->addRow(okCancel(this));

    connect(m_file, &QLineEdit::editingFinished, this, [this] { setModelFile(m_file->text()); });
    connect(m_file, &QLineEdit::textChanged, this, [this](const QString &path) {
        if (m_name->text().isEmpty() || m_name->isModified() == false) {
            m_name->setText(QFileInfo(path).completeBaseName());
        }
    });
    connect(m_outputs, &QSpinBox::valueChanged, this, &AddModelDialog::setOutputCount);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, names] {
        const bool classifier = m_kind->currentData().toInt() == int(ModelKind::Classifier);
        m_output->setEnabled(!classifier);
        for (QWidget *w : {static_cast<QWidget *>(m_outputs), static_cast<QWidget *>(m_mapping),
                           static_cast<QWidget *>(names), static_cast<QWidget *>(m_probabilities)}) {
            w->setEnabled(classifier);
        }
    });
    connect(names, &QPushButton::clicked, this, [this] {
        const QString file =
            chooseFileToOpen(this, tr("Class names, one a line"), tr("Text (*.txt *.names);;All files (*)"));
        if (!file.isEmpty()) {
            loadNames(file);
        }
    });
    m_outputs->setValue(int(classes.size()));
    setOutputCount(int(classes.size()));
    m_disk.setMaxThreadCount(1);
    resize(560, 560);
}

AddModelDialog::~AddModelDialog()
{
    m_disk.waitForDone();  // a read in flight finishes before the dialog goes
}

void AddModelDialog::setModelFile(const QString &path)
{
    m_file->setText(path);
    readNamesInBackground(path, QString());
}

void AddModelDialog::loadNames(const QString &namesFile)
{
    readNamesInBackground(m_file->text(), namesFile);
}

void AddModelDialog::readNamesInBackground(const QString &modelFile, const QString &namesFile)
{
    const int request = ++m_namesRequest;
    m_disk.start([this, request, model = modelFile.toStdString(), chosen = namesFile.toStdString()] {
        const std::optional<std::string> file = chosen.empty() ? namesFileBeside(model) : chosen;
        if (!file) {
            return;  // no names file beside the model: the mapping stays by index
        }
        auto names = readNameList(*file);
        // Queued to the GUI thread; the dialog outlives this task (its destructor waits).
        QMetaObject::invokeMethod(
            this,
            [this, request, names = std::move(names)] {
                if (request != m_namesRequest) {
                    return;  // another model or names file was chosen meanwhile
                }
                if (!names) {
                    QMessageBox::warning(this, windowTitle(), QString::fromStdString(names.error().message));
                    return;
                }
                applyNames(*names);
            },
            Qt::QueuedConnection);
    });
}

void AddModelDialog::applyNames(const std::vector<std::string> &modelNames)
{
    std::vector<ClassInfo> classes;
    for (int i = 0; i < m_classes.size(); ++i) {
        classes.push_back(ClassInfo{m_classes[i].id, m_classes[i].name.toStdString(), i});
    }
    const auto mapping = mappingFromNames(modelNames, classes);
    m_outputs->setValue(int(modelNames.size()));
    setOutputCount(int(modelNames.size()));
    for (int row = 0; row < int(mapping.size()); ++row) {
        m_mapping->item(row, 0)->setText(
            QStringLiteral("%1  %2").arg(row).arg(QString::fromStdString(modelNames[size_t(row)])));
        auto *combo = static_cast<QComboBox *>(m_mapping->cellWidget(row, 1));
        combo->setCurrentIndex(std::max(0, combo->findText(QString::fromStdString(mapping[size_t(row)]))));
    }
    Q_EMIT namesApplied();
}

void AddModelDialog::setOutputCount(int outputs)
{
    const int before = m_mapping->rowCount();
    m_mapping->setRowCount(outputs);
    for (int row = before; row < outputs; ++row) {
        auto *item = new QTableWidgetItem(QString::number(row));
        item->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(row, 0, item);
        auto *combo = new QComboBox(m_mapping);
        combo->addItem(tr("(abstain)"));
        for (const auto &c : m_classes) {
            combo->addItem(c.name);
        }
        // Output i votes for class i by default, as a model trained on these classes would.
        combo->setCurrentIndex(row < m_classes.size() ? row + 1 : 0);
        m_mapping->setCellWidget(row, 1, combo);
    }
}

AddModelRequest AddModelDialog::request() const
{
    AddModelRequest request;
    request.path = m_file->text().trimmed().toStdString();
    request.name = m_name->text().trimmed().toStdString();
    request.kind = ModelKind(m_kind->currentData().toInt());
    if (request.kind == ModelKind::Embedder) {
        request.outputName = m_output->text().trimmed().toStdString();
    }
    request.spec.width = m_width->value();
    request.spec.height = m_height->value();
    request.spec.channels = ChannelOrder(m_channels->currentData().toInt());
    request.spec.resize = ResizeMode(m_resize->currentData().toInt());
    applyNormalisation(Normalisation(m_normalisation->currentData().toInt()), request.spec);
    if (const int format = m_format->currentData().toInt(); format != 0) {
        request.format = ModelFormat(format);
    }
    request.spec.outputsAreLogits = !m_probabilities->isChecked();
    if (request.kind == ModelKind::Classifier) {
        for (int row = 0; row < m_mapping->rowCount(); ++row) {
            const auto *combo = static_cast<const QComboBox *>(m_mapping->cellWidget(row, 1));
            request.mapping.push_back(combo->currentIndex() == 0 ? std::string()
                                                                 : combo->currentText().toStdString());
        }
    }
    return request;
}

void AddModelDialog::accept()
{
    if (m_file->text().trimmed().isEmpty() || m_name->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose the model file and give it a name."));
        return;
    }
    QDialog::accept();  // the model itself is checked by the job that adds it
}

}  // namespace triage::ui
