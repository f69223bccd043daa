#pragma once
// BrowseSession: the browse view's queries, on a thread and a store connection of their
// own, so that sorting or searching a million items never delays a review decision. It
// answers in two steps: the ids a query selects, in order (8 bytes an item), then the rows
// of the ids on screen, a page at a time.
#include "projectstore.h"
#include "uitypes.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace triage::ui {

class BrowseSession : public QObject {
    Q_OBJECT
public:
    explicit BrowseSession(QObject *parent = nullptr);
    ~BrowseSession() override;

public Q_SLOTS:
    void open(const QString &path);
    void query(quint64 requestId, const triage::ui::BrowseQuery &query);  // answers idsReady
    void fetchRows(quint64 requestId, int firstRow, const QVector<qint64> &ids);  // rowsReady

Q_SIGNALS:
    void idsReady(quint64 requestId, const QVector<qint64> &ids,
                  const triage::ui::StateCounts &counts);
    void rowsReady(const triage::ui::ItemRowList &rows);
    void failed(const QString &message);

private:
    Result<std::vector<int64_t>> suspectIds(const BrowseQuery &query);
    QString votesText(int64_t itemId, bool suspectFilter);

    std::unique_ptr<ProjectStore> m_store;
    // The suspect-labels filter's note per item ("the model says ..."), shown in the votes
    // column of the rows that answer that query (the grid's queries share this session).
    QHash<qint64, QString> m_suspectNotes;
    quint64 m_suspectRequest = 0;
};

}  // namespace triage::ui
