// `triage-cli lf ...`: labeling functions from the command line, the same use cases the
// GUI's panel calls (core/usecases/labelingfunctions.h).
#include "commandtable.h"

#include "labelingfunctions.h"
#include "lfreports.h"
#include "numbertext.h"

namespace triage::cli {
namespace {

const std::set<std::string> kDefinitionOptions = {
    "definition", "kind",      "class",        "pattern", "syntax",         "match",
    "case",       "folders",   "when",         "cascade", "mode",           "min-hits",
    "template",   "min-score", "max-distance", "model",   "min-confidence", "k"};

template <typename Enum>
Result<void> choice(const Arguments &p, const std::string &option,
                    std::initializer_list<std::pair<const char *, Enum>> choices, Enum &out)
{
    const auto text = p.value(option);
    if (!text) {
        return {};
    }
    std::string names;
    for (const auto &[name, value] : choices) {
        if (*text == name) {
            out = value;
            return {};
        }
        names += (names.empty() ? "" : ", ") + std::string(name);
    }
    return usageError("--" + option + " is one of " + names + ", not '" + *text + "'");
}

// "brightness=0.6..1;aspect=..0.8;format=png|jpeg;channels=3"
Result<std::vector<LfCondition>> conditionsFrom(const std::string &text)
{
    std::vector<LfCondition> conditions;
    for (const auto &part : splitList(text, ';')) {
        const size_t equals = part.find('=');
        const auto attribute = lfAttributeFromText(part.substr(0, std::min(equals, part.size())));
        if (equals == std::string::npos || !attribute) {
            return usageError("--when takes ATTRIBUTE=MIN..MAX conditions separated by ';' "
                              "(width, height, aspect, file_size, channels, format, brightness, "
                              "contrast, saturation, hue, sharpness, near_white, near_black), "
                              "not '" +
                              part + "'");
        }
        LfCondition c;
        c.attribute = *attribute;
        const std::string value = part.substr(equals + 1);
        if (c.attribute == LfAttribute::Format) {
            c.formats = splitList(value, '|');
            conditions.push_back(c);
            continue;
        }
        const size_t dots = value.find("..");
        auto bound = [&](const std::string &t) -> Result<std::optional<double>> {
            if (t.empty()) {
                return std::optional<double>();
            }
            if (auto n = parseNumber(t)) {
                return std::optional(*n);
            }
            return usageError("'" + t + "' in --when " + part + " is not a number");
        };
        auto min = bound(dots == std::string::npos ? value : value.substr(0, dots));
        auto max = bound(dots == std::string::npos ? value : value.substr(dots + 2));
        if (!min || !max) {
            return min ? max.error() : min.error();
        }
        c.min = *min;
        c.max = *max;
        conditions.push_back(c);
    }
    return conditions;
}

// The definition the options describe, starting from `base` (an edit's current version).
Result<LfDefinition> definitionFrom(const Arguments &p, LfDefinition d)
{
    if (auto json = p.value("definition")) {
        return definitionFromJson(*json);
    }
    if (auto kind = p.value("kind")) {
        const auto parsed = lfKindFromText(*kind);
        if (!parsed) {
            return usageError("--kind is pattern, folder, rule, cascade, template, "
                              "near-duplicate, model or neighbours, not '" +
                              *kind + "'");
        }
        if (*parsed != d.kind) {
            d = LfDefinition{};
            d.kind = *parsed;
        }
    }
    d.className = p.value("class").value_or(d.className);
    d.pattern = p.value("pattern").value_or(d.pattern);
    TRIAGE_TRY(choice(p, "syntax", {{"glob", PatternSyntax::Glob}, {"regex", PatternSyntax::Regex}},
                      d.syntax));
    TRIAGE_TRY(choice(
        p, "match", {{"name", PatternTarget::FileName}, {"path", PatternTarget::Path}}, d.target));
    TRIAGE_TRY(choice(p, "case", {{"insensitive", true}, {"sensitive", false}}, d.ignoreCase));
    if (auto folders = p.value("folders")) {
        d.folderClasses.clear();
        for (const auto &pair : splitList(*folders, ',')) {
            const size_t equals = pair.find('=');
            if (equals == std::string::npos || equals == 0 || equals + 1 == pair.size()) {
                return usageError("--folders takes FOLDER=CLASS pairs separated by commas, not '" +
                                  pair + "'");
            }
            d.folderClasses.emplace_back(pair.substr(0, equals), pair.substr(equals + 1));
        }
    }
    if (auto when = p.value("when")) {
        auto conditions = conditionsFrom(*when);
        if (!conditions) {
            return conditions.error();
        }
        d.conditions = std::move(*conditions);
    }
    d.cascadePath = p.value("cascade").value_or(d.cascadePath);
    TRIAGE_TRY(choice(p, "mode", {{"fires", CascadeMode::Fires}, {"never", CascadeMode::Never}},
                      d.cascadeMode));
    d.templatePath = p.value("template").value_or(d.templatePath);
    d.modelName = p.value("model").value_or(d.modelName);
    auto minHits = p.integer("min-hits", d.minHits);
    auto minScore = p.number("min-score", d.minScore);
    auto maxDistance = p.integer("max-distance", d.maxDistance);
    auto minConfidence = p.number("min-confidence", d.minConfidence);
    auto k = p.integer("k", d.neighbours);
    for (const Error *e :
         {minHits ? nullptr : &minHits.error(), minScore ? nullptr : &minScore.error(),
          maxDistance ? nullptr : &maxDistance.error(),
          minConfidence ? nullptr : &minConfidence.error(), k ? nullptr : &k.error()}) {
        if (e) {
            return *e;
        }
    }
    d.minHits = int(*minHits);
    d.minScore = *minScore;
    d.maxDistance = int(*maxDistance);
    d.minConfidence = *minConfidence;
    d.neighbours = int(*k);
    return d;  // add, edit and preview check it (checkWellFormed), naming the function
}

const std::string &lfName(const Arguments &p)
{
    return p.positionals()[1];
}

Result<JobOutcome> runLfAdd(const Arguments &p, ProjectStore *store)
{
    if (!p.has("kind") && !p.has("definition")) {
        return usageError("say what the function is: --kind KIND and its options, or "
                          "--definition JSON");
    }
    auto definition = definitionFrom(p, LfDefinition{});
    if (!definition) {
        return definition.error();
    }
    auto added = addLabelingFunction(*store, lfName(p), *definition, !p.has("disabled"));
    if (!added) {
        return added.error();
    }
    return describeLfChange("added " + added->name + ": " + describe(*definition));
}

Result<JobOutcome> runLfEdit(const Arguments &p, ProjectStore *store)
{
    auto current = storedDefinition(*store, lfName(p));
    if (!current) {
        return current.error();
    }
    auto definition = definitionFrom(p, *current);
    if (!definition) {
        return definition.error();
    }
    auto edited = editLabelingFunction(*store, lfName(p), *definition);
    if (!edited) {
        return edited.error();
    }
    return describeLfChange(edited->name + " is at version " + std::to_string(edited->version) +
                            ": " + describe(*definition));
}

Result<JobOutcome> runLfPreview(const Arguments &p, ProjectStore *store)
{
    LfDefinition base;
    if (!p.has("kind") && !p.has("definition")) {
        auto current = storedDefinition(*store, lfName(p));
        if (!current) {
            return current.error();
        }
        base = *current;
    }
    auto definition = definitionFrom(p, base);
    auto sample = p.integer("sample", 24);
    if (!definition || !sample) {
        return definition ? sample.error() : definition.error();
    }
    if (*sample < 1 || *sample > 10000) {
        return usageError("--sample must be 1 to 10000");
    }
    CancelToken cancel;
    auto preview = previewLabelingFunction(*store, lfName(p), *definition, int(*sample), cancel);
    if (!preview) {
        return preview.error();
    }
    return describe(*preview, store->classes());
}

Result<JobOutcome> runLfList(const Arguments &, ProjectStore *store)
{
    auto functions = store->labelingFunctions().list();
    if (!functions) {
        return functions.error();
    }
    return describe(*functions);
}

Result<JobOutcome> runLfRemove(const Arguments &p, ProjectStore *store)
{
    TRIAGE_TRY(removeLabelingFunction(*store, lfName(p)));
    return describeLfChange("removed " + lfName(p) + " with its versions and votes");
}

Result<JobOutcome> runLfEnable(const Arguments &p, ProjectStore *store, bool enabled)
{
    TRIAGE_TRY(enableLabelingFunction(*store, lfName(p), enabled));
    return describeLfChange((enabled ? "enabled " : "disabled ") + lfName(p));
}

Result<JobOutcome> runLfApply(const Arguments &p, ProjectStore *store)
{
    if (auto kind = p.value("label-model")) {
        const auto parsed = labelModelKindFromText(*kind);
        if (!parsed) {
            return usageError("--label-model is majority, weighted or dawid-skene, not '" + *kind +
                              "'");
        }
        TRIAGE_TRY(store->settings().setLabelModel(*parsed));
    }
    ApplyLabelingFunctionsJob job;
    return runJob(*store, job);
}

Result<JobOutcome> runLfAnalyze(const Arguments &, ProjectStore *store)
{
    auto report = analyzeLabelingFunctions(*store);
    if (!report) {
        return report.error();
    }
    return describe(*report);
}

Result<JobOutcome> runLfExport(const Arguments &p, ProjectStore *store)
{
    const std::string out = *p.value("out");
    auto written = exportLabelingFunctions(*store, out);
    if (!written) {
        return written.error();
    }
    return describeLfChange("wrote " + std::to_string(*written) + " labeling functions to " + out);
}

Result<JobOutcome> runLfImport(const Arguments &p, ProjectStore *store)
{
    auto summary = importLabelingFunctionsFile(*store, p.positionals()[1]);
    if (!summary) {
        return summary.error();
    }
    return describe(*summary);
}

Result<JobOutcome> runLfVotes(const Arguments &p, ProjectStore *store)
{
    const std::string out = *p.value("out");
    auto rows = writeVoteMatrix(*store, out);
    if (!rows) {
        return rows.error();
    }
    return describeLfChange("wrote the votes on " + std::to_string(*rows) + " items to " + out);
}

Result<void> needsOut(const Arguments &p)
{
    return p.has("out") ? Result<void>() : usageError("--out FILE is needed");
}

}  // namespace

std::vector<Command> lfCommands()
{
    static const char *kKinds =
        "  Kinds and their options:\n"
        "    pattern         --class C --pattern P [--syntax glob|regex] [--match name|path]\n"
        "                    [--case insensitive|sensitive]\n"
        "    folder          --folders shirts=Shirt,bags=Bag (the nearest folder named decides)\n"
        "    rule            --class C --when 'brightness=0.6..1;aspect=..0.8;format=png|jpeg'\n"
        "                    (all conditions must hold; MIN..MAX, either end open; hue in\n"
        "                    degrees wraps when MIN > MAX)\n"
        "    cascade         --class C --cascade FILE.xml (or a name in opencv-data)\n"
        "                    [--mode fires|never] [--min-hits N]\n"
        "    template        --class C --template IMAGE [--min-score 0.8]\n"
        "    near-duplicate  [--max-distance 6] (perceptual-hash bits to a human label)\n"
        "    model           --model CLASSIFIER [--min-confidence 0.5]\n"
        "    neighbours      --model EMBEDDER|pixels [--k 5] (the k nearest human labels agree)\n"
        "  --definition JSON gives the whole definition as one object of an lf export file.\n";
    static const std::string addHelp =
        std::string("usage: triage-cli lf add PROJECT NAME --kind KIND [OPTIONS] [--disabled]\n"
                    "  Adds a labeling function, checked first: its classes, pattern, cascade,\n"
                    "  template or model. It votes when 'lf apply' runs.\n") +
        kKinds;
    static const std::string editHelp =
        std::string("usage: triage-cli lf edit PROJECT NAME [OPTIONS]\n"
                    "  Makes a new version of the function with the options given changed; the\n"
                    "  old version and its votes stay on record. 'lf apply' votes with it.\n") +
        kKinds;
    static const std::string previewHelp =
        std::string("usage: triage-cli lf preview PROJECT NAME [--kind KIND OPTIONS] [--sample N]\n"
                    "  What the function (stored, or as the options describe it, stored or not)\n"
                    "  votes on N sample items (default 24; half of them labelled by people, for\n"
                    "  its accuracy). Writes nothing.\n") +
        kKinds;
    std::set<std::string> definitionOptions = kDefinitionOptions;
    std::set<std::string> previewOptions = kDefinitionOptions;
    previewOptions.insert("sample");
    return {
        {"lf add",
         "add a labeling function (a heuristic that votes a class)",
         addHelp.c_str(),
         definitionOptions,
         {"disabled"},
         true,
         2,
         2,
         runLfAdd},
        {"lf edit",
         "change a labeling function (a new version)",
         editHelp.c_str(),
         definitionOptions,
         {},
         true,
         2,
         2,
         runLfEdit},
        {"lf preview",
         "what a labeling function votes on a sample, before storing it",
         previewHelp.c_str(),
         previewOptions,
         {},
         true,
         2,
         2,
         runLfPreview},
        {"lf list",
         "the project's labeling functions",
         "usage: triage-cli lf list PROJECT\n"
         "  Each function: kind, version, enabled, its rule and how many items it votes on.\n",
         {},
         {},
         true,
         1,
         1,
         runLfList},
        {"lf remove",
         "remove a labeling function with its votes",
         "usage: triage-cli lf remove PROJECT NAME\n"
         "  Removes the function, its versions and votes. The learner's can only be disabled.\n",
         {},
         {},
         true,
         2,
         2,
         runLfRemove},
        {"lf enable",
         "let a labeling function vote again",
         "usage: triage-cli lf enable PROJECT NAME\n",
         {},
         {},
         true,
         2,
         2,
         [](const Arguments &p, ProjectStore *s) {
             return runLfEnable(p, s, true);
         }},
        {"lf disable",
         "keep a labeling function out of the label model",
         "usage: triage-cli lf disable PROJECT NAME\n",
         {},
         {},
         true,
         2,
         2,
         [](const Arguments &p, ProjectStore *s) {
             return runLfEnable(p, s, false);
         }},
        {"lf apply",
         "run the labeling functions, the label model and routing (resumable)",
         "usage: triage-cli lf apply PROJECT [--label-model majority|weighted|dawid-skene]\n"
         "  Runs every enabled function over the items it has not seen (Ctrl+C keeps what is\n"
         "  done; run again for the rest), recomputes the near-duplicate, neighbour and model\n"
         "  functions, then combines all votes with the label model (saved; default\n"
         "  dawid-skene), calibrates it on the human labels and routes every item that no\n"
         "  person labelled: auto-accepted above the project's threshold, queued otherwise,\n"
         "  items trusted functions disagree on first.\n",
         {"label-model"},
         {},
         true,
         1,
         1,
         runLfApply},
        {"lf analyze",
         "coverage, overlap, conflict and accuracy of each labeling function",
         "usage: triage-cli lf analyze PROJECT [--json]\n"
         "  Per enabled function: coverage, overlap, conflict (fractions of all items),\n"
         "  accuracy against human labels with how many it rests on and a 95% interval,\n"
         "  and the accuracy the label model learned for it.\n",
         {},
         {},
         true,
         1,
         1,
         runLfAnalyze},
        {"lf export",
         "write the labeling functions to a JSON file",
         "usage: triage-cli lf export PROJECT --out FILE.json\n"
         "  Writes every function (current version) to FILE (replaced whole if it exists),\n"
         "  which 'lf import' reads.\n",
         {"out"},
         {},
         true,
         1,
         1,
         runLfExport,
         needsOut},
        {"lf import",
         "add labeling functions from an lf export file",
         "usage: triage-cli lf import PROJECT FILE.json\n"
         "  Adds the file's functions; one with a name the project has becomes a new version\n"
         "  of it. All or nothing: a function that does not fit the project refuses the file.\n",
         {},
         {},
         true,
         2,
         2,
         runLfImport},
        {"lf votes",
         "write the item x labeling-function vote matrix as CSV",
         "usage: triage-cli lf votes PROJECT --out votes.csv\n"
         "  Columns: item_id, path, human, then one per enabled function; values are class\n"
         "  positions (0-based, in the project's class order), -1 for none or an abstention.\n",
         {"out"},
         {},
         true,
         1,
         1,
         runLfVotes,
         needsOut},
    };
}

}  // namespace triage::cli
