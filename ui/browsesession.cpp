#include "browsesession.h"

#include "suspects.h"

namespace triage::ui {
namespace {

constexpr int kBusyTimeoutMs = 2000;  // a browse query waits this long for a writer

}  // namespace

BrowseSession::BrowseSession(QObject *parent) : QObject(parent) {}

BrowseSession::~BrowseSession() = default;

void BrowseSession::open(const QString &path)
{
    auto store = ProjectStore::open(path.toStdString());
    if (!store) {
        Q_EMIT failed(QString::fromStdString(store.error().message));
        return;
    }
    m_store = std::make_unique<ProjectStore>(std::move(*store));
    m_store->setLockWait(kBusyTimeoutMs);
    m_suspectNotes.clear();
}

void BrowseSession::query(quint64 requestId, const BrowseQuery &query)
{
    if (!m_store) {
        return;
    }
    Result<std::vector<int64_t>> ids = makeError(ErrorCode::Internal, "no query");
    if (query.state == kSuspectLabelsFilter) {
        ids = suspectIds(query);
        m_suspectRequest = requestId;
    } else {
        ItemQuery q;
        if (query.state > 0) {
            q.state = ItemState(query.state);
        }
        if (query.classId >= 0) {
            q.classId = query.classId;
        }
        q.pathContains = query.search.toStdString();
        if (query.suggestedClassId >= 0) {
            q.suggestedClassId = query.suggestedClassId;
        }
        q.auditsOnly = query.auditsOnly;
        q.sort = query.sort;
        q.descending = query.descending;
        ids = m_store->items().findIds(q);
    }
    auto counts = m_store->items().stateCounts();
    if (!ids || !counts) {
        Q_EMIT failed(QString::fromStdString(ids ? counts.error().message : ids.error().message));
        return;
    }
    StateCounts byState;
    for (const auto &[state, n] : *counts) {
        byState.insert(int(state), n);
    }
    Q_EMIT idsReady(requestId, QVector<qint64>(ids->begin(), ids->end()), byState);
}

Result<std::vector<int64_t>> BrowseSession::suspectIds(const BrowseQuery &query)
{
    auto suspects = readSuspectLabels(*m_store);
    if (!suspects) {
        return suspects.error();
    }
    m_suspectNotes.clear();
    std::vector<int64_t> ids;
    for (const SuspectItem &s : suspects->suspects) {
        if ((query.classId >= 0 && s.labelClassId != query.classId) ||
            !QString::fromStdString(s.path).contains(query.search, Qt::CaseInsensitive)) {
            continue;
        }
        const auto suggested = m_store->classById(s.suggestedClassId);
        m_suspectNotes.insert(s.itemId,
                              tr("suspect: the model says %1 (%2%), the label %3%")
                                  .arg(QString::fromStdString(suggested ? suggested->name : "?"))
                                  .arg(qRound(s.suggestedProbability * 100))
                                  .arg(qRound(s.labelProbability * 100)));
        ids.push_back(s.itemId);
    }
    return ids;
}

void BrowseSession::fetchRows(quint64 requestId, int firstRow, const QVector<qint64> &ids)
{
    if (!m_store) {
        return;
    }
    const std::vector<int64_t> wanted(ids.begin(), ids.end());
    auto rows = m_store->items().rows(wanted);
    if (!rows) {
        Q_EMIT failed(QString::fromStdString(rows.error().message));
        return;
    }
    ItemRowList list{requestId, firstRow, {}, {}};
    // An id without a row (another program deleted it) keeps its place as an empty row,
    // so the rows on screen stay where they are.
    size_t next = 0;
    for (qint64 id : ids) {
        if (next < rows->size() && (*rows)[next].id == id) {
            list.rows.push_back((*rows)[next++]);
        } else {
            ItemRow missing;
            missing.id = id;
            list.rows.push_back(missing);
        }
        list.votes.push_back(votesText(id, requestId == m_suspectRequest));
    }
    Q_EMIT rowsReady(list);
}

// Provenance: which labeling functions voted what on the item (one lookup), or, under the
// suspect filter, what the model believes instead.
QString BrowseSession::votesText(int64_t itemId, bool suspectFilter)
{
    if (const auto note = m_suspectNotes.constFind(itemId);
        suspectFilter && note != m_suspectNotes.constEnd()) {
        return *note;
    }
    auto votes = m_store->labelingFunctions().votesFor(itemId);
    if (!votes) {
        return {};
    }
    QString text;
    for (const auto &vote : *votes) {
        const auto cls = m_store->classById(vote.classId);
        text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) +
                QStringLiteral("%1: %2").arg(QString::fromStdString(vote.lf),
                                             QString::fromStdString(cls ? cls->name : "?"));
    }
    return text;
}

}  // namespace triage::ui
