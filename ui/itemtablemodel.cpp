#include "itemtablemodel.h"

#include "statenames.h"

#include "thumbnailloader.h"

#include <QFileInfo>
#include <QFont>

namespace triage::ui {
namespace {

constexpr int kDefaultThumbnailSize = 48;
constexpr int kPixmapCacheKiB = 48 * 1024;  // decoded thumbnails kept for scrolling back

bool awaitsReview(const ItemRow &row)
{
    return row.state == ItemState::Unlabeled || row.state == ItemState::Queued;
}

}  // namespace

ItemTableModel::ItemTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_thumbnailSize(kDefaultThumbnailSize),
      m_thumbnails(new ThumbnailLoader(kDefaultThumbnailSize, this))
{
    m_pixmaps.setMaxCost(kPixmapCacheKiB);
    connect(m_thumbnails, &ThumbnailLoader::ready, this, &ItemTableModel::thumbnailReady);
}

void ItemTableModel::setProject(const ProjectInfo &project)
{
    beginResetModel();
    m_className.clear();
    for (const auto &c : project.classes) {
        m_className.insert(c.id, c.name);
    }
    m_ids.clear();
    m_rowOf.clear();
    m_pages.clear();
    m_pagesAsked.clear();
    m_pixmaps.clear();
    m_thumbnails->clear();
    m_thumbnails->setPixelLimit(project.pixelLimit);
    endResetModel();
}

void ItemTableModel::setIds(quint64 requestId, const QVector<qint64> &ids)
{
    beginResetModel();
    m_requestId = requestId;
    m_ids = ids;
    m_rowOf.clear();
    m_pages.clear();
    m_pagesAsked.clear();
    endResetModel();
}

void ItemTableModel::addRows(const ItemRowList &rows)
{
    if (rows.requestId != m_requestId || rows.firstRow % kPageSize != 0 ||
        rows.firstRow + rows.rows.size() > m_ids.size()) {
        return;  // the answer to an older query
    }
    const int page = rows.firstRow / kPageSize;
    m_pagesAsked.remove(page);
    m_pages.insert(page, new Page{rows.rows, rows.votes});
    Q_EMIT dataChanged(index(rows.firstRow, 0),
                       index(rows.firstRow + int(rows.rows.size()) - 1, ColumnCount - 1));
}

void ItemTableModel::setThumbnailSize(int pixels)
{
    if (pixels == m_thumbnailSize) {
        return;
    }
    m_thumbnailSize = pixels;
    m_pixmaps.clear();
    m_thumbnails->setSize(pixels);
    if (!m_ids.isEmpty()) {
        Q_EMIT dataChanged(index(0, Thumbnail), index(int(m_ids.size()) - 1, Thumbnail),
                           {Qt::DecorationRole});
    }
}

bool ItemTableModel::isRowLoaded(int row) const
{
    return row >= 0 && row < m_ids.size() && m_pages.contains(row / kPageSize);
}

const ItemRow *ItemTableModel::loadedRow(int row) const
{
    const int page = row / kPageSize;
    if (const Page *loaded = m_pages.object(page)) {
        const int at = row % kPageSize;
        return at < loaded->rows.size() ? &loaded->rows[at] : nullptr;
    }
    if (!m_pagesAsked.contains(page)) {
        m_pagesAsked.insert(page);
        const int first = page * kPageSize;
        const int count = std::min(kPageSize, int(m_ids.size()) - first);
        // Emitted from a const paint path: the request is queued to another thread, the
        // model does not change here.
        Q_EMIT const_cast<ItemTableModel *>(this)->rowsWanted(m_requestId, first,
                                                             m_ids.mid(first, count));
    }
    return nullptr;
}

std::optional<ItemSort> ItemTableModel::sortFor(int column)
{
    switch (column) {
    case File: return ItemSort::Path;
    case State: return ItemSort::State;
    case Label: return ItemSort::Label;
    case Source: return ItemSort::Source;
    case Confidence: return ItemSort::Confidence;
    default: return std::nullopt;
    }
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size()) {
        return {};
    }
    if (role == ItemIdRole) {
        return m_ids[index.row()];
    }
    const ItemRow *row = loadedRow(index.row());
    if (!row) {
        return role == Qt::DisplayRole && index.column() == File ? QStringLiteral("…")
                                                                 : QVariant();
    }
    const Page *page = m_pages.object(index.row() / kPageSize);
    const QString &votes = page->votes.value(index.row() % kPageSize);
    const bool suggestion = !row->classId && row->suggestedClassId && awaitsReview(*row);
    switch (role) {
    case PathRole: return QString::fromStdString(row->path);
    case Qt::DecorationRole:
        if (index.column() != Thumbnail) {
            return {};
        }
        if (const QPixmap *pixmap = m_pixmaps.object(row->id)) {
            return *pixmap;
        }
        if (row->state != ItemState::Failed && !row->path.empty()) {
            m_rowOf.insert(row->id, index.row());
            m_thumbnails->request(row->id, QString::fromStdString(row->path));
        }
        return {};
    case Qt::ToolTipRole:
        if (suggestion && (index.column() == Label || index.column() == Confidence)) {
            return tr("The model's suggestion, not a label yet");
        }
        return row->failure.empty() ? QString::fromStdString(row->path)
                                    : QString::fromStdString(row->failure);
    case Qt::FontRole:
        if (suggestion && index.column() == Label) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::DisplayRole: return display(*row, index.column(), votes);
    default: return {};
    }
}

QVariant ItemTableModel::display(const ItemRow &row, int column, const QString &votes) const
{
    const bool suggestion = !row.classId && row.suggestedClassId && awaitsReview(row);
    const auto percent = [](double p) { return QStringLiteral("%L1%").arg(p * 100, 0, 'f', 1); };
    switch (column) {
    case File: return QFileInfo(QString::fromStdString(row.path)).fileName();
    case State: return stateName(row.state);
    case Label:
        if (row.classId) {
            return m_className.value(*row.classId);
        }
        return suggestion ? m_className.value(*row.suggestedClassId) : QString();
    case Source:
        if (row.source) {
            return sourceName(*row.source);
        }
        return suggestion ? tr("suggestion") : QString();
    case Confidence:
        if (row.confidence && row.source == LabelSource::Auto) {
            return percent(*row.confidence);
        }
        return suggestion ? percent(row.suggestedProbability) : QString();
    case Votes: return votes;
    default: return {};
    }
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Thumbnail: return QString();
    case File: return tr("File");
    case State: return tr("State");
    case Label: return tr("Label");
    case Source: return tr("Source");
    case Confidence: return tr("Confidence");
    case Votes: return tr("Votes");
    default: return {};
    }
}

void ItemTableModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT sortWanted(column, order);
}

void ItemTableModel::thumbnailReady(qint64 itemId, const QImage &image)
{
    auto *pixmap = new QPixmap(QPixmap::fromImage(image));
    m_pixmaps.insert(itemId, pixmap, std::max(1, int(image.sizeInBytes() / 1024)));
    const auto row = m_rowOf.constFind(itemId);
    if (row != m_rowOf.constEnd() && *row < m_ids.size() && m_ids[*row] == itemId) {
        const QModelIndex cell = index(*row, Thumbnail);
        Q_EMIT dataChanged(cell, cell, {Qt::DecorationRole});
    }
}

}  // namespace triage::ui
