#pragma once
// A project in one SQLite file: WAL, foreign keys, synchronous=FULL, schema migrations.
#include "sqlbackend.h"

namespace triage::sqlite {

// Creates the file with the current schema and runs `fill` on it (a new project's
// settings and classes, or a copied project's rows), atomically: the file appears
// complete or not at all.
Result<std::unique_ptr<sql::Backend>> createStore(const std::string &path,
                                                  const sql::FillProject &fill);
// Writes nothing to a file that is not a Triage project (CorruptData then).
Result<std::unique_ptr<sql::Backend>> openStore(const std::string &path);

}  // namespace triage::sqlite
