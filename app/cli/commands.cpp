#include "commands.h"

#include "arguments.h"
#include "autolabeler.h"
#include "exporter.h"
#include "idxfile.h"
#include "importer.h"
#include "jobrecorder.h"
#include "jsonwriter.h"
#include "numbertext.h"
#include "projectstore.h"
#include "simulator.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/imgcodecs.hpp>

#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

namespace triage::cli {
namespace {

constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

// Ctrl+C asks the running job to stop at its next check, so it ends as "cancelled" with
// what it finished committed; a second Ctrl+C kills the process as usual.
CancelToken &interruptToken()
{
    static CancelToken token;
    return token;
}

extern "C" void onInterrupt(int)
{
    interruptToken().cancel();  // an atomic store: safe in a signal handler
    std::signal(SIGINT, SIG_DFL);
}

int fail(const Error &error)
{
    std::cerr << "triage-cli: " << error.message << '\n';
    return error.code == ErrorCode::InvalidArgument ? kExitUsage : kExitFailed;
}

int usage(const std::string &message, const char *help)
{
    std::cerr << "triage-cli: " << message << "\n\n" << help;
    return kExitUsage;
}

bool wantsHelp(const Args &args)
{
    return std::find(args.begin(), args.end(), "--help") != args.end() ||
           std::find(args.begin(), args.end(), "-h") != args.end();
}

// Progress on stderr, at most one line a second per stage, plus each stage's last line.
ProgressFn printProgress()
{
    struct State {
        std::string stage;
        std::chrono::steady_clock::time_point last;
    };
    auto state = std::make_shared<State>();
    return [state](const Progress &p) {
        const auto now = std::chrono::steady_clock::now();
        const bool finished = p.total > 0 && p.done >= p.total;
        if (p.stage == state->stage && !finished && now - state->last < std::chrono::seconds(1)) {
            return;
        }
        state->stage = p.stage;
        state->last = now;
        std::cerr << "  " << p.stage << ' ' << p.done;
        if (p.total > 0) {
            std::cerr << '/' << p.total;
        }
        std::cerr << '\n';
    };
}

Result<ProjectStore> openProject(const Args &positionals, const char *help)
{
    if (positionals.empty()) {
        return makeError(ErrorCode::InvalidArgument, std::string("which project? ") + help);
    }
    return ProjectStore::open(positionals[0]);
}

std::vector<std::string> splitList(const std::string &text, char separator)
{
    std::vector<std::string> parts;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, separator)) {
        while (!part.empty() && (part.back() == '\r' || part.back() == ' ')) {
            part.pop_back();
        }
        while (!part.empty() && part.front() == ' ') {
            part.erase(part.begin());
        }
        if (!part.empty()) {
            parts.push_back(part);
        }
    }
    return parts;
}

Result<std::vector<std::string>> classesFrom(const Arguments &parsed)
{
    if (parsed.has("classes") == parsed.has("classes-file")) {
        return makeError(ErrorCode::InvalidArgument,
                         "give the classes with exactly one of --classes or --classes-file");
    }
    if (auto list = parsed.value("classes")) {
        return splitList(*list, ',');
    }
    std::ifstream in(*parsed.value("classes-file"));
    if (!in) {
        return makeError(ErrorCode::NotFound,
                         "cannot read classes file " + *parsed.value("classes-file"));
    }
    std::stringstream text;
    text << in.rdbuf();
    std::string content = text.str();
    if (content.rfind("\xEF\xBB\xBF", 0) == 0) {
        content.erase(0, 3);  // a UTF-8 byte-order mark is not part of the first name
    }
    return splitList(content, '\n');
}

std::string percent(double fraction)
{
    return formatFixed(fraction * 100, 1) + "%";
}

Result<LearnerConfig> learnerConfigFrom(const Arguments &parsed)
{
    LearnerConfig config;
    auto seed = parsed.integer("seed", 1);
    if (!seed) {
        return seed.error();
    }
    config.seed = uint64_t(*seed);
    if (parsed.has("no-flip")) {
        config.horizontalFlip = false;
    }
    return config;
}

