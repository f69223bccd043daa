#pragma once
// The SQLite connection behind a project file: Database over the SQLite C API, with the
// prepared statements kept for reuse.
#include "database.h"

#include <unordered_map>

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

class SqliteDatabase final : public Database {
public:
    enum class OpenMode { CreateNew = 1, OpenExisting };
    static constexpr int kDefaultBusyTimeoutMs = 10000;

    static Result<std::unique_ptr<SqliteDatabase>> open(const std::string &path, OpenMode mode);
    ~SqliteDatabase() override;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    SqlDialect dialect() const override { return SqlDialect::Sqlite; }
    const std::string &path() const override { return m_path; }
    Result<Statement> prepare(std::string_view sql) override;
    Result<void> exec(std::string_view sql) override;
    int64_t changes() const override;
    void setBusyTimeout(int timeoutMs) override;
    Result<void> integrityCheck() override;
    Result<void> setBulkLoading(bool on) override;

    Error lastError(std::string_view context) const;

protected:
    // One writer at a time, whatever it writes: SQLite locks the whole file.
    Result<void> beginWrite() override { return exec("BEGIN IMMEDIATE"); }
    Result<void> beginItemWrite() override { return beginWrite(); }
    Result<void> beginRead() override { return exec("BEGIN DEFERRED"); }

private:
    SqliteDatabase(sqlite3 *db, std::string path);
    sqlite3 *m_db = nullptr;
    std::string m_path;
    std::unique_ptr<StatementCache> m_statements;
};

}  // namespace triage
