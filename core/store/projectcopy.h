#pragma once
// Moves a project between backends (a SQLite file and a PostgreSQL database, either way,
// or file to file): every row of every table, ids and all, so the copy is the same
// project, its decision log, rounds, versions and tokens included.
#include "result.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace triage {

struct CopiedTable {
    std::string name;
    int64_t rows = 0;
};

using CopyProgress = std::function<void(const std::string &table, int64_t rows)>;

// Reads `source` in one snapshot (others may go on writing) and creates `destination`
// (a new file, or an empty database) with its rows, atomically: the destination appears
// complete or not at all. The copy is checked table by table, row counts and the kept
// counters, before it is committed. The source is not changed.
Result<std::vector<CopiedTable>> copyProject(const std::string &source,
                                             const std::string &destination,
                                             const CopyProgress &progress = {});

}  // namespace triage
