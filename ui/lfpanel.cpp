#include "lfpanel.h"

#include "filedialogs.h"
#include "labelingfunctions.h"
#include "lfeditor.h"
#include "projectworker.h"
#include "tablecells.h"

#include <QComboBox>
#include <QSignalBlocker>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace triage::ui {

struct LfPanel::Row {
    NamedLf function;
    QString kind;
    QString rule;
    int version = 1;
    std::optional<LfAnalysisRow> analysis;  // enabled functions only
    int64_t items = 0;
};

namespace {

QTableWidgetItem *fractionItem(int64_t part, int64_t whole)
{
    if (whole <= 0) {
        return new NumberItem(QStringLiteral("–"), std::nullopt);
    }
    const double f = double(part) / double(whole);
    return new NumberItem(percentText(f), f);
}

QTableWidgetItem *accuracyItem(double value)
{
    return value >= 0 ? new NumberItem(percentText(value), value)
                      : new NumberItem(QStringLiteral("–"), std::nullopt);
}

struct PanelData {
    std::vector<LfPanel::Row> rows;
    QStringList classifiers;
    QStringList embedders;
    int64_t items = 0;
    int64_t covered = 0;
    int64_t conflicted = 0;
    LabelModelKind labelModel = LabelModelKind::DawidSkene;
};

}  // namespace

