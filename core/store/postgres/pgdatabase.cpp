#include "pgdatabase.h"

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>

namespace triage {
namespace {

// Every writer of a project takes this transaction-level advisory lock first. Most take it
// exclusively, so they are one at a time per database as in a SQLite file: they read, then
// write, and rely on nobody writing in between. Writers that change only items they lock
// row by row (people's decisions, review leases) share it, so annotators on several
// machines never wait for each other, only for a bulk writer. Readers never wait for it.
constexpr int64_t kWriterLockKey = 0x5472696167650001;  // "Triage", 1

// Someone else holds what we need (a lock, a row): the caller may wait and retry. Every
// other failure is a database error.
ErrorCode codeOf(const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string_view code = state ? state : "";
    return code == "40001" || code == "40P01" || code == "55P03" ? ErrorCode::Busy
                                                                 : ErrorCode::Database;
}

std::string trimmed(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
        text.pop_back();
    }
    return text;
}

Error resultError(PGconn *conn, const PGresult *result, std::string_view sql)
{
    const char *message = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
    return makeError(codeOf(result), trimmed(message && *message ? message : PQerrorMessage(conn)) +
                                         " (in: " + std::string(sql.substr(0, 200)) + ")");
}

// A result that is an error (or none at all) as an Error; nullopt when it succeeded.
std::optional<Error> failureOf(PGconn *conn, const PGresult *result, std::string_view sql)
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        return std::nullopt;
    }
    return resultError(conn, result, sql);
}

int64_t changedRows(const PGresult *result)
{
    const char *tuples = PQcmdTuples(const_cast<PGresult *>(result));
    int64_t rows = 0;
    std::from_chars(tuples, tuples + std::strlen(tuples), rows);
    return rows;
}

std::string numberText(double value)
{
    if (std::isnan(value)) {
        return "NaN";
    }
    if (std::isinf(value)) {
        return value > 0 ? "Infinity" : "-Infinity";
    }
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return std::string(buffer, end);
}

int hexValue(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

// A statement of a PostgreSQL connection: its values until it runs, then its result.
class PgStatement final : public StatementImpl {
public:
    PgStatement(PgDatabase &db, std::string name, std::string sql, int parameters)
        : m_db(db), m_name(std::move(name)), m_sql(std::move(sql)), m_values(size_t(parameters)),
          m_binary(size_t(parameters), 0)
    {
    }
    ~PgStatement() override { PQclear(m_result); }

    bool bindInt(int index, int64_t value) override { return set(index, std::to_string(value)); }
    bool bindDouble(int index, double value) override { return set(index, numberText(value)); }
    bool bindText(int index, std::string_view value) override
    {
        return set(index, std::string(value));
    }
    bool bindBlob(int index, std::span<const uint8_t> bytes) override
    {
        if (bytes.data() == nullptr) {
            return bindNull(index);  // as SQLite binds a blob without bytes
        }
        if (!set(index, std::string(bytes.begin(), bytes.end()))) {
            return false;
        }
        m_binary[size_t(index - 1)] = 1;
        return true;
    }
    bool bindNull(int index) override
    {
        if (index < 1 || size_t(index) > m_values.size()) {
            return fail("no parameter " + std::to_string(index));
        }
        m_values[size_t(index - 1)].reset();
        return true;
    }

    bool step() override
    {
        if (m_failed) {
            return false;
        }
        if (!m_result && !execute()) {
            return false;
        }
        ++m_row;
        return m_row < PQntuples(m_result);
    }
    bool failed() const override { return m_failed; }
    void reset() override
    {
        PQclear(m_result);
        m_result = nullptr;
        m_row = -1;
        m_failed = false;
        for (auto &value : m_values) {
            value.reset();
        }
        std::fill(m_binary.begin(), m_binary.end(), 0);
    }

    int64_t columnInt(int column) const override
    {
        const std::string_view text = value(column);
        if (text == "t" || text == "f") {  // a comparison's boolean, as SQLite's 1 or 0
            return text == "t";
        }
        int64_t number = 0;
        if (std::from_chars(text.data(), text.data() + text.size(), number).ec != std::errc()) {
            number = int64_t(columnDouble(column));  // a numeric or floating value
        }
        return number;
    }
    double columnDouble(int column) const override
    {
        const std::string_view text = value(column);
        double number = 0;
        std::from_chars(text.data(), text.data() + text.size(), number);
        return number;
    }
    std::string columnText(int column) const override { return std::string(value(column)); }
    std::vector<uint8_t> columnBlob(int column) const override
    {
        // bytea in text results: "\x" and two hex digits a byte.
        const std::string_view text = value(column);
        std::vector<uint8_t> bytes;
        if (text.size() < 2 || text[0] != '\\' || text[1] != 'x') {
            return bytes;
        }
        bytes.reserve((text.size() - 2) / 2);
        for (size_t i = 2; i + 1 < text.size(); i += 2) {
            bytes.push_back(uint8_t(hexValue(text[i]) << 4 | hexValue(text[i + 1])));
        }
        return bytes;
    }
    bool columnIsNull(int column) const override
    {
        return PQgetisnull(m_result, m_row, column) != 0;
    }
    int columnCount() const override { return PQnfields(m_result); }
    std::string columnName(int column) const override { return PQfname(m_result, column); }
    ColumnKind columnKind(int column) const override
    {
        if (columnIsNull(column)) {
            return ColumnKind::Null;
        }
        // Type OIDs are fixed in PostgreSQL's catalog (pg_type.dat).
        switch (PQftype(m_result, column)) {
        case 16:  // bool
        case 20:  // int8
        case 21:  // int2
        case 23:  // int4
            return ColumnKind::Integer;
        case 700:   // float4
        case 701:   // float8
        case 1700:  // numeric
            return ColumnKind::Real;
        case 17:  // bytea
            return ColumnKind::Blob;
        default: return ColumnKind::Text;
        }
    }
    Error error() const override { return m_error; }

private:
    bool set(int index, std::string text)
    {
        if (index < 1 || size_t(index) > m_values.size()) {
            return fail("no parameter " + std::to_string(index));
        }
        m_values[size_t(index - 1)] = std::move(text);
        m_binary[size_t(index - 1)] = 0;
        return true;
    }
    bool fail(const std::string &why)
    {
        m_failed = true;
        m_error = makeError(ErrorCode::Database, why + " (in: " + m_sql + ")");
        return false;
    }
    bool execute()
    {
        std::vector<const char *> values(m_values.size());
        std::vector<int> lengths(m_values.size());
        for (size_t i = 0; i < m_values.size(); ++i) {
            values[i] = m_values[i] ? m_values[i]->data() : nullptr;
            lengths[i] = m_values[i] ? int(m_values[i]->size()) : 0;
        }
        m_result = PQexecPrepared(m_db.handle(), m_name.c_str(), int(values.size()), values.data(),
                                  lengths.data(), m_binary.data(), 0);
        if (auto failure = failureOf(m_db.handle(), m_result, m_sql)) {
            m_failed = true;
            m_error = *failure;
            return false;
        }
        m_db.noteChanges(changedRows(m_result));
        return true;
    }
    std::string_view value(int column) const
    {
        return std::string_view(PQgetvalue(m_result, m_row, column),
                                size_t(PQgetlength(m_result, m_row, column)));
    }

    PgDatabase &m_db;
    std::string m_name;
    std::string m_sql;
    std::vector<std::optional<std::string>> m_values;
    std::vector<int> m_binary;
    PGresult *m_result = nullptr;
    int m_row = -1;
    bool m_failed = false;
    Error m_error;
};

}  // namespace

