#pragma once
// Plain value types shared by the store and the pipeline stages.
#include "modelspec.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace triage {

// Removed: a person took the item out of the project (its decisions stay in the log).
// Stored as numbers: schema 7 keeps a count for each of 1-6 (item_state_counts).
enum class ItemState { Unlabeled = 1, Queued, AutoAccepted, HumanLabeled, Failed, Removed };
enum class LabelSource { Human = 1, Import, Auto };
enum class DecisionKind { Label = 1, Skip, Undo, Remove };
enum class DecisionSource { Human = 1, Import };
enum class JobState { Running = 1, Succeeded, Failed, Cancelled, Interrupted };

std::string_view toText(ItemState state);
std::string_view toText(LabelSource source);
std::string_view toText(DecisionKind kind);
std::string_view toText(JobState state);
std::optional<ItemState> itemStateFromString(std::string_view text);

struct ClassInfo {
    int64_t id = 0;
    std::string name;
    int position = 0;  // 0-based; the learner's output index and the review key order
};

// How the review queue orders the items it routes there (issue 9): by the top class's
// probability (least confident first), by the gap between the two best classes (smallest
// first), by the entropy of the whole distribution (highest first); or mixed: the typical
// items of the pool's clusters first (coldstart.h) until people have given
// kColdStartLabelsPerClass labels a class on average, then margin; or diverse: the
// smallest margins, spread over the pool by k-center greedy (diversity.h).
enum class SamplingStrategy { LeastConfidence = 1, Margin, Entropy, Mixed, Diverse };
// "least-confidence", "margin", "entropy", "mixed", "diverse"
std::string_view toText(SamplingStrategy strategy);
std::optional<SamplingStrategy> samplingStrategyFromText(std::string_view text);
// The texts, for messages: "least-confidence, margin, ... or diverse".
std::string samplingStrategyChoices();

struct RoutingPolicy {
    double acceptThreshold = 0.95;    // with no target: the calibrated top probability needed
    int minHumanLabelsPerClass = 20;  // a class is auto-accepted only once people gave this many
    SamplingStrategy strategy = SamplingStrategy::Mixed;
    // The precision auto-accepted labels must reach (precisiontarget.h): each class gets the
    // threshold its evidence supports, or none yet. 0: acceptThreshold for every class.
    double targetPrecision = 0.99;
    double auditShare = 0.02;  // of auto-accepts, sent to review at random to measure them
};

constexpr int kColdStartLabelsPerClass = 20;
constexpr double kMinTargetPrecision = 0.5;
constexpr double kMaxTargetPrecision = 0.9999;
constexpr double kMaxAuditShare = 0.5;

constexpr int64_t kDefaultPixelLimit = 100'000'000;  // 100 megapixels
constexpr int64_t kMaxPixelLimit = 1'000'000'000;    // what a project may raise it to

// Checks a policy's ranges: threshold in (0, 1], minimum labels 0..kMaxMinLabelsPerClass.
constexpr int kMaxMinLabelsPerClass = 1'000'000;

struct ItemMeta {
    std::string path;  // absolute file path, or "FILE#N" for record N of an IDX file
    std::string contentHash;
    int64_t fileSize = 0;
    int width = 0;
    int height = 0;
    int channels = 0;
    std::string format;  // "png", "jpeg", "idx", ...
};

// What the project knows of a path it imported before.
struct KnownPath {
    int64_t itemId = 0;
    ItemState state = ItemState::Unlabeled;
};

struct ItemRow {
    int64_t id = 0;
    std::string path;
    ItemState state = ItemState::Unlabeled;
    std::optional<int64_t> classId;
    std::optional<LabelSource> source;
    std::optional<double> confidence;
    std::string failure;
    int width = 0;
    int height = 0;
    // The latest round's top class and its probability, where the item was scored (filled
    // by ItemRepository::rows(), for the browse view).
    std::optional<int64_t> suggestedClassId;
    double suggestedProbability = 0;
};

