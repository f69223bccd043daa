// `triage-cli version ...`: dataset versions from the command line, the same use cases the
// GUI calls (core/usecases/versions.h).
#include "commandtable.h"

#include "numbertext.h"
#include "versionreports.h"

#include <cstdlib>

namespace triage::cli {
namespace {

// "0.8,0.1,0.1" -> the plan's fractions.
Result<SplitPlan> splitPlanFrom(const std::string &text, int64_t seed)
{
    const auto parts = splitList(text, ',');
    std::vector<double> fractions;
    for (const auto &part : parts) {
        const auto f = parseNumber(part);
        if (!f) {
            return usageError("--splits takes three fractions, train,val,test (e.g. 0.8,0.1,0.1), "
                              "not '" + text + "'");
        }
        fractions.push_back(*f);
    }
    if (fractions.size() != 3) {
        return usageError("--splits takes three fractions, train,val,test (e.g. 0.8,0.1,0.1), "
                          "not '" + text + "'");
    }
    return SplitPlan{fractions[0], fractions[1], fractions[2], seed};
}

Result<JobOutcome> runVersionCreate(const Arguments &parsed, ProjectStore *store)
{
    VersionRequest request;
    request.name = *parsed.value("name");
    request.note = parsed.value("note").value_or("");
    const char *user = std::getenv("USER");
    request.createdBy = user ? user : "cli";
    const std::string include = parsed.value("include").value_or("accepted");
    if (include != "accepted" && include != "human") {
        return usageError("--include is human or accepted, not '" + include + "'");
    }
    request.includeAutomatic = include == "accepted";
    auto minConfidence = parsed.number("min-confidence", 0);
    if (!minConfidence) {
        return minConfidence.error();
    }
    request.minConfidence = *minConfidence;
    if (const auto splits = parsed.value("splits")) {
        auto seed = parsed.integer("seed", 0);
        if (!seed) {
            return seed.error();
        }
        auto plan = splitPlanFrom(*splits, *seed);
        if (!plan) {
            return plan.error();
        }
        request.splits = *plan;
    } else if (parsed.has("seed")) {
        return usageError("--seed orders the splits: give --splits too");
    }
    auto created = createVersion(*store, request);
    if (!created) {
        return created.error();
    }
    return describe(*created, store->classes());
}

Result<void> checkVersionCreate(const Arguments &parsed)
{
    return parsed.value("name") ? Result<void>() : usageError("version create needs --name NAME");
}

Result<JobOutcome> runVersionList(const Arguments &, ProjectStore *store)
{
    auto versions = listVersions(*store);
    if (!versions) {
        return versions.error();
    }
    return describe(*versions, store->classes());
}

Result<JobOutcome> runVersionDiff(const Arguments &parsed, ProjectStore *store)
{
    auto limit = parsed.integer("limit", 50);
    if (!limit) {
        return limit.error();
    }
    if (*limit < 0) {
        return usageError("--limit takes 0 (all) or a positive count");
    }
    auto diff = diffVersions(*store, parsed.positionals()[1], parsed.positionals()[2]);
    if (!diff) {
        return diff.error();
    }
    return describe(*diff, store->classes(), *limit);
}

Result<JobOutcome> runVersionDelete(const Arguments &parsed, ProjectStore *store)
{
    const std::string &name = parsed.positionals()[1];
    TRIAGE_TRY(deleteVersion(*store, name));
    return describeVersionDeletion(name);
}

}  // namespace

std::vector<Command> versionCommands()
{
    return {
        {"version create", "an immutable snapshot of the labels, with optional splits",
         "usage: triage-cli version create PROJECT --name NAME [--note TEXT]\n"
         "                                 [--include human|accepted] [--min-confidence P]\n"
         "                                 [--splits TRAIN,VAL,TEST [--seed S]]\n"
         "  Snapshots the current labels (item, label, source, confidence, and the round or\n"
         "  decision that gave it) as a dataset version nothing can change, with a SHA-256\n"
         "  digest of its rows. --include human: people's and imported labels only;\n"
         "  accepted (default): auto-accepted ones too, at --min-confidence or above.\n"
         "  --splits 0.8,0.1,0.1 gives each item a train, val or test split, each class\n"
         "  split in those fractions; an item keeps the split the newest version with the\n"
         "  same fractions and seed gave it while its label is unchanged, so a test set\n"
         "  never leaks into a later training set.\n",
         {"name", "note", "include", "min-confidence", "splits", "seed"}, {}, true, 1, 1,
         runVersionCreate, checkVersionCreate},
        {"version list", "the dataset versions with their counts per class and source",
         "usage: triage-cli version list PROJECT [--json]\n"
         "  Each version: its name, note, settings, digest, and per class its labels by\n"
         "  source (human, import, auto) and split.\n",
         {}, {}, true, 1, 1, runVersionList},
        {"version diff", "what changed between two dataset versions",
         "usage: triage-cli version diff PROJECT FROM TO [--limit N] [--json]\n"
         "  Items added and removed, items relabelled (from -> to, and by whom: an\n"
         "  annotator, an import or a model version) and the count of each class before\n"
         "  and after. Lists the first N relabelled items (default 50; 0 lists all); the\n"
         "  JSON has every change.\n",
         {"limit"}, {}, true, 3, 3, runVersionDiff},
        {"version delete", "delete a dataset version the project no longer needs",
         "usage: triage-cli version delete PROJECT NAME\n"
         "  Deletes the version's snapshot; labels and decisions are not touched.\n",
         {}, {}, true, 2, 2, runVersionDelete},
    };
}

}  // namespace triage::cli