LfPanel::LfPanel(const QString &projectPath, const QVector<ClassChoice> &classes, QWidget *parent)
    : QDialog(parent), m_projectPath(projectPath), m_classes(classes),
      m_worker(new ProjectWorker(projectPath, this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_summary(new QLabel(this)),
      m_labelModel(new QComboBox(this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_duplicate(new QPushButton(tr("&Duplicate…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)),
      m_enable(new QPushButton(tr("Disa&ble"), this)),
      m_apply(new QPushButton(tr("A&pply to All Items"), this))
{
    setWindowTitle(tr("Labeling Functions"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Rule"), tr("Enabled"), tr("Coverage"), tr("Overlap"),
         tr("Conflict"), tr("Accuracy"), tr("Checked"), tr("95% interval"), tr("Learned")});
    m_table->horizontalHeaderItem(Coverage)->setToolTip(tr("Items it votes on"));
    m_table->horizontalHeaderItem(Overlap)->setToolTip(tr("Items it and another function vote on"));
    m_table->horizontalHeaderItem(Conflict)->setToolTip(
        tr("Items another function votes a different class on"));
    m_table->horizontalHeaderItem(Accuracy)->setToolTip(
        tr("How often it agrees with people, on the items they labelled"));
    m_table->horizontalHeaderItem(Checked)->setToolTip(tr("Human-labelled items it voted on"));
    m_table->horizontalHeaderItem(Learned)->setToolTip(
        tr("The accuracy the label model estimated for it"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Rule, QHeaderView::Stretch);
    // Unsorted (the order they were added, the learner first) until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_summary->setWordWrap(true);

    m_labelModel->addItem(tr("Dawid–Skene (learns each function's accuracy)"),
                          int(LabelModelKind::DawidSkene));
    m_labelModel->addItem(tr("Weighted vote (each function's accuracy on human labels)"),
                          int(LabelModelKind::WeightedVote));
    m_labelModel->addItem(tr("Majority vote"), int(LabelModelKind::MajorityVote));
    connect(m_labelModel, &QComboBox::currentIndexChanged, this, &LfPanel::chooseLabelModel);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file = chooseFileToSave(this, tr("Export labeling functions"),
                                              QStringLiteral("labeling-functions.json"),
                                              tr("Labeling functions (*.json)"));
        if (!file.isEmpty()) {
            exportTo(file);
        }
    });
    auto *importButton = new QPushButton(tr("&Import…"), this);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString file = chooseFileToOpen(this, tr("Import labeling functions"),
                                              tr("Labeling functions (*.json)"));
        if (!file.isEmpty()) {
            importFrom(file);
        }
    });
    auto *add = new QPushButton(tr("&Add…"), this);
    connect(add, &QPushButton::clicked, this, [this] { openEditorFor(std::nullopt); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (auto lf = selected()) {
            openEditorFor(lf);
        }
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_edit, &QPushButton::click);
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (auto lf = selected()) {
            openEditorFor(std::nullopt, tr("%1 copy").arg(QString::fromStdString(lf->name)),
                          lf->definition);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { changeSelected(true); });
    connect(m_enable, &QPushButton::clicked, this, [this] { changeSelected(false); });
    connect(m_apply, &QPushButton::clicked, this, &LfPanel::applyRequested);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto lf = selected();
        for (QPushButton *b : {m_edit, m_duplicate, m_remove, m_enable}) {
            b->setEnabled(lf.has_value());
        }
        m_duplicate->setEnabled(lf && lf->definition.kind != LfKind::Learner);
        m_remove->setEnabled(lf && lf->definition.kind != LfKind::Learner);
        m_enable->setText(lf && !lf->enabled ? tr("Ena&ble") : tr("Disa&ble"));
    });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_duplicate, m_remove, m_enable}) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    buttons->addWidget(m_apply);
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    buttons->addWidget(close);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(new QLabel(tr("Label model:"), this));
    top->addWidget(m_labelModel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(1100, 460);
    Q_EMIT m_table->itemSelectionChanged();
    refresh();
}

void LfPanel::setApplyEnabled(bool enabled)
{
    m_apply->setEnabled(enabled);
}

void LfPanel::refresh()
{
    m_worker->run(
        [](ProjectStore &store) -> Result<PanelData> {
            auto records = store.labelingFunctions().list();
            auto analysis = analyzeLabelingFunctions(store);
            auto models = store.projectModels().list();
            for (const Error *e :
                 {records ? nullptr : &records.error(), analysis ? nullptr : &analysis.error(),
                  models ? nullptr : &models.error()}) {
                if (e) {
                    return *e;
                }
            }
            PanelData data;
            data.items = analysis->items;
            data.covered = analysis->covered;
            data.conflicted = analysis->conflicted;
            data.labelModel = analysis->labelModel;
            for (const auto &m : *models) {
                (m.kind == ModelKind::Classifier ? data.classifiers : data.embedders)
                    << QString::fromStdString(m.name);
            }
            for (const LfRecord &record : *records) {
                auto definition = definitionFromJson(record.definition);
                if (!definition) {
                    return makeError(ErrorCode::CorruptData,
                                     "the stored labeling function '" + record.name +
                                         "' is damaged: " + definition.error().message);
                }
                Row row;
                row.function = NamedLf{record.name, record.enabled, *definition};
                row.kind = QString::fromStdString(record.kind);
                row.version = record.version;
                row.rule = QString::fromStdString(describe(*definition));
                row.items = analysis->items;
                for (const auto &a : analysis->rows) {
                    if (a.record.id == record.id) {
                        row.analysis = a;
                    }
                }
                data.rows.push_back(std::move(row));
            }
            return data;
        },
        [this](Result<PanelData> data) {
            if (!data) {
                m_summary->setText(QString::fromStdString(data.error().message));
                return;
            }
            m_classifiers = data->classifiers;
            m_embedders = data->embedders;
            QString summary = tr("%L1 of %L2 items have a vote, %L3 have conflicting votes.")
                                  .arg(data->covered)
                                  .arg(data->items)
                                  .arg(data->conflicted);
            const QSignalBlocker quiet(m_labelModel);  // showing the setting is no change
            m_labelModel->setCurrentIndex(m_labelModel->findData(int(data->labelModel)));
            showRows(data->rows, summary);
        });
}

void LfPanel::showRows(const std::vector<Row> &rows, const QString &summary)
{
    const QString selectedName = selected() ? QString::fromStdString(selected()->name) : QString();
    m_summary->setText(summary);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_functions.clear();
    for (const Row &row : rows) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *name = new QTableWidgetItem(QString::fromStdString(row.function.name));
        name->setData(Qt::UserRole, int(m_functions.size()));
        m_functions.push_back(row.function);
        m_table->setItem(r, Name, name);
        m_table->setItem(r, Kind,
                         new QTableWidgetItem(tr("%1 (v%2)").arg(row.kind).arg(row.version)));
        m_table->setItem(r, Rule, new QTableWidgetItem(row.rule));
        m_table->setItem(r, Enabled,
                         new QTableWidgetItem(row.function.enabled ? tr("yes") : tr("no")));
        if (row.analysis) {
            const LfStatistics &s = row.analysis->statistics;
            m_table->setItem(r, Coverage, fractionItem(s.votes, row.items));
            m_table->setItem(r, Overlap, fractionItem(s.overlaps, row.items));
            m_table->setItem(r, Conflict, fractionItem(s.conflicts, row.items));
            m_table->setItem(r, Accuracy, accuracyItem(s.accuracy));
            m_table->setItem(r, Checked,
                             new NumberItem(QString::number(s.checked), double(s.checked)));
            m_table->setItem(
                r, Interval,
                new NumberItem(s.checked > 0 ? QStringLiteral("%1–%2").arg(percentText(s.accuracyLow),
                                                                           percentText(s.accuracyHigh))
                                             : QStringLiteral("–"),
                               s.checked > 0 ? std::optional(s.accuracyLow) : std::nullopt));
            m_table->setItem(r, Learned, accuracyItem(row.analysis->learnedAccuracy));
        }
        if (row.function.name == selectedName.toStdString()) {
            m_table->selectRow(r);
        }
    }
    m_table->setSortingEnabled(true);
    Q_EMIT m_table->itemSelectionChanged();
    Q_EMIT refreshed();
}

std::optional<NamedLf> LfPanel::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows(Name);
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    const int index = m_table->item(rows.first().row(), Name)->data(Qt::UserRole).toInt();
    return index >= 0 && size_t(index) < m_functions.size()
               ? std::optional(m_functions[size_t(index)])
               : std::nullopt;
}

