#include "lfeditor.h"

#include "filedialogs.h"
#include "imageconvert.h"
#include "imagesource.h"
#include "labelingfunctions.h"
#include "projectworker.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace triage::ui {
namespace {

// The cascades Debian's opencv-data ships; a lead's own XML file is chosen with Browse.
const char *const kCascades[] = {
    "haarcascade_frontalface_default.xml",
    "haarcascade_frontalface_alt.xml",
    "haarcascade_profileface.xml",
    "haarcascade_eye.xml",
    "haarcascade_smile.xml",
    "haarcascade_fullbody.xml",
    "haarcascade_upperbody.xml",
    "haarcascade_frontalcatface.xml",
    "haarcascade_russian_plate_number.xml",
    "lbpcascade_frontalface.xml",
    "lbpcascade_profileface.xml",
};

constexpr int kThumbnailPixels = 72;

struct PreviewTile {
    QString caption;
    QImage thumbnail;
    bool wrong = false;
};
struct PreviewResult {
    LfPreview preview;
    QVector<PreviewTile> tiles;
};

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

std::optional<double> bound(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

QWidget *formPage(QWidget *parent, QFormLayout *&form)
{
    auto *page = new QWidget(parent);
    form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    return page;
}

}  // namespace

LfEditor::LfEditor(const QString &projectPath, const QVector<ClassChoice> &classes,
                   const QStringList &classifiers, const QStringList &embedders,
                   const std::optional<NamedLf> &existing, QWidget *parent)
    : QDialog(parent), m_classes(classes), m_editing(existing.has_value()),
      m_worker(new ProjectWorker(projectPath, this)), m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_pages(new QStackedWidget(this)), m_problem(new QLabel(this)),
      m_grid(new QListWidget(this)), m_previewSummary(new QLabel(this))
{
    setWindowTitle(m_editing ? tr("Edit labeling function") : tr("Add labeling function"));
    const std::pair<LfKind, QString> kinds[] = {
        {LfKind::Pattern, tr("File name or path pattern")},
        {LfKind::Folder, tr("Folder name")},
        {LfKind::Rule, tr("Metadata and image statistics")},
        {LfKind::Cascade, tr("Detector (OpenCV cascade)")},
        {LfKind::Template, tr("Template match")},
        {LfKind::NearDuplicate, tr("Near-duplicate of a human label")},
        {LfKind::Model, tr("Project classifier")},
        {LfKind::NearestNeighbours, tr("Nearest human-labelled neighbours")},
        {LfKind::Learner, tr("In-app learner")},
    };
    for (const auto &[kind, text] : kinds) {
        if (kind != LfKind::Learner || (existing && existing->definition.kind == LfKind::Learner)) {
            m_kind->addItem(text, int(kind));
        }
    }
    m_pages->addWidget(patternPage());
    m_pages->addWidget(folderPage());
    m_pages->addWidget(rulePage());
    m_pages->addWidget(cascadePage());
    m_pages->addWidget(templatePage());
    m_pages->addWidget(nearDuplicatePage());
    m_pages->addWidget(modelPage());
    m_pages->addWidget(neighboursPage());
    m_pages->addWidget(learnerPage());
    m_classifier->addItems(classifiers);
    m_embedder->addItem(tr("pixels (16×16 thumbnails)"), QStringLiteral("pixels"));
    for (const QString &embedder : embedders) {
        m_embedder->addItem(embedder, embedder);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_pages->setCurrentIndex(m_kind->currentData().toInt() - 1);
        m_problem->clear();
        if (LfKind(m_kind->currentData().toInt()) == LfKind::Rule &&
            m_conditions->rowCount() == 0) {
            LfCondition brightness;  // a rule needs a condition: start the lead with one
            brightness.attribute = LfAttribute::Brightness;
            addConditionRow(brightness);
        }
    });
    m_pages->setCurrentIndex(m_kind->currentData().toInt() - 1);

    m_problem->setWordWrap(true);
    showAsProblem(m_problem);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setIconSize(QSize(kThumbnailPixels, kThumbnailPixels));
    m_grid->setGridSize(QSize(kThumbnailPixels + 56, kThumbnailPixels + 40));
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setWordWrap(true);
    m_grid->setMinimumHeight(2 * (kThumbnailPixels + 40) + 8);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    auto *previewButton = new QPushButton(tr("&Preview"), this);
    previewButton->setToolTip(tr("What it votes on sample items, before anything is stored"));
    connect(previewButton, &QPushButton::clicked, this, &LfEditor::preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(previewButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &LfEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addWidget(m_problem);
    layout->addWidget(m_previewSummary);
    layout->addWidget(m_grid, 1);
    layout->addWidget(buttons);
    resize(640, 620);

    if (existing) {
        setName(QString::fromStdString(existing->name));
        m_name->setReadOnly(true);  // a new version keeps the function's name
        setDefinition(existing->definition);
    }
}

LfEditor::~LfEditor() = default;

QComboBox *LfEditor::classCombo(QWidget *parent) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &c : m_classes) {
        combo->addItem(c.name);
    }
    return combo;
}

