#include "database.h"

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

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_cache(other.m_cache), m_failed(other.m_failed)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_cache = other.m_cache;
        m_failed = other.m_failed;
        other.m_stmt = nullptr;
    }
    return *this;
}

void Statement::release()
{
    if (m_stmt && m_cache) {
        m_cache->give(m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
}

Statement::~Statement()
{
    release();
}

Statement &Statement::bind(int index, int64_t value)
{
    m_failed |= sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    m_failed |= sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, std::string_view value)
{
    m_failed |= sqlite3_bind_text(m_stmt, index, value.data(), int(value.size()),
                                  SQLITE_TRANSIENT) != SQLITE_OK;
    return *this;
}

Statement &Statement::bindBlob(int index, std::span<const uint8_t> bytes)
{
    m_failed |= sqlite3_bind_blob(m_stmt, index, bytes.data(), int(bytes.size()),
                                  SQLITE_TRANSIENT) != SQLITE_OK;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    m_failed |= sqlite3_bind_null(m_stmt, index) != SQLITE_OK;
    return *this;
}

bool Statement::step()
{
    if (m_failed) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        m_failed = true;
    }
    return false;
}

Result<void> Statement::run()
{
    while (step()) {
    }
    if (m_failed) {
        Error e = error();
        reset();
        return e;
    }
    reset();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_failed = false;
}

int64_t Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::columnText(int column) const
{
    const auto *text = sqlite3_column_text(m_stmt, column);
    return text ? std::string(reinterpret_cast<const char *>(text),
                              size_t(sqlite3_column_bytes(m_stmt, column)))
                : std::string();
}

std::vector<uint8_t> Statement::columnBlob(int column) const
{
    const auto *data = static_cast<const uint8_t *>(sqlite3_column_blob(m_stmt, column));
    return data ? std::vector<uint8_t>(data, data + sqlite3_column_bytes(m_stmt, column))
                : std::vector<uint8_t>();
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Error Statement::error() const
{
    const char *sql = m_stmt ? sqlite3_sql(m_stmt) : "";
    return makeError(codeOf(m_db),
                     std::string(sqlite3_errmsg(m_db)) + " (in: " + (sql ? sql : "") + ")");
}

Result<Database> Database::open(const std::string &path, OpenMode mode)
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
    return Database(db, path);
}

Database::Database(Database &&other) noexcept
    : m_db(other.m_db), m_path(std::move(other.m_path)),
      m_transactionDepth(other.m_transactionDepth), m_statements(std::move(other.m_statements))
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_transactionDepth = other.m_transactionDepth;
        m_statements = std::move(other.m_statements);
        other.m_db = nullptr;
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    m_statements.reset();  // finalised first, so the connection really closes
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Result<Statement> Database::prepare(std::string_view sql)
{
    if (m_statements) {
        if (sqlite3_stmt *cached = m_statements->take(sql)) {
            return Statement(m_db, cached, m_statements.get());
        }
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        return lastError(sql);
    }
    return Statement(m_db, stmt, m_statements.get());
}

Result<void> Database::exec(std::string_view sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string text = message ? message : "unknown error";
        sqlite3_free(message);
        return makeError(codeOf(m_db), text + " (in: " + std::string(sql.substr(0, 120)) + ")");
    }
    return {};
}

void Database::setBusyTimeout(int timeoutMs)
{
    sqlite3_busy_timeout(m_db, timeoutMs);
}

int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError(std::string_view context) const
{
    return makeError(codeOf(m_db),
                     std::string(sqlite3_errmsg(m_db)) + " (in: " + std::string(context) + ")");
}

namespace {

std::string savepointName(int depth)
{
    return "nested_" + std::to_string(depth);
}

}  // namespace

Transaction::Transaction(Database &db, Kind kind)
    : m_db(db), m_depth(db.m_transactionDepth),
      m_begun(m_depth > 0           ? db.exec("SAVEPOINT " + savepointName(m_depth))
              : kind == Kind::Write ? db.exec("BEGIN IMMEDIATE")
                                    : db.exec("BEGIN DEFERRED"))
{
    if (m_begun) {
        ++m_db.m_transactionDepth;
    }
}

Transaction::~Transaction()
{
    if (!m_begun || m_done) {
        return;
    }
    if (m_depth == 0) {
        (void)m_db.exec("ROLLBACK");
    } else {
        (void)m_db.exec("ROLLBACK TO " + savepointName(m_depth));
        (void)m_db.exec("RELEASE " + savepointName(m_depth));
    }
    --m_db.m_transactionDepth;
}

Result<void> Transaction::commit()
{
    if (!m_begun) {
        return m_begun.error();
    }
    auto result =
        m_db.exec(m_depth == 0 ? std::string("COMMIT") : "RELEASE " + savepointName(m_depth));
    if (result) {
        m_done = true;
        --m_db.m_transactionDepth;
    }
    return result;
}

}  // namespace triage
