#pragma once
// BrowseView: every item with its thumbnail, state and label (or the model's suggestion),
// filterable by state (with the count of each), class and file name, sortable by any
// column; double-click opens an item for review. It holds only ids and the pages on
// screen: a BrowseSession, on its own thread, answers the queries.
#include "uitypes.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace triage::ui {

class ItemTableModel;

class BrowseView : public QWidget {
    Q_OBJECT
public:
    explicit BrowseView(QWidget *parent = nullptr);

    void setProject(const ProjectInfo &info);
    ItemTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QAction *removeAction() const { return m_remove; }
    QLineEdit *searchField() const { return m_search; }
    BrowseQuery currentQuery() const;

public Q_SLOTS:
    void refresh();  // the same query again (after decisions or a job): the scroll stays
    void showIds(quint64 requestId, const QVector<qint64> &ids,
                 const triage::ui::StateCounts &counts);
    void showRows(const triage::ui::ItemRowList &rows);

Q_SIGNALS:
    void queryRequested(quint64 requestId, const triage::ui::BrowseQuery &query);
    void rowsRequested(quint64 requestId, int firstRow, const QVector<qint64> &ids);
    void openForReview(qint64 itemId);
    void removeRequested(const QVector<qint64> &itemIds);  // the selected rows

private:
    void sortBy(int column, Qt::SortOrder order);
    void showCounts(const StateCounts &counts);

    quint64 m_requestId = 0;
    BrowseQuery m_shownQuery;  // what the rows on screen answer
    bool m_anyShown = false;
    ItemSort m_sort = ItemSort::Id;
    bool m_descending = false;
    ItemTableModel *m_model;
    QComboBox *m_state;
    QComboBox *m_class;
    QLineEdit *m_search;
    QComboBox *m_thumbnails;
    QLabel *m_count;
    QTableView *m_table;
    QAction *m_remove;
    QTimer *m_searchDelay;
};

}  // namespace triage::ui