std::string toPostgresPlaceholders(std::string_view sql, std::vector<bool> &used)
{
    std::string out;
    out.reserve(sql.size() + 16);
    used.clear();
    int next = 0;  // the last plain `?`'s number
    char quote = 0;
    for (size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            quote = c == quote ? 0 : quote;
            out += c;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != '?') {
            out += c;
            continue;
        }
        size_t end = i + 1;
        while (end < sql.size() && sql[end] >= '0' && sql[end] <= '9') {
            ++end;
        }
        int number = ++next;
        if (end > i + 1) {
            std::from_chars(sql.data() + i + 1, sql.data() + end, number);
        }
        if (number < 1) {
            number = 1;
        }
        used.resize(std::max(used.size(), size_t(number)), false);
        used[size_t(number - 1)] = true;
        out += '$';
        out += std::to_string(number);
        i = end - 1;
    }
    return out;
}

std::string redactedUrl(const std::string &url)
{
    std::string out = url;
    const size_t scheme = out.find("://");
    if (scheme != std::string::npos) {
        const size_t authority = scheme + 3;
        const size_t authorityEnd = out.find_first_of("/?", authority);
        const size_t at =
            out.rfind('@', authorityEnd == std::string::npos ? out.size() : authorityEnd);
        if (at != std::string::npos && at > authority) {
            const size_t colon = out.find(':', authority);
            if (colon != std::string::npos && colon < at) {
                out.erase(colon, at - colon);
            }
        }
    }
    // A password given as a query parameter.
    const size_t query = out.find('?');
    if (query == std::string::npos) {
        return out;
    }
    std::string kept;
    size_t begin = query + 1;
    while (begin <= out.size()) {
        const size_t end = std::min(out.find('&', begin), out.size());
        const std::string_view parameter(out.data() + begin, end - begin);
        if (!parameter.empty() && parameter.substr(0, 9) != "password=") {
            kept += (kept.empty() ? "?" : "&") + std::string(parameter);
        }
        begin = end + 1;
    }
    return out.substr(0, query) + kept;
}

Result<std::unique_ptr<PgDatabase>> PgDatabase::connect(const std::string &url)
{
    const char *keywords[] = {"dbname", nullptr};
    const char *values[] = {url.c_str(), nullptr};
    return connect(keywords, values);
}

