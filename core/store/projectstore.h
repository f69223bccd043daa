#pragma once
// ProjectStore: one Triage project, one SQLite file (WAL, foreign keys, schema version in
// PRAGMA user_version, migrations in a transaction). It owns the schema and every query.
//
// Threads: a ProjectStore is one connection; open one per thread on the same file.
// Every method returns a Result; nothing throws. Human decisions commit synchronously
// (synchronous=FULL) before the call returns, so a decision shown as done is on disk.
#include "database.h"
#include "projecttypes.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace triage {

class ProjectStore {
public:
    static constexpr int kSchemaVersion = 2;

    // Creates the file atomically: it appears complete or not at all.
    static Result<ProjectStore> create(const std::string &path, const std::string &name,
                                       const std::vector<std::string> &classNames);
    // Writes nothing to a file that is not a Triage project (CorruptData then).
    static Result<ProjectStore> open(const std::string &path);

    const std::string &path() const { return m_db.path(); }
    // PRAGMA quick_check: CorruptData naming the first problem when the file is damaged.
    Result<void> quickCheck();
    Database &database() { return m_db; }

    // Settings.
    Result<std::string> name();
    Result<RoutingPolicy> routingPolicy();
    Result<void> setRoutingPolicy(const RoutingPolicy &policy);
    // The largest image, in pixels, this project decodes (import, auto-label, review, export).
    Result<int64_t> pixelLimit();
    Result<void> setPixelLimit(int64_t pixelLimit);
    const std::vector<ClassInfo> &classes() const { return m_classes; }
    std::optional<ClassInfo> classByName(std::string_view name) const;
    std::optional<ClassInfo> classById(int64_t id) const;

    // Ingest.
    Result<std::optional<KnownPath>> findPath(const std::string &path);
    Result<std::optional<int64_t>> itemIdByHash(const std::string &contentHash);
    Result<int64_t> addItem(const ItemMeta &meta, double queueRank);
    Result<int64_t> addFailedItem(const std::string &path, const std::string &reason);
    // A failed item probed again: its new reason, or, now that it decodes, its metadata
    // (state back to unlabeled). Returns the item id.
    Result<void> updateFailure(int64_t itemId, const std::string &reason);
    Result<int64_t> reviveFailedItem(int64_t itemId, const ItemMeta &meta, double queueRank);
    // An item that stopped decoding (moved, changed, damaged). Items people or imports
    // labelled keep their state: their label stays valid evidence.
    Result<void> markItemFailed(int64_t itemId, const std::string &reason);
    // A label that came with the data (class-named folder, manifest column): a decision
    // with source Import, so its provenance is in the log like a person's.
    Result<void> addImportLabel(int64_t itemId, int64_t classId);

    // Queries.
    Result<std::vector<ItemRow>> items(const ItemFilter &filter);
    Result<std::optional<ItemRow>> item(int64_t itemId);
    Result<ProjectCounts> counts();
    Result<std::vector<LabeledItem>> humanLabels();  // human and import labels
    Result<std::vector<ItemOutcome>> outcomes();     // every item that did not fail
    Result<std::vector<int64_t>> reviewQueue(int64_t limit);
    Result<int64_t> reviewQueueLength();
    Result<int64_t> countInState(ItemState state);  // by index: cheap enough per decision

    // Human decisions: append-only; each call is one committed transaction.
    Result<int64_t> recordDecision(const DecisionInput &decision);
    // Appends an Undo of the item's latest decision that is still in effect and re-derives
    // the item's label from the log. Returns the undo decision's id.
    Result<int64_t> undoLatestDecision(int64_t itemId, const std::string &annotator);
    Result<std::vector<DecisionRecord>> decisions(std::optional<int64_t> itemId = std::nullopt);
    // Takes items out of the project: a Remove decision each in the log, state Removed,
    // their label dropped. They leave the pool, the queue and exports. Returns how many
    // were removed (already removed ones are not counted). One transaction.
    Result<int64_t> removeItems(std::span<const int64_t> itemIds, const std::string &annotator);

    // Models, predictions, routing.
    // A new version is incomplete until completeModelVersion(): queries ignore it, so a
    // killed round never becomes the current learner.
    Result<int64_t> addModelVersion(const ModelVersionInput &version);
    Result<void> completeModelVersion(int64_t modelVersionId);
    Result<std::optional<ModelVersion>> latestModelVersion();
    Result<std::vector<uint8_t>> modelWeights(int64_t modelVersionId);
    Result<void> storePredictions(int64_t modelVersionId, std::span<const int64_t> itemIds,
                                  std::span<const float> probabilities);
    Result<std::optional<std::vector<float>>> latestPrediction(int64_t itemId);
    // Applies routes to items no person or import has labelled; returns how many changed.
    Result<RoutingSummary> applyRoutes(int64_t modelVersionId, std::span<const Route> routes);

    // Jobs. Each names its owning process; startJob marks the running jobs of processes
    // that died interrupted, and lastJob reports such a job as interrupted too.
    Result<int64_t> startJob(const std::string &kind);
    Result<void> updateJob(int64_t jobId, int64_t done, int64_t total, const std::string &message);
    Result<void> finishJob(int64_t jobId, JobState state, const std::string &error = {});
    Result<std::optional<JobRecord>> lastJob();

private:
    explicit ProjectStore(Database db) : m_db(std::move(db)) {}
    Result<void> configureConnection();
    Result<void> migrate();
    Result<void> loadClasses();
    Result<std::optional<std::string>> setting(const std::string &key);
    Result<void> setSetting(const std::string &key, const std::string &value);
    Result<void> rederiveHumanLabel(int64_t itemId);
    Result<double> numberSetting(const std::string &key, double fallback);
    Result<void> markDeadJobsInterrupted();

    Database m_db;
    std::vector<ClassInfo> m_classes;
};

// A class name must work as a folder name on Linux, macOS and Windows: UTF-8, at most
// 100 characters, no control characters, none of / \\ : * ? " < > | , no leading dot,
// no leading or trailing space, no trailing dot, no Windows device name.
Result<void> validateClassName(const std::string &name);
// Each name valid, at least two, none equal to another up to case.
Result<void> validateClassNames(const std::vector<std::string> &classNames);
Result<void> validateRoutingPolicy(const RoutingPolicy &policy);
Result<void> validatePixelLimit(int64_t pixelLimit);

}  // namespace triage
