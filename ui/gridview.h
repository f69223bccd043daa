#pragma once
// GridView: review a page of items at once. It shows up to kPageSize thumbnails the model
// puts in one class — awaiting review, auto-accepted (to verify), or audits — most confident
// first, every one marked as that class. The annotator unmarks the wrong ones (a click, or
// the arrow keys and Space) and Enter labels every marked item as the class: one decision
// each, all stored in one transaction before the page clears. Unmarked items stay as they
// were (the review queue still has them) and do not come back on this grid's next pages.
#include "uitypes.h"

#include <QElapsedTimer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace triage::ui {

class ThumbnailLoader;

class GridView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPageSize = 40;
    enum class Source { AwaitingReview, AutoAccepted, Audits };

    explicit GridView(QWidget *parent = nullptr);

    void setProject(const ProjectInfo &info);
    QListWidget *list() const { return m_list; }
    QComboBox *classChoice() const { return m_class; }
    QComboBox *sourceChoice() const { return m_source; }
    QVector<qint64> markedItems() const;  // in page order
    QVector<qint64> pageItems() const;
    bool storing() const { return m_storing; }

public Q_SLOTS:
    void refresh();  // the first page of the current class and source
    void showIds(quint64 requestId, const QVector<qint64> &ids,
                 const triage::ui::StateCounts &counts);
    void showRows(const triage::ui::ItemRowList &rows);
    // The page's marked items are stored: the next page.
    void pageStored(qint64 count);
    void storeFailed(const QString &message);
    void acceptMarked();  // Enter

Q_SIGNALS:
    void queryRequested(quint64 requestId, const triage::ui::BrowseQuery &query);
    void rowsRequested(quint64 requestId, int firstRow, const QVector<qint64> &ids);
    // Labels each item as classId (the class every item was suggested as).
    void acceptRequested(const QVector<qint64> &itemIds, qint64 classId, double secondsEach);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    BrowseQuery query() const;
    void toggle(QListWidgetItem *item);
    void thumbnailReady(qint64 itemId, const QImage &image);
    void updateStatus();

    quint64 m_requestId = 0;
    QSet<qint64> m_passedOver;  // unmarked on an earlier page: not offered again
    bool m_storing = false;
    QElapsedTimer m_pageShown;
    QComboBox *m_class;
    QComboBox *m_source;
    QLabel *m_status;
    QListWidget *m_list;
    ThumbnailLoader *m_thumbnails;
};

}  // namespace triage::ui