void LfPanel::openEditorFor(std::optional<NamedLf> existing, const QString &suggestedName,
                            const std::optional<LfDefinition> &copyOf)
{
    auto *editor =
        new LfEditor(m_projectPath, m_classes, m_classifiers, m_embedders, existing, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (copyOf) {
        editor->setName(suggestedName);
        editor->setDefinition(*copyOf);
    }
    m_editor = editor;
    connect(editor, &LfEditor::stored, this, &LfPanel::refresh);
    connect(editor, &QObject::destroyed, this, [this, editor] {
        if (m_editor == editor) {
            m_editor = nullptr;
        }
    });
    editor->open();
}

void LfPanel::chooseLabelModel()
{
    const auto kind = LabelModelKind(m_labelModel->currentData().toInt());
    m_worker->run(
        [kind](ProjectStore &store) -> Result<bool> {
            auto set = store.settings().setLabelModel(kind);
            return set ? Result<bool>(true) : Result<bool>(set.error());
        },
        [this](Result<bool> done) {
            if (!done) {
                QMessageBox::warning(this, windowTitle(),
                                     QString::fromStdString(done.error().message));
            }
            refresh();  // the learned accuracies are the new model's
        });
}

void LfPanel::exportTo(const QString &file)
{
    m_worker->run(
        [path = file.toStdString()](ProjectStore &store) {
            return exportLabelingFunctions(store, path);
        },
        [this, file](Result<int64_t> written) {
            m_summary->setText(
                written
                    ? tr("Wrote %n labeling function(s) to %1.", nullptr, int(*written)).arg(file)
                    : QString::fromStdString(written.error().message));
        });
}

void LfPanel::importFrom(const QString &file)
{
    m_worker->run([path = file.toStdString()](
                      ProjectStore &store) { return importLabelingFunctionsFile(store, path); },
                  [this](Result<LfImportSummary> imported) {
                      if (!imported) {
                          QMessageBox::warning(this, tr("Import labeling functions"),
                                               QString::fromStdString(imported.error().message));
                          return;
                      }
                      refresh();
                  });
}

void LfPanel::changeSelected(bool remove)
{
    const auto lf = selected();
    if (!lf) {
        return;
    }
    if (remove &&
        QMessageBox::question(this, tr("Remove labeling function"),
                              tr("Remove '%1' with all its versions and votes?")
                                  .arg(QString::fromStdString(lf->name))) != QMessageBox::Yes) {
        return;
    }
    m_worker->run(
        [remove, name = lf->name, enable = !lf->enabled](ProjectStore &store) -> Result<bool> {
            auto done = remove ? removeLabelingFunction(store, name)
                               : enableLabelingFunction(store, name, enable);
            return done ? Result<bool>(true) : Result<bool>(done.error());
        },
        [this](Result<bool> done) {
            if (!done) {
                QMessageBox::warning(this, windowTitle(),
                                     QString::fromStdString(done.error().message));
            }
            refresh();
        });
}

}  // namespace triage::ui
