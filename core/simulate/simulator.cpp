#include "simulator.h"

#include "calibration.h"
#include "precisiontarget.h"
#include "csvreader.h"
#include "idxfile.h"
#include "importer.h"
#include "plaintext.h"
#include "posixfile.h"

#include <algorithm>

#include <charconv>
#include <filesystem>
#include <random>
#include <unordered_set>

namespace fs = std::filesystem;

namespace triage {
namespace {

std::optional<int64_t> classIdFromText(const ProjectStore &store, const std::string &text)
{
    if (auto cls = store.classByName(text)) {
        return cls->id;
    }
    int64_t index = -1;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), index);
    if (ec == std::errc() && ptr == text.data() + text.size() && index >= 0 &&
        index < int64_t(store.classes().size())) {
        return store.classes()[size_t(index)].id;
    }
    return std::nullopt;
}

Result<Truth> truthFromIdx(ProjectStore &store, const std::string &path)
{
    auto labels = readIdx(path);
    if (!labels) {
        return labels.error();
    }
    if (labels->dims.size() != 1) {
        return makeError(ErrorCode::InvalidArgument, path + " holds images, not labels");
    }
    auto outcomes = store.items().outcomes();
    if (!outcomes) {
        return outcomes.error();
    }
    Truth truth;
    std::string pairedFile;
    for (const auto &o : *outcomes) {
        const auto record = idxRecordOf(o.path);
        if (!record) {
            continue;
        }
        const auto &[file, index] = *record;
        if (pairedFile.empty()) {
            pairedFile = file;
        } else if (file != pairedFile) {
            return makeError(
                ErrorCode::InvalidArgument,
                "the project holds records of more than one IDX file; use a CSV truth file");
        }
        if (index < labels->count()) {
            const int64_t position = labels->data[size_t(index)];
            if (position >= int64_t(store.classes().size())) {
                return makeError(ErrorCode::CorruptData, path + " has label " +
                                                             std::to_string(position) +
                                                             ", beyond the project's classes");
            }
            truth.classIdOf[o.itemId] = store.classes()[size_t(position)].id;
        }
    }
    if (pairedFile.empty()) {
        return makeError(ErrorCode::InvalidArgument,
                         "an IDX truth file needs IDX images imported into the project");
    }
    return truth;
}

Result<Truth> truthFromCsv(ProjectStore &store, const std::string &path)
{
    auto reader = CsvReader::open(path);
    if (!reader) {
        return reader.error();
    }
    auto outcomes = store.items().outcomes();
    if (!outcomes) {
        return outcomes.error();
    }
    std::unordered_map<std::string, int64_t> idOfPath;
    for (const auto &o : *outcomes) {
        idOfPath.emplace(o.path, o.itemId);
    }
    const fs::path base = fs::path(path).parent_path();
    Truth truth;
    std::vector<std::string> fields;
    bool first = true;
    while (reader->next(fields)) {
        if (fields.size() < 2) {
            if (fields.size() == 1 && fields[0].empty()) {
                continue;
            }
            return makeError(ErrorCode::CorruptData, path + " line " +
                                                         std::to_string(reader->lineNumber()) +
                                                         ": expected path,label");
        }
        // Only a row that says "path,label" is a header; any other first row is data,
        // so an unknown label there is reported, not silently taken for a header.
        const bool header = first && asciiLower(trimmed(fields[0])) == "path" &&
                            asciiLower(trimmed(fields[1])) == "label";
        first = false;
        if (header) {
            continue;
        }
        const auto cls = classIdFromText(store, fields[1]);
        if (!cls) {
            return makeError(ErrorCode::CorruptData,
                             path + " line " + std::to_string(reader->lineNumber()) + ": '" +
                                 fields[1] + "' is not a class of the project");
        }
        fs::path item(fields[0]);
        if (item.is_relative()) {
            item = base / item;
        }
        const auto found = idOfPath.find(itemPathOf(item));
        if (found == idOfPath.end()) {
            ++truth.unmatchedRows;
        } else {
            truth.classIdOf[found->second] = *cls;
        }
    }
    if (reader->failed()) {
        return reader->error();
    }
    return truth;
}

