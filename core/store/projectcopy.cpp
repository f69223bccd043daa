#include "projectcopy.h"

#include "pgstore.h"
#include "projectstore.h"
#include "sqlitestore.h"
#include "sqlquery.h"

#include <array>

namespace triage {
namespace {

using sql::allRows;
using sql::singleInteger;

struct TableOrder {
    const char *name;
    const char *orderBy;  // the key: rows go in key order (a decision before its undo)
};

// Parents before children, so that every foreign key finds its row. item_state_counts is
// not copied: the destination's triggers count the items as they arrive.
constexpr std::array<TableOrder, 22> kTables = {{
    {"settings", "key"},
    {"classes", "id"},
    {"items", "id"},
    {"model_versions", "id"},
    {"predictions", "item_id, model_version_id"},
    {"decisions", "id"},
    {"labels", "item_id"},
    {"jobs", "id"},
    {"project_models", "id"},
    {"model_outputs", "model_id, item_id"},
    {"labeling_functions", "id"},
    {"lf_versions", "id"},
    {"lf_votes", "version_id, item_id"},
    {"item_signatures", "item_id"},
    {"class_thresholds", "model_version_id, class_id"},
    {"audits", "item_id"},
    {"round_stats", "model_version_id"},
    {"round_class_stats", "model_version_id, class_id"},
    {"dataset_versions", "id"},
    {"version_items", "version_id, item_id"},
    {"api_tokens", "id"},
    {"review_leases", "item_id"},
}};

// Tables whose id the database hands out: a PostgreSQL destination's counters go on
// after the copied ids.
constexpr std::array<const char *, 10> kIdentityTables = {"classes",
                                                          "items",
                                                          "model_versions",
                                                          "decisions",
                                                          "jobs",
                                                          "project_models",
                                                          "labeling_functions",
                                                          "lf_versions",
                                                          "dataset_versions",
                                                          "api_tokens"};

// Settings that belong to the backend, not the project (rowCount leaves them out too).
bool backendSetting(const std::string &key)
{
    return key == "schema_version";
}

Result<int64_t> copyTable(Database &from, Database &to, const TableOrder &table)
{
    TRIAGE_PREPARE(read, from,
                   std::string("SELECT * FROM ") + table.name + " ORDER BY " + table.orderBy);
    std::optional<Statement> write;
    int64_t rows = 0;
    while (read.step()) {
        const int columns = read.columnCount();
        if (table.name == std::string("settings") && backendSetting(read.columnText(0))) {
            continue;
        }
        if (!write) {
            std::string names, values;
            for (int c = 0; c < columns; ++c) {
                names += (c ? ", " : "") + read.columnName(c);
                values += c ? ", ?" : "?";
            }
            auto prepared = to.prepare(std::string("INSERT INTO ") + table.name + "(" + names +
                                       ") VALUES(" + values + ")");
            if (!prepared) {
                return prepared.error();
            }
            write.emplace(std::move(*prepared));
        }
        for (int c = 0; c < columns; ++c) {
            switch (read.columnKind(c)) {
            case ColumnKind::Null: write->bindNull(c + 1); break;
            case ColumnKind::Integer: write->bind(c + 1, read.columnInt(c)); break;
            case ColumnKind::Real: write->bind(c + 1, read.columnDouble(c)); break;
            case ColumnKind::Text: write->bind(c + 1, read.columnText(c)); break;
            case ColumnKind::Blob: write->bindBlob(c + 1, read.columnBlob(c)); break;
            }
        }
        TRIAGE_TRY(write->run());
        ++rows;
    }
    if (read.failed()) {
        return read.error();
    }
    return rows;
}

// The table's rows that belong to the project (settings: not the backend's own).
Result<int64_t> rowCount(Database &db, const std::string &table)
{
    TRIAGE_PREPARE(q, db,
                   "SELECT COUNT(*) FROM " + table +
                       (table == "settings" ? " WHERE key != 'schema_version'" : ""));
    return singleInteger(q);
}

Result<std::vector<std::pair<int64_t, int64_t>>> stateCounts(Database &db)
{
    TRIAGE_PREPARE(q, db, "SELECT state, n FROM item_state_counts ORDER BY state");
    return allRows(q, [](const Statement &r) { return std::pair(r.columnInt(0), r.columnInt(1)); });
}

Result<void> continueIdsAfterCopy(Database &db)
{
    for (const char *table : kIdentityTables) {
        const std::string name(table);
        TRIAGE_TRY(db.exec("SELECT setval(pg_get_serial_sequence('" + name +
                           "', 'id'), GREATEST(COALESCE(MAX(id), 0), 1), COUNT(*) > 0) FROM " +
                           name));
    }
    return {};
}

Result<std::vector<CopiedTable>> copyAll(Database &from, Database &to, const CopyProgress &progress)
{
    // The new schema's own first rows (the learner's labeling function) come from the
    // source instead.
    TRIAGE_TRY(to.exec("DELETE FROM lf_versions; DELETE FROM labeling_functions"));
    std::vector<CopiedTable> copied;
    for (const TableOrder &table : kTables) {
        auto rows = copyTable(from, to, table);
        if (!rows) {
            return makeError(rows.error().code, std::string("copying table ") + table.name + ": " +
                                                    rows.error().message);
        }
        // The check: every row arrived.
        auto there = rowCount(to, table.name);
        auto here = rowCount(from, table.name);
        if (!there || !here) {
            return !there ? there.error() : here.error();
        }
        if (*there != *rows || *here != *rows) {
            return makeError(ErrorCode::Database, std::string("table ") + table.name + " has " +
                                                      std::to_string(*here) + " rows, the copy " +
                                                      std::to_string(*there));
        }
        copied.push_back({table.name, *rows});
        if (progress) {
            progress(table.name, *rows);
        }
    }
    auto before = stateCounts(from);
    auto after = stateCounts(to);
    if (!before || !after) {
        return !before ? before.error() : after.error();
    }
    if (*before != *after) {
        return makeError(ErrorCode::Database,
                         "the copy counts its items by state differently from the source");
    }
    if (to.dialect() == SqlDialect::Postgres) {
        TRIAGE_TRY(continueIdsAfterCopy(to));
    }
    return copied;
}

}  // namespace

Result<std::vector<CopiedTable>>
copyProject(const std::string &source, const std::string &destination, const CopyProgress &progress)
{
    if (source == destination) {
        return makeError(ErrorCode::InvalidArgument, "source and destination are the same");
    }
    auto from = isDatabaseUrl(source) ? postgres::openStore(source) : sqlite::openStore(source);
    if (!from) {
        return from.error();
    }
    Database &reading = (*from)->database();
    Transaction snapshot(reading, Transaction::Kind::Read);
    TRIAGE_TRY(snapshot.begun());
    std::vector<CopiedTable> copied;
    const sql::FillProject fill = [&](sql::Backend &to) -> Result<void> {
        auto all = copyAll(reading, to.database(), progress);
        if (!all) {
            return all.error();
        }
        copied = std::move(*all);
        return {};
    };
    auto made = isDatabaseUrl(destination) ? postgres::createStore(destination, fill)
                                           : sqlite::createStore(destination, fill);
    if (!made) {
        return made.error();
    }
    return copied;
}

}  // namespace triage
