#pragma once
// The store's interface, one repository per aggregate. Backend-neutral: the SQLite backend
// implements it today, a PostgreSQL backend later. The rules that make a project's data
// mean something (how the log derives a label, that nothing automatic overwrites a person)
// are in storerules.h and every backend applies them.
//
// Every method returns a Result; nothing throws. A method that writes commits before it
// returns, unless it runs inside ProjectStore::unitOfWork, which commits all or nothing.
#include "projecttypes.h"
#include "result.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace triage {

class SettingsRepository {
public:
    virtual ~SettingsRepository() = default;
    virtual Result<std::string> name() = 0;
    // When the project was made (ISO 8601, UTC): with the name, what tells two projects
    // that had the same file apart.
    virtual Result<std::string> createdAt() = 0;
    virtual Result<RoutingPolicy> routingPolicy() = 0;
    virtual Result<void> setRoutingPolicy(const RoutingPolicy &policy) = 0;
    // The largest image, in pixels, this project decodes (import, auto-label, review, export).
    virtual Result<int64_t> pixelLimit() = 0;
    virtual Result<void> setPixelLimit(int64_t pixelLimit) = 0;
    // The embedder whose features the learner trains on; "" when it learns from pixels.
    virtual Result<std::string> backbone() = 0;
    virtual Result<void> setBackbone(const std::string &modelName) = 0;
    virtual Result<LabelModelKind> labelModel() = 0;  // Dawid–Skene unless chosen
    virtual Result<void> setLabelModel(LabelModelKind kind) = 0;
    virtual Result<DriftThresholds> driftThresholds() = 0;  // the defaults until set
    virtual Result<void> setDriftThresholds(const DriftThresholds &thresholds) = 0;
};

class ItemRepository {
public:
    virtual ~ItemRepository() = default;
    virtual Result<std::optional<KnownPath>> findPath(const std::string &path) = 0;
    // findPath for many paths at once, answered from one snapshot.
    virtual Result<std::vector<std::optional<KnownPath>>>
    findPaths(std::span<const std::string> paths) = 0;
    virtual Result<std::optional<int64_t>> idByHash(const std::string &contentHash) = 0;
    virtual Result<int64_t> add(const ItemMeta &meta, double queueRank) = 0;
    // add() unless the path or the content is in the project already: nullopt then, and
    // nothing written. One statement for the import's common case.
    virtual Result<std::optional<int64_t>> addIfNew(const ItemMeta &meta, double queueRank) = 0;
    virtual Result<int64_t> addFailed(const std::string &path, const std::string &reason) = 0;
    // A failed item probed again: its new reason, or, now that it decodes, its metadata
    // (state back to unlabeled). Returns the item id.
    virtual Result<void> updateFailure(int64_t itemId, const std::string &reason) = 0;
    virtual Result<int64_t> reviveFailed(int64_t itemId, const ItemMeta &meta,
                                         double queueRank) = 0;
    // An item that stopped decoding (moved, changed, damaged). Items people or imports
    // labelled keep their state: their label stays valid evidence.
    virtual Result<void> markFailed(int64_t itemId, const std::string &reason) = 0;

    virtual Result<std::vector<ItemRow>> list(const ItemFilter &filter) = 0;
    virtual Result<std::optional<ItemRow>> get(int64_t itemId) = 0;
    // The ids of the items a query selects, in its order, ties by id: what a view of a
    // million items holds (8 bytes each) instead of the rows.
    virtual Result<std::vector<int64_t>> findIds(const ItemQuery &query) = 0;
    // These items' rows in the order given, with the latest round's suggestion; an id
    // that no longer exists is left out.
    virtual Result<std::vector<ItemRow>> rows(std::span<const int64_t> itemIds) = 0;
    // How many items are in each state, the empty ones left out (kept counters: constant
    // time).
    virtual Result<std::vector<std::pair<ItemState, int64_t>>> stateCounts() = 0;
    virtual Result<ProjectCounts> counts() = 0;
    virtual Result<std::vector<ItemOutcome>> outcomes() = 0;  // every item that did not fail
    virtual Result<std::vector<int64_t>> reviewQueue(int64_t limit) = 0;
    virtual Result<int64_t> reviewQueueLength() = 0;
    // Kept counters, constant time at any size: the review asks after every decision.
    virtual Result<int64_t> countInState(ItemState state) = 0;
    // Usable items (not failed, not removed) after `afterItemId`, by id, with their metadata:
    // a job walks the pool once, batch by batch.
    virtual Result<std::vector<StoredItem>> usableAfter(int64_t afterItemId, int64_t limit) = 0;
    virtual Result<std::vector<int64_t>> usableIds() = 0;  // by id
};

