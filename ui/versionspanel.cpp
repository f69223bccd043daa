#include "versionspanel.h"

#include "projectworker.h"
#include "splits.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace triage::ui {
namespace {

QDoubleSpinBox *fractionBox(double value, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 1);
    box->setDecimals(2);
    box->setSingleStep(0.05);
    box->setValue(value);
    return box;
}

// `stretch`: the column that takes the room left over (-1: none).
QTableWidget *readOnlyTable(const QStringList &headers, int stretch, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (stretch >= 0) {
        table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    }
    return table;
}

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

QTableWidgetItem *number(qint64 value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString className(int64_t classId, const QVector<ClassChoice> &classes)
{
    for (const ClassChoice &c : classes) {
        if (c.id == classId) {
            return c.name;
        }
    }
    return QString::number(classId);
}

}  // namespace

CreateVersionDialog::CreateVersionDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_note(new QLineEdit(this)),
      m_include(new QComboBox(this)), m_minConfidence(fractionBox(0, this)),
      m_splits(new QCheckBox(tr("Train, validation and test splits"), this)),
      m_train(fractionBox(0.8, this)), m_val(fractionBox(0.1, this)),
      m_test(fractionBox(0.1, this)), m_seed(new QSpinBox(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Create Dataset Version"));
    m_name->setText(QStringLiteral("version-") +
                    QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    m_include->addItem(tr("People's, imported and auto-accepted labels"), true);
    m_include->addItem(tr("People's and imported labels only"), false);
    m_minConfidence->setToolTip(tr("Automatic labels below this confidence are left out"));
    m_seed->setRange(0, 1'000'000);
    for (QWidget *w : {static_cast<QWidget *>(m_train), static_cast<QWidget *>(m_val),
                       static_cast<QWidget *>(m_test), static_cast<QWidget *>(m_seed)}) {
        w->setEnabled(false);
        connect(m_splits, &QCheckBox::toggled, w, &QWidget::setEnabled);
    }
    m_splits->setToolTip(tr("Each class is split in these fractions. An item keeps the split an "
                            "earlier version with the same fractions and seed gave it while its "
                            "label is unchanged, so test items never become training items."));
    auto *splitRow = new QHBoxLayout;
    splitRow->addWidget(new QLabel(tr("Train"), this));
    splitRow->addWidget(m_train);
    splitRow->addWidget(new QLabel(tr("Validation"), this));
    splitRow->addWidget(m_val);
    splitRow->addWidget(new QLabel(tr("Test"), this));
    splitRow->addWidget(m_test);
    splitRow->addWidget(new QLabel(tr("Seed"), this));
    splitRow->addWidget(m_seed);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("Labels:"), m_include);
    form->addRow(tr("Minimum confidence of automatic labels:"), m_minConfidence);
    form->addRow(m_splits);
    form->addRow(splitRow);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    showAsProblem(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

VersionRequest CreateVersionDialog::request() const
{
    VersionRequest r;
    r.name = m_name->text().trimmed().toStdString();
    r.note = m_note->text().trimmed().toStdString();
    r.includeAutomatic = m_include->currentData().toBool();
    r.minConfidence = m_minConfidence->value();
    if (m_splits->isChecked()) {
        r.splits = SplitPlan{m_train->value(), m_val->value(), m_test->value(), m_seed->value()};
    }
    return r;
}

void CreateVersionDialog::accept()
{
    const VersionRequest r = request();
    QString problem;
    if (!validateVersionName(r.name)) {
        problem = tr("Give the version a name (1 to 100 characters, no control characters).");
    } else if (r.splits && !validateSplitPlan(*r.splits)) {
        problem = tr("The split fractions must add up to 1.");
    }
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

VersionsPanel::VersionsPanel(const QString &projectPath, const QVector<ClassChoice> &classes,
                             QWidget *parent)
    : QDialog(parent), m_worker(new ProjectWorker(projectPath, this)), m_classes(classes),
      m_versions(readOnlyTable({tr("Name"), tr("Created"), tr("By"), tr("Items"), tr("Splits"),
                                tr("Digest"), tr("Note")},
                               6, this)),
      m_counts(readOnlyTable({tr("Class"), tr("People"), tr("Import"), tr("Automatic"),
                              tr("Train"), tr("Validation"), tr("Test")},
                             -1, this)),
      m_from(new QComboBox(this)), m_to(new QComboBox(this)), m_diffSummary(new QLabel(this)),
      m_classChanges(
          readOnlyTable({tr("Class"), tr("Before"), tr("After"), tr("Change")}, -1, this)),
      m_relabelled(readOnlyTable({tr("File"), tr("From"), tr("To"), tr("By")}, 0, this)),
      m_tabs(new QTabWidget(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Dataset Versions"));
    resize(900, 600);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_versions, &QTableWidget::currentCellChanged, this,
            [this](int row) { showCounts(row); });
    m_relabelled->setToolTip(tr("Double-click an item to review it"));
    connect(m_relabelled, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        Q_EMIT openItem(m_relabelled->item(row, 0)->data(Qt::UserRole).toLongLong());
    });

    auto *compareButton = new QPushButton(tr("Compare"), this);
    connect(compareButton, &QPushButton::clicked, this, &VersionsPanel::compare);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("From"), this));
    compareRow->addWidget(m_from, 1);
    compareRow->addWidget(new QLabel(tr("to"), this));
    compareRow->addWidget(m_to, 1);
    compareRow->addWidget(compareButton);
    auto *diffPage = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffPage);
    diffLayout->addLayout(compareRow);
    diffLayout->addWidget(m_diffSummary);
    auto *diffTables = new QHBoxLayout;
    diffTables->addWidget(m_classChanges, 1);
    diffTables->addWidget(m_relabelled, 2);
    diffLayout->addLayout(diffTables);
    m_tabs->addTab(m_counts, tr("Counts"));
    m_tabs->addTab(diffPage, tr("Differences"));

    auto *deleteButton = new QPushButton(tr("Delete…"), this);
    connect(deleteButton, &QPushButton::clicked, this, &VersionsPanel::deleteSelected);
    auto *closeButton = new QPushButton(tr("Close"), this);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::close);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(closeButton);
    m_problem->setVisible(false);
    showAsProblem(m_problem);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_versions, 1);
    layout->addWidget(m_tabs, 2);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    refresh();
}

