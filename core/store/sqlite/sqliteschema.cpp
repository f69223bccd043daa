#include "sqliteschema.h"

#include "sqlquery.h"

#include <array>

namespace triage::sqlite {
using sql::inTransaction;
using sql::singleInteger;
namespace {

// Migrations: kMigrations[i] takes the schema from version i to i + 1. Never edit one that
// has shipped; append a new one.
constexpr std::array<const char *, kSchemaVersion> kMigrations = {R"SQL(
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE classes(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL UNIQUE);
CREATE TABLE items(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    content_hash TEXT,
    file_size INTEGER NOT NULL DEFAULT 0,
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    channels INTEGER NOT NULL DEFAULT 0,
    format TEXT NOT NULL DEFAULT '',
    state INTEGER NOT NULL,
    failure TEXT NOT NULL DEFAULT '',
    queue_rank REAL NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL);
CREATE UNIQUE INDEX items_by_hash ON items(content_hash) WHERE content_hash IS NOT NULL;
CREATE INDEX items_by_state_rank ON items(state, queue_rank);
CREATE TABLE model_versions(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    human_labels INTEGER NOT NULL,
    validation_accuracy REAL NOT NULL,
    temperature REAL NOT NULL,
    device TEXT NOT NULL,
    weights BLOB);
CREATE TABLE predictions(
    item_id INTEGER NOT NULL REFERENCES items(id),
    model_version_id INTEGER NOT NULL REFERENCES model_versions(id),
    top_class_id INTEGER NOT NULL REFERENCES classes(id),
    top_probability REAL NOT NULL,
    probabilities BLOB NOT NULL,
    PRIMARY KEY(item_id, model_version_id)) WITHOUT ROWID;
CREATE TABLE decisions(
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items(id),
    kind INTEGER NOT NULL,
    source INTEGER NOT NULL,
    class_id INTEGER REFERENCES classes(id),
    annotator TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    seconds_spent REAL NOT NULL DEFAULT 0,
    suggested_class_id INTEGER REFERENCES classes(id),
    undoes_decision_id INTEGER REFERENCES decisions(id));
CREATE INDEX decisions_by_item ON decisions(item_id, id);
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
    BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
    BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
CREATE TABLE labels(
    item_id INTEGER PRIMARY KEY REFERENCES items(id),
    class_id INTEGER NOT NULL REFERENCES classes(id),
    source INTEGER NOT NULL,
    confidence REAL NOT NULL,
    model_version_id INTEGER REFERENCES model_versions(id),
    decision_id INTEGER REFERENCES decisions(id),
    updated_at TEXT NOT NULL);
CREATE INDEX labels_by_class ON labels(class_id, source);
CREATE TABLE jobs(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    state INTEGER NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    message TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL DEFAULT '');
)SQL",
                                                                  R"SQL(
-- Jobs name their owning process, so a new job marks only dead owners' jobs interrupted.
ALTER TABLE jobs ADD COLUMN owner_pid INTEGER NOT NULL DEFAULT 0;
ALTER TABLE jobs ADD COLUMN owner_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE jobs ADD COLUMN owner_host TEXT NOT NULL DEFAULT '';
-- A model version is current only once its predictions and routes are all stored.
ALTER TABLE model_versions ADD COLUMN complete INTEGER NOT NULL DEFAULT 1;
-- Version 1 wrote numbers in the process locale ("0,950000" under a German desktop).
UPDATE settings SET value = replace(value, ',', '.')
    WHERE key = 'accept_threshold' AND value GLOB '[0-9]*,[0-9]*';
PRAGMA application_id = 1414678855;
)SQL",
                                                                  R"SQL(
-- Models people bring (issue 7): the file, its hash when added, its input spec and, for a
-- classifier, which project class each output votes for ('' abstains).
CREATE TABLE project_models(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind INTEGER NOT NULL,
    format TEXT NOT NULL,
    path TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    input_width INTEGER NOT NULL,
    input_height INTEGER NOT NULL,
    channels INTEGER NOT NULL,
    resize INTEGER NOT NULL,
    scale REAL NOT NULL,
    mean TEXT NOT NULL,
    std TEXT NOT NULL,
    outputs_logits INTEGER NOT NULL,
    class_map TEXT NOT NULL,
    output_width INTEGER NOT NULL,
    added_at TEXT NOT NULL);
-- Per model and item: probabilities over the project's classes (float32), or an embedding
-- (float16).
CREATE TABLE model_outputs(
    model_id INTEGER NOT NULL REFERENCES project_models(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id),
    output BLOB NOT NULL,
    PRIMARY KEY(model_id, item_id)) WITHOUT ROWID;
)SQL",
                                                                  R"SQL(