QWidget *LfEditor::patternPage()
{
    QFormLayout *form = nullptr;
    QWidget *page = formPage(this, form);
    m_patternClass = classCombo(page);
    m_pattern = new QLineEdit(page);
    m_pattern->setPlaceholderText(tr("*bag* or a regular expression"));
    m_syntax = new QComboBox(page);
    m_syntax->addItem(tr("Glob (* and ?)"), int(PatternSyntax::Glob));
    m_syntax->addItem(tr("Regular expression"), int(PatternSyntax::Regex));
    m_target = new QComboBox(page);
    m_target->addItem(tr("File name"), int(PatternTarget::FileName));
    m_target->addItem(tr("Whole path"), int(PatternTarget::Path));
    m_caseSensitive = new QCheckBox(tr("Case-sensitive"), page);
    form->addRow(tr("Pattern:"), m_pattern);
    form->addRow(tr("Syntax:"), m_syntax);
    form->addRow(tr("Match against:"), m_target);
    form->addRow(QString(), m_caseSensitive);
    form->addRow(tr("Votes:"), m_patternClass);
    return page;
}

QWidget *LfEditor::folderPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("The nearest folder of an item's path that is named here "
                                    "decides its class."),
                                 page));
    m_folders = new QTableWidget(0, 2, page);
    m_folders->setHorizontalHeaderLabels({tr("Folder name"), tr("Class")});
    m_folders->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_folders->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add Folder"), page);
    auto *remove = new QPushButton(tr("Remove Folder"), page);
    connect(add, &QPushButton::clicked, this, [this] { addFolderRow(QString(), QString()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_folders->currentRow() >= 0) {
            m_folders->removeRow(m_folders->currentRow());
        }
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addWidget(m_folders);
    layout->addLayout(buttons);
    return page;
}

void LfEditor::addFolderRow(const QString &folder, const QString &className)
{
    const int row = m_folders->rowCount();
    m_folders->insertRow(row);
    m_folders->setItem(row, 0, new QTableWidgetItem(folder));
    QComboBox *combo = classCombo(m_folders);
    combo->setCurrentIndex(std::max(0, combo->findText(className)));
    m_folders->setCellWidget(row, 1, combo);
}

QWidget *LfEditor::rulePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Votes when every condition holds. Leave From or To empty "
                                    "for an open range; formats as png|jpeg; hue in degrees "
                                    "(From above To wraps through red)."),
                                 page));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    m_conditions = new QTableWidget(0, 3, page);
    m_conditions->setHorizontalHeaderLabels({tr("Measure"), tr("From"), tr("To")});
    m_conditions->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_conditions->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add Condition"), page);
    auto *remove = new QPushButton(tr("Remove Condition"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        LfCondition brightness;
        brightness.attribute = LfAttribute::Brightness;
        addConditionRow(brightness);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_conditions->currentRow() >= 0) {
            m_conditions->removeRow(m_conditions->currentRow());
        }
    });
    m_ruleClass = classCombo(page);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    row->addWidget(new QLabel(tr("Votes:"), page));
    row->addWidget(m_ruleClass);
    layout->addWidget(m_conditions);
    layout->addLayout(row);
    return page;
}

