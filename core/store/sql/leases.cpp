#include "sqlbackend.h"

#include "sqlquery.h"

#include <algorithm>
#include <unordered_set>

namespace triage::sql {

Result<std::vector<int64_t>> Leases::leaseNext(const std::string &holder, int64_t count, double now,
                                               double expiresAt)
{
    return m_c.db.dialect() == SqlDialect::Postgres
               ? leaseNextSkippingLocked(holder, count, now, expiresAt)
               : leaseNextAlone(holder, count, now, expiresAt);
}

// PostgreSQL: annotators lease at the same time. Each takes the queue's first items that
// nobody holds a live lease on, skipping rows another lease or decision has locked; the
// upsert takes an item only if its lease is still free, expired or the caller's own, so
// an item is never leased twice even when two picks overlap. A pick that loses such a
// race (the other lease was committed while it ran) picks again for what it lacks.
Result<std::vector<int64_t>> Leases::leaseNextSkippingLocked(const std::string &holder,
                                                             int64_t count, double now,
                                                             double expiresAt)
{
    constexpr int kPicks = 16;
    return inTransaction(
        m_c.db,
        [&]() -> Result<std::vector<int64_t>> {
            TRIAGE_PREPARE(expired, m_c.db, "DELETE FROM review_leases WHERE expires_at <= ?");
            TRIAGE_TRY(expired.bind(1, now).run());
            // Each pick asks for the whole head again: the caller's own leases from an
            // earlier pick come back renewed, the items lost to others are excluded now.
            std::vector<int64_t> leased;
            for (int pick = 0; pick < kPicks; ++pick) {
                auto picked = pickOnce(holder, count, now, expiresAt);
                if (!picked) {
                    return picked.error();
                }
                leased.clear();
                bool lostRace = false;
                for (const auto &[itemId, taken] : *picked) {
                    if (taken) {
                        leased.push_back(itemId);
                    } else {
                        lostRace = true;
                    }
                }
                if (!lostRace) {
                    break;
                }
            }
            return leased;
        },
        Transaction::Kind::ItemWrite);
}

// One pick: the candidates, in queue order, each with whether this caller got its lease.
Result<std::vector<std::pair<int64_t, bool>>> Leases::pickOnce(const std::string &holder,
                                                              int64_t count, double now,
                                                              double expiresAt)
{
    // Each state's head comes in index order (state, rank, id), enough of it to step over
    // the items others hold or are deciding, and the two are merged: a sort of the whole
    // queue took 10 ms at 17,000 items.
    TRIAGE_PREPARE(held, m_c.db, "SELECT COUNT(*) FROM review_leases WHERE expires_at > ?");
    auto live = singleInteger(held.bind(1, now));
    if (!live) {
        return live.error();
    }
    constexpr int64_t kBeingDecided = 256;  // rows other clients may hold locked meanwhile
    TRIAGE_PREPARE(
        q, m_c.db,
        "WITH heads AS ("
        "  (SELECT id, queue_rank FROM items WHERE state = ?1 "
        "   ORDER BY queue_rank, id LIMIT ?7) UNION ALL "
        "  (SELECT id, queue_rank FROM items WHERE state = ?2 "
        "   ORDER BY queue_rank, id LIMIT ?7)), "
        "candidates AS ("
        "  SELECT i.id, h.queue_rank FROM items i JOIN heads h ON h.id = i.id "
        "  WHERE i.state IN (?1, ?2) AND NOT EXISTS ("
        "    SELECT 1 FROM review_leases r WHERE r.item_id = i.id AND r.expires_at > ?3 "
        "    AND r.holder != ?4) "
        "  ORDER BY h.queue_rank, h.id LIMIT ?5 FOR UPDATE OF i SKIP LOCKED), "
        "taken AS ("
        "  INSERT INTO review_leases(item_id, holder, expires_at) "
        "  SELECT id, ?4, ?6 FROM candidates "
        "  ON CONFLICT(item_id) DO UPDATE SET holder = excluded.holder, "
        "  expires_at = excluded.expires_at "
        "  WHERE review_leases.holder = excluded.holder OR review_leases.expires_at <= ?3 "
        "  RETURNING item_id) "
        "SELECT c.id, t.item_id IS NOT NULL FROM candidates c "
        "LEFT JOIN taken t ON t.item_id = c.id ORDER BY c.queue_rank, c.id");
    q.bind(1, int64_t(ItemState::Unlabeled)).bind(2, int64_t(ItemState::Queued));
    q.bind(3, now).bind(4, holder).bind(5, count).bind(6, expiresAt);
    q.bind(7, count + 2 * *live + kBeingDecided);
    return allRows(q, [](const Statement &r) { return std::pair(r.columnInt(0), r.columnInt(1) != 0); });
}

// SQLite: one writer at a time (BEGIN IMMEDIATE), so two servers on one project pick in
// turn and neither can hand out an item the other has just leased.
Result<std::vector<int64_t>> Leases::leaseNextAlone(const std::string &holder, int64_t count,
                                                    double now, double expiresAt)
{
    return inTransaction(m_c.db, [&]() -> Result<std::vector<int64_t>> {
        TRIAGE_PREPARE(expired, m_c.db, "DELETE FROM review_leases WHERE expires_at <= ?");
        TRIAGE_TRY(expired.bind(1, now).run());
        // Others' live leases: a few per client, whatever the queue's size.
        TRIAGE_PREPARE(others, m_c.db, "SELECT item_id FROM review_leases WHERE holder != ?");
        others.bind(1, holder);
        auto taken = allRows(others, [](const Statement &r) { return r.columnInt(0); });
        if (!taken) {
            return taken.error();
        }
        const std::unordered_set<int64_t> takenIds(taken->begin(), taken->end());
        // The queue is two states; each one's head comes in index order (state, rank, id),
        // enough of it to step over the taken items, and the two heads are merged.
        TRIAGE_PREPARE(head, m_c.db,
                       "SELECT queue_rank, id FROM items WHERE state = ? "
                       "ORDER BY queue_rank, id LIMIT ?");
        std::vector<std::pair<double, int64_t>> candidates;
        for (ItemState state : {ItemState::Unlabeled, ItemState::Queued}) {
            head.bind(1, int64_t(state)).bind(2, count + int64_t(takenIds.size()));
            auto rows = allRows(head, [](const Statement &r) {
                return std::pair(r.columnDouble(0), r.columnInt(1));
            });
            head.reset();  // bound again for the next state
            if (!rows) {
                return rows.error();
            }
            candidates.insert(candidates.end(), rows->begin(), rows->end());
        }
        std::sort(candidates.begin(), candidates.end());
        std::vector<int64_t> ids;
        for (const auto &[rank, id] : candidates) {
            if (int64_t(ids.size()) < count && !takenIds.count(id)) {
                ids.push_back(id);
            }
        }
        TRIAGE_PREPARE(take, m_c.db,
                       "INSERT INTO review_leases(item_id, holder, expires_at) VALUES(?, ?, ?) "
                       "ON CONFLICT(item_id) DO UPDATE SET holder = excluded.holder, "
                       "expires_at = excluded.expires_at");
        for (int64_t id : ids) {
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

}  // namespace triage::sql
