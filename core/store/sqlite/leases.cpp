#include "sqlitebackend.h"

#include "sqlitequery.h"

namespace triage::sqlite {

Result<std::vector<int64_t>> Leases::leaseNext(const std::string &holder, int64_t count, double now,
                                               double expiresAt)
{
    // One write transaction (BEGIN IMMEDIATE): two servers on one project pick in turn,
    // so neither can hand out an item the other has just leased.
    return inTransaction(m_c.db, [&]() -> Result<std::vector<int64_t>> {
        TRIAGE_PREPARE(pick, m_c.db,
                       "SELECT i.id FROM items i LEFT JOIN review_leases r ON r.item_id = i.id "
                       "WHERE i.state IN (?, ?) AND (r.item_id IS NULL OR r.expires_at <= ? "
                       "OR r.holder = ?) ORDER BY i.queue_rank, i.id LIMIT ?");
        pick.bind(1, int64_t(ItemState::Unlabeled)).bind(2, int64_t(ItemState::Queued));
        pick.bind(3, now).bind(4, holder).bind(5, count);
        auto ids = allRows(pick, [](const Statement &r) { return r.columnInt(0); });
        if (!ids) {
            return ids.error();
        }
        TRIAGE_PREPARE(take, m_c.db,
                       "INSERT OR REPLACE INTO review_leases(item_id, holder, expires_at) "
                       "VALUES(?, ?, ?)");
        for (int64_t id : *ids) {
            TRIAGE_TRY(take.bind(1, id).bind(2, holder).bind(3, expiresAt).run());
        }
        return ids;
    });
}

Result<std::optional<ReviewLease>> Leases::holderOf(int64_t itemId, double now)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT item_id, holder, expires_at FROM review_leases "
                   "WHERE item_id = ? AND expires_at > ?");
    q.bind(1, itemId).bind(2, now);
    return firstRow(q, [](const Statement &r) {
        return ReviewLease{r.columnInt(0), r.columnText(1), r.columnDouble(2)};
    });
}

Result<void> Leases::release(int64_t itemId)
{
    TRIAGE_PREPARE(q, m_c.db, "DELETE FROM review_leases WHERE item_id = ?");
    return q.bind(1, itemId).run();
}

Result<int64_t> Leases::liveCount(double now)
{
    TRIAGE_PREPARE(q, m_c.db, "SELECT COUNT(*) FROM review_leases WHERE expires_at > ?");
    q.bind(1, now);
    return singleInteger(q);
}

}  // namespace triage::sqlite
