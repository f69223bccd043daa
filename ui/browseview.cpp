#include "browseview.h"

#include "itemtablemodel.h"
#include "statenames.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace triage::ui {
namespace {

constexpr int kSearchDelayMs = 300;  // typing pauses this long before the query runs
constexpr int kSmallThumbnail = 48;
constexpr int kLargeThumbnail = 128;
constexpr int kRowPadding = 4;

const ItemState kFilterStates[] = {ItemState::Unlabeled, ItemState::Queued,
                                   ItemState::AutoAccepted, ItemState::HumanLabeled,
                                   ItemState::Failed, ItemState::Removed};

}  // namespace

BrowseView::BrowseView(QWidget *parent)
    : QWidget(parent), m_model(new ItemTableModel(this)), m_state(new QComboBox(this)),
      m_class(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_thumbnails(new QComboBox(this)), m_count(new QLabel(this)),
      m_table(new QTableView(this)), m_remove(new QAction(tr("Remove from Project…"), this)),
      m_searchDelay(new QTimer(this))
{
    m_state->addItem(tr("All states"), 0);
    for (ItemState s : kFilterStates) {
        m_state->addItem(stateName(s), int(s));
    }
    m_state->addItem(tr("Suspect labels"), kSuspectLabelsFilter);
    m_state->setItemData(m_state->count() - 1,
                         tr("Labels by people or imports that the model, scored out of fold, "
                            "doubts: most suspect first"),
                         Qt::ToolTipRole);
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_class->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setPlaceholderText(tr("Search file names"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    m_thumbnails->addItem(tr("Small thumbnails"), kSmallThumbnail);
    m_thumbnails->addItem(tr("Large thumbnails"), kLargeThumbnail);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setIconSize(QSize(kSmallThumbnail, kSmallThumbnail));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(kSmallThumbnail + kRowPadding);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths: measuring a million rows' contents would read every row.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(ItemTableModel::Thumbnail, kSmallThumbnail + 8);
    m_table->setColumnWidth(ItemTableModel::File, 260);
    m_table->setColumnWidth(ItemTableModel::State, 130);
    m_table->setColumnWidth(ItemTableModel::Label, 140);
    m_table->setColumnWidth(ItemTableModel::Source, 110);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);  // import order
    m_table->setSortingEnabled(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_state);
    filters->addWidget(m_class);
    filters->addWidget(m_search);
    filters->addWidget(m_thumbnails);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_state, &QComboBox::currentIndexChanged, this, &BrowseView::refresh);
    connect(m_class, &QComboBox::currentIndexChanged, this, &BrowseView::refresh);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &BrowseView::refresh);
    connect(m_searchDelay, &QTimer::timeout, this, &BrowseView::refresh);
    connect(m_model, &ItemTableModel::sortWanted, this, &BrowseView::sortBy);
    connect(m_model, &ItemTableModel::rowsWanted, this, &BrowseView::rowsRequested);
    connect(m_thumbnails, &QComboBox::currentIndexChanged, this, [this] {
        const int size = m_thumbnails->currentData().toInt();
        m_table->setIconSize(QSize(size, size));
        m_table->verticalHeader()->setDefaultSectionSize(size + kRowPadding);
        m_table->setColumnWidth(ItemTableModel::Thumbnail, size + 8);
        m_model->setThumbnailSize(size);
    });
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
    m_anyShown = false;
    QSignalBlocker block(m_class);
    m_class->clear();
    m_class->addItem(tr("All classes"), qint64(-1));
    for (const auto &c : info.classes) {
        m_class->addItem(c.name, c.id);
    }
    refresh();
}

BrowseQuery BrowseView::currentQuery() const
{
    BrowseQuery query;
    query.state = m_state->currentData().toInt();
    query.classId = m_class->currentData().toLongLong();
    query.search = m_search->text().trimmed();
    query.sort = m_sort;
    query.descending = m_descending;
    return query;
}

void BrowseView::refresh()
{
    m_searchDelay->stop();
    m_count->setText(tr("Searching…"));
    m_requestId = nextRequestId();
    Q_EMIT queryRequested(m_requestId, currentQuery());
}

void BrowseView::sortBy(int column, Qt::SortOrder order)
{
    const auto sort = ItemTableModel::sortFor(column);
    if (!sort) {  // thumbnails and votes do not sort: back to import order
        QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    m_sort = sort.value_or(ItemSort::Id);
    m_descending = sort && order == Qt::DescendingOrder;
    refresh();
}

void BrowseView::showIds(quint64 requestId, const QVector<qint64> &ids, const StateCounts &counts)
{
    if (requestId != m_requestId) {
        return;  // an older query answered late
    }
    // The same question again (a refresh): keep the place the annotator was looking at.
    const bool sameQuery = m_anyShown && m_shownQuery == currentQuery();
    const int scrolledTo = m_table->verticalScrollBar()->value();
    m_model->setIds(requestId, ids);
    m_shownQuery = currentQuery();
    m_anyShown = true;
    if (sameQuery) {
        m_table->verticalScrollBar()->setValue(scrolledTo);
    } else {
        m_table->scrollToTop();  // another filter or order: its first rows
    }
    m_count->setText(tr("%L1 items").arg(ids.size()));
    showCounts(counts);
}

void BrowseView::showCounts(const StateCounts &counts)
{
    qint64 all = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        all += it.key() == int(ItemState::Removed) ? 0 : it.value();
    }
    m_state->setItemText(0, tr("All states (%L1)").arg(all));
    for (int i = 0; i < m_state->count(); ++i) {
        const int state = m_state->itemData(i).toInt();
        if (state > 0) {
            m_state->setItemText(i, tr("%1 (%L2)").arg(stateName(ItemState(state)))
                                        .arg(counts.value(state)));
        }
    }
}

void BrowseView::showRows(const ItemRowList &rows)
{
    m_model->addRows(rows);
}

}  // namespace triage::ui
