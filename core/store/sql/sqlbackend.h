#pragma once
// The store's repositories over a SQL connection, the same code for SQLite and PostgreSQL:
// one class per aggregate, each in its own .cpp, all over one connection. Where the two
// dialects differ a repository asks the connection which it speaks. Private to
// core/store: the rest of the program sees repositories.h and projectstore.h.
#include "database.h"
#include "projectstore.h"

namespace triage::sql {

// What every repository of one connection shares.
struct Connection {
    explicit Connection(std::unique_ptr<Database> handle) : owner(std::move(handle)), db(*owner) {}
    std::unique_ptr<Database> owner;
    Database &db;
    std::vector<ClassInfo> classes;
};

class Settings final : public SettingsRepository {
public:
    explicit Settings(Connection &c) : m_c(c) {}
    Result<std::string> name() override;
    Result<std::string> createdAt() override;
    Result<RoutingPolicy> routingPolicy() override;
    Result<void> setRoutingPolicy(const RoutingPolicy &policy) override;
    Result<int64_t> pixelLimit() override;
    Result<void> setPixelLimit(int64_t pixelLimit) override;
    Result<std::string> backbone() override;
    Result<void> setBackbone(const std::string &modelName) override;
    Result<LabelModelKind> labelModel() override;
    Result<void> setLabelModel(LabelModelKind kind) override;
    Result<DriftThresholds> driftThresholds() override;
    Result<void> setDriftThresholds(const DriftThresholds &thresholds) override;

