#pragma once
// The step/check idiom of the repositories, written once: read all rows, the first row, or
// one number, turning a failed step into the statement's error.
#include "database.h"

#include <optional>
#include <vector>

namespace triage::sql {

// Every row of `q`, each made by `read(q)`.
template <typename Read>
auto allRows(Statement &q, Read &&read) -> Result<std::vector<decltype(read(q))>>
{
    std::vector<decltype(read(q))> rows;
    while (q.step()) {
        rows.push_back(read(q));
    }
    if (q.failed()) {
        return q.error();
    }
    return rows;
}

// The first row of `q` made by `read(q)`, or nothing when there is none.
template <typename Read>
auto firstRow(Statement &q, Read &&read) -> Result<std::optional<decltype(read(q))>>
{
    using Row = decltype(read(q));
    if (q.step()) {
        std::optional<Row> row(read(q));
        q.reset();
        return row;
    }
    if (q.failed()) {
        return q.error();
    }
    q.reset();  // done: ready to be bound again
    return std::optional<Row>();
}

// The integer in the first column of the first row (COUNT(*) and the like).
inline Result<int64_t> singleInteger(Statement &q)
{
    if (!q.step()) {
        return q.failed() ? q.error() : makeError(ErrorCode::Database, "a query returned no row");
    }
    const int64_t value = q.columnInt(0);
    q.reset();
    return value;
}

// Runs an INSERT ... RETURNING id and gives the new row's id.
inline Result<int64_t> insertedId(Statement &q)
{
    auto id = singleInteger(q);
    if (id) {
        q.reset();
    }
    return id;
}

// Locks an item's row until the transaction ends, so that ItemWrite transactions changing
// the same item take turns. SQLite's single writer needs no row lock.
inline Result<void> lockItemRow(Database &db, int64_t itemId)
{
    if (db.dialect() != SqlDialect::Postgres) {
        return {};
    }
    TRIAGE_PREPARE(q, db, "SELECT id FROM items WHERE id = ? FOR UPDATE");
    return q.bind(1, itemId).run();
}

// The statement text for this connection's dialect, where SQLite and PostgreSQL differ.
inline const char *inDialect(const Database &db, const char *sqlite, const char *postgres)
{
    return db.dialect() == SqlDialect::Postgres ? postgres : sqlite;
}

// Runs `body` in a Transaction (a savepoint inside another) and commits if it succeeded.
template <typename Body>
auto inTransaction(Database &db, Body &&body, Transaction::Kind kind = Transaction::Kind::Write)
    -> decltype(body())
{
    Transaction tx(db, kind);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto result = body();
    if (!result) {
        return result;
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return result;
}

}  // namespace triage::sql