// One of `count` deterministic shards of the pool: the items whose id leaves `index` when
// divided by `count`. An item stays in its shard however the pool grows, so shards can be
// scored by separate processes, rerun and resumed.
struct PoolShard {
    int64_t index = 0;
    int64_t count = 1;  // 1: the whole pool
};

struct ItemFilter {
    std::optional<ItemState> state;
    std::optional<int64_t> classId;
    int64_t limit = -1;
    int64_t offset = 0;
    int64_t afterId = 0;  // only items with a larger id: a cursor that stays put as items come
};

// The browse view's question: which items, in which order. Only ids come back
// (ItemRepository::findIds); the rows on screen are fetched by id (rows()).
enum class ItemSort { Id, Path, State, Label, Source, Confidence };
struct ItemQuery {
    std::optional<ItemState> state;  // nullopt: every state but Removed
    std::optional<int64_t> classId;  // the label's class
    std::string pathContains;        // a case-insensitive part of the path; "" matches all
    std::optional<int64_t> suggestedClassId;  // the latest round's top class
    bool auditsOnly = false;                  // items routing queued as audits
    ItemSort sort = ItemSort::Id;
    bool descending = false;
};

struct ClassCount {
    int64_t classId = 0;
    int64_t human = 0;
    int64_t imported = 0;
    int64_t automatic = 0;
};

struct ProjectCounts {
    int64_t total = 0;
    int64_t unlabeled = 0;
    int64_t queued = 0;
    int64_t autoAccepted = 0;
    int64_t humanLabeled = 0;
    int64_t failed = 0;
    int64_t removed = 0;  // not counted in total
    int64_t humanDecisions = 0;
    int64_t highestItemId = 0;  // item ids run from 1 to this (caches size by it)
    std::vector<ClassCount> byClass;
};

struct LabeledItem {
    int64_t itemId = 0;
    int64_t classId = 0;
    LabelSource source = LabelSource::Human;
};

// An automatic label with its calibrated confidence.
struct ConfidentLabel {
    int64_t itemId = 0;
    int64_t classId = 0;
    double confidence = 0;
};

// An item's current label (if any) and the latest model's top class (if scored).
struct ItemOutcome {
    int64_t itemId = 0;
    std::string path;
    std::optional<int64_t> labelClassId;
    std::optional<LabelSource> labelSource;
    std::optional<int64_t> predictedClassId;
    std::optional<double> predictedProbability;  // the reported confidence in that class
};

struct DecisionInput {
    int64_t itemId = 0;
    DecisionKind kind = DecisionKind::Label;  // Label or Skip; Undo goes through undoLatestDecision
    std::optional<int64_t> classId;
    std::string annotator;
    double secondsSpent = 0;
    std::optional<int64_t> suggestedClassId;
};

struct DecisionRecord {
    int64_t id = 0;
    int64_t itemId = 0;
    DecisionKind kind = DecisionKind::Label;
    DecisionSource source = DecisionSource::Human;
    std::optional<int64_t> classId;
    std::string annotator;
    std::string decidedAt;
    double secondsSpent = 0;
    std::optional<int64_t> suggestedClassId;
    std::optional<int64_t> undoesDecisionId;
};

struct ModelVersionInput {
    std::string kind = "learner";
    int64_t humanLabels = 0;
    double validationAccuracy = -1;
    double temperature = 1;
    std::string device;
    std::vector<uint8_t> weights;
};

struct ModelVersion {
    int64_t id = 0;
    std::string kind;
    std::string createdAt;
    int64_t humanLabels = 0;
    double validationAccuracy = -1;
    double temperature = 1;
    std::string device;
};

enum class RouteKind { AutoAccept = 1, Queue };

struct Route {
    int64_t itemId = 0;
    RouteKind kind = RouteKind::Queue;
    int64_t classId = 0;    // the model's top class
    double confidence = 0;  // its calibrated probability
    double queueRank = 0;   // lower is reviewed first
    bool audit = false;     // queued although confident: a sample of what auto-accept takes
};

