#pragma once
// ItemTableModel: the browse view's rows (thumbnail, file, state, label, source,
// confidence), a thin adapter over rows the project thread queried. Thumbnails load
// lazily, when a row is first painted.
#include "uitypes.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QPixmap>

namespace triage::ui {

class ThumbnailLoader;

class ItemTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Thumbnail = 0, File, State, Label, Source, Confidence, Votes, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, PathRole };

    explicit ItemTableModel(QObject *parent = nullptr);

    void setProject(const ProjectInfo &project);  // its classes and pixel limit; rows cleared
    // `votes`: per row, the labeling functions' votes as text (empty: none stored).
    void setRows(const QVector<ItemRow> &rows, const QVector<QString> &votes = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void thumbnailReady(qint64 itemId, const QImage &image);

    QVector<ItemRow> m_rows;
    QVector<QString> m_votes;
    QHash<qint64, int> m_rowOf;
    QHash<qint64, QString> m_className;
    ThumbnailLoader *m_thumbnails;
    mutable QCache<qint64, QPixmap> m_pixmaps{4000};
};

}  // namespace triage::ui
