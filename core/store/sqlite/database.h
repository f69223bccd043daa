#pragma once
// Database and Statement: a thin RAII layer over the SQLite C API. Prepared statements
// only; errors come back as Result with SQLite's own message and the statement's SQL.
// One Database per thread (SQLite connections are not shared across threads here).
#include "result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace triage {

// Prepared statements kept for reuse, by SQL text: parsing costs more than running most of
// the statements the store runs. A statement goes back here, reset, when its Statement ends.
class StatementCache {
public:
    ~StatementCache();
    sqlite3_stmt *take(std::string_view sql);
    void give(sqlite3_stmt *stmt);

private:
    static constexpr size_t kIdlePerText = 4;  // more at once (recursion) are finalised
    std::unordered_map<std::string, std::vector<sqlite3_stmt *>> m_idle;
};

class Statement {
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    // Binders take 1-based positions, as SQLite does.
    Statement &bind(int index, int64_t value);
    Statement &bind(int index, int value) { return bind(index, int64_t(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view value);
    Statement &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
    Statement &bindBlob(int index, std::span<const uint8_t> bytes);
    Statement &bindNull(int index);
    template <typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Steps once: true while a row is available, false when done. Errors set error().
    bool step();
    // Runs to completion (for INSERT/UPDATE/DELETE); resets for reuse.
    Result<void> run();
    void reset();

    int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::vector<uint8_t> columnBlob(int column) const;
    bool columnIsNull(int column) const;

    bool failed() const { return m_failed; }
    Error error() const;

private:
    friend class Database;
    Statement(sqlite3 *db, sqlite3_stmt *stmt, StatementCache *cache)
        : m_db(db), m_stmt(stmt), m_cache(cache)
    {
    }
    void release();
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    StatementCache *m_cache = nullptr;
    bool m_failed = false;
};

class Database {
public:
    enum class OpenMode { CreateNew = 1, OpenExisting };
    static constexpr int kDefaultBusyTimeoutMs = 10000;

    static Result<Database> open(const std::string &path, OpenMode mode);
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    ~Database();

    Result<Statement> prepare(std::string_view sql);
    Result<void> exec(std::string_view sql);  // for schema and pragmas; no parameters
    // How long a statement waits for another connection's lock before failing with
    // ErrorCode::Busy.
    void setBusyTimeout(int timeoutMs);
    int64_t lastInsertId() const;
    int changes() const;
    Error lastError(std::string_view context) const;
    const std::string &path() const { return m_path; }

private:
    friend class Transaction;
    Database(sqlite3 *db, std::string path)
        : m_db(db), m_path(std::move(path)), m_statements(std::make_unique<StatementCache>())
    {
    }
    void close();
    sqlite3 *m_db = nullptr;
    std::string m_path;
    int m_transactionDepth = 0;                    // open Transactions; inner ones are savepoints
    std::unique_ptr<StatementCache> m_statements;  // its address survives a move
};

// The outermost Transaction begins IMMEDIATE (takes the write lock up front, so no
// deadlock on upgrade), or DEFERRED for one that only reads (many reads under one lock and
// one snapshot); one opened inside it is a savepoint, so a repository call joins a
// caller's unit of work. Rolls back on destruction unless commit() succeeded.
class Transaction {
public:
    enum class Kind { Write = 1, Read };
    explicit Transaction(Database &db, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Result<void> &begun() const { return m_begun; }
    Result<void> commit();

private:
    Database &m_db;
    int m_depth;  // 0: the outermost
    Result<void> m_begun;
    bool m_done = false;
};

// Declares `Statement &var` prepared from sql, or returns the error from the function.
#define TRIAGE_PREPARE(var, db, sql)                                                               \
    auto var##Prepared = (db).prepare(sql);                                                        \
    if (!var##Prepared) {                                                                          \
        return var##Prepared.error();                                                              \
    }                                                                                              \
    Statement &var = *var##Prepared

}  // namespace triage