// How one class's automatic labels changed in a round: items that got one they did not
// have, that moved to it from another class or away from it, and whose label was
// withdrawn (queued for a person instead).
struct AutoLabelChange {
    int64_t classId = 0;
    int64_t added = 0;
    int64_t movedIn = 0;
    int64_t movedOut = 0;
    int64_t withdrawn = 0;
};

struct RoutingSummary {
    int64_t autoAccepted = 0;
    int64_t queued = 0;
    int64_t audits = 0;     // of the queued, confident items sent to review as an audit
    int64_t untouched = 0;  // labelled by a person or an import since scoring began
    std::vector<AutoLabelChange> changes;  // per class with any change, by class id
};

// One class in a round's record (RoundStats).
struct RoundClassStats {
    int64_t classId = 0;
    int64_t peoplesLabels = 0;  // by people or imports, after the round
    int64_t autoLabels = 0;     // auto-accepted, after the round
    // The round's top class of the items imported since the previous round, and of the
    // items imported before it: what drift monitoring compares.
    int64_t newPredicted = 0;
    int64_t earlierPredicted = 0;
    AutoLabelChange change;
};

// What a routed round measured, recorded with it: the dashboard's learning curve and the
// drift monitor read these (roundstats.h).
struct RoundStats {
    int64_t modelVersionId = 0;
    std::string kind;       // the model version's: "learner", "label-model"
    std::string createdAt;  // ISO 8601, UTC
    double heldOutAccuracy = -1;  // the learner's validation accuracy; -1 without one
    int64_t scored = 0;
    int64_t autoAccepted = 0;
    int64_t queued = 0;
    int64_t audits = 0;
    // Audited auto-accepts people had answered by the round, and how many were right.
    int64_t audited = 0;
    int64_t auditedRight = 0;
    // People's labels since the previous round on items that showed a suggestion, and how
    // many chose the suggested class.
    int64_t newDecisions = 0;
    int64_t agreed = 0;
    int64_t lastDecisionId = 0;  // the newest decision when the round was recorded
    int64_t lastItemId = 0;      // the newest item it scored: later ones are new next round
    int64_t newItems = 0;        // scored items imported since the previous round
    // New items' mean embedding against earlier items', in the earlier items' standard
    // deviations; -1 without embeddings (a backbone) or without new items.
    double featureShift = -1;
    std::vector<RoundClassStats> classes;  // in class position order
};

// People's labels given since a decision, with a suggestion shown.
struct SuggestionAgreement {
    int64_t decisions = 0;
    int64_t agreed = 0;
    int64_t lastDecisionId = 0;  // the newest decision of any kind
};

// A round's top probabilities in equal bins over [0, 1], with how people's labels in each
// bin agree (their out-of-fold scores): the confidence histogram and reliability diagram.
struct ConfidenceBin {
    int64_t items = 0;
    int64_t labelled = 0;      // by people or imports
    int64_t labelledRight = 0; // of them, the top class was the label
    double labelledConfidence = 0;  // their mean top probability
};

// The lead's limits for label-quality drift (driftmonitor.h); a project setting. A figure
// past its limit raises a warning; a negative limit is off.
struct DriftThresholds {
    // The queue holds the items the model is least sure of: people take its suggestion
    // for about half of them (52-62% on the demo), so the default warns well below that.
    double minAgreement = 0.40;         // share of new human labels that took the suggestion
    double minAuditPrecision = 0.95;    // share of audited auto-accepts people confirmed
    double maxImportDivergence = 0.05;  // Jensen-Shannon, new imports' classes vs earlier
    // Labels shift while auto-accept starts (up to 0.13 from the first round on the demo).
    double maxLabelDrift = 0.15;        // Jensen-Shannon, all labels vs the reference round
    double maxFeatureShift = 0.25;      // new imports' mean embedding, in standard deviations
    int64_t referenceRound = 0;         // the model version compared with; 0: the first round
};

