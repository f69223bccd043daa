#pragma once
// A PostgreSQL project's schema: the same tables, constraints and kept counters as the
// SQLite file's at the same version, written once in PostgreSQL's dialect. The version is
// in the settings table; later versions append migrations as the SQLite schema does.
#include "database.h"

namespace triage::postgres {

constexpr int kSchemaVersion = 10;  // the SQLite schema's version with the same tables

// Creates every table in an empty database, inside the caller's transaction.
Result<void> createSchema(Database &db);
// UnsupportedVersion when the database is newer than this Triage knows.
Result<void> checkSchemaVersion(Database &db);

}  // namespace triage::postgres
