// `triage-cli migrate`, `score-shard` and `import-predictions`: a project beyond one
// machine (a PostgreSQL team store, batch scoring on a cluster scheduler).
#include "commandtable.h"

#include "jsonwriter.h"
#include "projectcopy.h"
#include "projectstore.h"

#include <iostream>

namespace triage::cli {
namespace {

Result<JobOutcome> runMigrate(const Arguments &parsed, ProjectStore *)
{
    const std::string &source = parsed.positionals()[0];
    const std::string &destination = parsed.positionals()[1];
    auto copied = copyProject(source, destination, [](const std::string &table, int64_t rows) {
        std::cerr << "  " << table << ": " << rows << " rows\n";
    });
    if (!copied) {
        return copied.error();
    }
    JsonWriter json;
    json.beginObject().field("source", shownLocation(source));
    json.field("destination", shownLocation(destination)).beginObject("rows");
    std::vector<std::string> details;
    int64_t rows = 0;
    for (const CopiedTable &table : *copied) {
        json.field(table.name, table.rows);
        rows += table.rows;
    }
    json.endObject().endObject();
    details.push_back(std::to_string(copied->size()) + " tables, " + std::to_string(rows) +
                      " rows, each table's count checked; " + shownLocation(source) +
                      " is unchanged");
    return JobOutcome{"migrated " + shownLocation(source) + " to " + shownLocation(destination),
                      details, json.text()};
}

}  // namespace

std::vector<Command> teamCommands()
{
    return {
        {"migrate",
         "copy a project between a file and a PostgreSQL database, either way",
         "usage: triage-cli migrate SOURCE DESTINATION\n"
         "  Copies every row of the project at SOURCE (a project file or a postgresql://\n"
         "  URL) into a new project at DESTINATION (a new file, or an empty or missing\n"
         "  database): labels, the decision log, rounds, models' outputs, labeling\n"
         "  functions, versions and tokens, with their ids. SOURCE is read in one snapshot\n"
         "  and not changed; DESTINATION appears complete, each table's row count checked,\n"
         "  or not at all.\n",
         {},
         {},
         false,
         2,
         2,
         runMigrate},
    };
}

}  // namespace triage::cli