void VersionsPanel::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(true);
}

void VersionsPanel::refresh()
{
    m_worker->run([](ProjectStore &store) { return listVersions(store); },
                  [this](Result<std::vector<VersionSummary>> list) {
                      if (!list) {
                          showProblem(QString::fromStdString(list.error().message));
                          Q_EMIT refreshed();
                          return;
                      }
                      m_list = std::move(*list);
                      m_versions->setRowCount(int(m_list.size()));
                      m_from->clear();
                      m_to->clear();
                      for (int row = 0; row < int(m_list.size()); ++row) {
                          const DatasetVersion &v = m_list[size_t(row)].version;
                          const QString name = QString::fromStdString(v.name);
                          m_versions->setItem(row, 0, cell(name));
                          m_versions->setItem(row, 1, cell(QString::fromStdString(v.createdAt)));
                          m_versions->setItem(row, 2, cell(QString::fromStdString(v.createdBy)));
                          m_versions->setItem(row, 3, number(v.itemCount));
                          m_versions->setItem(
                              row, 4,
                              cell(v.splits ? QStringLiteral("%1 / %2 / %3 (%4)")
                                                  .arg(v.splits->train)
                                                  .arg(v.splits->val)
                                                  .arg(v.splits->test)
                                                  .arg(v.splits->seed)
                                            : QString()));
                          auto *digest = cell(QString::fromStdString(v.digest).left(12));
                          digest->setToolTip(QString::fromStdString(v.digest));
                          m_versions->setItem(row, 5, digest);
                          m_versions->setItem(row, 6, cell(QString::fromStdString(v.note)));
                          m_from->addItem(name);
                          m_to->addItem(name);
                      }
                      // Newest last: compare the one before it with it.
                      m_from->setCurrentIndex(std::max(0, int(m_list.size()) - 2));
                      m_to->setCurrentIndex(int(m_list.size()) - 1);
                      if (!m_list.empty()) {
                          m_versions->selectRow(int(m_list.size()) - 1);
                      }
                      showCounts(int(m_list.size()) - 1);
                      Q_EMIT refreshed();
                  });
}