// The decision log (append-only) and the labels derived from it and from routing.
class DecisionRepository {
public:
    virtual ~DecisionRepository() = default;
    // A person's Label or Skip; one committed transaction.
    virtual Result<int64_t> record(const DecisionInput &decision) = 0;
    // Appends an Undo of the item's latest decision still in effect and re-derives the
    // item's label. Returns the undo decision's id.
    virtual Result<int64_t> undoLatest(int64_t itemId, const std::string &annotator) = 0;
    // A label that came with the data (class-named folder, manifest column): a decision
    // with source Import, so its provenance is in the log like a person's.
    virtual Result<void> addImportLabel(int64_t itemId, int64_t classId) = 0;
    // Takes items out of the project: a Remove decision each, state Removed, label
    // dropped. Returns how many were removed (already removed ones are not counted).
    virtual Result<int64_t> removeItems(std::span<const int64_t> itemIds,
                                        const std::string &annotator) = 0;
    virtual Result<std::vector<DecisionRecord>> log(std::optional<int64_t> itemId) = 0;
    virtual Result<std::vector<LabeledItem>> humanLabels() = 0;  // human and import labels
    // The labels the label model auto-accepted (not the learner's own): what the learner
    // also trains on, weighted by their confidence.
    virtual Result<std::vector<ConfidentLabel>> labelModelLabels() = 0;
    // Applies routes to items no person or import has labelled; returns what changed. An
    // audit route queues the item and records what auto-accept would have said.
    virtual Result<RoutingSummary> applyRoutes(int64_t modelVersionId,
                                               std::span<const Route> routes) = 0;
    // The audits people have answered (a label; a skip is no answer), by item id.
    virtual Result<std::vector<AuditOutcome>> auditOutcomes() = 0;
    // The item's audit, if routing queued it as one: what auto-accept would have said.
    virtual Result<std::optional<AuditRecord>> auditOf(int64_t itemId) = 0;
    // Per person: their label and skip decisions still in the log, time spent, and how often
    // a label agreed with the suggestion shown (a dashboard's throughput figures).
    virtual Result<std::vector<AnnotatorTotals>> annotatorTotals() = 0;
    // People's labels after `decisionId` that were given with a suggestion shown.
    virtual Result<SuggestionAgreement> suggestionAgreementSince(int64_t decisionId) = 0;
};

class ModelRepository {
public:
    virtual ~ModelRepository() = default;
    // A new version is incomplete until complete(): queries ignore it, so a killed round
    // never becomes the current learner.
    virtual Result<int64_t> add(const ModelVersionInput &version) = 0;
    virtual Result<void> complete(int64_t modelVersionId) = 0;
    virtual Result<std::optional<ModelVersion>> latest() = 0;  // the newest learner round
    virtual Result<std::vector<uint8_t>> weights(int64_t modelVersionId) = 0;
    // The per-class thresholds a round routed with (target precision), and those of the
    // newest complete round that has them (empty before any).
    virtual Result<void> storeThresholds(int64_t modelVersionId,
                                         std::span<const ClassThreshold> thresholds) = 0;
    virtual Result<std::vector<ClassThreshold>> latestThresholds() = 0;
    // What a routed round measured, and those of every complete round, oldest first.
    virtual Result<void> storeRoundStats(const RoundStats &stats) = 0;
    virtual Result<std::vector<RoundStats>> roundStats() = 0;
};