Result<MeasuredPrecision> measurePrecision(ProjectStore &store)
{
    auto audits = store.decisions().auditOutcomes();
    auto policy = store.settings().routingPolicy();
    auto thresholds = store.models().latestThresholds();
    for (const Error *e : {audits ? nullptr : &audits.error(), policy ? nullptr : &policy.error(),
                           thresholds ? nullptr : &thresholds.error()}) {
        if (e) {
            return *e;
        }
    }
    MeasuredPrecision m;
    for (const AuditOutcome &audit : *audits) {
        if (audit.ofAutoAccept) {  // evidence for withheld classes measures no auto-accept
            ++m.audited;
            m.auditedRight += audit.right;
        }
    }
    std::tie(m.low, m.high) = wilsonInterval(m.auditedRight, m.audited);
    if (policy->targetPrecision > 0) {
        m.classesAccepted = int(std::count_if(thresholds->begin(), thresholds->end(),
                                              [](const ClassThreshold &t) { return t.accepted; }));
    }
    return m;
}

}  // namespace

Result<Truth> loadTruth(ProjectStore &store, const std::string &path)
{
    if (const std::string why = notRegularFileReason(path); !why.empty()) {
        return makeError(ErrorCode::NotFound, "cannot read truth file " + path + ": it " + why);
    }
    auto truth = looksLikeIdx(path) ? truthFromIdx(store, path) : truthFromCsv(store, path);
    if (truth && truth->classIdOf.empty()) {
        return makeError(ErrorCode::InvalidArgument,
                         "the truth file " + path + " names none of the project's items (" +
                             std::to_string(truth->unmatchedRows) +
                             " rows name files the project does not hold)");
    }
    return truth;
}

Result<PoolMetrics> evaluate(ProjectStore &store, const Truth &truth)
{
    auto outcomes = store.items().outcomes();
    if (!outcomes) {
        return outcomes.error();
    }
    PoolMetrics m;
    int64_t humanCorrect = 0;
    std::vector<double> confidences;  // of the items without a human label
    std::vector<uint8_t> predictionRight;
    for (const auto &o : *outcomes) {
        const auto found = truth.classIdOf.find(o.itemId);
        if (found == truth.classIdOf.end()) {
            continue;
        }
        ++m.pool;
        const std::optional<int64_t> label = o.labelClassId ? o.labelClassId : o.predictedClassId;
        const bool right = label && *label == found->second;
        m.correct += right;
        if (o.labelSource == LabelSource::Auto) {
            ++m.autoAccepted;
            m.autoCorrect += right;
        } else if (o.labelSource) {
            ++m.humanLabels;
            humanCorrect += right;
        }
        if (o.labelSource != LabelSource::Human && o.labelSource != LabelSource::Import &&
            o.predictedProbability) {
            confidences.push_back(*o.predictedProbability);
            predictionRight.push_back(o.predictedClassId == found->second ? 1 : 0);
        }
    }
    auto ratio = [](int64_t a, int64_t b) {
        return b > 0 ? double(a) / double(b) : 0.0;
    };
    m.overallAccuracy = ratio(m.correct, m.pool);
    m.autoPrecision = ratio(m.autoCorrect, m.autoAccepted);
    m.autoCoverage = ratio(m.autoAccepted, m.pool - m.humanLabels);
    m.humanOnlyAccuracy = ratio(humanCorrect, m.pool);
    m.calibrationError = expectedCalibrationError(confidences, predictionRight);
    return m;
}

