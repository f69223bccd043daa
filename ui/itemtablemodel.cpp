#include "itemtablemodel.h"

#include "statenames.h"

#include "thumbnailloader.h"

#include <QFileInfo>

namespace triage::ui {

constexpr int kThumbnailSize = 48;

ItemTableModel::ItemTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_thumbnails(new ThumbnailLoader(kThumbnailSize, this))
{
    connect(m_thumbnails, &ThumbnailLoader::ready, this, &ItemTableModel::thumbnailReady);
}

void ItemTableModel::setProject(const ProjectInfo &project)
{
    beginResetModel();
    m_className.clear();
    for (const auto &c : project.classes) {
        m_className.insert(c.id, c.name);
    }
    m_rows.clear();
    m_votes.clear();
    m_rowOf.clear();
    m_pixmaps.clear();
    m_thumbnails->clear();
    m_thumbnails->setPixelLimit(project.pixelLimit);
    endResetModel();
}

void ItemTableModel::setRows(const QVector<ItemRow> &rows, const QVector<QString> &votes)
{
    beginResetModel();
    m_rows = rows;
    m_votes = votes;
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOf.insert(m_rows[i].id, i);
    }
    endResetModel();
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const ItemRow &row = m_rows[index.row()];
    if (role == ItemIdRole) {
        return qint64(row.id);
    }
    if (role == PathRole) {
        return QString::fromStdString(row.path);
    }
    if (role == Qt::DecorationRole && index.column() == Thumbnail) {
        if (const QPixmap *pixmap = m_pixmaps.object(row.id)) {
            return *pixmap;
        }
        if (row.state != ItemState::Failed) {
            m_thumbnails->request(row.id, QString::fromStdString(row.path));
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        return row.failure.empty() ? QString::fromStdString(row.path)
                                   : QString::fromStdString(row.failure);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case File: return QFileInfo(QString::fromStdString(row.path)).fileName();
    case State: return stateName(row.state);
    case Label: return row.classId ? m_className.value(*row.classId) : QString();
    case Source: return row.source ? sourceName(*row.source) : QString();
    case Confidence:
        return row.confidence && row.source == LabelSource::Auto
                   ? QStringLiteral("%L1%").arg(*row.confidence * 100, 0, 'f', 1)
                   : QString();
    case Votes: return index.row() < m_votes.size() ? m_votes[index.row()] : QString();
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

void ItemTableModel::thumbnailReady(qint64 itemId, const QImage &image)
{
    m_pixmaps.insert(itemId, new QPixmap(QPixmap::fromImage(image)));
    const auto row = m_rowOf.constFind(itemId);
    if (row != m_rowOf.constEnd()) {
        const QModelIndex cell = index(*row, Thumbnail);
        Q_EMIT dataChanged(cell, cell, {Qt::DecorationRole});
    }
}

}  // namespace triage::ui