// What a round's evidence allows for one class under the target precision
// (precisiontarget.h): its threshold, or why it is withheld.
struct ClassThreshold {
    int64_t classId = 0;
    bool accepted = false;  // some threshold reaches the target
    double threshold = 1;   // accepted: the lowest confidence auto-accepted
    double candidate = 1;   // what calibration alone would allow: audits are drawn above it
    int64_t evidence = 0;   // labelled items at or above the threshold (withheld: the candidate)
    int64_t right = 0;      // of them, predicted right
    double lowerBound = 0;  // one-sided 95% lower bound of auto-accept's precision there
    // Withheld: confident right answers still needed; -1 when no unlabelled item of the
    // class is confident enough for the target even if the evidence were perfect.
    int64_t moreNeeded = 0;
    // The class's own evidence showed more errors than all classes' together allow, so it
    // is judged on its own (and needs answers on its own items).
    bool ownEvidence = false;
};

// An audited auto-accept that a person has answered.
struct AuditOutcome {
    int64_t itemId = 0;
    int64_t classId = 0;  // what auto-accept would have said
    double confidence = 0;
    bool right = false;  // the person chose that class
    // Auto-accept would have taken it: its class was accepted in its round and its confidence
    // reached the class's threshold (or the round had one threshold for all). Otherwise it
    // was evidence for a withheld class (routing.h).
    bool ofAutoAccept = true;
};

// A confident item routing queued for a person to check instead of auto-accepting.
struct AuditRecord {
    int64_t classId = 0;  // what auto-accept would have said
    double confidence = 0;
    int64_t modelVersionId = 0;
};

struct AnnotatorTotals {
    std::string annotator;
    int64_t labels = 0;
    int64_t skips = 0;
    double seconds = 0;                 // looking at the items they decided
    int64_t withSuggestion = 0;         // labels given where a suggestion was shown
    int64_t agreedWithSuggestion = 0;   // of those, the suggested class
    std::string first;                  // first and latest decision (ISO 8601, UTC)
    std::string last;
};

struct JobRecord {
    int64_t id = 0;
    std::string kind;
    JobState state = JobState::Running;
    int64_t done = 0;
    int64_t total = 0;
    std::string message;
    std::string error;
    std::string startedAt;
    std::string finishedAt;
    bool cancelRequested = false;  // someone asked it to stop (any process, any face)
    std::string result;            // a succeeded job's outcome as JSON; "" otherwise
};

// A model a person brought (TorchScript), as the project records it. A classifier's
// classMap says, for each of its outputs, which project class it votes for (nullopt:
// abstain); an embedder has none.
struct ProjectModelInput {
    std::string name;
    ModelKind kind = ModelKind::Classifier;
    ModelFormat format = ModelFormat::TorchScript;
    std::string path;
    std::string contentHash;  // of the file when it was added: a changed file is refused
    InputSpec spec;
    std::vector<std::optional<int64_t>> classMap;
    int outputWidth = 0;  // the model's own outputs (classifier scores, embedding width)
    std::string outputName;  // an embedder's intermediate output; "" for its forward's
};

// What one classifier says of one item: its probabilities over the project's classes.
struct ModelVote {
    std::string model;
    std::vector<float> probabilities;
};

// Every output of one model: ids.size() rows of `width` values, by item id.
struct ModelOutputTable {
    std::vector<int64_t> itemIds;
    int width = 0;
    std::vector<float> values;
};

struct ProjectModel : ProjectModelInput {
    int64_t id = 0;
    std::string addedAt;
    int64_t scoredItems = 0;
};

// How the label model combines labeling functions' votes (labelmodel.h); a project setting.
enum class LabelModelKind { MajorityVote = 1, WeightedVote, DawidSkene };
std::string_view toText(LabelModelKind kind);  // "majority", "weighted", "dawid-skene"
std::optional<LabelModelKind> labelModelKindFromText(std::string_view text);

