#pragma once
// ItemTableModel: the browse view's rows (thumbnail, file, state, label or suggestion,
// source, confidence, votes) over a list of item ids. It holds the ids of every row the
// query selected and the rows of a few pages around what was painted: a row painted before
// its page arrived shows a placeholder and asks for the page (rowsWanted). Thumbnails load
// lazily too, when a row is first painted.
#include "uitypes.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QPixmap>
#include <QSet>

#include <optional>

namespace triage::ui {

class ThumbnailLoader;

class ItemTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Thumbnail = 0, File, State, Label, Source, Confidence, Votes, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, PathRole };
    static constexpr int kPageSize = 100;

    explicit ItemTableModel(QObject *parent = nullptr);

    void setProject(const ProjectInfo &project);  // its classes and pixel limit; rows cleared
    // A query's answer: every row's id. Rows come later, by page, through addRows().
    void setIds(quint64 requestId, const QVector<qint64> &ids);
    void addRows(const ItemRowList &rows);
    void setThumbnailSize(int pixels);
    int thumbnailSize() const { return m_thumbnailSize; }
    bool isRowLoaded(int row) const;
    // The store's order for a column; nullopt for the columns that do not sort.
    static std::optional<ItemSort> sortFor(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;  // asks for it: sortWanted

Q_SIGNALS:
    void rowsWanted(quint64 requestId, int firstRow, const QVector<qint64> &ids);
    void sortWanted(int column, Qt::SortOrder order);

private:
    struct Page {
        QVector<ItemRow> rows;
        QVector<QString> votes;
    };
    const ItemRow *loadedRow(int row) const;  // nullptr (and the page asked for) if not yet
    QVariant display(const ItemRow &row, int column, const QString &votes) const;
    void thumbnailReady(qint64 itemId, const QImage &image);

    quint64 m_requestId = 0;
    QVector<qint64> m_ids;
    mutable QHash<qint64, int> m_rowOf;  // of the rows whose thumbnail was asked for
    mutable QCache<int, Page> m_pages{40};  // by page number: 4,000 rows at most
    mutable QSet<int> m_pagesAsked;
    QHash<qint64, QString> m_className;
    int m_thumbnailSize;
    ThumbnailLoader *m_thumbnails;
    mutable QCache<qint64, QPixmap> m_pixmaps{2000};
};

}  // namespace triage::ui