Result<void> applyRoutingOptions(ProjectStore &store, const Arguments &parsed)
{
    auto policy = store.settings().routingPolicy();
    if (!policy) {
        return policy.error();
    }
    auto threshold = parsed.number("threshold", policy->acceptThreshold);
    auto minLabels = parsed.integer("min-labels-per-class", policy->minHumanLabelsPerClass);
    if (!threshold || !minLabels) {
        return threshold ? minLabels.error() : threshold.error();
    }
    if (*minLabels < 0 || *minLabels > kMaxMinLabelsPerClass) {  // checked before narrowing
        return makeError(ErrorCode::InvalidArgument, "--min-labels-per-class must be 0 to " +
                                                         std::to_string(kMaxMinLabelsPerClass));
    }
    policy->acceptThreshold = *threshold;
    policy->minHumanLabelsPerClass = int(*minLabels);
    return store.settings().setRoutingPolicy(*policy);
}

void printMetrics(const PoolMetrics &m)
{
    std::cout << "  pool items with truth:     " << m.pool << '\n'
              << "  human labels:              " << m.humanLabels << " ("
              << percent(double(m.humanLabels) / std::max<int64_t>(1, m.pool)) << " of the pool)\n"
              << "  overall label accuracy:    " << percent(m.overallAccuracy)
              << "  (human labels alone: " << percent(m.humanOnlyAccuracy) << ")\n"
              << "  auto-accepted:             " << m.autoAccepted << ", precision "
              << percent(m.autoPrecision) << ", coverage " << percent(m.autoCoverage)
              << " of items without a human label\n";
}

void writeMetrics(JsonWriter &json, const PoolMetrics &m)
{
    json.field("pool", m.pool)
        .field("human_labels", m.humanLabels)
        .field("overall_accuracy", m.overallAccuracy)
        .field("human_only_accuracy", m.humanOnlyAccuracy)
        .field("auto_accepted", m.autoAccepted)
        .field("auto_precision", m.autoPrecision)
        .field("auto_coverage", m.autoCoverage);
}

}  // namespace

void installInterruptHandler()
{
    (void)interruptToken();  // constructed before any signal can arrive
    std::signal(SIGINT, onInterrupt);
}

int runInit(const Args &args)
{
    static const char *help =
        "usage: triage-cli init PROJECT (--classes a,b,c | --classes-file FILE) [--name NAME]\n"
        "  Creates a new project file. Class names: no '/', '\\', ',' or quotes.\n";
    if (wantsHelp(args)) {
        std::cout << help;
        return 0;
    }
    auto parsed = Arguments::parse(args, {"classes", "classes-file", "name"}, {});
    if (!parsed) {
        return usage(parsed.error().message, help);
    }
    if (parsed->positionals().size() != 1) {
        return usage("init takes one project path", help);
    }
    auto classes = classesFrom(*parsed);
    if (!classes) {
        return fail(classes.error());
    }
    const std::string path = parsed->positionals()[0];
    const std::string name = parsed->value("name").value_or(fs::path(path).stem().string());
    auto store = ProjectStore::create(path, name, *classes);
    if (!store) {
        return fail(store.error());
    }
    std::cout << "created project '" << name << "' at " << path << " with " << classes->size()
              << " classes\n";
    return 0;
}

