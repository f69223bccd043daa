#pragma once
// BrowseView: every item with its thumbnail, state and label, filterable by state and
// class; double-click opens an item for review. Rows are queried on the project thread.
#include "uitypes.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QTableView;

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

public Q_SLOTS:
    void refresh();
    void showRows(const triage::ui::ItemRowList &rows);

Q_SIGNALS:
    void queryRequested(quint64 requestId, int state, qint64 classId);
    void openForReview(qint64 itemId);
    void removeRequested(const QVector<qint64> &itemIds);  // the selected rows

private:
    quint64 m_requestId = 0;
    ItemTableModel *m_model;
    QComboBox *m_state;
    QComboBox *m_class;
    QLabel *m_count;
    QTableView *m_table;
    QAction *m_remove;
};

}  // namespace triage::ui
