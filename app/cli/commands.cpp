#include "commands.h"

#include "arguments.h"
#include "commandtable.h"
#include "dashboardreport.h"
#include "idxfile.h"
#include "jobs.h"
#include "numbertext.h"
#include "posixfile.h"
#include "modelspecfile.h"
#include "projectmodels.h"
#include "projectstatus.h"
#include "evaluation.h"
#include "removal.h"
#include "suspects.h"
#include "reports.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <array>
#include <chrono>

#include <unistd.h>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <limits>
#include <optional>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace triage::cli {
namespace {

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

}  // namespace

Error usageError(const std::string &message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

namespace {

// Progress on stderr. On a terminal, one line per stage that updates in place; in a log,
// a line at most every five seconds per stage, plus each stage's last line.
struct ProgressLine {
    std::string stage;
    std::chrono::steady_clock::time_point last;
    bool lineOpen = false;  // a terminal line not ended yet
};

ProgressFn printProgress(const std::shared_ptr<ProgressLine> &state)
{
    const bool terminal = isatty(STDERR_FILENO) == 1;
    return [state, terminal](const Progress &p) {
        const auto now = std::chrono::steady_clock::now();
        const bool finished = p.total > 0 && p.done >= p.total;
        const bool newStage = p.stage != state->stage;
        const auto interval = terminal ? std::chrono::milliseconds(200) : std::chrono::seconds(5);
        if (!newStage && !finished && now - state->last < interval) {
            return;
        }
        if (terminal && newStage && state->lineOpen) {
            std::cerr << '\n';
        }
        state->stage = p.stage;
        state->last = now;
        std::cerr << (terminal ? "\r  " : "  ") << p.stage << ' ' << p.done;
        if (p.total > 0) {
            std::cerr << '/' << p.total;
        }
        state->lineOpen = terminal && !finished;
        std::cerr << (terminal && !finished ? "\x1b[K" : "\n") << std::flush;
    };
}

}  // namespace

Result<JobOutcome> runJob(ProjectStore &store, Job &job)
{
    auto line = std::make_shared<ProgressLine>();
    auto outcome = executeJob(store, job, printProgress(line), interruptToken());
    if (line->lineOpen) {
        std::cerr << '\n';  // what the job prints next starts on a line of its own
    }
    return outcome;
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

namespace {

Result<std::vector<std::string>> classesFrom(const Arguments &parsed)
{
    if (parsed.has("classes") == parsed.has("classes-file")) {
        return usageError("give the classes with exactly one of --classes or --classes-file");
    }
    if (auto list = parsed.value("classes")) {
        return splitList(*list, ',');
    }
    return readNameList(*parsed.value("classes-file"));
}

Result<AutoLabelOptions> autoLabelOptionsFrom(const Arguments &parsed)
{
    AutoLabelOptions options;
    auto seed = parsed.integer("seed", 1);
    if (!seed) {
        return seed.error();
    }
    options.learner.seed = uint64_t(*seed);
    options.learner.horizontalFlip = !parsed.has("no-flip");
    auto folds = parsed.integer("folds", options.learner.folds);
    if (!folds) {
        return folds.error();
    }
    if (*folds < 1 || *folds > 16) {
        return usageError("--folds must be 1 to 16");
    }
    options.learner.folds = int(*folds);
    // Learner levers, on or off (the benchmark measures each).
    for (const auto &[name, flag] : {std::pair{"tta", &options.learner.testTimeFlip},
                                     std::pair{"balanced", &options.learner.balancedBatches}}) {
        if (auto value = parsed.value(name)) {
            if (*value != "on" && *value != "off") {
                return usageError(std::string("--") + name + " is on or off, not '" + *value + "'");
            }
            *flag = *value == "on";
        }
    }
    return options;
}

// --target-precision, --threshold (one threshold for every class instead: for experts),
// --min-labels-per-class, --audit-share and --strategy change the project's routing policy,
// --backbone what the learner learns from (saved).
Result<void> applyRoutingOptions(ProjectStore &store, const Arguments &parsed)
{
    if (auto backbone = parsed.value("backbone")) {
        TRIAGE_TRY(setLearnerBackbone(store, *backbone));
    }
    auto policy = store.settings().routingPolicy();
    if (!policy) {
        return policy.error();
    }
    if (parsed.has("threshold") && parsed.has("target-precision")) {
        return usageError("give --target-precision (a threshold per class) or --threshold (one "
                          "for every class), not both");
    }
    auto threshold = parsed.number("threshold", policy->acceptThreshold);
    auto minLabels = parsed.integer("min-labels-per-class", policy->minHumanLabelsPerClass);
    auto target = parsed.number("target-precision", policy->targetPrecision);
    auto auditShare = parsed.number("audit-share", policy->auditShare);
    for (const auto *read : {&threshold, &target, &auditShare}) {
        if (!*read) {
            return read->error();
        }
    }
    if (!minLabels) {
        return minLabels.error();
    }
    if (*minLabels < 0 || *minLabels > kMaxMinLabelsPerClass) {  // checked before narrowing
        return usageError("--min-labels-per-class must be 0 to " +
                          std::to_string(kMaxMinLabelsPerClass));
    }
    if (auto strategy = parsed.value("strategy")) {
        const auto chosen = samplingStrategyFromText(*strategy);
        if (!chosen) {
            return usageError("--strategy is " + samplingStrategyChoices() + ", not '" +
                              *strategy + "'");
        }
        policy->strategy = *chosen;
    }
    policy->acceptThreshold = *threshold;
    policy->targetPrecision = parsed.has("threshold") ? 0.0 : *target;
    policy->auditShare = *auditShare;
    policy->minHumanLabelsPerClass = int(*minLabels);
    return store.settings().setRoutingPolicy(*policy);
}

Result<JobOutcome> runInit(const Arguments &parsed, ProjectStore *)
{
    auto classes = classesFrom(parsed);
    if (!classes) {
        return classes.error();
    }
    const std::string path = parsed.positionals()[0];
    // A database's name names a project in it; a file's stem names a project file.
    const std::string defaultName =
        isDatabaseUrl(path) ? fs::path(path.substr(0, path.find('?'))).filename().string()
                            : fs::path(path).stem().string();
    const std::string name = parsed.value("name").value_or(defaultName);
    auto store = ProjectStore::create(path, name, *classes);
    if (!store) {
        return store.error();
    }
    return describeCreation(store->path(), name, classes->size());
}

Result<JobOutcome> runImport(const Arguments &parsed, ProjectStore *store)
{
    ImportRequest request;
    request.paths.assign(parsed.positionals().begin() + 1, parsed.positionals().end());
    request.folderLabels = parsed.has("labels-from-folders") ? FolderLabels::FromClassNamedFolders
                                                             : FolderLabels::Ignore;
    if (parsed.has("max-megapixels")) {
        auto megapixels = parsed.number("max-megapixels", 0);
        if (!megapixels) {
            return megapixels.error();
        }
        const double pixels = std::round(*megapixels * 1e6);
        if (!(pixels >= 1 && pixels <= double(kMaxPixelLimit))) {
            return usageError("--max-megapixels must be above 0 and at most " +
                              std::to_string(kMaxPixelLimit / 1'000'000));
        }
        request.newPixelLimit = int64_t(pixels);
    }
    ImportJob job(std::move(request));
    return runJob(*store, job);
}

Result<JobOutcome> runAutolabel(const Arguments &parsed, ProjectStore *store)
{
    TRIAGE_TRY(applyRoutingOptions(*store, parsed));
    auto options = autoLabelOptionsFrom(parsed);
    if (!options) {
        return options.error();
    }
    std::cerr << "models run on " << modelDevice() << '\n';
    AutoLabelJob job(std::make_shared<AutoLabeler>(*options));
    return runJob(*store, job);
}

Result<JobOutcome> runStatus(const Arguments &, ProjectStore *store)
{
    auto status = readProjectStatus(*store);
    if (!status) {
        return status.error();
    }
    return describe(*status);
}

Result<JobOutcome> runReport(const Arguments &parsed, ProjectStore *store)
{
    auto dashboard = readDashboard(*store);
    if (!dashboard) {
        return dashboard.error();
    }
    auto written = writeDashboardReport(*dashboard, *parsed.value("out"));
    if (!written) {
        return written.error();
    }
    JobOutcome out;
    out.summary = "wrote " + std::to_string(written->size()) + " report files to " +
                  *parsed.value("out");
    out.details = *written;
    for (const DriftWarning &w : dashboard->drift.warnings) {
        out.details.push_back("drift warning (round " + std::to_string(w.modelVersionId) +
                              "): " + w.message);
    }
    out.json = dashboardJson(*dashboard);
    return out;
}

Result<void> checkReport(const Arguments &parsed)
{
    if (!parsed.value("out")) {
        return usageError("report needs --out DIR");
    }
    return {};
}

constexpr const char *kDriftOptions[] = {"min-agreement",         "min-audit-precision",
                                         "max-import-divergence", "max-label-drift",
                                         "max-feature-shift",     "reference"};

// A drift limit from the command line: a number, or "off".
Result<void> readDriftLimit(const Arguments &parsed, const std::string &option, double &limit)
{
    const auto text = parsed.value(option);
    if (text && *text == "off") {
        limit = -1;
        return {};
    }
    auto value = parsed.number(option, limit);
    if (!value) {
        return value.error();
    }
    limit = *value;
    return {};
}

Result<JobOutcome> runDrift(const Arguments &parsed, ProjectStore *store)
{
    auto thresholds = store->settings().driftThresholds();
    if (!thresholds) {
        return thresholds.error();
    }
    DriftThresholds changed = *thresholds;
    for (const auto &[option, limit] :
         {std::pair{"min-agreement", &changed.minAgreement},
          std::pair{"min-audit-precision", &changed.minAuditPrecision},
          std::pair{"max-import-divergence", &changed.maxImportDivergence},
          std::pair{"max-label-drift", &changed.maxLabelDrift},
          std::pair{"max-feature-shift", &changed.maxFeatureShift}}) {
        TRIAGE_TRY(readDriftLimit(parsed, option, *limit));
    }
    if (const auto reference = parsed.value("reference")) {
        if (*reference == "first") {
            changed.referenceRound = 0;
        } else {
            auto rounds = store->models().roundStats();
            if (!rounds) {
                return rounds.error();
            }
            const auto id = parseInteger(*reference);
            const bool known = id && std::any_of(rounds->begin(), rounds->end(),
                                                 [&](const RoundStats &r) {
                                                     return r.modelVersionId == *id;
                                                 });
            if (!known) {
                return usageError("--reference takes 'first' or a recorded round (see the "
                                  "round column of `drift`), not '" + *reference + "'");
            }
            changed.referenceRound = *id;
        }
    }
    const bool asked = std::any_of(
        std::begin(kDriftOptions), std::end(kDriftOptions),
        [&](const char *option) { return parsed.value(option).has_value(); });
    if (asked) {  // a plain `drift` only reads: it never waits on a running job's lock
        TRIAGE_TRY(store->settings().setDriftThresholds(changed));
    }
    auto report = readDriftReport(*store);
    if (!report) {
        return report.error();
    }
    return describe(*report);
}

Result<JobOutcome> runSuspects(const Arguments &parsed, ProjectStore *store)
{
    auto limit = parsed.integer("limit", 50);
    if (!limit) {
        return limit.error();
    }
    if (*limit < 0) {
        return usageError("--limit must be 0 (all) or more");
    }
    auto suspects = readSuspectLabels(*store);
    if (!suspects) {
        return suspects.error();
    }
    return describe(*suspects, store->classes(), *limit);
}

Result<JobOutcome> runEvaluate(const Arguments &parsed, ProjectStore *store)
{
    if (!parsed.has("images") || !parsed.has("labels")) {
        return usageError("evaluate needs --images and --labels");
    }
    CancelToken cancel;
    auto evaluation =
        evaluateLearner(*store, *parsed.value("images"), *parsed.value("labels"), cancel);
    if (!evaluation) {
        return evaluation.error();
    }
    return describe(*evaluation);
}

Result<void> checkSimulate(const Arguments &parsed)
{
    if (!parsed.has("truth") || !parsed.has("budget")) {
        return usageError("simulate needs --truth and --budget");
    }
    const std::string sampling = parsed.value("sampling").value_or("queue");
    if (sampling != "queue" && sampling != "random") {
        return usageError("--sampling is queue or random");
    }
    return {};
}

Result<JobOutcome> runSimulate(const Arguments &parsed, ProjectStore *store)
{
    const std::string sampling = parsed.value("sampling").value_or("queue");
    TRIAGE_TRY(applyRoutingOptions(*store, parsed));
    auto budget = parsed.integer("budget", 0);
    auto batch = parsed.integer("batch", 100);
    auto autoLabel = autoLabelOptionsFrom(parsed);
    for (const Error *e : {budget ? nullptr : &budget.error(), batch ? nullptr : &batch.error(),
                           autoLabel ? nullptr : &autoLabel.error()}) {
        if (e) {
            return *e;
        }
    }
    SimulationOptions options;
    options.budget = *budget;
    options.batch = *batch;
    for (const auto &text : splitList(parsed.value("rounds-at").value_or(""), ',')) {
        const auto at = parseInteger(text);
        if (!at || *at <= 0 || (!options.roundsAt.empty() && *at <= options.roundsAt.back())) {
            return usageError("--rounds-at takes increasing decision counts, like 300,600,1200");
        }
        options.roundsAt.push_back(*at);
    }
    options.autoLabel = *autoLabel;
    options.seed = autoLabel->learner.seed;
    options.sampling = sampling == "random" ? Sampling::Random : Sampling::Queue;
    if (parsed.has("ack-decisions")) {
        // One line per committed decision, flushed at once: what bench/durability.sh
        // checks against the log after it kills this process.
        options.onDecision = [](int64_t itemId, int64_t decisionId) {
            std::cout << "decided " << itemId << ' ' << decisionId << std::endl;
        };
    }
    std::cerr << "models run on " << modelDevice() << '\n';
    SimulateJob job(*parsed.value("truth"), std::move(options));
    return runJob(*store, job);
}

Result<ExportOptions> exportOptionsFrom(const Arguments &parsed)
{
    if (!parsed.has("format") || !parsed.has("out")) {
        return usageError("export needs --format and --out");
    }
    auto format = exportFormatFromString(*parsed.value("format"));
    auto include = exportInclusionFromString(parsed.value("include").value_or("accepted"));
    auto images = imagePlacementFromString(parsed.value("images").value_or("copy"));
    for (const Error *e : {format ? nullptr : &format.error(), include ? nullptr : &include.error(),
                           images ? nullptr : &images.error()}) {
        if (e) {
            return usageError(e->message);
        }
    }
    // Known before the project opens: a folder layout cannot refer to images elsewhere.
    if (const std::string problem = exportChoiceProblem(*format, *images, true); !problem.empty()) {
        return usageError(problem);
    }
    ExportOptions options;
    options.format = *format;
    options.include = *include;
    options.outDir = *parsed.value("out");
    options.missing = parsed.has("skip-missing") ? MissingSources::Skip : MissingSources::Fail;
    options.version = parsed.value("version").value_or("");
    options.images = *images;
    return options;
}

Result<void> checkExport(const Arguments &parsed)
{
    auto options = exportOptionsFrom(parsed);
    return options ? Result<void>() : options.error();
}

Result<JobOutcome> runExport(const Arguments &parsed, ProjectStore *store)
{
    auto options = exportOptionsFrom(parsed);
    if (!options) {
        return options.error();
    }
    ExportJob job(std::move(*options));
    return runJob(*store, job);
}

Result<JobOutcome> runRemove(const Arguments &parsed, ProjectStore *store)
{
    RemovalRequest request;
    for (const auto &text : splitList(parsed.value("ids").value_or(""), ',')) {
        const auto id = parseInteger(text);
        if (!id) {
            return usageError("--ids takes item ids separated by commas, got '" + text + "'");
        }
        request.itemIds.push_back(*id);
    }
    request.paths.assign(parsed.positionals().begin() + 1, parsed.positionals().end());
    request.failedItems = parsed.has("failed");
    if (request.itemIds.empty() && request.paths.empty() && !request.failedItems) {
        return usageError("name the items to remove (paths, --ids or --failed)");
    }
    const char *user = std::getenv("USER");
    request.annotator = parsed.value("annotator").value_or(user ? user : "cli");
    auto removed = removeItems(*store, request);
    if (!removed) {
        return removed.error();
    }
    return describeRemoval(*removed);
}

Result<JobOutcome> runIdxToPng(const Arguments &parsed, ProjectStore *)
{
    if (!parsed.has("out")) {
        return usageError("idx2png needs IMAGES, LABELS and --out");
    }
    auto images = readIdx(parsed.positionals()[0]);
    auto labels = readIdx(parsed.positionals()[1]);
    auto count = parsed.integer("count", -1);
    for (const Error *e : {images ? nullptr : &images.error(), labels ? nullptr : &labels.error(),
                           count ? nullptr : &count.error()}) {
        if (e) {
            return *e;
        }
    }
    if (images->dims.size() != 3 || labels->dims.size() != 1 ||
        labels->count() != images->count()) {
        return usageError("IMAGES must be an IDX image file and LABELS its label file");
    }
    const std::vector<std::string> names = splitList(parsed.value("classes").value_or(""), ',');
    const int64_t n = *count < 0 ? images->count() : std::min(*count, images->count());
    const fs::path out(*parsed.value("out"));
    std::error_code ec;
    fs::create_directories(out / "images", ec);
    std::ofstream truth(out / "truth.csv");
    if (ec || !truth) {
        return makeError(ErrorCode::Io, "cannot write into " + out.string());
    }
    truth << "path,label\n";
    for (int64_t i = 0; i < n; ++i) {
        char file[32];
        std::snprintf(file, sizeof file, "%05lld.png", (long long)i);
        const cv::Mat image(int(images->dims[1]), int(images->dims[2]), CV_8UC1,
                            const_cast<uint8_t *>(images->record(i)));
        if (!cv::imwrite((out / "images" / file).string(), image)) {
            return makeError(ErrorCode::Io, "cannot write " + (out / "images" / file).string());
        }
        const size_t label = labels->data[size_t(i)];
        truth << "images/" << file << ','
              << (label < names.size() ? names[label] : std::to_string(label)) << '\n';
    }
    return describeIdxConversion(n, out.string());
}

Result<std::array<float, 3>> threeNumbers(const Arguments &parsed, const std::string &option,
                                          std::array<float, 3> fallback)
{
    if (!parsed.has(option)) {
        return fallback;
    }
    const auto parts = splitList(*parsed.value(option), ',');
    std::array<float, 3> values{};
    for (size_t i = 0; i < 3; ++i) {
        const auto value = i < parts.size() && parts.size() == 3 ? parseNumber(parts[i])
                                                                 : std::optional<double>();
        if (!value) {
            return usageError("--" + option + " takes three numbers, like 0.5,0.5,0.5");
        }
        values[i] = float(*value);
    }
    return values;
}

// --input N or WxH, --channels, --resize, --scale, --mean, --std, --probabilities, each
// replacing what `spec` (the defaults, or a --spec file's) says.
Result<InputSpec> inputSpecFrom(const Arguments &parsed, InputSpec spec)
{
    if (auto input = parsed.value("input")) {
        const auto x = input->find('x');
        const auto width = parseInteger(input->substr(0, x));
        const auto height = x == std::string::npos ? width : parseInteger(input->substr(x + 1));
        if (!width || !height || *width < 1 || *height < 1 || *width > 4096 || *height > 4096) {
            return usageError("--input takes a size like 224 or 320x240, not '" + *input + "'");
        }
        spec.width = int(*width);
        spec.height = int(*height);
    }
    const auto channels = channelOrderFromString(
        parsed.value("channels").value_or(std::string(toText(spec.channels))));
    const auto resize =
        resizeModeFromString(parsed.value("resize").value_or(std::string(toText(spec.resize))));
    if (!channels) {
        return usageError("--channels is rgb, bgr or gray");
    }
    if (!resize) {
        return usageError("--resize is stretch, fit or crop");
    }
    spec.channels = *channels;
    spec.resize = *resize;
    auto scale = parsed.number("scale", spec.scale);
    auto mean = threeNumbers(parsed, "mean", spec.mean);
    auto deviation = threeNumbers(parsed, "std", spec.std);
    for (const Error *e : {scale ? nullptr : &scale.error(), mean ? nullptr : &mean.error(),
                           deviation ? nullptr : &deviation.error()}) {
        if (e) {
            return *e;
        }
    }
    if (std::any_of(deviation->begin(), deviation->end(), [](float v) { return !(v > 0); })) {
        return usageError("--std values must be above 0");
    }
    spec.scale = float(*scale);
    spec.mean = *mean;
    spec.std = *deviation;
    if (parsed.has("probabilities")) {
        spec.outputsAreLogits = false;
    }
    return spec;
}

constexpr int64_t kMaxSpecBytes = 1 << 20;  // a spec is a few hundred bytes

Result<JobOutcome> runModelAdd(const Arguments &parsed, ProjectStore *store)
{
    AddModelRequest request;
    if (auto specFile = parsed.value("spec")) {
        auto text = readRegularFile(*specFile, kMaxSpecBytes);
        if (!text) {
            return text.error();
        }
        auto fromFile = modelRequestFromJson(
            std::string_view(reinterpret_cast<const char *>(text->data()), text->size()), request);
        if (!fromFile) {
            return Error{fromFile.error().code, *specFile + ": " + fromFile.error().message};
        }
        request = *fromFile;
    }
    request.path = parsed.positionals()[1];
    request.name = parsed.value("name").value_or(request.name);
    request.outputName = parsed.value("output").value_or(request.outputName);
    const auto kind =
        modelKindFromString(parsed.value("kind").value_or(std::string(toText(request.kind))));
    if (!kind) {
        return usageError("--kind is classifier or embedder");
    }
    request.kind = *kind;
    if (auto format = parsed.value("format")) {
        request.format = modelFormatFromString(*format);
        if (!request.format) {
            return usageError("--format is torchscript or onnx");
        }
    }
    auto spec = inputSpecFrom(parsed, request.spec);
    if (!spec) {
        return spec.error();
    }
    request.spec = *spec;
    if (parsed.has("map") && parsed.has("names")) {
        return usageError("give the mapping with one of --map or --names");
    }
    if (auto map = parsed.value("map")) {
        request.mapping.clear();
        std::stringstream in(*map);
        for (std::string entry; std::getline(in, entry, ',');) {
            request.mapping.push_back(entry == "-" ? std::string() : entry);
        }
    } else {
        // --names; else, when a spec gave no mapping either, a names file beside the model.
        std::string names = parsed.value("names").value_or("");
        if (names.empty() && request.mapping.empty() && request.kind == ModelKind::Classifier) {
            names = namesFileBeside(request.path).value_or("");
        }
        if (!names.empty()) {
            auto modelNames = readNameList(names);
            if (!modelNames) {
                return modelNames.error();
            }
            request.mapping = mappingFromNames(*modelNames, store->classes());
        }
    }
    auto model = addModel(*store, request);
    if (!model) {
        return model.error();
    }
    return describe(*model, store->classes());
}

Result<JobOutcome> runModelList(const Arguments &, ProjectStore *store)
{
    auto models = store->projectModels().list();
    if (!models) {
        return models.error();
    }
    return describe(*models, store->classes());
}

Result<JobOutcome> runModelRemove(const Arguments &parsed, ProjectStore *store)
{
    const std::string name = parsed.positionals()[1];
    TRIAGE_TRY(removeModel(*store, name));
    return describeModelRemoval(name);
}

}  // namespace

Result<ScoringFlags> scoringFlagsFrom(const Arguments &parsed)
{
    auto batch = parsed.integer("batch", 64);
    if (!batch) {
        return batch.error();
    }
    if (*batch < 1 || *batch > 4096) {
        return usageError("--batch must be 1 to 4096");
    }
    const std::string device = parsed.value("device").value_or("auto");
    if (device != "auto" && device != "cpu" && device != "cuda") {
        return usageError("--device is auto, cpu or cuda");
    }
    ScoringFlags flags;
    flags.batch = int(*batch);
    flags.options.device = device == "cpu"    ? DeviceChoice::Cpu
                           : device == "cuda" ? DeviceChoice::Cuda
                                              : DeviceChoice::Auto;
    flags.options.halfPrecision = parsed.has("half");
    flags.options.channelsLast = parsed.has("channels-last");
    std::cerr << "models run on " << (device == "cpu" ? std::string("CPU") : modelDevice()) << '\n';
    return flags;
}

namespace {

Result<JobOutcome> runModelScore(const Arguments &parsed, ProjectStore *store)
{
    auto flags = scoringFlagsFrom(parsed);
    if (!flags) {
        return flags.error();
    }
    ScoreModelJob job(parsed.positionals()[1], flags->batch, flags->options);
    return runJob(*store, job);
}

const std::vector<Command> &commands()
{
    static const std::vector<Command> table = {
        {"init", "create a project with its classes",
         "usage: triage-cli init PROJECT (--classes a,b,c | --classes-file FILE) [--name NAME]\n"
         "  Creates a new project: a file, or, for a postgresql://USER@HOST[:PORT]/DB URL, a\n"
         "  PostgreSQL database a team shares (made if missing; it must hold no tables).\n"
         "  Passwords come from PGPASSFILE, ~/.pgpass or PGPASSWORD, not the command line.\n"
         "  Class names: no '/', '\\', ',' or quotes.\n",
         {"classes", "classes-file", "name"}, {}, false, 1, 1, runInit},
        {"import", "add images from folders, files, CSV manifests or IDX files",
         "usage: triage-cli import PROJECT PATH... [--labels-from-folders] [--max-megapixels N]\n"
         "  PATH: a folder (recursive), an image file, a CSV manifest (path[,label], paths\n"
         "  relative to the CSV) or an IDX images file (MNIST format, .gz or plain).\n"
         "  --labels-from-folders  class-named sub-folders label their images (source: import)\n"
         "  --max-megapixels N     the largest image the project decodes (saved; default 100)\n",
         {"max-megapixels"}, {"labels-from-folders"}, true, 2, kAny, runImport},
        {"autolabel", "train the learner on human labels, score and route every item",
         "usage: triage-cli autolabel PROJECT [--target-precision P | --threshold T]\n"
         "                           [--min-labels-per-class N] [--audit-share A]\n"
         "                           [--seed S] [--folds K] [--no-flip] [--tta on|off]\n"
         "                           [--balanced on|off]\n"
         "                           [--backbone MODEL|pixels]\n"
         "                           [--strategy mixed|least-confidence|margin|\n"
         "                                       entropy|diverse]\n"
         "  Trains the learner on the human labels, scores every item and routes it: auto-\n"
         "  accepted when its calibrated confidence reaches its class's threshold and people\n"
         "  labelled at least N (default 20) items of that class; queued for review otherwise.\n"
         "  --target-precision P (saved; default 0.99) chooses each class's threshold so that\n"
         "  a one-sided 95% lower bound of its precision, from people's labels scored out of\n"
         "  fold, reaches P; a class without that evidence is not auto-accepted (status says\n"
         "  how many more labels it needs). --threshold T (saved) uses T for every class\n"
         "  instead, for experts. --audit-share A (saved; default 0.02) sends that share of\n"
         "  would-be auto-accepts to review, to measure their precision.\n"
         "  --folds K (default 4) trains K learners, each holding out a fold of the labels.\n"
         "  --tta (default on) scores an image as the mean of it and its mirror image;\n"
         "  --balanced (default off) draws training batches with every class equally likely.\n"
         "  --backbone MODEL (saved) trains the learner as a head on an embedder's frozen\n"
         "  features, scoring the items it has not scored first; pixels (the default) trains\n"
         "  the built-in CNN on the images.\n"
         "  --strategy (saved) orders the review queue: mixed (default; the typical items of\n"
         "  the pool's clusters until people gave 20 labels a class on average, then margin),\n"
         "  least-confidence (the lowest top probability first), margin (the closest two\n"
         "  classes first), entropy (the most spread-out probabilities first) or diverse (the\n"
         "  smallest margins, spread over the pool: each next item the one farthest from\n"
         "  every labelled and earlier item).\n",
         {"threshold", "target-precision", "audit-share", "min-labels-per-class", "seed", "folds",
          "tta", "balanced", "backbone", "strategy"},
         {"no-flip"}, true, 1, 1, runAutolabel},
        {"status", "counts by state and class, last job, learner version",
         "usage: triage-cli status PROJECT [--json]\n"
         "  Counts by state and class, the last job and the learner version.\n",
         {}, {}, true, 1, 1, runStatus},
        {"report", "the dashboard's charts as SVG files and every figure as JSON",
         "usage: triage-cli report PROJECT --out DIR [--json]\n"
         "  Writes DIR/progress.svg, learning-curve.svg, confidence.svg, reliability.svg,\n"
         "  classes.svg, drift.svg, last-round.svg, annotators.svg and dashboard.json with\n"
         "  every figure behind them (the Dashboard tab's charts). DIR is made if missing;\n"
         "  files of an earlier report are replaced, each whole. --json prints the JSON.\n",
         {"out"}, {}, true, 1, 1, runReport, checkReport},
        {"drift", "label-quality drift per round, its limits and warnings",
         "usage: triage-cli drift PROJECT [--min-agreement S] [--min-audit-precision S]\n"
         "                        [--max-import-divergence D] [--max-label-drift D]\n"
         "                        [--max-feature-shift F] [--reference first|ROUND] [--json]\n"
         "  Per auto-label round: how often people's new labels took the model's suggestion,\n"
         "  the precision people measured on audited auto-accepts, how the classes of newly\n"
         "  imported items differ from earlier items' and how all labels' classes differ\n"
         "  from the reference round's (Jensen-Shannon divergence, 0 to 1), and, with a\n"
         "  backbone, how far new items' features lie from earlier ones' (in standard\n"
         "  deviations). A figure past its limit is a warning here, in status and on the\n"
         "  Dashboard tab. The options set the limits (a share 0 to 1, or off) and the\n"
         "  reference round; they are kept in the project. Defaults: agreement 0.4, audited\n"
         "  precision 0.95, import divergence 0.05, label drift 0.15, feature shift 0.25.\n",
         {std::begin(kDriftOptions), std::end(kDriftOptions)}, {}, true, 1, 1, runDrift},
        {"suspects", "people's and imports' labels that the learner's out-of-fold scores doubt",
         "usage: triage-cli suspects PROJECT [--limit N] [--json]\n"
         "  Lists labels given by people or imports that are probably wrong, most suspect\n"
         "  first: the latest round's out-of-fold probability of the label is below what\n"
         "  items of that class usually get, while another class is as confident as items\n"
         "  truly of that class usually are (confident learning). Run autolabel first.\n"
         "  --limit N lists the first N (default 50; 0 lists all).\n",
         {"limit"}, {}, true, 1, 1, runSuspects},
        {"evaluate", "the latest learner's accuracy on a labelled test set (IDX)",
         "usage: triage-cli evaluate PROJECT --images IMAGES.idx --labels LABELS.idx [--json]\n"
         "  Scores the IDX images (MNIST format, .gz or plain) with the latest learner and\n"
         "  compares its top class with the IDX labels (class positions): the accuracy on\n"
         "  images the learner never saw, e.g. Fashion-MNIST's test split.\n",
         {"images", "labels"}, {}, true, 1, 1, runEvaluate},
        {"simulate", "answer the review queue from a truth file and measure label quality",
         "usage: triage-cli simulate PROJECT --truth FILE --budget N [--batch K] [--seed S]\n"
         "                          [--target-precision P | --threshold T] [--audit-share A]\n"
         "                          [--folds K] [--tta on|off] [--balanced on|off]\n"
         "                          [--rounds-at N1,N2,...]\n"
         "                          [--sampling queue|random] [--backbone MODEL|pixels]\n"
         "                          [--strategy mixed|least-confidence|margin|\n"
         "                                      entropy|diverse]\n"
         "                          [--ack-decisions] [--json]\n"
         "  A simulated annotator answers the review queue from FILE (CSV path,label; or an\n"
         "  IDX labels file paired with the imported IDX images), retraining and re-routing\n"
         "  every K decisions (default 100) until N decisions are spent. Prints the overall\n"
         "  label accuracy of the pool (each item's label, else the learner's prediction,\n"
         "  against the truth) and the precision and coverage of auto-accepted labels.\n"
         "  --sampling random answers a random sample of the queue instead of its head: the\n"
         "  baseline that the queue's ordering must beat. The routing and learner options are\n"
         "  as for autolabel.\n"
         "  --rounds-at retrains after those decision counts instead of every K.\n"
         "  --ack-decisions prints 'decided ITEM DECISION' as each decision commits.\n",
         {"truth", "budget", "batch", "rounds-at", "seed", "folds", "tta", "balanced", "threshold",
          "target-precision",
          "audit-share", "min-labels-per-class", "sampling", "backbone", "strategy"},
         {"no-flip", "ack-decisions"}, true, 1, 1, runSimulate, checkSimulate},
        {"export", "write a dataset in the format training code reads",
         "usage: triage-cli export PROJECT --format F --out DIR [--version NAME]\n"
         "       [--include human|accepted] [--images copy|link|reference] [--skip-missing]\n"
         "  F: imagefolder  DIR/<class>/<image>, or DIR/<split>/<class>/<image> with splits\n"
         "     csv          DIR/labels.csv (path,label,source,confidence[,split])\n"
         "     jsonl        DIR/labels.jsonl, one object per item with its provenance\n"
         "     coco         DIR/annotations.json (annotations_<split>.json with splits)\n"
         "     yolo         DIR/train|val|test/<class>/<image> and classes.txt (needs splits)\n"
         "     hf           Hugging Face imagefolder: DIR/[<split>/]metadata.jsonl\n"
         "     labelstudio  DIR/tasks.json (automatic labels as predictions) and\n"
         "                  label_config.xml\n"
         "  Images other than csv/jsonl/coco/labelstudio's references go under DIR/images/.\n"
         "  --version exports a dataset version's labels (and splits) instead of today's.\n"
         "  --include human: people and import labels only; accepted (default): also\n"
         "  auto-accepted. --images: copy (default), link (hard links, copies where the\n"
         "  filesystem cannot), or reference the originals by absolute path (csv, jsonl,\n"
         "  coco, labelstudio). IDX records are written as PNG. DIR must not exist or be\n"
         "  empty; it is written completely or not at all, with DIR/triage-export.json\n"
         "  (counts, digest, the command that repeats it). Labelled images whose files are\n"
         "  missing fail the export; --skip-missing leaves them out and lists them.\n",
         {"format", "out", "include", "version", "images"}, {"skip-missing"}, true, 1, 1, runExport,
         checkExport},
        {"remove", "take items out of the project (by path, id, or every failed one)",
         "usage: triage-cli remove PROJECT [PATH...] [--ids 3,17,...] [--failed] "
         "[--annotator NAME]\n"
         "  Takes items out of the project: by file path (as imported; FILE#N for IDX\n"
         "  records), by item id, or every failed item. Each removal is a decision in the\n"
         "  log, by NAME (default: $USER); removed items leave the pool, the review queue\n"
         "  and exports. Their files are not touched.\n",
         {"ids", "annotator"}, {"failed"}, true, 1, kAny, runRemove},
        {"model add", "add a TorchScript or ONNX classifier or embedder, validated first",
         "usage: triage-cli model add PROJECT FILE [--kind classifier|embedder] [--name NAME]\n"
         "                            [--format torchscript|onnx] [--spec SPEC.json]\n"
         "                            [--output METHOD|LAYER]\n"
         "                            [--map a,b,-,c | --names FILE] [--input 224|WxH]\n"
         "                            [--channels rgb|bgr|gray] [--resize stretch|fit|crop]\n"
         "                            [--scale S] [--mean a,b,c] [--std a,b,c] [--probabilities]\n"
         "  FILE is a TorchScript model (torch.jit.trace or torch.jit.script, then save; run\n"
         "  by LibTorch) or an ONNX model (run by OpenCV DNN on the CPU); the name's ending\n"
         "  (.pt, .onnx) says which unless --format does.\n"
         "  An embedder outputs its forward's result, or with --output the named TorchScript\n"
         "  method or ONNX layer's (an intermediate output, say the features before a head).\n"
         "  --spec reads the entry from a JSON file shaped like one model of 'model list\n"
         "  --json' (name, kind, format, input, mapping); options given as well override it.\n"
         "  A classifier needs a mapping, one entry per model output: a project class, or -\n"
         "  when that output abstains (--map); or --names FILE with the model's class names,\n"
         "  one a line, where names equal to project classes map and the rest abstain. A\n"
         "  names file beside the model (model.txt or model.names) is used when neither is\n"
         "  given.\n"
         "  The input defaults to ImageNet's: 224x224 RGB, stretched, scale 1/255, mean\n"
         "  0.485,0.456,0.406, std 0.229,0.224,0.225. Outputs are logits unless\n"
         "  --probabilities. The model runs once on a test batch before it is added: a wrong\n"
         "  output width, input shape or non-finite outputs are refused with the reason.\n",
         {"kind", "name", "format", "spec", "output", "map", "names", "input", "channels",
          "resize", "scale", "mean", "std"},
         {"probabilities"}, true, 2, 2, runModelAdd},
        {"model list", "the models added to the project",
         "usage: triage-cli model list PROJECT\n"
         "  Each model: kind, outputs, input, how many items it scored, its file.\n",
         {}, {}, true, 1, 1, runModelList},
        {"model score", "score every usable item with a model (resumable)",
         "usage: triage-cli model score PROJECT MODEL [--batch N] [--device auto|cpu|cuda]\n"
         "                              [--half] [--channels-last]\n"
         "  Runs the model over every usable item it has no output for yet, N images a batch\n"
         "  (default 64): a classifier's probabilities over the project's classes, or an\n"
         "  embedder's vector. Ctrl+C keeps what is done; running it again scores the rest.\n"
         "  The model file must be unchanged since it was added. --device cuda fails\n"
         "  when there is no usable card; auto (default) takes one when there is.\n"
         "  --half (float16) and --channels-last speed a TorchScript model up on CUDA.\n",
         {"batch", "device"}, {"half", "channels-last"}, true, 2, 2, runModelScore},
        {"model remove", "forget a model and its outputs",
         "usage: triage-cli model remove PROJECT MODEL\n"
         "  Forgets the model and everything it output; its file is not touched.\n",
         {}, {}, true, 2, 2, runModelRemove},
        {"idx2png", "write IDX records as PNG files with a truth CSV (demo data)",
         "usage: triage-cli idx2png IMAGES LABELS --out DIR [--count N] [--classes a,b,c]\n"
         "  Writes the first N records of an IDX images file as DIR/images/NNNNN.png and\n"
         "  their labels as DIR/truth.csv (path,label; class names from --classes, else the\n"
         "  label numbers). Used to build the demo project from Fashion-MNIST.\n",
         {"out", "count", "classes"}, {}, false, 2, 2, runIdxToPng},
    };
    static const std::vector<Command> all = [] {
        std::vector<Command> commands = table;
        for (auto &command : lfCommands()) {
            commands.push_back(std::move(command));
        }
        for (auto &command : versionCommands()) {
            commands.push_back(std::move(command));
        }
        for (auto &command : tokenCommands()) {
            commands.push_back(std::move(command));
        }
        for (auto &command : teamCommands()) {
            commands.push_back(std::move(command));
        }
        return commands;
    }();
    return all;
}

int fail(const Error &error)
{
    std::cerr << "triage-cli: " << error.message << '\n';
    return exitCodeFor(error);
}

int usage(const std::string &message, const Command &command)
{
    std::cerr << "triage-cli: " << message << "\n\n" << command.help;
    return kExitUsage;
}

}  // namespace

void installInterruptHandler()
{
    (void)interruptToken();  // constructed before any signal can arrive
    std::signal(SIGINT, onInterrupt);
}

int exitCodeFor(const Error &error)
{
    return error.code == ErrorCode::InvalidArgument ? kExitUsage : kExitFailed;
}

bool commandRunsModels(const std::string &name)
{
    return name == "autolabel" || name == "simulate" || name == "model";
}

std::string commandOverview()
{
    std::string text = "usage: triage-cli COMMAND [ARGS] [--json] (triage-cli COMMAND --help "
                       "for details)\n";
    for (const Command &c : commands()) {
        char line[160];
        std::snprintf(line, sizeof line, "  %-14s %s\n", c.name, c.summary);
        text += line;
    }
    return text + "  --json prints the result as one JSON object instead of text.\n";
}

// The second words of a group of two-word commands ("add, list, ..." for "model"); empty
// when `group` names no group.
std::vector<std::string> secondWordsOf(const std::string &group)
{
    std::vector<std::string> words;
    for (const Command &c : commands()) {
        const std::string name = c.name;
        if (name.rfind(group + ' ', 0) == 0) {
            words.push_back(name.substr(group.size() + 1));
        }
    }
    return words;
}

int runCommand(const std::string &givenName, const Args &givenArgs, bool &found)
{
    // Two-word commands ("model add"): the second word is the first argument.
    std::string name = givenName;
    Args args = givenArgs;
    const auto secondWords = secondWordsOf(name);
    if (!secondWords.empty() && !args.empty() && args[0].rfind("-", 0) != 0) {
        name += ' ' + args[0];
        args.erase(args.begin());
    }
    const auto &table = commands();
    const auto command = std::find_if(table.begin(), table.end(),
                                      [&](const Command &c) { return name == c.name; });
    found = command != table.end();
    if (!found && !secondWords.empty()) {
        found = true;  // a known group missing its second word, or with a wrong one
        std::string choices;
        for (const auto &word : secondWords) {
            choices += (choices.empty() ? "" : ", ") + word;
        }
        std::cerr << "triage-cli: " << givenName << " takes one of " << choices
                  << " (triage-cli " << givenName << ' ' << secondWords.front() << " --help)\n";
        return kExitUsage;
    }
    if (!found) {
        return kExitUsage;
    }
    if (std::find(args.begin(), args.end(), "--help") != args.end() ||
        std::find(args.begin(), args.end(), "-h") != args.end()) {
        std::cout << command->help;
        return kExitOk;
    }
    std::set<std::string> flags = command->flags;
    flags.insert("json");
    auto parsed = Arguments::parse(args, command->valueOptions, flags);
    if (!parsed) {
        return usage(parsed.error().message, *command);
    }
    const size_t positionals = parsed->positionals().size();
    if (positionals < command->minPositionals || positionals > command->maxPositionals) {
        return usage(positionals == 0 && command->opensProject
                         ? std::string("which project?")
                         : name + " got " + std::to_string(positionals) + " paths",
                     *command);
    }
    if (command->check) {
        if (auto checked = command->check(*parsed); !checked) {
            return usage(checked.error().message, *command);
        }
    }
    std::optional<ProjectStore> store;
    if (command->opensProject) {
        auto opened = ProjectStore::open(parsed->positionals()[0]);
        if (!opened) {
            return fail(opened.error());
        }
        store.emplace(std::move(*opened));
    }
    auto outcome = command->run(*parsed, store ? &*store : nullptr);
    if (!outcome) {
        return fail(outcome.error());
    }
    if (parsed->has("json")) {
        std::cout << outcome->json << '\n';
    } else {
        for (const auto &line : outcome->details) {
            std::cout << line << '\n';
        }
    }
    return kExitOk;
}

}  // namespace triage::cli
