#pragma once
// Database, Statement and Transaction: what the store's repositories see of a SQL
// connection, the same for SQLite (a project file) and PostgreSQL (a shared database).
// Prepared statements only, with `?` or `?N` placeholders (a PostgreSQL connection turns
// them into `$N`); errors come back as Result with the server's own message and the
// statement's SQL. One Database per thread.
#include "result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace triage {

// Where the two SQL dialects differ, a repository asks which one it speaks.
enum class SqlDialect { Sqlite = 1, Postgres };

// What a result column holds, for code that copies rows without knowing the table.
enum class ColumnKind { Null = 1, Integer, Real, Text, Blob };

// One prepared statement of one connection: what a backend implements.
class StatementImpl {
public:
    virtual ~StatementImpl() = default;
    // Binders take 1-based positions and return false when the value cannot be bound.
    virtual bool bindInt(int index, int64_t value) = 0;
    virtual bool bindDouble(int index, double value) = 0;
    virtual bool bindText(int index, std::string_view value) = 0;
    virtual bool bindBlob(int index, std::span<const uint8_t> bytes) = 0;
    virtual bool bindNull(int index) = 0;
    // Runs the statement on the first call, then moves row by row: true while a row is
    // available, false when done or failed (failed() tells which).
    virtual bool step() = 0;
    virtual bool failed() const = 0;
    // Back to before the first step, bindings cleared.
    virtual void reset() = 0;
    virtual int64_t columnInt(int column) const = 0;
    virtual double columnDouble(int column) const = 0;
    virtual std::string columnText(int column) const = 0;
    virtual std::vector<uint8_t> columnBlob(int column) const = 0;
    virtual bool columnIsNull(int column) const = 0;
    virtual int columnCount() const = 0;
    virtual std::string columnName(int column) const = 0;
    // Of the current row's value (SQLite) or the column's type (PostgreSQL); Null for NULL.
    virtual ColumnKind columnKind(int column) const = 0;
    virtual Error error() const = 0;
};

class Statement {
public:
    Statement() = default;
    explicit Statement(std::unique_ptr<StatementImpl> impl) : m_impl(std::move(impl)) {}

    Statement &bind(int index, int64_t value) { return check(m_impl->bindInt(index, value)); }
    Statement &bind(int index, int value) { return bind(index, int64_t(value)); }
    Statement &bind(int index, double value) { return check(m_impl->bindDouble(index, value)); }
    Statement &bind(int index, std::string_view value)
    {
        return check(m_impl->bindText(index, value));
    }
    Statement &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
    Statement &bindBlob(int index, std::span<const uint8_t> bytes)
    {
        return check(m_impl->bindBlob(index, bytes));
    }
    Statement &bindNull(int index) { return check(m_impl->bindNull(index)); }
    template <typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Steps once: true while a row is available, false when done. Errors set error().
    bool step() { return !m_bindFailed && m_impl->step(); }
    // Runs to completion (for INSERT/UPDATE/DELETE); resets for reuse.
    Result<void> run();
    void reset()
    {
        m_bindFailed = false;
        m_impl->reset();
    }

    int64_t columnInt(int column) const { return m_impl->columnInt(column); }
    double columnDouble(int column) const { return m_impl->columnDouble(column); }
    std::string columnText(int column) const { return m_impl->columnText(column); }
    std::vector<uint8_t> columnBlob(int column) const { return m_impl->columnBlob(column); }
    bool columnIsNull(int column) const { return m_impl->columnIsNull(column); }
    int columnCount() const { return m_impl->columnCount(); }
    std::string columnName(int column) const { return m_impl->columnName(column); }
    ColumnKind columnKind(int column) const { return m_impl->columnKind(column); }

    bool failed() const { return m_bindFailed || m_impl->failed(); }
    Error error() const { return m_impl->error(); }

private:
    Statement &check(bool bound)
    {
        m_bindFailed |= !bound;
        return *this;
    }
    std::unique_ptr<StatementImpl> m_impl;
    bool m_bindFailed = false;
};

class Database {
public:
    virtual ~Database() = default;
    virtual SqlDialect dialect() const = 0;
    // The file's path, or the URL without its password.
    virtual const std::string &path() const = 0;
    virtual Result<Statement> prepare(std::string_view sql) = 0;
    virtual Result<void> exec(std::string_view sql) = 0;  // for schema and settings; no parameters
    // Rows the last INSERT, UPDATE or DELETE changed.
    virtual int64_t changes() const = 0;
    // How long a statement waits for another connection's lock before failing with
    // ErrorCode::Busy.
    virtual void setBusyTimeout(int timeoutMs) = 0;
    // CorruptData naming the first problem when the data is damaged.
    virtual Result<void> integrityCheck() = 0;
    // Bulk loading (an import, which can be run again): commits may stop waiting for the
    // disk; off again, the next commit waits for all before it.
    virtual Result<void> setBulkLoading(bool on) = 0;

protected:
    friend class Transaction;
    // The outermost transaction: a Write one excludes every other writer of the project
    // until it ends (what the repositories' read-then-write steps rely on); an ItemWrite
    // one excludes Write ones but runs beside other ItemWrite ones, each locking the item
    // rows it changes; a Read one sees one snapshot.
    virtual Result<void> beginWrite() = 0;
    virtual Result<void> beginItemWrite() = 0;
    virtual Result<void> beginRead() = 0;
    int m_transactionDepth = 0;  // open Transactions; inner ones are savepoints
};

// The outermost Transaction begins a Write or Read transaction as the backend defines
// it; one opened inside it is a savepoint, so a repository call joins a caller's unit of
// work. Rolls back on destruction unless commit() succeeded.
class Transaction {
public:
    enum class Kind { Write = 1, ItemWrite, Read };
    explicit Transaction(Database &db, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Result<void> &begun() const { return m_begun; }
    Result<void> commit();

private:
    static Result<void> begin(Database &db, int depth, Kind kind);
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