    // Raw key/value access for the backend itself (the app marker, creation data).
    Result<std::optional<std::string>> value(const std::string &key);
    Result<void> setValue(const std::string &key, const std::string &value);

private:
    Result<double> number(const std::string &key, double fallback);
    Connection &m_c;
};

class Items final : public ItemRepository {
public:
    explicit Items(Connection &c) : m_c(c) {}
    Result<std::optional<KnownPath>> findPath(const std::string &path) override;
    Result<std::vector<std::optional<KnownPath>>>
    findPaths(std::span<const std::string> paths) override;
    Result<std::optional<int64_t>> idByHash(const std::string &contentHash) override;
    Result<int64_t> add(const ItemMeta &meta, double queueRank) override;
    Result<std::optional<int64_t>> addIfNew(const ItemMeta &meta, double queueRank) override;
    Result<int64_t> addFailed(const std::string &path, const std::string &reason) override;
    Result<void> updateFailure(int64_t itemId, const std::string &reason) override;
    Result<int64_t> reviveFailed(int64_t itemId, const ItemMeta &meta, double queueRank) override;
    Result<void> markFailed(int64_t itemId, const std::string &reason) override;
    Result<std::vector<ItemRow>> list(const ItemFilter &filter) override;
    Result<std::optional<ItemRow>> get(int64_t itemId) override;
    Result<std::vector<int64_t>> findIds(const ItemQuery &query) override;
    Result<std::vector<ItemRow>> rows(std::span<const int64_t> itemIds) override;
    Result<std::vector<std::pair<ItemState, int64_t>>> stateCounts() override;
    Result<ProjectCounts> counts() override;
    Result<std::vector<ItemOutcome>> outcomes() override;
    Result<std::vector<int64_t>> reviewQueue(int64_t limit) override;
    Result<int64_t> reviewQueueLength() override;
    Result<int64_t> countInState(ItemState state) override;
    Result<std::vector<StoredItem>> usableAfter(int64_t afterItemId, int64_t limit) override;
    Result<std::vector<int64_t>> usableIds() override;

private:
    Connection &m_c;
};

class Decisions final : public DecisionRepository {
public:
    Decisions(Connection &c, ItemRepository &items) : m_c(c), m_items(items) {}
    Result<int64_t> record(const DecisionInput &decision) override;
    Result<int64_t> undoLatest(int64_t itemId, const std::string &annotator) override;
    Result<void> addImportLabel(int64_t itemId, int64_t classId) override;
    Result<int64_t> removeItems(std::span<const int64_t> itemIds,
                                const std::string &annotator) override;
    Result<std::vector<DecisionRecord>> log(std::optional<int64_t> itemId) override;
    Result<std::vector<LabeledItem>> humanLabels() override;
    Result<std::vector<ConfidentLabel>> labelModelLabels() override;
    Result<RoutingSummary> applyRoutes(int64_t modelVersionId,
                                       std::span<const Route> routes) override;
    Result<std::vector<AuditOutcome>> auditOutcomes() override;
    Result<std::optional<AuditRecord>> auditOf(int64_t itemId) override;
    Result<std::vector<AnnotatorTotals>> annotatorTotals() override;
    Result<SuggestionAgreement> suggestionAgreementSince(int64_t decisionId) override;

private:
    Result<void> rederiveLabel(int64_t itemId);
    Connection &m_c;
    ItemRepository &m_items;
};

class Models final : public ModelRepository {
public:
    explicit Models(Connection &c) : m_c(c) {}
    Result<int64_t> add(const ModelVersionInput &version) override;
    Result<void> complete(int64_t modelVersionId) override;
    Result<std::optional<ModelVersion>> latest() override;
    Result<std::vector<uint8_t>> weights(int64_t modelVersionId) override;
    Result<void> storeThresholds(int64_t modelVersionId,
                                 std::span<const ClassThreshold> thresholds) override;
    Result<std::vector<ClassThreshold>> latestThresholds() override;
    Result<void> storeRoundStats(const RoundStats &stats) override;
    Result<std::vector<RoundStats>> roundStats() override;

private:
    Connection &m_c;
};

class Predictions final : public PredictionRepository {
public:
    explicit Predictions(Connection &c) : m_c(c) {}
    Result<void> store(int64_t modelVersionId, std::span<const int64_t> itemIds,
                       std::span<const float> probabilities) override;
    Result<std::optional<std::vector<float>>> latestFor(int64_t itemId) override;
    Result<int64_t> prune() override;
    Result<std::vector<int64_t>> roundsWithPredictions() override;
    Result<std::vector<ConfidenceBin>> confidenceBins(int64_t modelVersionId, int bins) override;

private:
    Connection &m_c;
};

class Jobs final : public JobRepository {
public:
    explicit Jobs(Connection &c) : m_c(c) {}
    Result<int64_t> start(const std::string &kind) override;
    Result<bool> update(int64_t jobId, int64_t done, int64_t total,
                        const std::string &message) override;
    Result<void> finish(int64_t jobId, JobState state, const std::string &error,
                        const std::string &result) override;
    Result<std::optional<JobRecord>> last() override;
    Result<std::optional<JobRecord>> get(int64_t jobId) override;
    Result<std::vector<JobRecord>> recent(int64_t limit) override;
    Result<void> requestCancel(int64_t jobId) override;

private:
    Result<void> markDeadJobsInterrupted();
    Connection &m_c;
};

class ProjectModels final : public ProjectModelRepository {
public:
    explicit ProjectModels(Connection &c) : m_c(c) {}
    Result<int64_t> add(const ProjectModelInput &model) override;
    Result<std::vector<ProjectModel>> list() override;
    Result<std::optional<ProjectModel>> byName(const std::string &name) override;
    Result<void> remove(int64_t modelId) override;
    Result<std::vector<ItemRow>> unscoredItems(int64_t modelId, int64_t afterItemId,
                                               int64_t limit, PoolShard shard) override;
    Result<void> storeOutputs(int64_t modelId, std::span<const int64_t> itemIds,
                              std::span<const float> values) override;
    Result<std::optional<std::vector<float>>> output(int64_t modelId, int64_t itemId) override;
    Result<ModelOutputTable> outputs(int64_t modelId) override;
    Result<std::vector<ModelVote>> votesFor(int64_t itemId) override;

private:
    Connection &m_c;
};

class LabelingFunctions final : public LabelingFunctionRepository {
public:
    explicit LabelingFunctions(Connection &c) : m_c(c) {}
    Result<LfRecord> add(const std::string &name, const std::string &kind,
                         const std::string &definition, bool enabled) override;
    Result<std::vector<LfRecord>> list() override;
    Result<std::optional<LfRecord>> byName(const std::string &name) override;
    Result<std::vector<LfRecord>> history(int64_t lfId) override;
    Result<LfRecord> addVersion(int64_t lfId, const std::string &kind,
                                const std::string &definition) override;
    Result<void> setEnabled(int64_t lfId, bool enabled) override;
    Result<void> remove(int64_t lfId) override;
    Result<void> appendVotes(int64_t versionId, std::span<const int64_t> itemIds,
                             std::span<const int64_t> classIds, int64_t appliedThrough) override;
    Result<void> replaceVotes(int64_t versionId, std::span<const int64_t> itemIds,
                              std::span<const int64_t> classIds) override;
    Result<LfVoteTable> votes(std::span<const int64_t> versionIds) override;
    Result<std::vector<ItemLfVote>> votesFor(int64_t itemId) override;
    Result<std::vector<std::pair<int64_t, ItemLfVote>>> currentVotes() override;
    Result<void> storeSignatures(std::span<const int64_t> itemIds,
                                 const SignatureTable &signatures) override;
    Result<SignatureTable> signatures() override;

private:
    Result<void> insertVotes(int64_t versionId, std::span<const int64_t> itemIds,
                             std::span<const int64_t> classIds);
    Connection &m_c;
};

class Versions final : public VersionRepository {
public:
    explicit Versions(Connection &c) : m_c(c) {}
    Result<std::vector<VersionItem>> currentLabels(bool includeAutomatic,
                                                   double minConfidence) override;
    Result<int64_t> add(const DatasetVersion &version, std::span<const VersionItem> items) override;
    Result<std::vector<DatasetVersion>> list() override;
    Result<std::optional<DatasetVersion>> byName(const std::string &name) override;
    Result<std::vector<VersionItem>> items(int64_t versionId) override;
    Result<void> remove(int64_t versionId) override;

private:
    Connection &m_c;
};

class Tokens final : public TokenRepository {
public:
    explicit Tokens(Connection &c) : m_c(c) {}
    Result<ApiToken> add(const std::string &name, TokenRole role,
                         const std::string &secretHash) override;
    Result<std::vector<ApiToken>> list() override;
    Result<std::optional<ApiToken>> byHash(const std::string &secretHash) override;
    Result<void> revoke(const std::string &name) override;

private:
    Connection &m_c;
};

class Leases final : public LeaseRepository {
public:
    explicit Leases(Connection &c) : m_c(c) {}
    Result<std::vector<int64_t>> leaseNext(const std::string &holder, int64_t count, double now,
                                           double expiresAt) override;
    Result<std::optional<ReviewLease>> holderOf(int64_t itemId, double now) override;
    Result<void> release(int64_t itemId) override;
    Result<int64_t> liveCount(double now) override;

private:
    Result<std::vector<int64_t>> leaseNextSkippingLocked(const std::string &holder, int64_t count,
                                                         double now, double expiresAt);
    Result<std::vector<std::pair<int64_t, bool>>> pickOnce(const std::string &holder,
                                                           int64_t count, double now,
                                                           double expiresAt);
    Result<std::vector<int64_t>> leaseNextAlone(const std::string &holder, int64_t count,
                                                double now, double expiresAt);
    Connection &m_c;
};

class Backend;
// What a backend's createStore() writes into the new, empty schema, inside its creation.
using FillProject = std::function<Result<void>(Backend &)>;

// The store over one connection whose schema is in place.
class Backend final : public StoreBackend {
public:
    // Reads nothing yet: a backend's open() checks the database, brings its schema up to
    // date, then load()s.
    explicit Backend(std::unique_ptr<Database> db) : m_c(std::move(db)) {}
    Database &database() { return m_c.db; }
    // Whether the settings carry Triage's mark (Busy and other errors pass through).
    Result<bool> isTriageProject();
    // A new project's mark, name and classes (ProjectStore::create validated them) in a
    // fresh schema, in one transaction.
    Result<void> initialize(const std::string &name, const std::vector<std::string> &classNames);
    // Reads the project's classes.
    Result<void> load();

