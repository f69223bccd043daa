#include "sqlbackend.h"

#include "sqlquery.h"

namespace triage::sql {
namespace {

// The columns of a version row, in this order, for readVersion.
constexpr const char *kVersionColumns =
    "id, name, note, created_at, created_by, include_automatic, min_confidence, split_train, "
    "split_val, split_test, split_seed, digest, item_count";

DatasetVersion readVersion(const Statement &q)
{
    DatasetVersion v;
    v.id = q.columnInt(0);
    v.name = q.columnText(1);
    v.note = q.columnText(2);
    v.createdAt = q.columnText(3);
    v.createdBy = q.columnText(4);
    v.includeAutomatic = q.columnInt(5) != 0;
    v.minConfidence = q.columnDouble(6);
    if (!q.columnIsNull(7)) {
        v.splits =
            SplitPlan{q.columnDouble(7), q.columnDouble(8), q.columnDouble(9), q.columnInt(10)};
    }
    v.digest = q.columnText(11);
    v.itemCount = q.columnInt(12);
    return v;
}

// Columns: item, class, source, confidence, model version, decision, labelled at, split,
// path, content hash, annotator.
VersionItem readItem(const Statement &q)
{
    VersionItem item;
    item.itemId = q.columnInt(0);
    item.classId = q.columnInt(1);
    item.source = LabelSource(q.columnInt(2));
    item.confidence = q.columnDouble(3);
    if (!q.columnIsNull(4)) {
        item.modelVersionId = q.columnInt(4);
    }
    if (!q.columnIsNull(5)) {
        item.decisionId = q.columnInt(5);
    }
    item.labelledAt = q.columnText(6);
    item.split = Split(q.columnInt(7));
    item.path = q.columnText(8);
    item.contentHash = q.columnText(9);
    item.annotator = q.columnText(10);
    return item;
}

}  // namespace

Result<std::vector<VersionItem>> Versions::currentLabels(bool includeAutomatic,
                                                         double minConfidence)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT l.item_id, l.class_id, l.source, l.confidence, l.model_version_id, "
                   "l.decision_id, l.updated_at, 0, i.path, COALESCE(i.content_hash, ''), "
                   "COALESCE(d.annotator, '') FROM labels l JOIN items i ON i.id = l.item_id "
                   "LEFT JOIN decisions d ON d.id = l.decision_id "
                   "WHERE i.state != ?1 AND (l.source != ?2 OR (?3 AND l.confidence >= ?4)) "
                   "ORDER BY l.item_id");
    q.bind(1, int64_t(ItemState::Removed)).bind(2, int64_t(LabelSource::Auto));
    q.bind(3, int64_t(includeAutomatic)).bind(4, minConfidence);
    return allRows(q, readItem);
}

Result<int64_t> Versions::add(const DatasetVersion &version, std::span<const VersionItem> items)
{
    TRIAGE_PREPARE(exists, m_c.db, "SELECT COUNT(*) FROM dataset_versions WHERE name = ?");
    exists.bind(1, version.name);
    auto found = singleInteger(exists);
    if (!found) {
        return found.error();
    }
    if (*found > 0) {
        return makeError(ErrorCode::AlreadyExists,
                         "the project has a dataset version called '" + version.name + "' already");
    }
    TRIAGE_PREPARE(head, m_c.db,
                   "INSERT INTO dataset_versions(name, note, created_at, created_by, "
                   "include_automatic, min_confidence, split_train, split_val, split_test, "
                   "split_seed, digest, item_count) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   "RETURNING id");
    TRIAGE_PREPARE(row, m_c.db,
                   "INSERT INTO version_items(version_id, item_id, class_id, source, confidence, "
                   "model_version_id, decision_id, labelled_at, split) "
                   "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int64_t id = 0;
    TRIAGE_TRY(inTransaction(m_c.db, [&]() -> Result<void> {
        head.bind(1, version.name).bind(2, version.note).bind(3, version.createdAt);
        head.bind(4, version.createdBy).bind(5, int64_t(version.includeAutomatic));
        head.bind(6, version.minConfidence);
        if (version.splits) {
            head.bind(7, version.splits->train).bind(8, version.splits->val);
            head.bind(9, version.splits->test).bind(10, version.splits->seed);
        } else {
            head.bindNull(7).bindNull(8).bindNull(9).bindNull(10);
        }
        head.bind(11, version.digest).bind(12, int64_t(items.size()));
        auto inserted = insertedId(head);
        if (!inserted) {
            return inserted.error();
        }
        id = *inserted;
        for (const VersionItem &item : items) {
            row.bind(1, id).bind(2, item.itemId).bind(3, item.classId);
            row.bind(4, int64_t(item.source)).bind(5, item.confidence);
            row.bind(6, item.modelVersionId).bind(7, item.decisionId);
            row.bind(8, item.labelledAt).bind(9, int64_t(item.split));
            TRIAGE_TRY(row.run());
        }
        return {};
    }));
    return id;
}

Result<std::vector<DatasetVersion>> Versions::list()
{
    TRIAGE_PREPARE(q, m_c.db,
                   std::string("SELECT ") + kVersionColumns + " FROM dataset_versions ORDER BY id");
    return allRows(q, readVersion);
}

Result<std::optional<DatasetVersion>> Versions::byName(const std::string &name)
{
    TRIAGE_PREPARE(q, m_c.db,
                   std::string("SELECT ") + kVersionColumns +
                       " FROM dataset_versions WHERE name = ?");
    q.bind(1, name);
    return firstRow(q, readVersion);
}

Result<std::vector<VersionItem>> Versions::items(int64_t versionId)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT v.item_id, v.class_id, v.source, v.confidence, v.model_version_id, "
                   "v.decision_id, v.labelled_at, v.split, i.path, "
                   "COALESCE(i.content_hash, ''), COALESCE(d.annotator, '') "
                   "FROM version_items v JOIN items i ON i.id = v.item_id "
                   "LEFT JOIN decisions d ON d.id = v.decision_id "
                   "WHERE v.version_id = ? ORDER BY v.item_id");
    q.bind(1, versionId);
    return allRows(q, readItem);
}

Result<void> Versions::remove(int64_t versionId)
{
    TRIAGE_PREPARE(q, m_c.db, "DELETE FROM dataset_versions WHERE id = ?");
    return q.bind(1, versionId).run();
}

}  // namespace triage::sql
