#include "sqlbackend.h"

#include "sqlquery.h"
#include "storerules.h"

#include <limits>
#include <map>

namespace triage::sql {
namespace {

constexpr const char *kItemColumns =
    "SELECT i.id, i.path, i.state, i.failure, i.width, i.height, l.class_id, l.source, "
    "l.confidence";
constexpr const char *kItemsWithLabels = " FROM items i LEFT JOIN labels l ON l.item_id = i.id";

ItemRow readItemRow(const Statement &q)
{
    // Column order of kItemColumns.
    ItemRow row;
    row.id = q.columnInt(0);
    row.path = q.columnText(1);
    row.state = ItemState(q.columnInt(2));
    row.failure = q.columnText(3);
    row.width = int(q.columnInt(4));
    row.height = int(q.columnInt(5));
    if (!q.columnIsNull(6)) {
        row.classId = q.columnInt(6);
        row.source = LabelSource(q.columnInt(7));
        row.confidence = q.columnDouble(8);
    }
    return row;
}

int64_t readId(const Statement &q)
{
    return q.columnInt(0);
}

}  // namespace

Result<std::optional<KnownPath>> Items::findPath(const std::string &itemPath)
{
    TRIAGE_PREPARE(q, m_c.db, "SELECT id, state FROM items WHERE path = ?");
    q.bind(1, itemPath);
    return firstRow(q, [](const Statement &r) {
        return KnownPath{r.columnInt(0), ItemState(r.columnInt(1))};
    });
}

Result<std::vector<std::optional<KnownPath>>> Items::findPaths(std::span<const std::string> paths)
{
    using Found = std::vector<std::optional<KnownPath>>;
    return inTransaction(
        m_c.db,
        [&]() -> Result<Found> {
            Found found;
            found.reserve(paths.size());
            for (const auto &path : paths) {
                auto known = findPath(path);
                if (!known) {
                    return known.error();
                }
                found.push_back(*known);
            }
            return found;
        },
        Transaction::Kind::Read);
}

Result<std::optional<int64_t>> Items::idByHash(const std::string &contentHash)
{
    TRIAGE_PREPARE(q, m_c.db, "SELECT id FROM items WHERE content_hash = ?");
    q.bind(1, contentHash);
    return firstRow(q, readId);
}

Result<int64_t> Items::add(const ItemMeta &meta, double queueRank)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "INSERT INTO items(path, content_hash, file_size, width, height, channels, "
                   "format, state, queue_rank, imported_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   "RETURNING id");
    q.bind(1, meta.path).bind(2, meta.contentHash).bind(3, meta.fileSize).bind(4, meta.width);
    q.bind(5, meta.height).bind(6, meta.channels).bind(7, meta.format);
    q.bind(8, int64_t(ItemState::Unlabeled)).bind(9, queueRank).bind(10, utcNowIso8601());
    return insertedId(q);
}

Result<std::optional<int64_t>> Items::addIfNew(const ItemMeta &meta, double queueRank)
{
    // Both unique indexes, the path's and the content hash's, may refuse the row. In
    // SQLite OR IGNORE, unlike ON CONFLICT DO NOTHING, leaves no constraint that could abort
    // the statement halfway, so it keeps no statement journal: a third of the time of a
    // large import.
    TRIAGE_PREPARE(q, m_c.db,
                   inDialect(m_c.db,
                             "INSERT OR IGNORE INTO items(path, content_hash, file_size, width, "
                             "height, channels, format, state, queue_rank, imported_at) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                             "INSERT INTO items(path, content_hash, file_size, width, height, "
                             "channels, format, state, queue_rank, imported_at) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING "
                             "RETURNING id"));
    q.bind(1, meta.path).bind(2, meta.contentHash).bind(3, meta.fileSize).bind(4, meta.width);
    q.bind(5, meta.height).bind(6, meta.channels).bind(7, meta.format);
    q.bind(8, int64_t(ItemState::Unlabeled)).bind(9, queueRank).bind(10, utcNowIso8601());
    return firstRow(q, readId);
}

Result<int64_t> Items::addFailed(const std::string &itemPath, const std::string &reason)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "INSERT INTO items(path, state, failure, imported_at) VALUES(?, ?, ?, ?) "
                   "RETURNING id");
    q.bind(1, itemPath).bind(2, int64_t(ItemState::Failed)).bind(3, reason);
    q.bind(4, utcNowIso8601());
    return insertedId(q);
}

