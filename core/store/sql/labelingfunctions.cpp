#include "sqlbackend.h"

#include "sqlquery.h"

namespace triage::sql {
namespace {

// Votes commit in chunks of this many rows: short write locks, as for predictions.
constexpr size_t kVotesPerTransaction = 8192;

constexpr const char *kColumns =
    "SELECT f.id, f.name, f.enabled, v.id, v.version, v.kind, v.definition, v.created_at, "
    "v.applied_through, (SELECT COUNT(*) FROM lf_votes x WHERE x.version_id = v.id) "
    "FROM labeling_functions f JOIN lf_versions v ON v.lf_id = f.id ";
constexpr const char *kCurrent =
    "v.version = (SELECT MAX(version) FROM lf_versions w WHERE w.lf_id = f.id)";

LfRecord readRecord(const Statement &q)
{
    LfRecord r;
    r.id = q.columnInt(0);
    r.name = q.columnText(1);
    r.enabled = q.columnInt(2) != 0;
    r.versionId = q.columnInt(3);
    r.version = int(q.columnInt(4));
    r.kind = q.columnText(5);
    r.definition = q.columnText(6);
    r.createdAt = q.columnText(7);
    r.appliedThrough = q.columnInt(8);
    r.votes = q.columnInt(9);
    return r;
}

}  // namespace

Result<LfRecord> LabelingFunctions::add(const std::string &name, const std::string &kind,
                                        const std::string &definition, bool enabled)
{
    if (auto existing = byName(name); !existing || existing->has_value()) {
        return existing
                   ? makeError(ErrorCode::AlreadyExists,
                               "the project has a labeling function called '" + name + "' already")
                   : existing.error();
    }
    auto added = inTransaction(m_c.db, [&]() -> Result<int64_t> {
        TRIAGE_PREPARE(q, m_c.db,
                       "INSERT INTO labeling_functions(name, enabled, created_at) VALUES(?, ?, ?) "
                       "RETURNING id");
        q.bind(1, name).bind(2, int64_t(enabled)).bind(3, utcNowIso8601());
        auto lfIdInserted = insertedId(q);
        if (!lfIdInserted) {
            return lfIdInserted.error();
        }
        const int64_t lfId = *lfIdInserted;
        TRIAGE_PREPARE(v, m_c.db,
                       "INSERT INTO lf_versions(lf_id, version, kind, definition, created_at) "
                       "VALUES(?, 1, ?, ?, ?)");
        TRIAGE_TRY(
            v.bind(1, lfId).bind(2, kind).bind(3, definition).bind(4, utcNowIso8601()).run());
        return lfId;
    });
    if (!added) {
        return added.error();
    }
    auto record = byName(name);
    if (!record) {
        return record.error();
    }
    return **record;
}

Result<std::vector<LfRecord>> LabelingFunctions::list()
{
    TRIAGE_PREPARE(q, m_c.db, std::string(kColumns) + "WHERE " + kCurrent + " ORDER BY f.id");
    return allRows(q, readRecord);
}

Result<std::optional<LfRecord>> LabelingFunctions::byName(const std::string &name)
{
    TRIAGE_PREPARE(q, m_c.db, std::string(kColumns) + "WHERE f.name = ? AND " + kCurrent);
    q.bind(1, name);
    return firstRow(q, readRecord);
}

Result<std::vector<LfRecord>> LabelingFunctions::history(int64_t lfId)
{
    TRIAGE_PREPARE(q, m_c.db, std::string(kColumns) + "WHERE f.id = ? ORDER BY v.version");
    q.bind(1, lfId);
    return allRows(q, readRecord);
}

Result<LfRecord> LabelingFunctions::addVersion(int64_t lfId, const std::string &kind,
                                               const std::string &definition)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "INSERT INTO lf_versions(lf_id, version, kind, definition, created_at) "
                   "SELECT ?, MAX(version) + 1, ?, ?, ? FROM lf_versions WHERE lf_id = ?");
    TRIAGE_TRY(q.bind(1, lfId)
                   .bind(2, kind)
                   .bind(3, definition)
                   .bind(4, utcNowIso8601())
                   .bind(5, lfId)
                   .run());
    auto versions = history(lfId);
    if (!versions) {
        return versions.error();
    }
    if (versions->empty()) {
        return makeError(ErrorCode::NotFound, "no labeling function " + std::to_string(lfId));
    }
    return versions->back();
}

Result<void> LabelingFunctions::setEnabled(int64_t lfId, bool enabled)
{
    TRIAGE_PREPARE(q, m_c.db, "UPDATE labeling_functions SET enabled = ? WHERE id = ?");
    return q.bind(1, int64_t(enabled)).bind(2, lfId).run();
}

Result<void> LabelingFunctions::remove(int64_t lfId)
{
    return inTransaction(m_c.db, [&]() -> Result<void> {
        // Votes first, by version: the cascade alone would look each one up by version.
        TRIAGE_PREPARE(votes, m_c.db,
                       "DELETE FROM lf_votes WHERE version_id IN "
                       "(SELECT id FROM lf_versions WHERE lf_id = ?)");
        TRIAGE_TRY(votes.bind(1, lfId).run());
        TRIAGE_PREPARE(versions, m_c.db, "DELETE FROM lf_versions WHERE lf_id = ?");
        TRIAGE_TRY(versions.bind(1, lfId).run());
        TRIAGE_PREPARE(lf, m_c.db, "DELETE FROM labeling_functions WHERE id = ?");
        return lf.bind(1, lfId).run();
    });
}