int runImport(const Args &args)
{
    static const char *help =
        "usage: triage-cli import PROJECT PATH... [--labels-from-folders] [--max-megapixels N]\n"
        "  PATH: a folder (recursive), an image file, a CSV manifest (path[,label], paths "
        "relative\n"
        "  to the CSV) or an IDX images file (MNIST format, .gz or plain).\n"
        "  --labels-from-folders  class-named sub-folders label their images (source: import)\n";
    if (wantsHelp(args)) {
        std::cout << help;
        return 0;
    }
    auto parsed = Arguments::parse(args, {"max-megapixels"}, {"labels-from-folders"});
    if (!parsed) {
        return usage(parsed.error().message, help);
    }
    if (parsed->positionals().size() < 2) {
        return usage("import needs a project and at least one path", help);
    }
    auto store = openProject(parsed->positionals(), help);
    if (!store) {
        return fail(store.error());
    }
    ImportOptions options;
    options.folderLabels = parsed->has("labels-from-folders") ? FolderLabels::FromClassNamedFolders
                                                              : FolderLabels::Ignore;
    // The project's pixel limit, raised or lowered by --max-megapixels and saved, so that
    // auto-label, review and export decode what this import accepted.
    auto pixelLimit = store->settings().pixelLimit();
    if (!pixelLimit) {
        return fail(pixelLimit.error());
    }
    options.pixelLimit = *pixelLimit;
    if (parsed->has("max-megapixels")) {
        auto megapixels = parsed->number("max-megapixels", 0);
        if (!megapixels) {
            return fail(megapixels.error());
        }
        const double pixels = std::round(*megapixels * 1e6);
        if (!(pixels >= 1 && pixels <= double(kMaxPixelLimit))) {
            return fail(makeError(ErrorCode::InvalidArgument,
                                  "--max-megapixels must be above 0 and at most " +
                                      std::to_string(kMaxPixelLimit / 1'000'000)));
        }
        options.pixelLimit = int64_t(pixels);
        if (auto saved = store->settings().setPixelLimit(options.pixelLimit); !saved) {
            return fail(saved.error());
        }
    }
    const std::vector<std::string> paths(parsed->positionals().begin() + 1,
                                         parsed->positionals().end());
    JobRecorder job(*store, "import", printProgress());
    auto report = job.finish(importPaths(*store, paths, options, job.progress(), interruptToken()));
    if (!report) {
        return fail(report.error());
    }
    std::cout << "imported " << report->added << " new items (" << report->labeled
              << " with labels); " << report->duplicates << " duplicates, " << report->alreadyKnown
              << " already in the project, " << report->failed << " failed, " << report->ignored
              << " non-image files ignored\n";
    if (report->unknownLabels > 0) {
        std::cout << report->unknownLabels
                  << " labels named no class of the project and were left out\n";
    }
    for (const auto &failure : report->failures) {
        std::cout << "  failed: " << failure << '\n';
    }
    if (report->failed > int64_t(report->failures.size())) {
        std::cout << "  ... and " << report->failed - int64_t(report->failures.size())
                  << " more (see the browse view)\n";
    }
    return 0;
}

int runAutolabel(const Args &args)
{
    static const char *help =
        "usage: triage-cli autolabel PROJECT [--threshold P] [--min-labels-per-class N] [--seed S] "
        "[--no-flip]\n"
        "  Trains the learner on the human labels, scores every item and routes it: auto-accepted\n"
        "  when its calibrated confidence reaches P (default 0.95, saved in the project) and "
        "people\n"
        "  labelled at least N (default 20) items of that class; queued for review otherwise.\n";
    if (wantsHelp(args)) {
        std::cout << help;
        return 0;
    }
    auto parsed =
        Arguments::parse(args, {"threshold", "min-labels-per-class", "seed"}, {"no-flip"});
    if (!parsed) {
        return usage(parsed.error().message, help);
    }
    auto store = openProject(parsed->positionals(), help);
    if (!store) {
        return fail(store.error());
    }
    if (auto applied = applyRoutingOptions(*store, *parsed); !applied) {
        return fail(applied.error());
    }
    auto config = learnerConfigFrom(*parsed);
    if (!config) {
        return fail(config.error());
    }
    std::cerr << "models run on " << computeDeviceDescription() << '\n';
    AutoLabelOptions options;
    options.learner = *config;
    AutoLabeler labeler(*store, options);
    JobRecorder job(*store, "autolabel", printProgress());
    auto report = job.finish(labeler.run(job.progress(), interruptToken()));
    if (!report) {
        return fail(report.error());
    }
    std::cout << "learner version " << report->modelVersionId << " trained on "
              << report->humanLabels << " labels in " << report->training.epochs << " epochs ("
              << int(report->training.seconds) << " s, " << report->training.device << ")";
    if (report->training.validationAccuracy >= 0) {
        std::cout << ", held-out accuracy " << percent(report->training.validationAccuracy);
    }
    std::cout << "\nscored " << report->scored << " items: " << report->routing.autoAccepted
              << " auto-accepted, " << report->routing.queued << " queued for review";
    if (report->newlyFailed > 0) {
        std::cout << ", " << report->newlyFailed << " no longer readable (marked failed)";
    }
    std::cout << '\n';
    return 0;
}

