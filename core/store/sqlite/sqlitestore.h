#pragma once
// A project in one SQLite file: WAL, foreign keys, synchronous=FULL, schema migrations.
#include "projectstore.h"

namespace triage::sqlite {

// Creates the file atomically: it appears complete or not at all.
Result<std::unique_ptr<StoreBackend>> createStore(const std::string &path, const std::string &name,
                                                  const std::vector<std::string> &classNames);
// Writes nothing to a file that is not a Triage project (CorruptData then).
Result<std::unique_ptr<StoreBackend>> openStore(const std::string &path);

}  // namespace triage::sqlite