-- An embedder may name an intermediate output (a TorchScript method, an ONNX layer) to
-- use instead of its forward's.
ALTER TABLE project_models ADD COLUMN output_name TEXT NOT NULL DEFAULT '';
)SQL",
                                                                  R"SQL(
-- Labeling functions (issue 8). Editing one adds a version; votes belong to a version.
CREATE TABLE labeling_functions(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL);
CREATE TABLE lf_versions(
    id INTEGER PRIMARY KEY,
    lf_id INTEGER NOT NULL REFERENCES labeling_functions(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL,
    -- Item-by-item kinds: every item up to this id has been voted on (an apply resumes here).
    applied_through INTEGER NOT NULL DEFAULT 0,
    UNIQUE(lf_id, version));
-- Only votes for a class are stored; an item the version has seen without one abstained.
CREATE TABLE lf_votes(
    version_id INTEGER NOT NULL REFERENCES lf_versions(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id),
    class_id INTEGER NOT NULL REFERENCES classes(id),
    PRIMARY KEY(version_id, item_id)) WITHOUT ROWID;
CREATE INDEX lf_votes_by_item ON lf_votes(item_id);
-- What near-duplicate and nearest-neighbour functions compare: a perceptual hash and a
-- 16x16 gray thumbnail per item.
CREATE TABLE item_signatures(
    item_id INTEGER PRIMARY KEY REFERENCES items(id),
    phash INTEGER NOT NULL,
    thumbnail BLOB NOT NULL);
-- The in-app learner is one labeling function of every project.
INSERT INTO labeling_functions(name, enabled, created_at)
    VALUES('learner', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO lf_versions(lf_id, version, kind, definition, created_at)
    VALUES(last_insert_rowid(), 1, 'learner', '{"kind":"learner","min_confidence":0.5}',
           strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
)SQL",
                                                                  R"SQL(
-- Target precision (issue 9): the per-class thresholds each routed round used, with the
-- evidence behind them, so status can say why a class is not auto-accepted yet.
CREATE TABLE class_thresholds(
    model_version_id INTEGER NOT NULL REFERENCES model_versions(id),
    class_id INTEGER NOT NULL REFERENCES classes(id),
    accepted INTEGER NOT NULL,
    threshold REAL NOT NULL,
    candidate REAL NOT NULL,
    evidence INTEGER NOT NULL,
    right_count INTEGER NOT NULL,
    lower_bound REAL NOT NULL,
    more_needed INTEGER NOT NULL,
    own_evidence INTEGER NOT NULL,
    PRIMARY KEY(model_version_id, class_id)) WITHOUT ROWID;
-- Confident items sent to review at random instead of being auto-accepted: what auto-accept
-- would have said. A person's label on the item measures auto-accept's precision.
CREATE TABLE audits(
    item_id INTEGER PRIMARY KEY REFERENCES items(id),
    class_id INTEGER NOT NULL REFERENCES classes(id),
    confidence REAL NOT NULL,
    model_version_id INTEGER NOT NULL REFERENCES model_versions(id),
    queued_at TEXT NOT NULL);
)SQL",
                                                                  R"SQL(
-- How many items are in each state, kept by triggers in the same transaction as the change:
-- the review asks for the queue's length after every decision, and counting a million-item
-- queue took 15-25 ms each time. Every state (ItemState 1-6) has its row from the start, so
-- each trigger is a plain UPDATE of a one-page table: an upsert per inserted item doubled
-- the cost of an import's inserts, an UPDATE costs next to nothing.
CREATE TABLE item_state_counts(
    state INTEGER PRIMARY KEY,
    n INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO item_state_counts(state, n) VALUES(1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0);
UPDATE item_state_counts SET n = (SELECT COUNT(*) FROM items WHERE items.state = item_state_counts.state);
CREATE TRIGGER items_count_insert AFTER INSERT ON items BEGIN
    UPDATE item_state_counts SET n = n + 1 WHERE state = NEW.state;
END;
CREATE TRIGGER items_count_delete AFTER DELETE ON items BEGIN
    UPDATE item_state_counts SET n = n - 1 WHERE state = OLD.state;
END;
CREATE TRIGGER items_count_state AFTER UPDATE OF state ON items
    WHEN OLD.state != NEW.state BEGIN
    UPDATE item_state_counts SET n = n - 1 WHERE state = OLD.state;
    UPDATE item_state_counts SET n = n + 1 WHERE state = NEW.state;
END;
)SQL",
                                                                  R"SQL(
-- What each routed round measured (issue 10): the dashboard's learning curve and the
-- drift monitor. Counts that later rounds would overwrite (labels, changes) are kept
-- per round, so any round can be the drift reference.
CREATE TABLE round_stats(
    model_version_id INTEGER PRIMARY KEY REFERENCES model_versions(id),
    scored INTEGER NOT NULL,
    auto_accepted INTEGER NOT NULL,
    queued INTEGER NOT NULL,
    audits INTEGER NOT NULL,
    audited INTEGER NOT NULL,
    audited_right INTEGER NOT NULL,
    new_decisions INTEGER NOT NULL,
    agreed INTEGER NOT NULL,
    last_decision_id INTEGER NOT NULL,
    last_item_id INTEGER NOT NULL,
    new_items INTEGER NOT NULL,
    feature_shift REAL NOT NULL);
CREATE TABLE round_class_stats(
    model_version_id INTEGER NOT NULL REFERENCES model_versions(id),
    class_id INTEGER NOT NULL REFERENCES classes(id),
    peoples_labels INTEGER NOT NULL,
    auto_labels INTEGER NOT NULL,
    new_predicted INTEGER NOT NULL,
    earlier_predicted INTEGER NOT NULL,
    added INTEGER NOT NULL,
    moved_in INTEGER NOT NULL,
    moved_out INTEGER NOT NULL,
    withdrawn INTEGER NOT NULL,
    PRIMARY KEY(model_version_id, class_id)) WITHOUT ROWID;
)SQL",
                                                                  R"SQL(