Result<void> Items::updateFailure(int64_t itemId, const std::string &reason)
{
    TRIAGE_PREPARE(q, m_c.db, "UPDATE items SET failure = ? WHERE id = ? AND state = ?");
    return q.bind(1, reason).bind(2, itemId).bind(3, int64_t(ItemState::Failed)).run();
}

Result<int64_t> Items::reviveFailed(int64_t itemId, const ItemMeta &meta, double queueRank)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "UPDATE items SET content_hash = ?, file_size = ?, width = ?, height = ?, "
                   "channels = ?, format = ?, state = ?, failure = '', queue_rank = ? "
                   "WHERE id = ? AND state = ?");
    q.bind(1, meta.contentHash).bind(2, meta.fileSize).bind(3, meta.width).bind(4, meta.height);
    q.bind(5, meta.channels).bind(6, meta.format).bind(7, int64_t(ItemState::Unlabeled));
    q.bind(8, queueRank).bind(9, itemId).bind(10, int64_t(ItemState::Failed));
    TRIAGE_TRY(q.run());
    if (m_c.db.changes() != 1) {
        return makeError(ErrorCode::NotFound,
                         "item " + std::to_string(itemId) + " is not a failed item");
    }
    return itemId;
}

Result<void> Items::markFailed(int64_t itemId, const std::string &reason)
{
    return inTransaction(m_c.db, [&]() -> Result<void> {
        TRIAGE_PREPARE(
            q, m_c.db,
            "UPDATE items SET state = ?, failure = ? WHERE id = ? AND state IN (?, ?, ?)");
        q.bind(1, int64_t(ItemState::Failed)).bind(2, reason).bind(3, itemId);
        for (size_t i = 0; i < kAutomaticallyRoutableStates.size(); ++i) {
            q.bind(int(4 + i), int64_t(kAutomaticallyRoutableStates[i]));
        }
        TRIAGE_TRY(q.run());
        TRIAGE_PREPARE(drop, m_c.db, "DELETE FROM labels WHERE item_id = ? AND source = ?");
        return drop.bind(1, itemId).bind(2, int64_t(LabelSource::Auto)).run();
    });
}

Result<std::vector<ItemRow>> Items::list(const ItemFilter &filter)
{
    std::string sql = std::string(kItemColumns) + kItemsWithLabels;
    sql +=
        " WHERE (CAST(?1 AS BIGINT) IS NULL OR i.state = ?1) AND (?1 IS NOT NULL OR i.state != ?5)"
        " AND (CAST(?2 AS BIGINT) IS NULL OR l.class_id = ?2) AND i.id > ?6 ORDER BY i.id"
        " LIMIT ?3 OFFSET ?4";
    TRIAGE_PREPARE(q, m_c.db, sql);
    q.bind(1, filter.state ? std::optional<int64_t>(int64_t(*filter.state)) : std::nullopt);
    q.bind(2, filter.classId).bind(4, filter.offset);
    q.bind(3, filter.limit < 0 ? std::numeric_limits<int64_t>::max() : filter.limit);  // no limit
    q.bind(5, int64_t(ItemState::Removed)).bind(6, filter.afterId);
    return allRows(q, readItemRow);
}

Result<std::optional<ItemRow>> Items::get(int64_t itemId)
{
    TRIAGE_PREPARE(q, m_c.db, std::string(kItemColumns) + kItemsWithLabels + " WHERE i.id = ?");
    q.bind(1, itemId);
    return firstRow(q, readItemRow);
}

namespace {

// The ORDER BY key of each sort; the joins findIds() adds when a key needs them.
const char *sortKey(ItemSort sort)
{
    switch (sort) {
    case ItemSort::Id: return "i.id";
    case ItemSort::Path: return "i.path";
    case ItemSort::State: return "i.state";
    case ItemSort::Label: return "l.class_id";
    case ItemSort::Source: return "l.source";
    case ItemSort::Confidence: return "COALESCE(l.confidence, p.top_probability)";
    }
    return "i.id";
}

// A LIKE pattern that matches `text` anywhere, with LIKE's own wildcards taken literally.
std::string containsPattern(const std::string &text)
{
    std::string pattern = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') {
            pattern += '\\';
        }
        pattern += c;
    }
    return pattern + '%';
}

constexpr const char *kLatestRound = "(SELECT MAX(id) FROM model_versions WHERE complete = 1)";

}  // namespace

