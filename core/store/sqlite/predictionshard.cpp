#include "predictionshard.h"

#include "numbertext.h"
#include "sqlitedatabase.h"
#include "sqlquery.h"

#include <cstring>
#include <map>

namespace triage {
namespace {

using sql::allRows;
using sql::firstRow;
using sql::inTransaction;

constexpr const char *kMarker = "triage-prediction-shard";

constexpr const char *kSchema = R"SQL(
CREATE TABLE IF NOT EXISTS shard(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS outputs(item_id INTEGER PRIMARY KEY, output BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS failures(item_id INTEGER PRIMARY KEY, reason TEXT NOT NULL);
)SQL";

std::map<std::string, std::string> fieldsOf(const ShardIdentity &identity)
{
    return {{"format", kMarker},
            {"project_name", identity.projectName},
            {"project_created_at", identity.projectCreatedAt},
            {"model_name", identity.modelName},
            {"model_hash", identity.modelHash},
            {"output_width", std::to_string(identity.outputWidth)},
            {"shard_index", std::to_string(identity.shard.index)},
            {"shard_count", std::to_string(identity.shard.count)}};
}

Result<std::map<std::string, std::string>> storedFields(Database &db)
{
    TRIAGE_PREPARE(q, db, "SELECT key, value FROM shard");
    auto rows = allRows(q, [](const Statement &r) { return std::pair(r.columnText(0), r.columnText(1)); });
    if (!rows) {
        return rows.error();
    }
    return std::map<std::string, std::string>(rows->begin(), rows->end());
}

Result<ShardIdentity> identityFrom(const std::map<std::string, std::string> &fields,
                                   const std::string &path)
{
    auto field = [&](const char *key) {
        const auto found = fields.find(key);
        return found == fields.end() ? std::string() : found->second;
    };
    if (field("format") != kMarker) {
        return makeError(ErrorCode::CorruptData, path + " is not a Triage prediction shard");
    }
    const auto width = parseInteger(field("output_width"));
    const auto index = parseInteger(field("shard_index"));
    const auto count = parseInteger(field("shard_count"));
    if (!width || !index || !count || *width < 1) {
        return makeError(ErrorCode::CorruptData, path + " has a damaged shard header");
    }
    return ShardIdentity{field("project_name"), field("project_created_at"),
                         field("model_name"),   field("model_hash"),
                         *width,                PoolShard{*index, *count}};
}

}  // namespace

PredictionShardFile::PredictionShardFile(std::unique_ptr<Database> db, ShardIdentity identity)
    : m_db(std::move(db)), m_identity(std::move(identity))
{
}
PredictionShardFile::PredictionShardFile(PredictionShardFile &&) noexcept = default;
PredictionShardFile &PredictionShardFile::operator=(PredictionShardFile &&) noexcept = default;
PredictionShardFile::~PredictionShardFile() = default;

Result<PredictionShardFile> PredictionShardFile::openForWriting(const std::string &path,
                                                                const ShardIdentity &identity)
{
    auto db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::CreateNew);
    if (!db) {
        return db.error();
    }
    Database &file = **db;
    TRIAGE_TRY(file.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"));
    TRIAGE_TRY(file.exec(kSchema));
    auto stored = storedFields(file);
    if (!stored) {
        return stored.error();
    }
    const auto wanted = fieldsOf(identity);
    if (stored->empty()) {
        TRIAGE_TRY(inTransaction(file, [&]() -> Result<void> {
            TRIAGE_PREPARE(q, file, "INSERT INTO shard(key, value) VALUES(?, ?)");
            for (const auto &[key, value] : wanted) {
                TRIAGE_TRY(q.bind(1, key).bind(2, value).run());
            }
            return {};
        }));
    } else if (*stored != wanted) {
        return makeError(ErrorCode::AlreadyExists,
                         path + " holds another shard (project, model or shard differs): "
                                "give each shard a file of its own");
    }
    return PredictionShardFile(std::move(*db), identity);
}

Result<PredictionShardFile> PredictionShardFile::openForReading(const std::string &path)
{
    auto db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::OpenExisting);
    if (!db) {
        return db.error();
    }
    auto stored = storedFields(**db);
    if (!stored) {
        return makeError(ErrorCode::CorruptData,
                         path + " is not a Triage prediction shard (" + stored.error().message + ")");
    }
    auto identity = identityFrom(*stored, path);
    if (!identity) {
        return identity.error();
    }
    return PredictionShardFile(std::move(*db), std::move(*identity));
}

Result<std::vector<int64_t>> PredictionShardFile::itemIds()
{
    TRIAGE_PREPARE(q, *m_db,
                   "SELECT item_id FROM outputs UNION SELECT item_id FROM failures ORDER BY 1");
    return allRows(q, [](const Statement &r) { return r.columnInt(0); });
}

Result<void> PredictionShardFile::append(std::span<const int64_t> ids,
                                         std::span<const float> values)
{
    const size_t width = size_t(m_identity.outputWidth);
    if (values.size() != ids.size() * width) {
        return makeError(ErrorCode::InvalidArgument, "a shard batch has the wrong number of values");
    }
    return inTransaction(*m_db, [&]() -> Result<void> {
        TRIAGE_PREPARE(q, *m_db,
                       "INSERT INTO outputs(item_id, output) VALUES(?, ?) "
                       "ON CONFLICT(item_id) DO UPDATE SET output = excluded.output");
        for (size_t i = 0; i < ids.size(); ++i) {
            const auto *bytes = reinterpret_cast<const uint8_t *>(values.data() + i * width);
            q.bind(1, ids[i]).bindBlob(2, std::span(bytes, width * sizeof(float)));
            TRIAGE_TRY(q.run());
        }
        return {};
    });
}

Result<void> PredictionShardFile::addFailure(int64_t itemId, const std::string &reason)
{
    TRIAGE_PREPARE(q, *m_db,
                   "INSERT INTO failures(item_id, reason) VALUES(?, ?) "
                   "ON CONFLICT(item_id) DO UPDATE SET reason = excluded.reason");
    return q.bind(1, itemId).bind(2, reason).run();
}

Result<void> PredictionShardFile::readOutputs(
    size_t batch,
    const std::function<Result<void>(std::span<const int64_t>, std::span<const float>)> &take)
{
    const size_t width = size_t(m_identity.outputWidth);
    TRIAGE_PREPARE(q, *m_db, "SELECT item_id, output FROM outputs ORDER BY item_id");
    std::vector<int64_t> ids;
    std::vector<float> values;
    while (q.step()) {
        const auto bytes = q.columnBlob(1);
        if (bytes.size() != width * sizeof(float)) {
            return makeError(ErrorCode::CorruptData,
                             "item " + std::to_string(q.columnInt(0)) +
                                 " has an output of the wrong size in the shard file");
        }
        ids.push_back(q.columnInt(0));
        const size_t at = values.size();
        values.resize(at + width);
        std::memcpy(values.data() + at, bytes.data(), bytes.size());
        if (ids.size() == batch) {
            TRIAGE_TRY(take(ids, values));
            ids.clear();
            values.clear();
        }
    }
    if (q.failed()) {
        return q.error();
    }
    return ids.empty() ? Result<void>() : take(ids, values);
}

Result<std::vector<std::pair<int64_t, std::string>>> PredictionShardFile::failures()
{
    TRIAGE_PREPARE(q, *m_db, "SELECT item_id, reason FROM failures ORDER BY item_id");
    return allRows(q, [](const Statement &r) { return std::pair(r.columnInt(0), r.columnText(1)); });
}

}  // namespace triage
