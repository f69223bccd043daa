#pragma once
// The project file's schema: numbered migrations, each taking version N - 1 to N inside
// one transaction, with the version in PRAGMA user_version. Never edit a migration that
// has shipped; append one.
#include "sqlitedatabase.h"

namespace triage::sqlite {

constexpr int kSchemaVersion = 10;

Result<int> schemaVersion(Database &db);
// Brings the schema to `target` (tests stop at an older version to test the next step).
// UnsupportedVersion when the file is newer than this Triage knows.
Result<void> migrate(Database &db, int target = kSchemaVersion);

}  // namespace triage::sqlite