Result<SimulationReport> simulate(ProjectStore &store, const Truth &truth,
                                  const SimulationOptions &options, const ProgressFn &progress,
                                  const CancelToken &cancel)
{
    if (options.budget <= 0 || options.batch <= 0) {
        return makeError(ErrorCode::InvalidArgument, "budget and batch must be positive");
    }
    if (!std::is_sorted(options.roundsAt.begin(), options.roundsAt.end(), std::less_equal<>()) ||
        (!options.roundsAt.empty() && options.roundsAt.front() <= 0)) {
        return makeError(ErrorCode::InvalidArgument,
                         "the decision counts to retrain at must be positive and increasing");
    }
    // How many decisions the next round answers before retraining.
    const auto nextRound = [&](int64_t done) {
        for (const int64_t at : options.roundsAt) {
            if (at > done) {
                return std::min(at, options.budget) - done;
            }
        }
        return std::min(options.roundsAt.empty() ? options.batch : options.budget - done,
                        options.budget - done);
    };
    AutoLabeler labeler(options.autoLabel);
    SimulationReport report;
    auto policy = store.settings().routingPolicy();
    if (!policy) {
        return policy.error();
    }
    report.strategy =
        options.sampling == Sampling::Random ? "random" : std::string(toText(policy->strategy));
    std::unordered_set<int64_t> noTruth;  // queued items the truth does not cover: passed over
    std::mt19937_64 rng(options.seed);
    while (report.decisions < options.budget) {
        const int64_t want = nextRound(report.decisions);
        int64_t answered = 0;
        // Answer the queue's head (or a random sample of it), passing over items without
        // a truth, until `want` are answered or nothing answerable is left.
        for (bool progressed = true; answered < want && progressed;) {
            progressed = false;
            const int64_t fetch = options.sampling == Sampling::Random
                                      ? std::numeric_limits<int64_t>::max()
                                      : want - answered + int64_t(noTruth.size());
            auto queue = store.items().reviewQueue(fetch);
            if (!queue) {
                return queue.error();
            }
            if (options.sampling == Sampling::Random) {
                std::shuffle(queue->begin(), queue->end(), rng);
            }
            for (int64_t itemId : *queue) {
                if (answered == want || cancel.isCancelled()) {
                    break;
                }
                const auto found = truth.classIdOf.find(itemId);
                if (found == truth.classIdOf.end()) {
                    noTruth.insert(itemId);
                    continue;
                }
                DecisionInput decision;
                decision.itemId = itemId;
                decision.annotator = options.annotator;
                decision.kind = DecisionKind::Label;
                decision.classId = found->second;
                // What the review would have suggested: the drift monitor measures how
                // often people take it.
                auto predicted = store.predictions().latestFor(itemId);
                if (!predicted) {
                    return predicted.error();
                }
                if (*predicted && (*predicted)->size() == store.classes().size()) {
                    const auto &p = **predicted;
                    const auto top = size_t(std::max_element(p.begin(), p.end()) - p.begin());
                    decision.suggestedClassId = store.classes()[top].id;
                }
                auto recorded = store.decisions().record(decision);
                if (!recorded) {
                    return recorded.error();
                }
                if (options.onDecision) {
                    options.onDecision(itemId, *recorded);
                }
                ++answered;
                progressed = true;
            }
            if (cancel.isCancelled() || options.sampling == Sampling::Random) {
                break;  // a random pass sees the whole queue at once
            }
        }
        if (cancel.isCancelled()) {
            return makeError(ErrorCode::Cancelled, "simulation cancelled; its decisions are kept");
        }
        if (answered == 0) {
            break;  // no item with a truth is left in the queue
        }
        report.decisions += answered;
        reportProgress(progress, "simulate", report.decisions, options.budget);

        SimulationRound round;
        round.humanDecisions = report.decisions;
        auto labeled = labeler.run(store, progress, cancel);
        if (labeled) {
            round.trainSeconds = labeled->training.seconds;
            round.validationAccuracy = labeled->training.validationAccuracy;
        } else if (labeled.error().code != ErrorCode::NotReady) {
            return labeled.error();  // too few labels yet is fine; anything else is not
        }
        auto metrics = evaluate(store, truth);
        if (!metrics) {
            return metrics.error();
        }
        round.metrics = *metrics;
        auto measured = measurePrecision(store);
        if (!measured) {
            return measured.error();
        }
        round.measured = *measured;
        report.rounds.push_back(round);
    }
    if (report.decisions == 0) {
        return makeError(ErrorCode::NotReady,
                         "no decision was simulated: none of the " +
                             std::to_string(truth.classIdOf.size()) +
                             " items the truth file covers is waiting in the review queue");
    }
    auto metrics = evaluate(store, truth);
    if (!metrics) {
        return metrics.error();
    }
    report.final = *metrics;
    return report;
}

}  // namespace triage