// An item with what import measured of it: what labeling functions look at.
struct StoredItem {
    int64_t id = 0;
    ItemMeta meta;
};

// One version of a labeling function (the current one, unless a history was asked for).
// `definition` is the JSON lfdefinition.h reads; the store does not look inside it.
struct LfRecord {
    int64_t id = 0;
    std::string name;
    bool enabled = true;
    int64_t versionId = 0;
    int version = 1;
    std::string kind;  // as in the definition: "pattern", "learner", ...
    std::string definition;
    std::string createdAt;   // of this version
    int64_t appliedThrough = 0;  // item-local kinds: every item up to this id has been voted on
    int64_t votes = 0;       // items this version votes a class on
};

// Every vote of some LF versions: parallel columns, by version then item.
struct LfVoteTable {
    std::vector<int64_t> versionIds;
    std::vector<int64_t> itemIds;
    std::vector<int64_t> classIds;
};

// What one LF (its current version) votes on one item: provenance for review and browse.
struct ItemLfVote {
    std::string lf;
    int64_t classId = 0;
};

// Perceptual hashes and 16x16 thumbnails of the items that have them (lfpoolvotes.h).
struct SignatureTable {
    std::vector<int64_t> itemIds;
    std::vector<uint64_t> hashes;
    std::vector<uint8_t> thumbnails;  // itemIds.size() x thumbnailBytes
    int thumbnailBytes = 0;
};

std::string utcNowIso8601();
// Seconds since the epoch, as review leases count time (LeaseRepository).
double epochSeconds();

// Dataset versions (issue 11): immutable snapshots of the labels.
enum class Split { None = 0, Train, Val, Test };
std::string_view toText(Split split);

// Train/validation/test fractions (summing to 1) and the seed that orders items.
struct SplitPlan {
    double train = 0.8;
    double val = 0.1;
    double test = 0.1;
    int64_t seed = 0;
    bool operator==(const SplitPlan &) const = default;
};

// One labelled item in a version: its label with where it came from.
struct VersionItem {
    int64_t itemId = 0;
    int64_t classId = 0;
    LabelSource source = LabelSource::Human;
    double confidence = 1;
    std::optional<int64_t> modelVersionId;  // automatic labels: the round that gave it
    std::optional<int64_t> decisionId;      // people's and imports' labels: the decision
    std::string labelledAt;                 // ISO 8601, UTC
    Split split = Split::None;
    // Read with the item, not stored: what the digest and the diff name.
    std::string path;
    std::string contentHash;
    std::string annotator;  // the decision's; "" for automatic labels
};

struct DatasetVersion {
    int64_t id = 0;
    std::string name;
    std::string note;
    std::string createdAt;
    std::string createdBy;
    bool includeAutomatic = true;  // auto-accepted labels as well as people's and imports'
    double minConfidence = 0;      // automatic labels below it were left out
    std::optional<SplitPlan> splits;
    std::string digest;  // SHA-256 of the rows (versions.h)
    int64_t itemCount = 0;
};

// Who may do what through the REST server: an annotator reviews, a lead runs the
// project (imports, rounds, labeling functions, models, versions, exports), an admin also
// manages tokens. Each role can do everything the one before it can.
enum class TokenRole { Annotator = 1, Lead, Admin };
std::string_view toText(TokenRole role);  // "annotator", "lead", "admin"
std::optional<TokenRole> tokenRoleFromText(std::string_view text);

// A bearer token as the project keeps it: the secret itself is never stored.
struct ApiToken {
    int64_t id = 0;
    std::string name;  // who uses it; decisions made with it name this annotator
    TokenRole role = TokenRole::Annotator;
    std::string createdAt;
    std::string revokedAt;  // "" while it is valid
};

// A review item handed to one client until `expiresAt` (seconds since the epoch).
struct ReviewLease {
    int64_t itemId = 0;
    std::string holder;
    double expiresAt = 0;
};

}  // namespace triage