void LfEditor::addConditionRow(const LfCondition &condition)
{
    const int row = m_conditions->rowCount();
    m_conditions->insertRow(row);
    auto *measure = new QComboBox(m_conditions);
    const std::pair<LfAttribute, QString> measures[] = {
        {LfAttribute::Width, tr("width (pixels)")},
        {LfAttribute::Height, tr("height (pixels)")},
        {LfAttribute::Aspect, tr("aspect ratio (width / height)")},
        {LfAttribute::FileSize, tr("file size (bytes)")},
        {LfAttribute::Channels, tr("channels")},
        {LfAttribute::Format, tr("format")},
        {LfAttribute::Brightness, tr("brightness (0–1)")},
        {LfAttribute::Contrast, tr("contrast (0–0.5)")},
        {LfAttribute::Saturation, tr("saturation (0–1)")},
        {LfAttribute::Hue, tr("dominant hue (degrees)")},
        {LfAttribute::Sharpness, tr("sharpness (Laplacian variance)")},
        {LfAttribute::NearWhite, tr("near-white fraction")},
        {LfAttribute::NearBlack, tr("near-black fraction")},
    };
    for (const auto &[attribute, text] : measures) {
        measure->addItem(text, int(attribute));
    }
    measure->setCurrentIndex(measure->findData(int(condition.attribute)));
    m_conditions->setCellWidget(row, 0, measure);
    QString from, to;
    if (condition.attribute == LfAttribute::Format) {
        for (const auto &f : condition.formats) {
            from += (from.isEmpty() ? QString() : QStringLiteral("|")) + QString::fromStdString(f);
        }
    } else {
        from = condition.min ? number(*condition.min) : QString();
        to = condition.max ? number(*condition.max) : QString();
    }
    m_conditions->setItem(row, 1, new QTableWidgetItem(from));
    m_conditions->setItem(row, 2, new QTableWidgetItem(to));
}

QWidget *LfEditor::cascadePage()
{
    QFormLayout *form = nullptr;
    QWidget *page = formPage(this, form);
    m_cascadeClass = classCombo(page);
    m_cascade = new QComboBox(page);
    m_cascade->setEditable(true);
    for (const char *name : kCascades) {
        m_cascade->addItem(QString::fromLatin1(name));
    }
    auto *browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = chooseFileToOpen(this, tr("Cascade file"), tr("Cascades (*.xml)"));
        if (!file.isEmpty()) {
            m_cascade->setCurrentText(file);
        }
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_cascade, 1);
    row->addWidget(browse);
    m_cascadeMode = new QComboBox(page);
    m_cascadeMode->addItem(tr("fires at least"), int(CascadeMode::Fires));
    m_cascadeMode->addItem(tr("never fires"), int(CascadeMode::Never));
    m_minHits = new QSpinBox(page);
    m_minHits->setRange(1, 1000);
    m_minHits->setSuffix(tr(" times"));
    connect(m_cascadeMode, &QComboBox::currentIndexChanged, this, [this] {
        m_minHits->setEnabled(m_cascadeMode->currentData() == int(CascadeMode::Fires));
    });
    form->addRow(tr("Cascade:"), row);
    form->addRow(tr("Votes when it:"), m_cascadeMode);
    form->addRow(QString(), m_minHits);
    form->addRow(tr("Votes:"), m_cascadeClass);
    return page;
}

QWidget *LfEditor::templatePage()
{
    QFormLayout *form = nullptr;
    QWidget *page = formPage(this, form);
    m_templateClass = classCombo(page);
    m_template = new QLineEdit(page);
    auto *browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = chooseFileToOpen(this, tr("Reference image"),
                                              tr("Images (*.png *.jpg *.jpeg *.bmp *.webp)"));
        if (!file.isEmpty()) {
            m_template->setText(file);
        }
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_template, 1);
    row->addWidget(browse);
    m_minScore = new QDoubleSpinBox(page);
    m_minScore->setRange(-1, 1);
    m_minScore->setSingleStep(0.05);
    m_minScore->setDecimals(2);
    form->addRow(tr("Reference image:"), row);
    form->addRow(tr("Minimum match score:"), m_minScore);
    form->addRow(tr("Votes:"), m_templateClass);
    return page;
}

QWidget *LfEditor::nearDuplicatePage()
{
    QFormLayout *form = nullptr;
    QWidget *page = formPage(this, form);
    m_maxDistance = new QSpinBox(page);
    m_maxDistance->setRange(0, 32);
    m_maxDistance->setSuffix(tr(" of 64 bits"));
    form->addRow(tr("Votes the class of the human-labelled item whose perceptual hash differs "
                    "by at most:"),
                 m_maxDistance);
    return page;
}

QWidget *LfEditor::modelPage()
{
    QFormLayout *form = nullptr;
    QWidget *page = formPage(this, form);
    m_classifier = new QComboBox(page);
    m_modelConfidence = new QDoubleSpinBox(page);
    m_modelConfidence->setRange(0, 1);
    m_modelConfidence->setSingleStep(0.05);
    form->addRow(tr("Classifier:"), m_classifier);
    form->addRow(tr("Votes its top class from confidence:"), m_modelConfidence);
    return page;
}