-- Dataset versions (issue 11): immutable snapshots of the labels, with the settings that
-- made them and a digest of their rows. A version can be deleted whole, never changed.
CREATE TABLE dataset_versions(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    note TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    include_automatic INTEGER NOT NULL,
    min_confidence REAL NOT NULL,
    -- NULL without splits
    split_train REAL,
    split_val REAL,
    split_test REAL,
    split_seed INTEGER,
    digest TEXT NOT NULL,
    item_count INTEGER NOT NULL);
-- A version's labels with their provenance: the round that gave an automatic label, the
-- decision that gave a person's or an import's; split 0 none, 1 train, 2 val, 3 test.
CREATE TABLE version_items(
    version_id INTEGER NOT NULL REFERENCES dataset_versions(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id),
    class_id INTEGER NOT NULL REFERENCES classes(id),
    source INTEGER NOT NULL,
    confidence REAL NOT NULL,
    model_version_id INTEGER REFERENCES model_versions(id),
    decision_id INTEGER REFERENCES decisions(id),
    labelled_at TEXT NOT NULL,
    split INTEGER NOT NULL,
    PRIMARY KEY(version_id, item_id)) WITHOUT ROWID;
CREATE TRIGGER dataset_versions_no_update BEFORE UPDATE ON dataset_versions
    BEGIN SELECT RAISE(ABORT, 'dataset versions are immutable'); END;
CREATE TRIGGER version_items_no_update BEFORE UPDATE ON version_items
    BEGIN SELECT RAISE(ABORT, 'dataset versions are immutable'); END;
)SQL",
                                                                  R"SQL(
-- The REST server (issue 12). Bearer tokens: only the SHA-256 of the secret is kept, and a
-- name is unique among the tokens not revoked (a person's new token after a revoked one).
CREATE TABLE api_tokens(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role INTEGER NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT NOT NULL DEFAULT '');
CREATE UNIQUE INDEX api_tokens_active_name ON api_tokens(name) WHERE revoked_at = '';
-- Review items handed to one client for a time, so two clients never get the same one.
CREATE TABLE review_leases(
    item_id INTEGER PRIMARY KEY REFERENCES items(id),
    holder TEXT NOT NULL,
    expires_at REAL NOT NULL);
-- Any process may ask a job to stop; the job's own process reads this as it reports.
ALTER TABLE jobs ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0;
-- What a finished job reported, as JSON: the API shows it with the job.
ALTER TABLE jobs ADD COLUMN result TEXT NOT NULL DEFAULT '';
)SQL"};

}  // namespace

Result<int> schemaVersion(Database &db)
{
    TRIAGE_PREPARE(version, db, "PRAGMA user_version");
    auto value = singleInteger(version);
    if (!value) {
        return value.error();
    }
    return int(*value);
}

Result<void> migrate(Database &db, int target)
{
    auto current = schemaVersion(db);
    if (!current) {
        return current.error();
    }
    if (*current > kSchemaVersion) {
        return makeError(ErrorCode::UnsupportedVersion,
                         db.path() + " has schema version " + std::to_string(*current) +
                             ", newer than this Triage knows (" + std::to_string(kSchemaVersion) +
                             "): update Triage to open it");
    }
    for (int v = *current; v < target; ++v) {
        auto step = inTransaction(db, [&]() -> Result<void> {
            TRIAGE_TRY(db.exec(kMigrations[size_t(v)]));
            return db.exec("PRAGMA user_version=" + std::to_string(v + 1));
        });
        if (!step) {
            return makeError(ErrorCode::Database, "migrating " + db.path() + " to schema version " +
                                                      std::to_string(v + 1) +
                                                      " failed: " + step.error().message);
        }
    }
    return {};
}

}  // namespace triage::sqlite
