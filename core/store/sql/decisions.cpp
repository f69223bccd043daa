#include "sqlbackend.h"

#include "sqlquery.h"
#include "storerules.h"

#include <algorithm>
#include <map>

namespace triage::sql {
namespace {

// Bulk writes (routes) commit in chunks of this many rows, so the write lock is held for
// tens of milliseconds at a time and a person's decision never waits long.
constexpr size_t kRowsPerTransaction = 4096;

DecisionRecord readDecision(const Statement &q)
{
    DecisionRecord d;
    d.id = q.columnInt(0);
    d.itemId = q.columnInt(1);
    d.kind = DecisionKind(q.columnInt(2));
    d.source = DecisionSource(q.columnInt(3));
    if (!q.columnIsNull(4)) {
        d.classId = q.columnInt(4);
    }
    d.annotator = q.columnText(5);
    d.decidedAt = q.columnText(6);
    d.secondsSpent = q.columnDouble(7);
    if (!q.columnIsNull(8)) {
        d.suggestedClassId = q.columnInt(8);
    }
    if (!q.columnIsNull(9)) {
        d.undoesDecisionId = q.columnInt(9);
    }
    return d;
}

// Counts how route `r` changes an item whose automatic label was `before` (none: it had
// none), by class.
void countChange(std::map<int64_t, AutoLabelChange> &changes, std::optional<int64_t> before,
                 const Route &r)
{
    const bool accepted = r.kind == RouteKind::AutoAccept;
    if (!before) {
        if (accepted) {
            ++changes[r.classId].added;
        }
    } else if (!accepted) {
        ++changes[*before].withdrawn;
    } else if (*before != r.classId) {
        ++changes[*before].movedOut;
        ++changes[r.classId].movedIn;
    }
}

}  // namespace

Result<int64_t> Decisions::record(const DecisionInput &decision)
{
    if (decision.kind == DecisionKind::Undo || decision.kind == DecisionKind::Remove) {
        return makeError(ErrorCode::InvalidArgument,
                         "undo and remove go through undoLatest and removeItems");
    }
    const bool knownClass = decision.classId && std::any_of(m_c.classes.begin(), m_c.classes.end(),
                                                            [&](const ClassInfo &c) {
                                                                return c.id == *decision.classId;
                                                            });
    if (decision.kind == DecisionKind::Label && !knownClass) {
        return makeError(ErrorCode::InvalidArgument,
                         "a label decision needs a class of this project");
    }
    return inTransaction(
        m_c.db,
        [&]() -> Result<int64_t> {
            TRIAGE_TRY(lockItemRow(m_c.db, decision.itemId));
            auto existing = m_items.get(decision.itemId);
            if (!existing) {
                return existing.error();
            }
            if (!existing->has_value() || !acceptsDecisions((*existing)->state)) {
                return makeError(ErrorCode::NotFound,
                                 "item " + std::to_string(decision.itemId) +
                                     " does not exist, failed to import or was removed");
            }
            TRIAGE_PREPARE(
                q, m_c.db,
                "INSERT INTO decisions(item_id, kind, source, class_id, annotator, decided_at, "
                "seconds_spent, suggested_class_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
            q.bind(1, decision.itemId)
                .bind(2, int64_t(decision.kind))
                .bind(3, int64_t(DecisionSource::Human));
            q.bind(4, decision.kind == DecisionKind::Label ? decision.classId : std::nullopt);
            q.bind(5, decision.annotator).bind(6, utcNowIso8601()).bind(7, decision.secondsSpent);
            q.bind(8, decision.suggestedClassId);
            auto idInserted = insertedId(q);
            if (!idInserted) {
                return idInserted.error();
            }
            const int64_t id = *idInserted;
            if (decision.kind == DecisionKind::Label) {
                TRIAGE_TRY(rederiveLabel(decision.itemId));
            }
            return id;
        },
        Transaction::Kind::ItemWrite);
}

Result<int64_t> Decisions::undoLatest(int64_t itemId, const std::string &annotator)
{
    return inTransaction(
        m_c.db,
        [&]() -> Result<int64_t> {
            TRIAGE_TRY(lockItemRow(m_c.db, itemId));
            auto history = log(itemId);
            if (!history) {
                return history.error();
            }
            auto target = decisionToUndo(*history);
            if (!target) {
                return makeError(target.error().code,
                                 "item " + std::to_string(itemId) + " " + target.error().message);
            }
            TRIAGE_PREPARE(q, m_c.db,
                           "INSERT INTO decisions(item_id, kind, source, annotator, decided_at, "
                           "undoes_decision_id) VALUES(?, ?, ?, ?, ?, ?) RETURNING id");
            q.bind(1, itemId).bind(2, int64_t(DecisionKind::Undo));
            q.bind(3, int64_t(DecisionSource::Human)).bind(4, annotator).bind(5, utcNowIso8601());
            q.bind(6, (*target)->id);
            auto idInserted = insertedId(q);
            if (!idInserted) {
                return idInserted.error();
            }
            const int64_t id = *idInserted;
            TRIAGE_TRY(rederiveLabel(itemId));
            return id;
        },
        Transaction::Kind::ItemWrite);
}

Result<void> Decisions::addImportLabel(int64_t itemId, int64_t classId)
{
    return inTransaction(m_c.db, [&]() -> Result<void> {
        TRIAGE_PREPARE(
            q, m_c.db,
            "INSERT INTO decisions(item_id, kind, source, class_id, annotator, decided_at) "
            "VALUES(?, ?, ?, ?, 'import', ?)");
        q.bind(1, itemId).bind(2, int64_t(DecisionKind::Label));
        q.bind(3, int64_t(DecisionSource::Import)).bind(4, classId).bind(5, utcNowIso8601());
        TRIAGE_TRY(q.run());
        return rederiveLabel(itemId);
    });
}

Result<std::vector<DecisionRecord>> Decisions::log(std::optional<int64_t> itemId)
{
    TRIAGE_PREPARE(
        q, m_c.db,
        "SELECT id, item_id, kind, source, class_id, annotator, decided_at, seconds_spent, "
        "suggested_class_id, undoes_decision_id FROM decisions "
        "WHERE CAST(?1 AS BIGINT) IS NULL OR item_id = ?1 ORDER BY id");
    q.bind(1, itemId);
    return allRows(q, readDecision);
}

Result<int64_t> Decisions::removeItems(std::span<const int64_t> itemIds,
                                       const std::string &annotator)
{
    return inTransaction(m_c.db, [&]() -> Result<int64_t> {
        TRIAGE_PREPARE(state, m_c.db, "UPDATE items SET state = ? WHERE id = ? AND state != ?");
        TRIAGE_PREPARE(log, m_c.db,
                       "INSERT INTO decisions(item_id, kind, source, annotator, decided_at) "
                       "VALUES(?, ?, ?, ?, ?)");
        TRIAGE_PREPARE(label, m_c.db, "DELETE FROM labels WHERE item_id = ?");
        const std::string now = utcNowIso8601();
        int64_t removed = 0;
        for (int64_t id : itemIds) {
            state.bind(1, int64_t(ItemState::Removed)).bind(2, id);
            TRIAGE_TRY(state.bind(3, int64_t(ItemState::Removed)).run());
            if (m_c.db.changes() == 0) {
                continue;  // no such item, or removed already
            }
            log.bind(1, id).bind(2, int64_t(DecisionKind::Remove));
            log.bind(3, int64_t(DecisionSource::Human)).bind(4, annotator).bind(5, now);
            TRIAGE_TRY(log.run());
            TRIAGE_TRY(label.bind(1, id).run());
            ++removed;
        }
        return removed;
    });
}

// Called inside the transaction that appended to the item's log.
Result<void> Decisions::rederiveLabel(int64_t itemId)
{
    auto history = log(itemId);
    if (!history) {
        return history.error();
    }
    if (const DecisionRecord *effective = effectiveLabelDecision(*history)) {
        TRIAGE_PREPARE(
            label, m_c.db,
            "INSERT INTO labels(item_id, class_id, source, confidence, decision_id, updated_at) "
            "VALUES(?, ?, ?, 1.0, ?, ?) ON CONFLICT(item_id) DO UPDATE SET "
            "class_id = excluded.class_id, source = excluded.source, confidence = 1.0, "
            "model_version_id = NULL, decision_id = excluded.decision_id, "
            "updated_at = excluded.updated_at");
        label.bind(1, itemId).bind(2, *effective->classId);
        label.bind(3, int64_t(labelSourceOf(effective->source)));
        TRIAGE_TRY(label.bind(4, effective->id).bind(5, utcNowIso8601()).run());
        TRIAGE_PREPARE(state, m_c.db, "UPDATE items SET state = ? WHERE id = ?");
        return state.bind(1, int64_t(ItemState::HumanLabeled)).bind(2, itemId).run();
    }
    // No label left from people: the item needs review again, at the front of the queue.
    TRIAGE_PREPARE(drop, m_c.db, "DELETE FROM labels WHERE item_id = ? AND source IN (?, ?)");
    drop.bind(1, itemId).bind(2, int64_t(LabelSource::Human));
    TRIAGE_TRY(drop.bind(3, int64_t(LabelSource::Import)).run());
    TRIAGE_PREPARE(state, m_c.db,
                   "UPDATE items SET state = ?, queue_rank = -1 WHERE id = ? AND state = ?");
    state.bind(1, int64_t(ItemState::Queued)).bind(2, itemId);
    return state.bind(3, int64_t(ItemState::HumanLabeled)).run();
}

Result<std::vector<LabeledItem>> Decisions::humanLabels()
{
    TRIAGE_PREPARE(
        q, m_c.db,
        "SELECT item_id, class_id, source FROM labels WHERE source IN (?, ?) ORDER BY item_id");
    q.bind(1, int64_t(LabelSource::Human)).bind(2, int64_t(LabelSource::Import));
    return allRows(q, [](const Statement &r) {
        return LabeledItem{r.columnInt(0), r.columnInt(1), LabelSource(r.columnInt(2))};
    });
}

Result<std::vector<ConfidentLabel>> Decisions::labelModelLabels()
{
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT l.item_id, l.class_id, l.confidence FROM labels l "
                   "JOIN model_versions m ON m.id = l.model_version_id "
                   "WHERE l.source = ? AND m.kind = 'label-model' ORDER BY l.item_id");
    q.bind(1, int64_t(LabelSource::Auto));
    return allRows(q, [](const Statement &r) {
        return ConfidentLabel{r.columnInt(0), r.columnInt(1), r.columnDouble(2)};
    });
}

Result<RoutingSummary> Decisions::applyRoutes(int64_t modelVersionId, std::span<const Route> routes)
{
    // Both statements are guarded in SQL, at write time: nothing automatic touches an
    // item that a person or an import labelled, even one labelled while scoring ran.
    TRIAGE_PREPARE(
        setState, m_c.db,
        "UPDATE items SET state = ?, queue_rank = ? WHERE id = ? AND state IN (?, ?, ?)");
    TRIAGE_PREPARE(
        accept, m_c.db,
        "INSERT INTO labels(item_id, class_id, source, confidence, model_version_id, updated_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(item_id) DO UPDATE SET "
        "class_id = excluded.class_id, confidence = excluded.confidence, "
        "model_version_id = excluded.model_version_id, updated_at = excluded.updated_at "
        "WHERE labels.source = ?3");
    TRIAGE_PREPARE(unaccept, m_c.db, "DELETE FROM labels WHERE item_id = ? AND source = ?");
    // An audit keeps what auto-accept would have said; an item no longer confident enough
    // is no audit.
    TRIAGE_PREPARE(audit, m_c.db,
                   "INSERT INTO audits(item_id, class_id, confidence, model_version_id, queued_at) "
                   "VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(item_id) DO UPDATE SET "
                   "class_id = excluded.class_id, confidence = excluded.confidence, "
                   "model_version_id = excluded.model_version_id");
    TRIAGE_PREPARE(unaudit, m_c.db, "DELETE FROM audits WHERE item_id = ?");
    // What the item's automatic label was, for the round's record of what changed.
    TRIAGE_PREPARE(previous, m_c.db,
                   "SELECT class_id FROM labels WHERE item_id = ? AND source = ?");
    std::map<int64_t, AutoLabelChange> changes;
    const std::string now = utcNowIso8601();
    RoutingSummary summary;
    for (size_t begin = 0; begin < routes.size(); begin += kRowsPerTransaction) {
        const auto chunk =
            routes.subspan(begin, std::min(kRowsPerTransaction, routes.size() - begin));
        TRIAGE_TRY(inTransaction(m_c.db, [&]() -> Result<void> {
            for (const Route &r : chunk) {
                const ItemState state =
                    r.kind == RouteKind::AutoAccept ? ItemState::AutoAccepted : ItemState::Queued;
                setState.bind(1, int64_t(state)).bind(2, r.queueRank).bind(3, r.itemId);
                for (size_t i = 0; i < kAutomaticallyRoutableStates.size(); ++i) {
                    setState.bind(int(4 + i), int64_t(kAutomaticallyRoutableStates[i]));
                }
                TRIAGE_TRY(setState.run());
                if (m_c.db.changes() == 0) {
                    ++summary.untouched;
                    continue;
                }
                previous.bind(1, r.itemId).bind(2, int64_t(LabelSource::Auto));
                auto before = firstRow(previous, [](const Statement &q) { return q.columnInt(0); });
                if (!before) {
                    return before.error();
                }
                countChange(changes, *before, r);
                if (r.kind == RouteKind::AutoAccept) {
                    accept.bind(1, r.itemId).bind(2, r.classId).bind(3, int64_t(LabelSource::Auto));
                    accept.bind(4, r.confidence).bind(5, modelVersionId).bind(6, now);
                    TRIAGE_TRY(accept.run());
                    ++summary.autoAccepted;
                } else {
                    unaccept.bind(1, r.itemId).bind(2, int64_t(LabelSource::Auto));
                    TRIAGE_TRY(unaccept.run());
                    ++summary.queued;
                }
                if (r.audit) {
                    audit.bind(1, r.itemId).bind(2, r.classId).bind(3, r.confidence);
                    TRIAGE_TRY(audit.bind(4, modelVersionId).bind(5, now).run());
                    ++summary.audits;
                } else {
                    TRIAGE_TRY(unaudit.bind(1, r.itemId).run());
                }
            }
            return {};
        }));
    }
    for (auto &[classId, change] : changes) {
        change.classId = classId;
        summary.changes.push_back(change);
    }
    return summary;
}

Result<SuggestionAgreement> Decisions::suggestionAgreementSince(int64_t decisionId)
{
    TRIAGE_PREPARE(
        q, m_c.db,
        "SELECT COALESCE(SUM(CASE WHEN d.kind = ?1 AND d.source = ?2 "
        "    AND d.suggested_class_id IS NOT NULL AND d.id > ?3 THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN d.kind = ?1 AND d.source = ?2 "
        "    AND d.class_id = d.suggested_class_id AND d.id > ?3 THEN 1 ELSE 0 END), 0), "
        "(SELECT COALESCE(MAX(id), 0) FROM decisions) FROM decisions d WHERE d.id > ?3");
    q.bind(1, int64_t(DecisionKind::Label)).bind(2, int64_t(DecisionSource::Human));
    q.bind(3, decisionId);
    auto row = firstRow(q, [](const Statement &r) {
        return SuggestionAgreement{int64_t(r.columnDouble(0)), int64_t(r.columnDouble(1)),
                                   r.columnInt(2)};
    });
    if (!row) {
        return row.error();
    }
    return row->value_or(SuggestionAgreement{});
}

Result<std::vector<AuditOutcome>> Decisions::auditOutcomes()
{
    TRIAGE_PREPARE(
        q, m_c.db,
        "SELECT a.item_id, a.class_id, a.confidence, l.class_id = a.class_id, "
        // routing compares in float: a little slack for the stored double
        "       t.class_id IS NULL OR (t.accepted != 0 AND a.confidence >= t.threshold - 1e-6) "
        "FROM audits a JOIN labels l ON l.item_id = a.item_id AND l.source = ? "
        "LEFT JOIN class_thresholds t "
        "       ON t.model_version_id = a.model_version_id AND t.class_id = a.class_id "
        "ORDER BY a.item_id");
    q.bind(1, int64_t(LabelSource::Human));
    return allRows(q, [](const Statement &r) {
        return AuditOutcome{r.columnInt(0), r.columnInt(1), r.columnDouble(2), r.columnInt(3) != 0,
                            r.columnInt(4) != 0};
    });
}

Result<std::optional<AuditRecord>> Decisions::auditOf(int64_t itemId)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT class_id, confidence, model_version_id FROM audits WHERE item_id = ?");
    q.bind(1, itemId);
    return firstRow(q, [](const Statement &r) {
        return AuditRecord{r.columnInt(0), r.columnDouble(1), r.columnInt(2)};
    });
}