QWidget *LfEditor::neighboursPage()
{
    QFormLayout *form = nullptr;
    QWidget *page = formPage(this, form);
    m_embedder = new QComboBox(page);
    m_neighbours = new QSpinBox(page);
    m_neighbours->setRange(1, 100);
    form->addRow(tr("Space:"), m_embedder);
    form->addRow(tr("Votes when this many nearest human labels agree:"), m_neighbours);
    return page;
}

QWidget *LfEditor::learnerPage()
{
    QFormLayout *form = nullptr;
    QWidget *page = formPage(this, form);
    m_learnerConfidence = new QDoubleSpinBox(page);
    m_learnerConfidence->setRange(0, 1);
    m_learnerConfidence->setSingleStep(0.05);
    form->addRow(tr("Votes the learner's top class from confidence:"), m_learnerConfidence);
    return page;
}

QString LfEditor::name() const
{
    return m_name->text().trimmed();
}

void LfEditor::setName(const QString &name)
{
    m_name->setText(name);
}

LfDefinition LfEditor::definition() const
{
    LfDefinition d;
    d.kind = LfKind(m_kind->currentData().toInt());
    switch (d.kind) {
    case LfKind::Pattern:
        d.className = m_patternClass->currentText().toStdString();
        d.pattern = m_pattern->text().toStdString();
        d.syntax = PatternSyntax(m_syntax->currentData().toInt());
        d.target = PatternTarget(m_target->currentData().toInt());
        d.ignoreCase = !m_caseSensitive->isChecked();
        break;
    case LfKind::Folder:
        for (int row = 0; row < m_folders->rowCount(); ++row) {
            const QString folder =
                m_folders->item(row, 0) ? m_folders->item(row, 0)->text().trimmed() : QString();
            auto *combo = static_cast<QComboBox *>(m_folders->cellWidget(row, 1));
            if (!folder.isEmpty()) {
                d.folderClasses.emplace_back(folder.toStdString(),
                                             combo->currentText().toStdString());
            }
        }
        break;
    case LfKind::Rule:
        d.className = m_ruleClass->currentText().toStdString();
        for (int row = 0; row < m_conditions->rowCount(); ++row) {
            LfCondition c;
            c.attribute = LfAttribute(
                static_cast<QComboBox *>(m_conditions->cellWidget(row, 0))->currentData().toInt());
            const QString from = m_conditions->item(row, 1)->text();
            if (c.attribute == LfAttribute::Format) {
                for (const QString &f : from.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                    c.formats.push_back(f.trimmed().toStdString());
                }
            } else {
                c.min = bound(from);
                c.max = bound(m_conditions->item(row, 2)->text());
            }
            d.conditions.push_back(c);
        }
        break;
    case LfKind::Cascade:
        d.className = m_cascadeClass->currentText().toStdString();
        d.cascadePath = m_cascade->currentText().trimmed().toStdString();
        d.cascadeMode = CascadeMode(m_cascadeMode->currentData().toInt());
        d.minHits = m_minHits->value();
        break;
    case LfKind::Template:
        d.className = m_templateClass->currentText().toStdString();
        d.templatePath = m_template->text().trimmed().toStdString();
        d.minScore = m_minScore->value();
        break;
    case LfKind::NearDuplicate: d.maxDistance = m_maxDistance->value(); break;
    case LfKind::Model:
        d.modelName = m_classifier->currentText().toStdString();
        d.minConfidence = m_modelConfidence->value();
        break;
    case LfKind::NearestNeighbours:
        d.modelName = m_embedder->currentData().toString().toStdString();
        d.neighbours = m_neighbours->value();
        break;
    case LfKind::Learner: d.minConfidence = m_learnerConfidence->value(); break;
    }
    return d;
}

