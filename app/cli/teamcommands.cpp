// `triage-cli migrate`, `score-shard` and `import-predictions`: a project beyond one
// machine (a PostgreSQL team store, batch scoring on a cluster scheduler).
#include "commandtable.h"

#include "jsonwriter.h"
#include "predictionshards.h"
#include "projectcopy.h"
#include "projectmodels.h"
#include "projectstore.h"

#include <cstdlib>
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

// The shard to score: --shard and --shards, else the scheduler's variables.
Result<PoolShard> shardFrom(const Arguments &parsed)
{
    const auto fromEnvironment = shardFromEnvironment(std::getenv);
    std::optional<int64_t> index = fromEnvironment.index;
    std::optional<int64_t> count = fromEnvironment.count;
    if (parsed.has("shard")) {
        auto given = parsed.integer("shard", 0);
        if (!given) {
            return given.error();
        }
        index = *given;
    }
    if (parsed.has("shards")) {
        auto given = parsed.integer("shards", 1);
        if (!given) {
            return given.error();
        }
        count = *given;
    }
    if (!count) {
        return usageError("how many shards? (--shards N; Slurm arrays set SLURM_ARRAY_TASK_COUNT)");
    }
    if (!index) {
        return usageError("which shard? (--shard I, or SLURM_ARRAY_TASK_ID or "
                          "JOB_COMPLETION_INDEX from the scheduler)");
    }
    if (*count < 1 || *count > 100000 || *index < 0 || *index >= *count) {
        return usageError("--shard must be 0 to N-1 and --shards N 1 to 100000, not shard " +
                          std::to_string(*index) + " of " + std::to_string(*count) +
                          (fromEnvironment.source.empty() || parsed.has("shard")
                               ? std::string()
                               : " (from " + fromEnvironment.source + ")"));
    }
    return PoolShard{*index, *count};
}

Result<JobOutcome> runScoreShard(const Arguments &parsed, ProjectStore *store)
{
    const auto model = parsed.value("model");
    if (!model) {
        return usageError("which model? (--model NAME; triage-cli model list)");
    }
    auto shard = shardFrom(parsed);
    if (!shard) {
        return shard.error();
    }
    auto flags = scoringFlagsFrom(parsed);
    if (!flags) {
        return flags.error();
    }
    std::cerr << "scoring shard " << shard->index << " of " << shard->count << " with '" << *model
              << "'\n";
    ScoreModelJob job(*model, flags->batch, flags->options);
    job.setShard(*shard);
    if (const auto out = parsed.value("out")) {
        job.setShardFile(*out);
    }
    return runJob(*store, job);
}

Result<JobOutcome> runImportPredictions(const Arguments &parsed, ProjectStore *store)
{
    JsonWriter json;
    json.beginObject().beginArray("shards");
    std::vector<std::string> details;
    int64_t outputs = 0;
    for (size_t i = 1; i < parsed.positionals().size(); ++i) {
        const std::string &file = parsed.positionals()[i];
        auto merged = importPredictions(*store, file);
        if (!merged) {
            return makeError(merged.error().code, file + ": " + merged.error().message);
        }
        outputs += merged->outputs;
        details.push_back(file + ": shard " + std::to_string(merged->shard.index) + " of " +
                          std::to_string(merged->shard.count) + " of '" + merged->modelName +
                          "', " + std::to_string(merged->outputs) + " outputs, " +
                          std::to_string(merged->failed) + " failed, " +
                          std::to_string(merged->skipped) + " no longer in the project");
        json.beginObject().field("file", file).field("model", merged->modelName);
        json.field("shard", merged->shard.index).field("shards", merged->shard.count);
        json.field("outputs", merged->outputs).field("failed", merged->failed);
        json.field("skipped", merged->skipped).endObject();
    }
    json.endArray().endObject();
    return JobOutcome{"merged " + std::to_string(outputs) + " outputs from " +
                          std::to_string(parsed.positionals().size() - 1) + " shard files",
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
         {}, {}, false, 2, 2, runMigrate},
        {"score-shard", "score one shard of the pool with a model (cluster array jobs)",
         "usage: triage-cli score-shard PROJECT --model MODEL [--shard I] [--shards N]\n"
         "                              [--out FILE] [--batch N] [--device auto|cpu|cuda]\n"
         "                              [--half] [--channels-last]\n"
         "  Scores the items of shard I of N (those whose id leaves I when divided by N)\n"
         "  that MODEL has no output for yet, as `model score` does for the whole pool. A\n"
         "  shard run twice changes nothing; one killed half-way resumes where it stopped.\n"
         "  Without --shard, the index comes from SLURM_ARRAY_TASK_ID (less\n"
         "  SLURM_ARRAY_TASK_MIN) or JOB_COMPLETION_INDEX (Kubernetes Indexed Jobs); without\n"
         "  --shards, from SLURM_ARRAY_TASK_COUNT. Outputs go into the project (a PostgreSQL\n"
         "  project takes every shard at once), or with --out into FILE, a shard file of\n"
         "  its own that import-predictions merges (a SQLite project the nodes share).\n",
         {"model", "shard", "shards", "out", "batch", "device"},
         {"half", "channels-last"}, true, 1, 1, runScoreShard},
        {"import-predictions", "merge score-shard --out files into the project",
         "usage: triage-cli import-predictions PROJECT FILE...\n"
         "  Merges each shard file's outputs (and the items it could not decode) into the\n"
         "  project. A file of another project, or of another file of the model, is\n"
         "  refused. Merging a file again changes nothing.\n",
         {}, {}, true, 2, kAny, runImportPredictions},
    };
}

}  // namespace triage::cli