void VersionsPanel::showCounts(int row)
{
    m_counts->setRowCount(0);
    if (row < 0 || row >= int(m_list.size())) {
        return;
    }
    const VersionSummary &s = m_list[size_t(row)];
    m_counts->setRowCount(int(s.classes.size()));
    for (int r = 0; r < int(s.classes.size()); ++r) {
        const VersionClassCount &c = s.classes[size_t(r)];
        m_counts->setItem(r, 0, cell(className(c.classId, m_classes)));
        const qint64 values[] = {c.human, c.imported, c.automatic, c.train, c.val, c.test};
        for (int k = 0; k < 6; ++k) {
            m_counts->setItem(r, k + 1, number(values[k]));
        }
    }
    for (int k = 4; k <= 6; ++k) {
        m_counts->setColumnHidden(k, !s.version.splits);
    }
}

void VersionsPanel::compare()
{
    if (m_from->currentIndex() < 0 || m_to->currentIndex() < 0) {
        return;
    }
    m_worker->run(
        [from = m_from->currentText().toStdString(),
         to = m_to->currentText().toStdString()](ProjectStore &store) {
            return diffVersions(store, from, to);
        },
        [this](Result<VersionDiff> diff) {
            if (!diff) {
                showProblem(QString::fromStdString(diff.error().message));
                Q_EMIT compared();
                return;
            }
            m_diffSummary->setText(tr("%L1 added · %L2 removed · %L3 relabelled")
                                       .arg(diff->added.size())
                                       .arg(diff->removed.size())
                                       .arg(diff->relabelled.size()));
            m_classChanges->setRowCount(int(diff->classCounts.size()));
            for (int r = 0; r < int(diff->classCounts.size()) && r < int(m_classes.size()); ++r) {
                const auto [before, after] = diff->classCounts[size_t(r)];
                m_classChanges->setItem(r, 0, cell(m_classes[r].name));
                m_classChanges->setItem(r, 1, number(before));
                m_classChanges->setItem(r, 2, number(after));
                m_classChanges->setItem(r, 3, number(after - before));
            }
            m_relabelled->setRowCount(int(diff->relabelled.size()));
            for (int r = 0; r < int(diff->relabelled.size()); ++r) {
                const Relabel &change = diff->relabelled[size_t(r)];
                auto *file = cell(QString::fromStdString(change.path));
                file->setData(Qt::UserRole, qint64(change.itemId));
                m_relabelled->setItem(r, 0, file);
                m_relabelled->setItem(r, 1, cell(className(change.fromClassId, m_classes)));
                m_relabelled->setItem(r, 2, cell(className(change.toClassId, m_classes)));
                m_relabelled->setItem(r, 3, cell(QString::fromStdString(change.by)));
            }
            m_tabs->setCurrentIndex(1);
            Q_EMIT compared();
        });
}

void VersionsPanel::deleteSelected()
{
    const int row = m_versions->currentRow();
    if (row < 0 || row >= int(m_list.size())) {
        return;
    }
    const std::string name = m_list[size_t(row)].version.name;
    if (QMessageBox::question(this, tr("Delete Dataset Version"),
                              tr("Delete the dataset version '%1'? Labels and decisions are not "
                                 "touched; exports made from it stay where they are.")
                                  .arg(QString::fromStdString(name))) != QMessageBox::Yes) {
        return;
    }
    m_worker->run([name](ProjectStore &store) { return deleteVersion(store, name); },
                  [this](Result<void> deleted) {
                      if (!deleted) {
                          showProblem(QString::fromStdString(deleted.error().message));
                      }
                      refresh();
                  });
}

}  // namespace triage::ui