void LfEditor::setDefinition(const LfDefinition &d)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(d.kind))));
    const QString className = QString::fromStdString(d.className);
    for (QComboBox *combo : {m_patternClass, m_ruleClass, m_cascadeClass, m_templateClass}) {
        combo->setCurrentIndex(std::max(0, combo->findText(className)));
    }
    m_pattern->setText(QString::fromStdString(d.pattern));
    m_syntax->setCurrentIndex(m_syntax->findData(int(d.syntax)));
    m_target->setCurrentIndex(m_target->findData(int(d.target)));
    m_caseSensitive->setChecked(!d.ignoreCase);
    m_folders->setRowCount(0);
    for (const auto &[folder, cls] : d.folderClasses) {
        addFolderRow(QString::fromStdString(folder), QString::fromStdString(cls));
    }
    m_conditions->setRowCount(0);
    for (const auto &c : d.conditions) {
        addConditionRow(c);
    }
    if (d.kind == LfKind::Rule && d.conditions.empty()) {
        LfCondition brightness;
        brightness.attribute = LfAttribute::Brightness;
        addConditionRow(brightness);
    }
    if (!d.cascadePath.empty()) {
        m_cascade->setCurrentText(QString::fromStdString(d.cascadePath));
    }
    m_cascadeMode->setCurrentIndex(m_cascadeMode->findData(int(d.cascadeMode)));
    m_minHits->setValue(d.minHits);
    m_template->setText(QString::fromStdString(d.templatePath));
    m_minScore->setValue(d.minScore);
    m_maxDistance->setValue(d.maxDistance);
    m_classifier->setCurrentIndex(
        std::max(0, m_classifier->findText(QString::fromStdString(d.modelName))));
    m_modelConfidence->setValue(d.minConfidence);
    m_embedder->setCurrentIndex(
        std::max(0, m_embedder->findData(QString::fromStdString(d.modelName))));
    m_neighbours->setValue(d.neighbours);
    m_learnerConfidence->setValue(d.minConfidence);
}

void LfEditor::showProblem(const QString &message)
{
    m_problem->setText(message);
}

void LfEditor::preview()
{
    m_problem->clear();
    m_previewSummary->setText(tr("Previewing…"));
    const int request = ++m_previewRequest;
    const std::string lfName = name().isEmpty() ? std::string("preview") : name().toStdString();
    m_worker->run(
        [lfName, definition = definition()](ProjectStore &store) -> Result<PreviewResult> {
            auto preview = previewLabelingFunction(store, lfName, definition, 24, CancelToken{});
            auto pixelLimit = store.settings().pixelLimit();
            if (!preview || !pixelLimit) {
                return preview ? pixelLimit.error() : preview.error();
            }
            PreviewResult result{*preview, {}};
            auto source = imageSourceFor(*pixelLimit);
            const auto &classes = store.classes();
            auto nameOf = [&](int32_t position) {
                return position == kAbstain
                           ? QStringLiteral("–")
                           : QString::fromStdString(classes[size_t(position)].name);
            };
            for (const auto &row : preview->rows) {
                PreviewTile tile;
                tile.caption = QStringLiteral("→ ") + nameOf(row.vote);
                if (row.human != kAbstain) {
                    tile.caption +=
                        QStringLiteral("\n") + LfEditor::tr("person: %1").arg(nameOf(row.human));
                    tile.wrong = row.vote != kAbstain && row.vote != row.human;
                }
                if (auto image = source->load(row.path)) {
                    tile.thumbnail = toQImage(image->pixels)
                                         .scaled(kThumbnailPixels, kThumbnailPixels,
                                                 Qt::KeepAspectRatio, Qt::SmoothTransformation);
                }
                result.tiles.push_back(std::move(tile));
            }
            return result;
        },
        [this, request](Result<PreviewResult> result) {
            if (request != m_previewRequest) {
                return;  // the form changed and a newer preview is on its way
            }
            m_grid->clear();
            if (!result) {
                m_previewSummary->clear();
                showProblem(QString::fromStdString(result.error().message));
                return;
            }
            const LfPreview &p = result->preview;
            QString summary = tr("Votes on %1 of %2 sample items").arg(p.voted).arg(p.rows.size());
            if (p.checked > 0) {
                summary += tr("; right on %1 of the %2 a person labelled (%3%)")
                               .arg(p.correct)
                               .arg(p.checked)
                               .arg(100.0 * double(p.correct) / double(p.checked), 0, 'f', 1);
            }
            m_previewSummary->setText(summary);
            for (const PreviewTile &tile : result->tiles) {
                auto *item =
                    new QListWidgetItem(QIcon(QPixmap::fromImage(tile.thumbnail)), tile.caption);
                if (tile.wrong) {
                    item->setForeground(QColor(176, 0, 32));
                }
                m_grid->addItem(item);
            }
            Q_EMIT previewShown();
        });
}

void LfEditor::accept()
{
    m_problem->clear();
    const std::string lfName = name().toStdString();
    const bool editing = m_editing;
    m_worker->run(
        [lfName, editing, definition = definition()](ProjectStore &store) -> Result<LfRecord> {
            return editing ? editLabelingFunction(store, lfName, definition)
                           : addLabelingFunction(store, lfName, definition);
        },
        [this](Result<LfRecord> stored) {
            if (!stored) {
                showProblem(QString::fromStdString(stored.error().message));
                return;
            }
            Q_EMIT this->stored();
            QDialog::accept();
        });
}

}  // namespace triage::ui
