#include "browseview.h"

#include "itemtablemodel.h"
#include "statenames.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace triage::ui {

BrowseView::BrowseView(QWidget *parent)
    : QWidget(parent), m_model(new ItemTableModel(this)), m_state(new QComboBox(this)),
      m_class(new QComboBox(this)), m_count(new QLabel(this)), m_table(new QTableView(this)),
      m_remove(new QAction(tr("Remove from Project…"), this))
{
    m_state->addItem(tr("All states"), 0);
    for (ItemState s : {ItemState::Unlabeled, ItemState::Queued, ItemState::AutoAccepted,
                        ItemState::HumanLabeled, ItemState::Failed, ItemState::Removed}) {
        m_state->addItem(stateName(s), int(s));
    }
    m_state->addItem(tr("Suspect labels"), kSuspectLabelsFilter);
    m_state->setItemData(m_state->count() - 1,
                         tr("Labels by people or imports that the model, scored out of fold, "
                            "doubts: most suspect first"),
                         Qt::ToolTipRole);
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_class->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setIconSize(QSize(48, 48));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(52);  // uniform rows: no per-row measuring
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ItemTableModel::Thumbnail, 56);
    m_table->setColumnWidth(ItemTableModel::File, 260);
    m_table->setColumnWidth(ItemTableModel::State, 120);
    m_table->setColumnWidth(ItemTableModel::Label, 140);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_state);
    filters->addWidget(m_class);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_state, &QComboBox::currentIndexChanged, this, &BrowseView::refresh);
    connect(m_class, &QComboBox::currentIndexChanged, this, &BrowseView::refresh);
    // Delete (or the context menu) takes the selected items out of the project, e.g. an
    // image that can never be decoded.
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_remove);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_remove, &QAction::triggered, this, [this] {
        QVector<qint64> ids;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
            ids.push_back(index.data(ItemTableModel::ItemIdRole).toLongLong());
        }
        if (!ids.isEmpty()) {
            Q_EMIT removeRequested(ids);
        }
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT openForReview(index.data(ItemTableModel::ItemIdRole).toLongLong());
    });
}

void BrowseView::setProject(const ProjectInfo &info)
{
    m_model->setProject(info);
    QSignalBlocker block(m_class);
    m_class->clear();
    m_class->addItem(tr("All classes"), qint64(-1));
    for (const auto &c : info.classes) {
        m_class->addItem(c.name, c.id);
    }
    refresh();
}

void BrowseView::refresh()
{
    Q_EMIT queryRequested(++m_requestId, m_state->currentData().toInt(),
                          m_class->currentData().toLongLong());
}

void BrowseView::showRows(const ItemRowList &rows)
{
    if (rows.requestId != m_requestId) {
        return;  // an older query answered late
    }
    m_model->setRows(rows.rows, rows.votes);
    m_count->setText(tr("%L1 items").arg(rows.rows.size()));
}

}  // namespace triage::ui
