#pragma once
// The PostgreSQL connection behind a shared project: Database over libpq. Statements are
// prepared once per connection by their text; values travel as text (blobs as binary)
// and results come back as text, read without the process locale.
#include "database.h"

#include <unordered_map>

struct pg_conn;

namespace triage {

class PgDatabase final : public Database {
public:
    static constexpr int kDefaultLockWaitMs = 10000;

    // `url`: postgresql://[user[:password]@]host[:port]/dbname[?param=value...]; what the
    // URL leaves out libpq takes from the environment (PGPASSWORD, PGPASSFILE, ~/.pgpass).
    static Result<std::unique_ptr<PgDatabase>> connect(const std::string &url);
    // The same with libpq's keywords and values, ending in nullptr: the first is "dbname"
    // with the URL, later ones override what it says (another database on that server).
    static Result<std::unique_ptr<PgDatabase>> connect(const char *const *keywords,
                                                       const char *const *values);
    ~PgDatabase() override;
    PgDatabase(const PgDatabase &) = delete;
    PgDatabase &operator=(const PgDatabase &) = delete;

    SqlDialect dialect() const override { return SqlDialect::Postgres; }
    const std::string &path() const override { return m_location; }
    Result<Statement> prepare(std::string_view sql) override;
    Result<void> exec(std::string_view sql) override;
    int64_t changes() const override { return m_changes; }
    void setBusyTimeout(int timeoutMs) override;
    Result<void> integrityCheck() override;
    Result<void> setBulkLoading(bool on) override;

    // What a statement's execution reports back to its connection.
    void noteChanges(int64_t rows) { m_changes = rows; }
    pg_conn *handle() const { return m_conn; }

protected:
    Result<void> beginWrite() override;
    Result<void> beginItemWrite() override;
    Result<void> beginRead() override;

private:
    PgDatabase(pg_conn *conn, std::string location);
    Result<void> beginLocked(const char *lockFunction);
    Result<void> configureSession();
    Result<void> reconnectIfLost();
    pg_conn *m_conn = nullptr;
    std::string m_location;
    int64_t m_changes = 0;
    int m_lockWaitMs = kDefaultLockWaitMs;
    // Server-side prepared statements of this connection: name and parameter count by the
    // statement's text as the repositories wrote it.
    struct Prepared {
        std::string name;
        int parameters = 0;
    };
    std::unordered_map<std::string, Prepared> m_prepared;
};

// `?` and `?N` placeholders as PostgreSQL's `$N`, outside quoted text; `used` says which
// numbers the text uses, up to the highest.
std::string toPostgresPlaceholders(std::string_view sql, std::vector<bool> &used);
// The URL without its password, for messages and logs.
std::string redactedUrl(const std::string &url);

}  // namespace triage