Result<std::unique_ptr<PgDatabase>> PgDatabase::connect(const char *const *keywords,
                                                        const char *const *values)
{
    const std::string url = values[0];
    PGconn *conn = PQconnectdbParams(keywords, values, 1);
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        const std::string message = conn ? trimmed(PQerrorMessage(conn)) : "out of memory";
        PQfinish(conn);
        return makeError(ErrorCode::NotFound,
                         "cannot connect to " + redactedUrl(url) + ": " + message);
    }
    std::unique_ptr<PgDatabase> db(new PgDatabase(conn, redactedUrl(url)));
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    TRIAGE_TRY(db->configureSession());
    return db;
}

Result<void> PgDatabase::configureSession()
{
    // A known time zone and number output whatever the server's defaults, no notices
    // ("relation already exists, skipping"), and how long a lock is waited for.
    return exec("SET client_min_messages = warning; SET TIME ZONE 'UTC'; "
                "SET extra_float_digits = 3; SET lock_timeout = " +
                std::to_string(m_lockWaitMs));
}

Result<void> PgDatabase::reconnectIfLost()
{
    // A server restart or a dropped network leaves the connection dead; outside a
    // transaction nothing is lost by making a new one (inside, the caller's transaction
    // has failed and rolls back).
    if (PQstatus(m_conn) == CONNECTION_OK || m_transactionDepth > 0) {
        return {};
    }
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        return makeError(ErrorCode::Database, "lost the connection to " + m_location + ": " +
                                                  trimmed(PQerrorMessage(m_conn)));
    }
    m_prepared.clear();  // the server forgot this connection's statements
    return configureSession();
}

PgDatabase::PgDatabase(pg_conn *conn, std::string location)
    : m_conn(conn), m_location(std::move(location))
{
}

PgDatabase::~PgDatabase()
{
    PQfinish(m_conn);
}

Result<Statement> PgDatabase::prepare(std::string_view sql)
{
    TRIAGE_TRY(reconnectIfLost());
    auto found = m_prepared.find(std::string(sql));
    if (found == m_prepared.end()) {
        std::vector<bool> used;
        const std::string text = toPostgresPlaceholders(sql, used);
        // A number the text skips (a filter left out) still takes the value bound to it;
        // as text, since nothing in the statement says its type.
        constexpr Oid kTextType = 25;
        std::vector<Oid> types(used.size(), 0);
        for (size_t i = 0; i < used.size(); ++i) {
            types[i] = used[i] ? 0 : kTextType;
        }
        const int parameters = int(used.size());
        const std::string name = "s" + std::to_string(m_prepared.size() + 1);
        PGresult *result = PQprepare(m_conn, name.c_str(), text.c_str(), parameters, types.data());
        const auto failure = failureOf(m_conn, result, sql);
        PQclear(result);
        if (failure) {
            return *failure;
        }
        found = m_prepared.emplace(std::string(sql), Prepared{name, parameters}).first;
    }
    return Statement(std::make_unique<PgStatement>(*this, found->second.name, found->first,
                                                   found->second.parameters));
}

Result<void> PgDatabase::exec(std::string_view sql)
{
    TRIAGE_TRY(reconnectIfLost());
    PGresult *result = PQexec(m_conn, std::string(sql).c_str());
    const auto failure = failureOf(m_conn, result, sql);
    if (!failure) {
        m_changes = changedRows(result);
    }
    PQclear(result);
    if (failure) {
        return *failure;
    }
    return {};
}

void PgDatabase::setBusyTimeout(int timeoutMs)
{
    m_lockWaitMs = std::max(timeoutMs, 1);
    (void)exec("SET lock_timeout = " + std::to_string(m_lockWaitMs));
}

Result<void> PgDatabase::integrityCheck()
{
    // PostgreSQL guards its own pages (WAL, and checksums where the cluster has them);
    // what can be checked from here is that the server answers and the project is whole.
    TRIAGE_PREPARE(q, *this, "SELECT COUNT(*) FROM classes");
    if (!q.step()) {
        return makeError(ErrorCode::CorruptData, m_location + " is damaged: " + q.error().message);
    }
    if (q.columnInt(0) < 2) {
        return makeError(ErrorCode::CorruptData, m_location + " is damaged: it has no classes");
    }
    q.reset();
    return {};
}

Result<void> PgDatabase::setBulkLoading(bool on)
{
    // A server crash may lose the last few commits, never damage the data: as SQLite's
    // synchronous=NORMAL.
    return exec(on ? "SET synchronous_commit = off" : "SET synchronous_commit = on");
}

Result<void> PgDatabase::beginWrite()
{
    return beginLocked("pg_advisory_xact_lock");
}

Result<void> PgDatabase::beginItemWrite()
{
    return beginLocked("pg_advisory_xact_lock_shared");
}

Result<void> PgDatabase::beginLocked(const char *lockFunction)
{
    TRIAGE_TRY(exec("BEGIN"));
    auto locked =
        exec(std::string("SELECT ") + lockFunction + "(" + std::to_string(kWriterLockKey) + ")");
    if (!locked) {
        (void)exec("ROLLBACK");
        return makeError(locked.error().code,
                         "another writer holds " + m_location + ": " + locked.error().message);
    }
    return {};
}

Result<void> PgDatabase::beginRead()
{
    return exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

}  // namespace triage