Result<std::vector<int64_t>> Items::findIds(const ItemQuery &query)
{
    const bool byLabel = query.classId || query.sort == ItemSort::Label ||
                         query.sort == ItemSort::Source || query.sort == ItemSort::Confidence;
    // Only the joins the question needs: listing a million ids by id or path reads one
    // index, while a join costs a lookup per item.
    std::string sql = "SELECT i.id FROM items i";
    if (byLabel) {
        sql += " LEFT JOIN labels l ON l.item_id = i.id";
    }
    if (query.sort == ItemSort::Confidence || query.suggestedClassId) {
        sql +=
            std::string(" LEFT JOIN predictions p ON p.item_id = i.id AND p.model_version_id = ") +
            kLatestRound;
    }
    sql +=
        " WHERE (CAST(?1 AS BIGINT) IS NULL OR i.state = ?1) AND (?1 IS NOT NULL OR i.state != ?2)";
    if (query.classId) {
        sql += " AND l.class_id = ?3";
    }
    if (!query.pathContains.empty()) {
        // SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE does the same.
        sql += inDialect(m_c.db, " AND i.path LIKE ?4 ESCAPE '\\'",
                         " AND i.path ILIKE ?4 ESCAPE '\\'");
    }
    if (query.suggestedClassId) {
        sql += " AND p.top_class_id = ?5";
    }
    if (query.auditsOnly) {
        sql += " AND i.id IN (SELECT item_id FROM audits)";
    }
    sql += std::string(" ORDER BY ") + sortKey(query.sort) + (query.descending ? " DESC" : "");
    if (query.sort != ItemSort::Id) {
        sql += ", i.id";
    }
    TRIAGE_PREPARE(q, m_c.db, sql);
    q.bind(1, query.state ? std::optional<int64_t>(int64_t(*query.state)) : std::nullopt);
    q.bind(2, int64_t(ItemState::Removed));
    if (query.classId) {
        q.bind(3, *query.classId);
    }
    if (!query.pathContains.empty()) {
        q.bind(4, containsPattern(query.pathContains));
    }
    if (query.suggestedClassId) {
        q.bind(5, *query.suggestedClassId);
    }
    return allRows(q, readId);
}

Result<std::vector<ItemRow>> Items::rows(std::span<const int64_t> itemIds)
{
    using Rows = std::vector<ItemRow>;
    return inTransaction(
        m_c.db,
        [&]() -> Result<Rows> {
            TRIAGE_PREPARE(q, m_c.db,
                           std::string(kItemColumns) +
                               ", p.top_class_id, p.top_probability FROM items i "
                               "LEFT JOIN labels l ON l.item_id = i.id "
                               "LEFT JOIN predictions p ON p.item_id = i.id "
                               "AND p.model_version_id = " +
                               kLatestRound + " WHERE i.id = ?");
            Rows found;
            found.reserve(itemIds.size());
            for (int64_t id : itemIds) {
                q.reset();
                q.bind(1, id);
                if (q.step()) {
                    ItemRow row = readItemRow(q);
                    if (!q.columnIsNull(9)) {
                        row.suggestedClassId = q.columnInt(9);
                        row.suggestedProbability = q.columnDouble(10);
                    }
                    found.push_back(std::move(row));
                }
                if (q.failed()) {
                    return q.error();
                }
            }
            return found;
        },
        Transaction::Kind::Read);
}

Result<std::vector<std::pair<ItemState, int64_t>>> Items::stateCounts()
{
    TRIAGE_PREPARE(q, m_c.db, "SELECT state, n FROM item_state_counts WHERE n != 0 ORDER BY state");
    return allRows(
        q, [](const Statement &r) { return std::pair(ItemState(r.columnInt(0)), r.columnInt(1)); });
}

