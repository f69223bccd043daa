#include "pgstore.h"

#include "pgdatabase.h"
#include "pgschema.h"
#include "sqlquery.h"

#include <libpq-fe.h>

namespace triage::postgres {
namespace {

// The database a URL names, "" when it names none.
std::string databaseName(const std::string &url)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(url.c_str(), &error);
    PQfreemem(error);
    std::string name;
    for (PQconninfoOption *o = options; o && o->keyword; ++o) {
        if (std::string_view(o->keyword) == "dbname" && o->val) {
            name = o->val;
        }
    }
    PQconninfoFree(options);
    return name;
}

// Runs `verb` ("CREATE DATABASE", "DROP DATABASE IF EXISTS") on the URL's database from
// the server's maintenance database: neither can run inside the database itself.
Result<void> onMaintenanceDatabase(const std::string &url, const std::string &verb)
{
    const std::string name = databaseName(url);
    if (name.empty()) {
        return makeError(ErrorCode::InvalidArgument,
                         redactedUrl(url) + " names no database: add /DBNAME to it");
    }
    const char *keywords[] = {"dbname", "dbname", nullptr};
    const char *values[] = {url.c_str(), "postgres", nullptr};
    auto maintenance = PgDatabase::connect(keywords, values);
    if (!maintenance) {
        return makeError(ErrorCode::NotFound, "database " + name + ": " + verb +
                                                  " failed: " + maintenance.error().message);
    }
    char *quoted = PQescapeIdentifier((*maintenance)->handle(), name.c_str(), name.size());
    const std::string statement = verb + " " + quoted;
    PQfreemem(quoted);
    return (*maintenance)->exec(statement);
}

Result<std::unique_ptr<PgDatabase>> connectOrCreate(const std::string &url, bool &created)
{
    created = false;
    auto db = PgDatabase::connect(url);
    if (db || db.error().message.find("does not exist") == std::string::npos) {
        return db;
    }
    TRIAGE_TRY(onMaintenanceDatabase(url, "CREATE DATABASE"));
    created = true;
    return PgDatabase::connect(url);
}

Result<int64_t> tableCount(Database &db)
{
    TRIAGE_PREPARE(q, db, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()");
    return sql::singleInteger(q);
}

}  // namespace

Result<std::unique_ptr<sql::Backend>> createStore(const std::string &url,
                                                  const sql::FillProject &fill)
{
    bool created = false;
    auto db = connectOrCreate(url, created);
    if (!db) {
        return db.error();
    }
    auto tables = tableCount(**db);
    if (!tables) {
        return tables.error();
    }
    if (*tables > 0) {
        return makeError(ErrorCode::AlreadyExists,
                         (*db)->path() + " already holds tables: a project needs an empty "
                                         "database of its own");
    }
    auto backend = std::make_unique<sql::Backend>(std::move(*db));
    auto made = sql::inTransaction(backend->database(), [&]() -> Result<void> {
        TRIAGE_TRY(createSchema(backend->database()));
        return fill(*backend);
    });
    if (!made) {
        if (created) {
            backend.reset();  // closed first: a database in use cannot be dropped
            (void)onMaintenanceDatabase(url, "DROP DATABASE IF EXISTS");
        }
        return made.error();
    }
    TRIAGE_TRY(backend->load());
    return backend;
}

Result<std::unique_ptr<sql::Backend>> openStore(const std::string &url)
{
    auto db = PgDatabase::connect(url);
    if (!db) {
        return db.error();
    }
    auto backend = std::make_unique<sql::Backend>(std::move(*db));
    Database &database = backend->database();
    TRIAGE_PREPARE(settings, database, "SELECT to_regclass('settings') IS NOT NULL");
    auto hasSettings = sql::singleInteger(settings);
    if (!hasSettings) {
        return hasSettings.error();
    }
    auto ours = *hasSettings ? backend->isTriageProject() : Result<bool>(false);
    if (!ours) {
        return ours.error();
    }
    if (!*ours) {
        return makeError(ErrorCode::CorruptData, database.path() + " is not a Triage project");
    }
    TRIAGE_TRY(checkSchemaVersion(database));
    TRIAGE_TRY(backend->load());
    return backend;
}

}  // namespace triage::postgres