Result<std::vector<AnnotatorTotals>> Decisions::annotatorTotals()
{
    // Undone decisions count too: the time was spent. An undo itself is no decision.
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT annotator, SUM(CASE WHEN kind = ?1 THEN 1 ELSE 0 END), "
                   "SUM(CASE WHEN kind = ?2 THEN 1 ELSE 0 END), SUM(seconds_spent), "
                   "SUM(CASE WHEN kind = ?1 AND suggested_class_id IS NOT NULL THEN 1 ELSE 0 END), "
                   "SUM(CASE WHEN kind = ?1 AND class_id = suggested_class_id THEN 1 ELSE 0 END), "
                   "MIN(decided_at), "
                   "MAX(decided_at) FROM decisions WHERE source = ?3 AND kind IN (?1, ?2) "
                   "GROUP BY annotator ORDER BY annotator");
    q.bind(1, int64_t(DecisionKind::Label)).bind(2, int64_t(DecisionKind::Skip));
    q.bind(3, int64_t(DecisionSource::Human));
    return allRows(q, [](const Statement &r) {
        return AnnotatorTotals{r.columnText(0), r.columnInt(1), r.columnInt(2),  r.columnDouble(3),
                               r.columnInt(4),  r.columnInt(5), r.columnText(6), r.columnText(7)};
    });
}

}  // namespace triage::sql