Result<ProjectCounts> Items::counts()
{
    ProjectCounts counts;
    auto byState = stateCounts();
    if (!byState) {
        return byState.error();
    }
    for (const auto &[state, n] : *byState) {
        counts.total += state == ItemState::Removed ? 0 : n;
        switch (state) {
        case ItemState::Unlabeled: counts.unlabeled = n; break;
        case ItemState::Queued: counts.queued = n; break;
        case ItemState::AutoAccepted: counts.autoAccepted = n; break;
        case ItemState::HumanLabeled: counts.humanLabeled = n; break;
        case ItemState::Failed: counts.failed = n; break;
        case ItemState::Removed: counts.removed = n; break;
        }
    }
    std::map<int64_t, ClassCount> byClass;
    for (const auto &c : m_c.classes) {
        byClass[c.id].classId = c.id;
    }
    TRIAGE_PREPARE(labels, m_c.db,
                   "SELECT class_id, source, COUNT(*) FROM labels GROUP BY class_id, source");
    while (labels.step()) {
        ClassCount &c = byClass[labels.columnInt(0)];
        const int64_t n = labels.columnInt(2);
        switch (LabelSource(labels.columnInt(1))) {
        case LabelSource::Human: c.human = n; break;
        case LabelSource::Import: c.imported = n; break;
        case LabelSource::Auto: c.automatic = n; break;
        }
    }
    if (labels.failed()) {
        return labels.error();
    }
    for (const auto &c : m_c.classes) {
        counts.byClass.push_back(byClass[c.id]);
    }
    TRIAGE_PREPARE(decided, m_c.db, "SELECT COUNT(*) FROM decisions WHERE source = ?");
    decided.bind(1, int64_t(DecisionSource::Human));
    auto humanDecisions = singleInteger(decided);
    if (!humanDecisions) {
        return humanDecisions.error();
    }
    counts.humanDecisions = *humanDecisions;
    TRIAGE_PREPARE(highest, m_c.db, "SELECT COALESCE(MAX(id), 0) FROM items");
    auto highestId = singleInteger(highest);
    if (!highestId) {
        return highestId.error();
    }
    counts.highestItemId = *highestId;
    return counts;
}

Result<std::vector<ItemOutcome>> Items::outcomes()
{
    TRIAGE_PREPARE(
        q, m_c.db,
        "SELECT i.id, i.path, l.class_id, l.source, p.top_class_id, p.top_probability FROM items i "
        "LEFT JOIN labels l ON l.item_id = i.id "
        "LEFT JOIN predictions p ON p.item_id = i.id "
        "AND p.model_version_id = "
        "(SELECT MAX(id) FROM model_versions WHERE complete = 1) "
        "WHERE i.state NOT IN (?, ?) ORDER BY i.id");
    q.bind(1, int64_t(ItemState::Failed)).bind(2, int64_t(ItemState::Removed));
    return allRows(q, [](const Statement &r) {
        ItemOutcome o;
        o.itemId = r.columnInt(0);
        o.path = r.columnText(1);
        if (!r.columnIsNull(2)) {
            o.labelClassId = r.columnInt(2);
            o.labelSource = LabelSource(r.columnInt(3));
        }
        if (!r.columnIsNull(4)) {
            o.predictedClassId = r.columnInt(4);
            o.predictedProbability = r.columnDouble(5);
        }
        return o;
    });
}

Result<std::vector<int64_t>> Items::reviewQueue(int64_t limit)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT id FROM items WHERE state IN (?, ?) ORDER BY queue_rank, id LIMIT ?");
    q.bind(1, int64_t(ItemState::Unlabeled)).bind(2, int64_t(ItemState::Queued)).bind(3, limit);
    return allRows(q, readId);
}

// Both read the trigger-kept item_state_counts (schema 7): constant time at any size.
Result<int64_t> Items::reviewQueueLength()
{
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT COALESCE(SUM(n), 0) FROM item_state_counts WHERE state IN (?, ?)");
    q.bind(1, int64_t(ItemState::Unlabeled)).bind(2, int64_t(ItemState::Queued));
    return singleInteger(q);
}

Result<int64_t> Items::countInState(ItemState state)
{
    TRIAGE_PREPARE(q, m_c.db, "SELECT COALESCE(SUM(n), 0) FROM item_state_counts WHERE state = ?");
    q.bind(1, int64_t(state));
    return singleInteger(q);
}

Result<std::vector<StoredItem>> Items::usableAfter(int64_t afterItemId, int64_t limit)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT id, path, COALESCE(content_hash, ''), file_size, width, height, "
                   "channels, format FROM items WHERE id > ? AND state NOT IN (?, ?) "
                   "ORDER BY id LIMIT ?");
    q.bind(1, afterItemId).bind(2, int64_t(ItemState::Failed));
    q.bind(3, int64_t(ItemState::Removed)).bind(4, limit);
    return allRows(q, [](const Statement &r) {
        return StoredItem{r.columnInt(0), ItemMeta{r.columnText(1), r.columnText(2), r.columnInt(3),
                                                   int(r.columnInt(4)), int(r.columnInt(5)),
                                                   int(r.columnInt(6)), r.columnText(7)}};
    });
}

Result<std::vector<int64_t>> Items::usableIds()
{
    TRIAGE_PREPARE(q, m_c.db, "SELECT id FROM items WHERE state NOT IN (?, ?) ORDER BY id");
    q.bind(1, int64_t(ItemState::Failed)).bind(2, int64_t(ItemState::Removed));
    return allRows(q, readId);
}

}  // namespace triage::sql