    const std::string &location() const override { return m_c.db.path(); }
    const std::vector<ClassInfo> &classes() const override { return m_c.classes; }
    SettingsRepository &settings() override { return m_settings; }
    ItemRepository &items() override { return m_items; }
    DecisionRepository &decisions() override { return m_decisions; }
    ModelRepository &models() override { return m_models; }
    PredictionRepository &predictions() override { return m_predictions; }
    JobRepository &jobs() override { return m_jobs; }
    ProjectModelRepository &projectModels() override { return m_projectModels; }
    LabelingFunctionRepository &labelingFunctions() override { return m_labelingFunctions; }
    VersionRepository &versions() override { return m_versions; }
    TokenRepository &tokens() override { return m_tokens; }
    LeaseRepository &leases() override { return m_leases; }
    Result<void> unitOfWork(const std::function<Result<void>()> &work, WriteScope scope) override;
    Result<void> quickCheck() override { return m_c.db.integrityCheck(); }
    void setLockWait(int milliseconds) override { m_c.db.setBusyTimeout(milliseconds); }
    Result<void> setBulkLoading(bool on) override { return m_c.db.setBulkLoading(on); }

private:
    Connection m_c;
    Settings m_settings{m_c};
    Items m_items{m_c};
    Decisions m_decisions{m_c, m_items};
    Models m_models{m_c};
    Predictions m_predictions{m_c};
    Jobs m_jobs{m_c};
    ProjectModels m_projectModels{m_c};
    LabelingFunctions m_labelingFunctions{m_c};
    Versions m_versions{m_c};
    Tokens m_tokens{m_c};
    Leases m_leases{m_c};
};

}  // namespace triage::sql