Result<void> LabelingFunctions::insertVotes(int64_t versionId, std::span<const int64_t> itemIds,
                                            std::span<const int64_t> classIds)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "INSERT INTO lf_votes(version_id, item_id, class_id) VALUES(?, ?, ?) "
                   "ON CONFLICT(version_id, item_id) DO UPDATE SET class_id = excluded.class_id");
    for (size_t i = 0; i < itemIds.size(); ++i) {
        TRIAGE_TRY(q.bind(1, versionId).bind(2, itemIds[i]).bind(3, classIds[i]).run());
    }
    return {};
}

Result<void> LabelingFunctions::appendVotes(int64_t versionId, std::span<const int64_t> itemIds,
                                            std::span<const int64_t> classIds,
                                            int64_t appliedThrough)
{
    return inTransaction(m_c.db, [&]() -> Result<void> {
        TRIAGE_TRY(insertVotes(versionId, itemIds, classIds));
        TRIAGE_PREPARE(q, m_c.db,
                       inDialect(m_c.db,
                                 "UPDATE lf_versions SET applied_through = "
                                 "MAX(applied_through, ?) WHERE id = ?",
                                 "UPDATE lf_versions SET applied_through = "
                                 "GREATEST(applied_through, ?) WHERE id = ?"));
        return q.bind(1, appliedThrough).bind(2, versionId).run();
    });
}

Result<void> LabelingFunctions::replaceVotes(int64_t versionId, std::span<const int64_t> itemIds,
                                             std::span<const int64_t> classIds)
{
    // One transaction, so a reader never sees the version half voted.
    return inTransaction(m_c.db, [&]() -> Result<void> {
        TRIAGE_PREPARE(q, m_c.db, "DELETE FROM lf_votes WHERE version_id = ?");
        TRIAGE_TRY(q.bind(1, versionId).run());
        return insertVotes(versionId, itemIds, classIds);
    });
}

Result<LfVoteTable> LabelingFunctions::votes(std::span<const int64_t> versionIds)
{
    LfVoteTable table;
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT item_id, class_id FROM lf_votes WHERE version_id = ? ORDER BY item_id");
    for (const int64_t versionId : versionIds) {
        q.bind(1, versionId);
        while (q.step()) {
            table.versionIds.push_back(versionId);
            table.itemIds.push_back(q.columnInt(0));
            table.classIds.push_back(q.columnInt(1));
        }
        if (q.failed()) {
            return q.error();
        }
        q.reset();
    }
    return table;
}

// The votes of enabled functions' current versions; `where` narrows them.
constexpr const char *kCurrentVotes = "SELECT x.item_id, f.name, x.class_id FROM lf_votes x "
                                      "JOIN lf_versions v ON v.id = x.version_id "
                                      "JOIN labeling_functions f ON f.id = v.lf_id "
                                      "WHERE f.enabled = 1 AND ";

Result<std::vector<ItemLfVote>> LabelingFunctions::votesFor(int64_t itemId)
{
    TRIAGE_PREPARE(q, m_c.db,
                   std::string(kCurrentVotes) + kCurrent + " AND x.item_id = ? ORDER BY f.id");
    q.bind(1, itemId);
    return allRows(q, [](const Statement &r) {
        return ItemLfVote{r.columnText(1), r.columnInt(2)};
    });
}

Result<std::vector<std::pair<int64_t, ItemLfVote>>> LabelingFunctions::currentVotes()
{
    TRIAGE_PREPARE(q, m_c.db, std::string(kCurrentVotes) + kCurrent + " ORDER BY x.item_id, f.id");
    return allRows(q, [](const Statement &r) {
        return std::pair(r.columnInt(0), ItemLfVote{r.columnText(1), r.columnInt(2)});
    });
}

Result<void> LabelingFunctions::storeSignatures(std::span<const int64_t> itemIds,
                                                const SignatureTable &signatures)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "INSERT INTO item_signatures(item_id, phash, thumbnail) VALUES(?, ?, ?) "
                   "ON CONFLICT(item_id) DO UPDATE SET phash = excluded.phash, "
                   "thumbnail = excluded.thumbnail");
    const auto bytes = size_t(signatures.thumbnailBytes);
    for (size_t begin = 0; begin < itemIds.size(); begin += kVotesPerTransaction) {
        const size_t end = std::min(itemIds.size(), begin + kVotesPerTransaction);
        TRIAGE_TRY(inTransaction(m_c.db, [&]() -> Result<void> {
            for (size_t i = begin; i < end; ++i) {
                q.bind(1, itemIds[i]).bind(2, int64_t(signatures.hashes[i]));
                q.bindBlob(3, std::span(signatures.thumbnails).subspan(i * bytes, bytes));
                TRIAGE_TRY(q.run());
            }
            return {};
        }));
    }
    return {};
}

Result<SignatureTable> LabelingFunctions::signatures()
{
    TRIAGE_PREPARE(
        q, m_c.db,
        "SELECT s.item_id, s.phash, s.thumbnail FROM item_signatures s "
        "JOIN items i ON i.id = s.item_id WHERE i.state NOT IN (?, ?) ORDER BY s.item_id");
    q.bind(1, int64_t(ItemState::Failed)).bind(2, int64_t(ItemState::Removed));
    SignatureTable table;
    while (q.step()) {
        const auto thumbnail = q.columnBlob(2);
        if (table.itemIds.empty()) {
            table.thumbnailBytes = int(thumbnail.size());
        }
        if (int(thumbnail.size()) != table.thumbnailBytes) {
            return makeError(ErrorCode::CorruptData,
                             "item " + std::to_string(q.columnInt(0)) +
                                 " has a damaged thumbnail in item_signatures");
        }
        table.itemIds.push_back(q.columnInt(0));
        table.hashes.push_back(uint64_t(q.columnInt(1)));
        table.thumbnails.insert(table.thumbnails.end(), thumbnail.begin(), thumbnail.end());
    }
    if (q.failed()) {
        return q.error();
    }
    return table;
}

}  // namespace triage::sql