int runStatus(const Args &args)
{
    static const char *help =
        "usage: triage-cli status PROJECT [--json]\n"
        "  Counts by state and class, the last job and the learner version.\n";
    if (wantsHelp(args)) {
        std::cout << help;
        return 0;
    }
    auto parsed = Arguments::parse(args, {}, {"json"});
    if (!parsed) {
        return usage(parsed.error().message, help);
    }
    auto store = openProject(parsed->positionals(), help);
    if (!store) {
        return fail(store.error());
    }
    auto counts = store->items().counts();
    auto job = store->jobs().last();
    auto model = store->models().latest();
    auto name = store->settings().name();
    auto policy = store->settings().routingPolicy();
    for (const Error *e : {counts ? nullptr : &counts.error(), job ? nullptr : &job.error(),
                           model ? nullptr : &model.error(), name ? nullptr : &name.error(),
                           policy ? nullptr : &policy.error()}) {
        if (e) {
            return fail(*e);
        }
    }
    if (parsed->has("json")) {
        JsonWriter json;
        json.beginObject().field("project", *name).field("path", store->path());
        json.beginObject("items")
            .field("total", counts->total)
            .field("unlabeled", counts->unlabeled)
            .field("queued", counts->queued)
            .field("auto_accepted", counts->autoAccepted)
            .field("human_labeled", counts->humanLabeled)
            .field("failed", counts->failed)
            .endObject();
        json.field("human_decisions", counts->humanDecisions);
        json.field("accept_threshold", policy->acceptThreshold);
        json.field("min_labels_per_class", int64_t(policy->minHumanLabelsPerClass));
        json.beginArray("classes");
        for (size_t i = 0; i < counts->byClass.size(); ++i) {
            const ClassCount &c = counts->byClass[i];
            json.beginObject()
                .field("name", store->classes()[i].name)
                .field("human", c.human)
                .field("import", c.imported)
                .field("auto", c.automatic)
                .endObject();
        }
        json.endArray();
        if (*job && job->has_value()) {
            const JobRecord &j = **job;
            json.beginObject("last_job")
                .field("kind", j.kind)
                .field("state", std::string(toText(j.state)))
                .field("done", j.done)
                .field("total", j.total)
                .field("error", j.error)
                .field("started_at", j.startedAt)
                .field("finished_at", j.finishedAt)
                .endObject();
        } else {
            json.nullField("last_job");
        }
        if (model->has_value()) {
            const ModelVersion &m = **model;
            json.beginObject("learner")
                .field("version", m.id)
                .field("human_labels", m.humanLabels)
                .field("validation_accuracy", m.validationAccuracy)
                .field("temperature", m.temperature)
                .field("device", m.device)
                .field("created_at", m.createdAt)
                .endObject();
        } else {
            json.nullField("learner");
        }
        json.endObject();
        std::cout << json.text() << '\n';
        return 0;
    }
    std::cout << "project '" << *name << "' (" << store->path() << ")\n"
              << "items: " << counts->total << " — " << counts->unlabeled << " unlabeled, "
              << counts->queued << " queued, " << counts->autoAccepted << " auto-accepted, "
              << counts->humanLabeled << " human-labeled, " << counts->failed << " failed\n"
              << "human decisions: " << counts->humanDecisions << "; auto-accept threshold "
              << formatNumber(policy->acceptThreshold) << " after "
              << policy->minHumanLabelsPerClass << " human labels per class\n"
              << "class                 human  import    auto\n";
    for (size_t i = 0; i < counts->byClass.size(); ++i) {
        const ClassCount &c = counts->byClass[i];
        char line[160];
        std::snprintf(line, sizeof line, "%-20s %6lld %7lld %7lld\n",
                      store->classes()[i].name.c_str(), (long long)c.human, (long long)c.imported,
                      (long long)c.automatic);
        std::cout << line;
    }
    if (job->has_value()) {
        const JobRecord &j = **job;
        std::cout << "last job: " << j.kind << ", " << toText(j.state) << " (" << j.done << '/'
                  << j.total << "), started " << j.startedAt
                  << (j.error.empty() ? "" : ", error: " + j.error) << '\n';
    }
    if (model->has_value()) {
        const ModelVersion &m = **model;
        std::cout << "learner: version " << m.id << ", " << m.humanLabels
                  << " labels, held-out accuracy "
                  << (m.validationAccuracy >= 0 ? percent(m.validationAccuracy)
                                                : std::string("n/a"))
                  << ", " << m.device << ", " << m.createdAt << '\n';
    } else {
        std::cout << "learner: not trained yet\n";
    }
    return 0;
}

