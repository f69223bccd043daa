#include "sqlitedatabase.h"

#include <sqlite3.h>

namespace triage {
namespace {

// SQLITE_BUSY and SQLITE_LOCKED mean "someone else holds the lock": the caller may wait
// and retry, unlike every other database error.
ErrorCode codeOf(sqlite3 *db)
{
    const int primary = sqlite3_extended_errcode(db) & 0xFF;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED ? ErrorCode::Busy
                                                              : ErrorCode::Database;
}

}  // namespace

StatementCache::~StatementCache()
{
    for (auto &[sql, statements] : m_idle) {
        for (sqlite3_stmt *stmt : statements) {
            sqlite3_finalize(stmt);
        }
    }
}

sqlite3_stmt *StatementCache::take(std::string_view sql)
{
    const auto found = m_idle.find(std::string(sql));
    if (found == m_idle.end() || found->second.empty()) {
        return nullptr;
    }
    sqlite3_stmt *stmt = found->second.back();
    found->second.pop_back();
    return stmt;
}

void StatementCache::give(sqlite3_stmt *stmt)
{
    sqlite3_reset(stmt);  // ends its read, so it holds no lock while idle
    sqlite3_clear_bindings(stmt);
    auto &idle = m_idle[sqlite3_sql(stmt)];
    if (idle.size() < kIdlePerText) {
        idle.push_back(stmt);
    } else {
        sqlite3_finalize(stmt);
    }
}

namespace {

// A statement of a SQLite connection: the SQLite C API, one call each.
class SqliteStatement final : public StatementImpl {
public:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt, StatementCache *cache)
        : m_db(db), m_stmt(stmt), m_cache(cache)
    {
    }
    ~SqliteStatement() override
    {
        if (m_cache) {
            m_cache->give(m_stmt);
        } else {
            sqlite3_finalize(m_stmt);
        }
    }

    bool bindInt(int index, int64_t value) override
    {
        return sqlite3_bind_int64(m_stmt, index, value) == SQLITE_OK;
    }
    bool bindDouble(int index, double value) override
    {
        return sqlite3_bind_double(m_stmt, index, value) == SQLITE_OK;
    }
    bool bindText(int index, std::string_view value) override
    {
        return sqlite3_bind_text(m_stmt, index, value.data(), int(value.size()),
                                 SQLITE_TRANSIENT) == SQLITE_OK;
    }
    bool bindBlob(int index, std::span<const uint8_t> bytes) override
    {
        return sqlite3_bind_blob(m_stmt, index, bytes.data(), int(bytes.size()),
                                 SQLITE_TRANSIENT) == SQLITE_OK;
    }
    bool bindNull(int index) override { return sqlite3_bind_null(m_stmt, index) == SQLITE_OK; }

    bool step() override
    {
        if (m_failed) {
            return false;
        }
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            return true;
        }
        m_failed = rc != SQLITE_DONE;
        return false;
    }
    bool failed() const override { return m_failed; }
    void reset() override
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_failed = false;
    }

    int64_t columnInt(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    double columnDouble(int column) const override { return sqlite3_column_double(m_stmt, column); }
    std::string columnText(int column) const override
    {
        const auto *text = sqlite3_column_text(m_stmt, column);
        return text ? std::string(reinterpret_cast<const char *>(text),
                                  size_t(sqlite3_column_bytes(m_stmt, column)))
                    : std::string();
    }
    std::vector<uint8_t> columnBlob(int column) const override
    {
        const auto *data = static_cast<const uint8_t *>(sqlite3_column_blob(m_stmt, column));
        return data ? std::vector<uint8_t>(data, data + sqlite3_column_bytes(m_stmt, column))
                    : std::vector<uint8_t>();
    }
    bool columnIsNull(int column) const override
    {
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    }
    int columnCount() const override { return sqlite3_column_count(m_stmt); }
    std::string columnName(int column) const override
    {
        const char *name = sqlite3_column_name(m_stmt, column);
        return name ? name : "";
    }
    ColumnKind columnKind(int column) const override
    {
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_INTEGER: return ColumnKind::Integer;
        case SQLITE_FLOAT: return ColumnKind::Real;
        case SQLITE_TEXT: return ColumnKind::Text;
        case SQLITE_BLOB: return ColumnKind::Blob;
        default: return ColumnKind::Null;
        }
    }
    Error error() const override
    {
        const char *sql = sqlite3_sql(m_stmt);
        return makeError(codeOf(m_db),
                         std::string(sqlite3_errmsg(m_db)) + " (in: " + (sql ? sql : "") + ")");
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
    StatementCache *m_cache;
    bool m_failed = false;
};

}  // namespace

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const std::string &path, OpenMode mode)
{
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (mode == OpenMode::CreateNew) {
        flags |= SQLITE_OPEN_CREATE;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close(db);
        return makeError(rc == SQLITE_CANTOPEN ? ErrorCode::NotFound : ErrorCode::Database,
                         "cannot open project " + path + ": " + message);
    }
    sqlite3_extended_result_codes(db, 1);
    // Another connection (the GUI's review thread, a background job) may hold the write
    // lock for a batch; wait for it rather than fail.
    sqlite3_busy_timeout(db, kDefaultBusyTimeoutMs);
    return std::unique_ptr<SqliteDatabase>(new SqliteDatabase(db, path));
}

SqliteDatabase::SqliteDatabase(sqlite3 *db, std::string path)
    : m_db(db), m_path(std::move(path)), m_statements(std::make_unique<StatementCache>())
{
}

SqliteDatabase::~SqliteDatabase()
{
    m_statements.reset();  // finalised first, so the connection really closes
    sqlite3_close_v2(m_db);
}

Result<Statement> SqliteDatabase::prepare(std::string_view sql)
{
    if (sqlite3_stmt *cached = m_statements->take(sql)) {
        return Statement(std::make_unique<SqliteStatement>(m_db, cached, m_statements.get()));
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        return lastError(sql);
    }
    return Statement(std::make_unique<SqliteStatement>(m_db, stmt, m_statements.get()));
}

Result<void> SqliteDatabase::exec(std::string_view sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string text = message ? message : "unknown error";
        sqlite3_free(message);
        return makeError(codeOf(m_db), text + " (in: " + std::string(sql.substr(0, 120)) + ")");
    }
    return {};
}

void SqliteDatabase::setBusyTimeout(int timeoutMs)
{
    sqlite3_busy_timeout(m_db, timeoutMs);
}

int64_t SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

Error SqliteDatabase::lastError(std::string_view context) const
{
    return makeError(codeOf(m_db),
                     std::string(sqlite3_errmsg(m_db)) + " (in: " + std::string(context) + ")");
}

Result<void> SqliteDatabase::integrityCheck()
{
    TRIAGE_PREPARE(q, *this, "PRAGMA quick_check(1)");
    if (!q.step()) {
        return makeError(ErrorCode::CorruptData, m_path + " is damaged: " + q.error().message);
    }
    const std::string verdict = q.columnText(0);
    if (verdict != "ok") {
        return makeError(ErrorCode::CorruptData,
                         m_path + " is damaged: " + verdict + " (restore it from a backup)");
    }
    return {};
}

Result<void> SqliteDatabase::setBulkLoading(bool on)
{
    // Commits still reach the disk in order and survive a killed process, but each is not
    // waited for. Statement journals (SQLite keeps one for a statement that may fail
    // halfway, such as an insert checked against a foreign key) stay in memory.
    return exec(on ? "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY"
                   : "PRAGMA synchronous=FULL; PRAGMA temp_store=DEFAULT");
}

}  // namespace triage