class PredictionRepository {
public:
    virtual ~PredictionRepository() = default;
    // probabilities: itemIds.size() x class count, row-major, in class position order.
    virtual Result<void> store(int64_t modelVersionId, std::span<const int64_t> itemIds,
                               std::span<const float> probabilities) = 0;
    virtual Result<std::optional<std::vector<float>>> latestFor(int64_t itemId) = 0;
    // Drops the predictions of every round the product no longer uses: all but the
    // latest complete round, the rounds an auto-accepted label points to, and the round
    // being written. Returns how many rows went.
    virtual Result<int64_t> prune() = 0;
    virtual Result<std::vector<int64_t>> roundsWithPredictions() = 0;
    // A round's top probabilities in `bins` equal bins over [0, 1].
    virtual Result<std::vector<ConfidenceBin>> confidenceBins(int64_t modelVersionId,
                                                              int bins) = 0;
};

// Models people brought, and what they output for each item: a classifier's probabilities
// over the project's classes (class position order), or an embedder's vector.
class ProjectModelRepository {
public:
    virtual ~ProjectModelRepository() = default;
    virtual Result<int64_t> add(const ProjectModelInput &model) = 0;  // AlreadyExists by name
    virtual Result<std::vector<ProjectModel>> list() = 0;
    virtual Result<std::optional<ProjectModel>> byName(const std::string &name) = 0;
    // Forgets the model and its outputs; the file is not touched.
    virtual Result<void> remove(int64_t modelId) = 0;
    // Usable items (not failed, not removed) after `afterItemId` that the model has no
    // output for yet, by id: a job walks the pool once, batch by batch.
    virtual Result<std::vector<ItemRow>> unscoredItems(int64_t modelId, int64_t afterItemId,
                                                       int64_t limit, PoolShard shard) = 0;
    // values: itemIds.size() rows of equal width. Embeddings are stored as float16.
    virtual Result<void> storeOutputs(int64_t modelId, std::span<const int64_t> itemIds,
                                      std::span<const float> values) = 0;
    virtual Result<std::optional<std::vector<float>>> output(int64_t modelId, int64_t itemId) = 0;
    // Every output of the model for usable items (a backbone's features, say).
    virtual Result<ModelOutputTable> outputs(int64_t modelId) = 0;
    // Every classifier's output for one item, in the order the models were added: one
    // lookup per model, whatever the pool's size (review asks for it on every item).
    virtual Result<std::vector<ModelVote>> votesFor(int64_t itemId) = 0;
};

// Labeling functions and their votes (issue 8). A function has versions: editing it adds
// one, and votes belong to a version, so what an old version voted stays on record. The
// store keeps each definition as JSON text without looking inside (lfdefinition.h reads it).
// Every project has the built-in "learner" function, which can be disabled, not removed.
class LabelingFunctionRepository {
public:
    virtual ~LabelingFunctionRepository() = default;
    virtual Result<LfRecord> add(const std::string &name, const std::string &kind,
                                 const std::string &definition, bool enabled) = 0;
    virtual Result<std::vector<LfRecord>> list() = 0;  // current versions, in the order added
    virtual Result<std::optional<LfRecord>> byName(const std::string &name) = 0;
    virtual Result<std::vector<LfRecord>> history(int64_t lfId) = 0;  // oldest first
    virtual Result<LfRecord> addVersion(int64_t lfId, const std::string &kind,
                                        const std::string &definition) = 0;
    virtual Result<void> setEnabled(int64_t lfId, bool enabled) = 0;
    virtual Result<void> remove(int64_t lfId) = 0;  // with every version and vote
    // Votes (class ids; abstentions are not stored) for items of one batch of an apply
    // walk, and the walk's progress, in one transaction.
    virtual Result<void> appendVotes(int64_t versionId, std::span<const int64_t> itemIds,
                                     std::span<const int64_t> classIds,
                                     int64_t appliedThrough) = 0;
    // All of a version's votes at once: the pool-wide kinds, recomputed as labels change.
    virtual Result<void> replaceVotes(int64_t versionId, std::span<const int64_t> itemIds,
                                      std::span<const int64_t> classIds) = 0;
    virtual Result<LfVoteTable> votes(std::span<const int64_t> versionIds) = 0;
    // What each enabled function's current version votes on the item.
    virtual Result<std::vector<ItemLfVote>> votesFor(int64_t itemId) = 0;
    // votesFor for every item at once (the browse view's column), by item id.
    virtual Result<std::vector<std::pair<int64_t, ItemLfVote>>> currentVotes() = 0;
    virtual Result<void> storeSignatures(std::span<const int64_t> itemIds,
                                         const SignatureTable &signatures) = 0;
    virtual Result<SignatureTable> signatures() = 0;  // of usable items, by id
};

