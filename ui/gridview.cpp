#include "gridview.h"

#include "theme.h"
#include "thumbnailloader.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

namespace triage::ui {
namespace {

constexpr int kThumbnail = 128;
constexpr int kIdRole = Qt::UserRole + 1;

}  // namespace

GridView::GridView(QWidget *parent)
    : QWidget(parent), m_class(new QComboBox(this)), m_source(new QComboBox(this)),
      m_status(new QLabel(this)), m_list(new QListWidget(this)),
      m_thumbnails(new ThumbnailLoader(kThumbnail, this))
{
    m_source->addItem(tr("Awaiting review"), int(Source::AwaitingReview));
    m_source->addItem(tr("Auto-accepted, to verify"), int(Source::AutoAccepted));
    m_source->addItem(tr("Audits"), int(Source::Audits));
    m_class->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(kThumbnail, kThumbnail));
    m_list->setGridSize(QSize(kThumbnail + 24, kThumbnail + 44));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->installEventFilter(this);
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Items the model calls"), this));
    top->addWidget(m_class);
    top->addWidget(m_source);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    connect(m_class, &QComboBox::currentIndexChanged, this, [this] {
        m_passedOver.clear();
        refresh();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        m_passedOver.clear();
        refresh();
    });
    connect(m_list, &QListWidget::itemClicked, this, &GridView::toggle);
    connect(m_thumbnails, &ThumbnailLoader::ready, this, &GridView::thumbnailReady);
    updateStatus();
}

void GridView::setProject(const ProjectInfo &info)
{
    QSignalBlocker block(m_class);
    m_class->clear();
    for (const auto &c : info.classes) {
        m_class->addItem(c.name, c.id);
    }
    m_thumbnails->clear();
    m_thumbnails->setPixelLimit(info.pixelLimit);
    m_passedOver.clear();
    m_list->clear();
    refresh();
}

BrowseQuery GridView::query() const
{
    BrowseQuery q;
    const qint64 cls = m_class->currentData().toLongLong();
    switch (Source(m_source->currentData().toInt())) {
    case Source::AwaitingReview:
        q.state = int(ItemState::Queued);
        q.suggestedClassId = cls;
        break;
    case Source::AutoAccepted:
        q.state = int(ItemState::AutoAccepted);
        q.classId = cls;
        break;
    case Source::Audits:
        q.state = int(ItemState::Queued);
        q.suggestedClassId = cls;
        q.auditsOnly = true;
        break;
    }
    q.sort = ItemSort::Confidence;  // the surest first: pages a glance can clear
    q.descending = true;
    return q;
}

void GridView::refresh()
{
    if (m_class->count() == 0 || m_storing) {
        return;
    }
    m_requestId = nextRequestId();
    m_status->setText(tr("Looking for items…"));
    Q_EMIT queryRequested(m_requestId, query());
}

void GridView::showIds(quint64 requestId, const QVector<qint64> &ids, const StateCounts &)
{
    if (requestId != m_requestId) {
        return;
    }
    QVector<qint64> page;
    for (qint64 id : ids) {
        if (!m_passedOver.contains(id)) {
            page.push_back(id);
            if (page.size() == kPageSize) {
                break;
            }
        }
    }
    m_list->clear();
    if (page.isEmpty()) {
        m_status->setText(tr("No such items: choose another class or source."));
        return;
    }
    Q_EMIT rowsRequested(requestId, 0, page);
}

void GridView::showRows(const ItemRowList &rows)
{
    if (rows.requestId != m_requestId) {
        return;
    }
    m_list->clear();
    QPixmap blank(kThumbnail, kThumbnail);
    blank.fill(palette().color(QPalette::Dark));
    const QIcon placeholder(blank);
    for (const ItemRow &row : rows.rows) {
        const double confidence = row.classId ? row.confidence.value_or(0) : row.suggestedProbability;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\n%2%").arg(QFileInfo(QString::fromStdString(row.path)).fileName())
                .arg(qRound(confidence * 100)),
            m_list);
        item->setData(kIdRole, qint64(row.id));
        item->setToolTip(QString::fromStdString(row.path));
        // Not user-checkable: the view would toggle a click on the box, and the click
        // handler again. The box shows the mark; a click anywhere on the item toggles it.
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
        item->setIcon(placeholder);  // the cell has its size before the thumbnail arrives
        m_thumbnails->request(row.id, QString::fromStdString(row.path));
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    m_pageShown.start();
    updateStatus();
}

void GridView::thumbnailReady(qint64 itemId, const QImage &image)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kIdRole).toLongLong() == itemId) {
            m_list->item(i)->setIcon(QIcon(QPixmap::fromImage(image)));
        }
    }
}

void GridView::toggle(QListWidgetItem *item)
{
    if (!item || m_storing) {
        return;
    }
    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    // Unmarked items are tinted, so a page of marks reads at a glance.
    QColor tint = problemColor();
    tint.setAlpha(90);
    item->setBackground(item->checkState() == Qt::Checked ? QBrush() : QBrush(tint));
    updateStatus();
}

QVector<qint64> GridView::pageItems() const
{
    QVector<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        ids.push_back(m_list->item(i)->data(kIdRole).toLongLong());
    }
    return ids;
}

QVector<qint64> GridView::markedItems() const
{
    QVector<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            ids.push_back(m_list->item(i)->data(kIdRole).toLongLong());
        }
    }
    return ids;
}

void GridView::acceptMarked()
{
    if (m_storing || m_list->count() == 0) {
        return;
    }
    const QVector<qint64> marked = markedItems();
    for (qint64 id : pageItems()) {
        if (!marked.contains(id)) {
            m_passedOver.insert(id);
        }
    }
    if (marked.isEmpty()) {  // all wrong: nothing to store, the next page
        refresh();
        return;
    }
    m_storing = true;
    updateStatus();
    const double secondsEach = double(m_pageShown.elapsed()) / 1000.0 / double(m_list->count());
    Q_EMIT acceptRequested(marked, m_class->currentData().toLongLong(), secondsEach);
}

void GridView::pageStored(qint64 count)
{
    if (!m_storing) {
        return;
    }
    m_storing = false;
    m_list->clear();
    m_status->setText(tr("%L1 labels stored.").arg(count));
    refresh();
}

void GridView::storeFailed(const QString &message)
{
    if (!m_storing) {
        return;
    }
    m_storing = false;  // the page stays as it was: nothing on it was shown as stored
    m_status->setText(tr("Not stored: %1").arg(message));
}

void GridView::updateStatus()
{
    if (m_storing) {
        m_status->setText(tr("Storing…"));
        return;
    }
    const int marked = int(markedItems().size());
    m_status->setText(
        tr("%L1 of %L2 marked as %3. Click (or Space) unmarks a wrong one; Enter labels the "
           "marked ones and shows the next page.")
            .arg(marked)
            .arg(m_list->count())
            .arg(m_class->currentText()));
}

bool GridView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space) {
            toggle(m_list->currentItem());
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            acceptMarked();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace triage::ui