int runSimulate(const Args &args)
{
    static const char *help =
        "usage: triage-cli simulate PROJECT --truth FILE --budget N [--batch K] [--seed S] "
        "[--threshold P]\n"
        "                          [--sampling queue|random] [--json]\n"
        "  A simulated annotator answers the review queue from FILE (CSV path,label; or an IDX "
        "labels\n"
        "  file paired with the imported IDX images), retraining and re-routing every K decisions\n"
        "  (default 100) until N decisions are spent. Prints the overall label accuracy of the "
        "pool\n"
        "  (each item's label, else the learner's prediction, against the truth) and the precision "
        "and\n"
        "  coverage of auto-accepted labels. --sampling random answers a random sample of the "
        "queue\n"
        "  instead of its head: the baseline that least-confidence ordering must beat.\n"
        "  --ack-decisions prints 'decided ITEM DECISION' as each decision commits.\n";
    if (wantsHelp(args)) {
        std::cout << help;
        return 0;
    }
    auto parsed = Arguments::parse(
        args, {"truth", "budget", "batch", "seed", "threshold", "min-labels-per-class", "sampling"},
        {"json", "no-flip", "ack-decisions"});
    if (!parsed) {
        return usage(parsed.error().message, help);
    }
    if (!parsed->has("truth") || !parsed->has("budget")) {
        return usage("simulate needs --truth and --budget", help);
    }
    auto store = openProject(parsed->positionals(), help);
    if (!store) {
        return fail(store.error());
    }
    if (auto applied = applyRoutingOptions(*store, *parsed); !applied) {
        return fail(applied.error());
    }
    auto truth = loadTruth(*store, *parsed->value("truth"));
    auto budget = parsed->integer("budget", 0);
    auto batch = parsed->integer("batch", 100);
    auto config = learnerConfigFrom(*parsed);
    for (const Error *e : {truth ? nullptr : &truth.error(), budget ? nullptr : &budget.error(),
                           batch ? nullptr : &batch.error(), config ? nullptr : &config.error()}) {
        if (e) {
            return fail(*e);
        }
    }
    const bool json = parsed->has("json");
    std::cerr << "truth for " << truth->classIdOf.size() << " items; models run on "
              << computeDeviceDescription() << '\n';
    SimulationOptions options;
    options.budget = *budget;
    options.batch = *batch;
    options.autoLabel.learner = *config;
    options.seed = config->seed;
    const std::string sampling = parsed->value("sampling").value_or("queue");
    if (sampling != "queue" && sampling != "random") {
        return usage("--sampling is queue or random", help);
    }
    options.sampling = sampling == "random" ? Sampling::Random : Sampling::Queue;
    if (parsed->has("ack-decisions")) {
        // One line per committed decision, flushed at once: what bench/durability.sh
        // checks against the log after it kills this process.
        options.onDecision = [](int64_t itemId, int64_t decisionId) {
            std::cout << "decided " << itemId << ' ' << decisionId << std::endl;
        };
    }
    const auto started = std::chrono::steady_clock::now();
    JobRecorder job(*store, "simulate", printProgress());
    auto report = job.finish(simulate(*store, *truth, options, job.progress(), interruptToken()));
    if (!report) {
        return fail(report.error());
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (json) {
        JsonWriter out;
        out.beginObject();
        writeMetrics(out, report->final);
        out.field("decisions", report->decisions).field("seconds", seconds);
        out.beginArray("rounds");
        for (const auto &round : report->rounds) {
            out.beginObject()
                .field("human_decisions", round.humanDecisions)
                .field("validation_accuracy", round.validationAccuracy)
                .field("train_seconds", round.trainSeconds);
            writeMetrics(out, round.metrics);
            out.endObject();
        }
        out.endArray().endObject();
        std::cout << out.text() << '\n';
        return 0;
    }
    std::cout << "decisions  overall  auto-prec  auto-cov  held-out\n";
    for (const auto &round : report->rounds) {
        char line[128];
        std::snprintf(line, sizeof line, "%9lld  %7s  %9s  %8s  %8s\n",
                      (long long)round.humanDecisions,
                      percent(round.metrics.overallAccuracy).c_str(),
                      percent(round.metrics.autoPrecision).c_str(),
                      percent(round.metrics.autoCoverage).c_str(),
                      percent(std::max(0.0, round.validationAccuracy)).c_str());
        std::cout << line;
    }
    std::cout << "after " << report->decisions << " simulated decisions (" << int(seconds)
              << " s):\n";
    printMetrics(report->final);
    return 0;
}

int runExport(const Args &args)
{
    static const char *help =
        "usage: triage-cli export PROJECT --format imagefolder|csv --out DIR [--include "
        "human|accepted]\n"
        "  imagefolder: DIR/<class>/<image> (torchvision.datasets.ImageFolder).\n"
        "  csv: DIR/labels.csv with path,label,source,confidence.\n"
        "  --include human: people and import labels only; accepted (default): also "
        "auto-accepted.\n"
        "  DIR must not exist or be empty; it is written completely or not at all.\n"
        "  Labelled images whose files are missing fail the export; --skip-missing leaves them\n"
        "  out and lists them.\n";
    if (wantsHelp(args)) {
        std::cout << help;
        return 0;
    }
    auto parsed = Arguments::parse(args, {"format", "out", "include"}, {"skip-missing"});
    if (!parsed) {
        return usage(parsed.error().message, help);
    }
    if (!parsed->has("format") || !parsed->has("out")) {
        return usage("export needs --format and --out", help);
    }
    auto format = exportFormatFromString(*parsed->value("format"));
    auto include = exportInclusionFromString(parsed->value("include").value_or("accepted"));
    if (!format || !include) {
        return usage(format ? include.error().message : format.error().message, help);
    }
    auto store = openProject(parsed->positionals(), help);
    if (!store) {
        return fail(store.error());
    }
    ExportOptions options{*format, *include, *parsed->value("out"),
                          parsed->has("skip-missing") ? MissingSources::Skip
                                                      : MissingSources::Fail};
    JobRecorder job(*store, "export", printProgress());
    auto report = job.finish(exportDataset(*store, options, job.progress(), interruptToken()));
    if (!report) {
        return fail(report.error());
    }
    std::cout << "exported " << report->written << " labelled images to " << options.outDir << '\n';
    if (!report->missing.empty()) {
        std::cout << report->missing.size() << " labelled images are missing and were left out:\n";
        for (const auto &missing : report->missing) {
            std::cout << "  missing: " << missing << '\n';
        }
    }
    for (size_t i = 0; i < report->perClass.size(); ++i) {
        std::cout << "  " << store->classes()[i].name << ": " << report->perClass[i] << '\n';
    }
    if (!report->emptyClasses.empty()) {
        std::cout << "classes with no items (no folder written):";
        for (const auto &c : report->emptyClasses) {
            std::cout << ' ' << c;
        }
        std::cout << '\n';
    }
    return 0;
}

int runRemove(const Args &args)
{
    static const char *help =
        "usage: triage-cli remove PROJECT [PATH...] [--ids 3,17,...] [--failed] "
        "[--annotator NAME]\n"
        "  Takes items out of the project: by file path (as imported; FILE#N for IDX records),\n"
        "  by item id, or every failed item. Each removal is a decision in the log, by NAME\n"
        "  (default: $USER); removed items leave the pool, the review queue and exports.\n"
        "  Their files are not touched.\n";
    if (wantsHelp(args)) {
        std::cout << help;
        return 0;
    }
    auto parsed = Arguments::parse(args, {"ids", "annotator"}, {"failed"});
    if (!parsed) {
        return usage(parsed.error().message, help);
    }
    auto store = openProject(parsed->positionals(), help);
    if (!store) {
        return fail(store.error());
    }
    std::vector<int64_t> ids;
    for (const auto &text : splitList(parsed->value("ids").value_or(""), ',')) {
        const auto id = parseInteger(text);
        if (!id) {
            return usage("--ids takes item ids separated by commas, got '" + text + "'", help);
        }
        ids.push_back(*id);
    }
    for (size_t i = 1; i < parsed->positionals().size(); ++i) {
        const std::string &given = parsed->positionals()[i];
        auto known = store->items().findPath(given);
        if (known && !known->has_value()) {
            known = store->items().findPath(itemPathOf(given));
        }
        if (!known) {
            return fail(known.error());
        }
        if (!known->has_value()) {
            return fail(makeError(ErrorCode::NotFound, "no item with path " + given));
        }
        ids.push_back((*known)->itemId);
    }
    if (parsed->has("failed")) {
        auto failed = store->items().list(ItemFilter{ItemState::Failed, std::nullopt});
        if (!failed) {
            return fail(failed.error());
        }
        for (const auto &row : *failed) {
            ids.push_back(row.id);
        }
    }
    if (ids.empty() && !parsed->has("failed")) {
        return usage("name the items to remove (paths, --ids or --failed)", help);
    }
    const char *user = std::getenv("USER");
    const std::string annotator = parsed->value("annotator").value_or(user ? user : "cli");
    auto removed = store->decisions().removeItems(ids, annotator);
    if (!removed) {
        return fail(removed.error());
    }
    std::cout << "removed " << *removed << " items\n";
    return 0;
}

int runIdxToPng(const Args &args)
{
    static const char *help =
        "usage: triage-cli idx2png IMAGES LABELS --out DIR [--count N] [--classes a,b,c]\n"
        "  Writes the first N records of an IDX images file as DIR/images/NNNNN.png and their "
        "labels\n"
        "  as DIR/truth.csv (path,label; class names from --classes, else the label numbers).\n"
        "  Used to build the demo project from Fashion-MNIST.\n";
    if (wantsHelp(args)) {
        std::cout << help;
        return 0;
    }
    auto parsed = Arguments::parse(args, {"out", "count", "classes"}, {});
    if (!parsed) {
        return usage(parsed.error().message, help);
    }
    if (parsed->positionals().size() != 2 || !parsed->has("out")) {
        return usage("idx2png needs IMAGES, LABELS and --out", help);
    }
    auto images = readIdx(parsed->positionals()[0]);
    auto labels = readIdx(parsed->positionals()[1]);
    auto count = parsed->integer("count", -1);
    for (const Error *e : {images ? nullptr : &images.error(), labels ? nullptr : &labels.error(),
                           count ? nullptr : &count.error()}) {
        if (e) {
            return fail(*e);
        }
    }
    if (images->dims.size() != 3 || labels->dims.size() != 1 ||
        labels->count() != images->count()) {
        return fail(makeError(ErrorCode::InvalidArgument,
                              "IMAGES must be an IDX image file and LABELS its label file"));
    }
    const std::vector<std::string> names = splitList(parsed->value("classes").value_or(""), ',');
    const int64_t n = *count < 0 ? images->count() : std::min(*count, images->count());
    const fs::path out(*parsed->value("out"));
    std::error_code ec;
    fs::create_directories(out / "images", ec);
    std::ofstream truth(out / "truth.csv");
    if (ec || !truth) {
        return fail(makeError(ErrorCode::Io, "cannot write into " + out.string()));
    }
    truth << "path,label\n";
    for (int64_t i = 0; i < n; ++i) {
        char file[32];
        std::snprintf(file, sizeof file, "%05lld.png", (long long)i);
        const cv::Mat image(int(images->dims[1]), int(images->dims[2]), CV_8UC1,
                            const_cast<uint8_t *>(images->record(i)));
        if (!cv::imwrite((out / "images" / file).string(), image)) {
            return fail(
                makeError(ErrorCode::Io, "cannot write " + (out / "images" / file).string()));
        }
        const size_t label = labels->data[size_t(i)];
        truth << "images/" << file << ','
              << (label < names.size() ? names[label] : std::to_string(label)) << '\n';
    }
    std::cout << "wrote " << n << " images and truth.csv to " << out.string() << '\n';
    return 0;
}

}  // namespace triage::cli