// Dataset versions (issue 11): immutable snapshots of the labels. Nothing changes a
// version's rows; a version can only be deleted whole.
class VersionRepository {
public:
    virtual ~VersionRepository() = default;
    // The labels a version would take now, by item id, with their items' path, content
    // hash and deciding annotator: people's and imports' labels, and with includeAutomatic
    // the automatic ones at minConfidence or above. Removed items are left out.
    virtual Result<std::vector<VersionItem>> currentLabels(bool includeAutomatic,
                                                           double minConfidence) = 0;
    // AlreadyExists by name. `version.id` and `itemCount` are set by the store.
    virtual Result<int64_t> add(const DatasetVersion &version,
                                std::span<const VersionItem> items) = 0;
    virtual Result<std::vector<DatasetVersion>> list() = 0;  // oldest first
    virtual Result<std::optional<DatasetVersion>> byName(const std::string &name) = 0;
    virtual Result<std::vector<VersionItem>> items(int64_t versionId) = 0;  // by item id
    virtual Result<void> remove(int64_t versionId) = 0;
};

// Each job names its owning process; start() marks the running jobs of processes that died
// interrupted, and last() reports such a job as interrupted too.
class JobRepository {
public:
    virtual ~JobRepository() = default;
    virtual Result<int64_t> start(const std::string &kind) = 0;
    // Returns whether someone asked the job to stop (requestCancel).
    virtual Result<bool> update(int64_t jobId, int64_t done, int64_t total,
                                const std::string &message) = 0;
    // `result`: the outcome's JSON, for a job that succeeded.
    virtual Result<void> finish(int64_t jobId, JobState state, const std::string &error = {},
                                const std::string &result = {}) = 0;
    virtual Result<std::optional<JobRecord>> last() = 0;
    virtual Result<std::optional<JobRecord>> get(int64_t jobId) = 0;
    virtual Result<std::vector<JobRecord>> recent(int64_t limit) = 0;  // newest first
    // Asks a running job to stop: its process sees it the next time it reports progress
    // (update() says so). NotFound for no such job; InvalidArgument when it has ended.
    virtual Result<void> requestCancel(int64_t jobId) = 0;
};

// The REST server's bearer tokens (issue 12), kept as SHA-256 digests of their secrets.
class TokenRepository {
public:
    virtual ~TokenRepository() = default;
    // AlreadyExists when a valid token has this name.
    virtual Result<ApiToken> add(const std::string &name, TokenRole role,
                                 const std::string &secretHash) = 0;
    virtual Result<std::vector<ApiToken>> list() = 0;  // revoked ones too, oldest first
    // The valid (not revoked) token with this digest.
    virtual Result<std::optional<ApiToken>> byHash(const std::string &secretHash) = 0;
    // NotFound when no valid token has this name.
    virtual Result<void> revoke(const std::string &name) = 0;
};

// Review items handed out to one client at a time (the REST server's queue). Times are
// seconds since the epoch, passed in so that every server of a project agrees.
class LeaseRepository {
public:
    virtual ~LeaseRepository() = default;
    // The first `count` items of the review queue that nobody else holds a live lease
    // on, leased (or their lease renewed) to `holder` until `expiresAt`; one transaction.
    virtual Result<std::vector<int64_t>> leaseNext(const std::string &holder, int64_t count,
                                                   double now, double expiresAt) = 0;
    // The item's live lease, if any.
    virtual Result<std::optional<ReviewLease>> holderOf(int64_t itemId, double now) = 0;
    virtual Result<void> release(int64_t itemId) = 0;
    virtual Result<int64_t> liveCount(double now) = 0;
};

}  // namespace triage
