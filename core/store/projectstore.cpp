#include "projectstore.h"

#include "numbertext.h"
#include "plaintext.h"
#include "posixfile.h"
#include "processidentity.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <unistd.h>

namespace triage {
namespace {

constexpr const char *kAppMarker = "triage";
// Bulk writes (predictions, routes) commit in chunks of this many rows, so the write lock
// is held for tens of milliseconds at a time and a person's decision never waits long.
constexpr size_t kRowsPerTransaction = 4096;

// Migrations: kMigrations[i] takes the schema from version i to i + 1. Never edit one that
// has shipped; append a new one.
constexpr std::array<const char *, ProjectStore::kSchemaVersion> kMigrations = {R"SQL(
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
)SQL"};

// Runs `body` inside an IMMEDIATE transaction and commits if it succeeded.
template <typename Body>
auto inTransaction(Database &db, Body &&body) -> decltype(body())
{
    Transaction tx(db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto result = body();
    if (!result) {
        return result;
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return result;
}

ItemRow readItemRow(const Statement &q)
{
    // Column order of kItemColumns.
    ItemRow row;
    row.id = q.columnInt(0);
    row.path = q.columnText(1);
    row.state = ItemState(q.columnInt(2));
    row.failure = q.columnText(3);
    row.width = int(q.columnInt(4));
    row.height = int(q.columnInt(5));
    if (!q.columnIsNull(6)) {
        row.classId = q.columnInt(6);
        row.source = LabelSource(q.columnInt(7));
        row.confidence = q.columnDouble(8);
    }
    return row;
}

constexpr const char *kItemColumns =
    "SELECT i.id, i.path, i.state, i.failure, i.width, i.height, l.class_id, l.source, "
    "l.confidence FROM items i LEFT JOIN labels l ON l.item_id = i.id";

// The ids of decisions that an undo in `log` cancelled.
std::vector<int64_t> undoneDecisionIds(const std::vector<DecisionRecord> &log)
{
    std::vector<int64_t> undone;
    for (const auto &d : log) {
        if (d.kind == DecisionKind::Undo && d.undoesDecisionId) {
            undone.push_back(*d.undoesDecisionId);
        }
    }
    return undone;
}

std::span<const uint8_t> floatBytes(std::span<const float> values)
{
    return {reinterpret_cast<const uint8_t *>(values.data()), values.size_bytes()};
}

}  // namespace

std::string utcNowIso8601()
{
    const auto now = std::chrono::system_clock::now();
    const std::time_t t = std::chrono::system_clock::to_time_t(now);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()) % 1000;
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[40];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &tm);
    char out[48];
    std::snprintf(out, sizeof out, "%s.%03dZ", buffer, int(ms.count()));
    return out;
}

std::string_view toText(ItemState state)
{
    switch (state) {
    case ItemState::Unlabeled: return "unlabeled";
    case ItemState::Queued: return "queued";
    case ItemState::AutoAccepted: return "auto-accepted";
    case ItemState::HumanLabeled: return "human-labeled";
    case ItemState::Failed: return "failed";
    case ItemState::Removed: return "removed";
    }
    return "unknown";
}

std::optional<ItemState> itemStateFromString(std::string_view text)
{
    for (ItemState s : {ItemState::Unlabeled, ItemState::Queued, ItemState::AutoAccepted,
                        ItemState::HumanLabeled, ItemState::Failed, ItemState::Removed}) {
        if (toText(s) == text) {
            return s;
        }
    }
    return std::nullopt;
}

std::string_view toText(LabelSource source)
{
    switch (source) {
    case LabelSource::Human: return "human";
    case LabelSource::Import: return "import";
    case LabelSource::Auto: return "auto";
    }
    return "unknown";
}

std::string_view toText(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Label: return "label";
    case DecisionKind::Skip: return "skip";
    case DecisionKind::Undo: return "undo";
    case DecisionKind::Remove: return "remove";
    }
    return "unknown";
}

std::string_view toText(JobState state)
{
    switch (state) {
    case JobState::Running: return "running";
    case JobState::Succeeded: return "succeeded";
    case JobState::Failed: return "failed";
    case JobState::Cancelled: return "cancelled";
    case JobState::Interrupted: return "interrupted";
    }
    return "unknown";
}

namespace {

constexpr size_t kMaxClassNameCharacters = 100;

// Windows refuses these as file or folder names, with or without an extension.
bool isReservedDeviceName(const std::string &name)
{
    const std::string stem = asciiLower(name.substr(0, name.find('.')));
    static const char *reserved[] = {"con", "prn", "aux", "nul"};
    for (const char *r : reserved) {
        if (stem == r) {
            return true;
        }
    }
    return stem.size() == 4 && (stem.rfind("com", 0) == 0 || stem.rfind("lpt", 0) == 0) &&
           stem[3] >= '1' && stem[3] <= '9';
}

}  // namespace

// Class names become folder names in exports (ImageFolder, YOLO), so a name must be a
// valid folder name on Linux, macOS and Windows alike.
Result<void> validateClassName(const std::string &name)
{
    auto refuse = [&](const std::string &why) {
        return makeError(ErrorCode::InvalidArgument, "class name '" + name + "' " + why);
    };
    if (name.empty()) {
        return makeError(ErrorCode::InvalidArgument, "a class name cannot be empty");
    }
    const auto length = utf8Length(name);
    if (!length) {
        return makeError(ErrorCode::InvalidArgument, "a class name is not valid UTF-8 text");
    }
    if (*length > kMaxClassNameCharacters) {
        return refuse("is " + std::to_string(*length) + " characters long; the limit is " +
                      std::to_string(kMaxClassNameCharacters));
    }
    for (unsigned char c : name) {
        if (c < 0x20 || c == 0x7F) {
            return makeError(ErrorCode::InvalidArgument,
                             "a class name contains a control character (tab, newline, ...)");
        }
    }
    if (name.find_first_of("/\\:*?\"<>|,") != std::string::npos) {
        return refuse("contains one of / \\ : * ? \" < > | , (not allowed in folder names)");
    }
    if (name == "." || name == ".." || name.front() == '.') {
        return refuse("starts with a dot (a hidden or special folder)");
    }
    if (name.front() == ' ' || name.back() == ' ' || name.back() == '.') {
        return refuse("starts or ends with a space, or ends with a dot");
    }
    if (isReservedDeviceName(name)) {
        return refuse("is a reserved device name on Windows");
    }
    return {};
}

Result<void> validateClassNames(const std::vector<std::string> &classNames)
{
    if (classNames.size() < 2) {
        return makeError(ErrorCode::InvalidArgument, "a project needs at least 2 classes");
    }
    for (size_t i = 0; i < classNames.size(); ++i) {
        TRIAGE_TRY(validateClassName(classNames[i]));
        for (size_t j = 0; j < i; ++j) {
            // Equal up to case: one folder on case-insensitive filesystems (macOS, Windows).
            if (asciiLower(classNames[i]) == asciiLower(classNames[j])) {
                return makeError(ErrorCode::InvalidArgument,
                                 classNames[i] == classNames[j]
                                     ? "class '" + classNames[i] + "' is listed twice"
                                     : "classes '" + classNames[j] + "' and '" + classNames[i] +
                                           "' differ only in case");
            }
        }
    }
    return {};
}

Result<ProjectStore> ProjectStore::create(const std::string &path, const std::string &name,
                                          const std::vector<std::string> &classNames)
{
    TRIAGE_TRY(validateClassNames(classNames));
    std::error_code ec;
    if (std::filesystem::exists(path, ec) || std::filesystem::is_symlink(path, ec)) {
        return makeError(ErrorCode::AlreadyExists, "project file " + path + " already exists");
    }
    // Built under a temporary name and moved into place in one step, so a killed `init`
    // leaves no half-made file at `path` that would block the next one.
    const std::filesystem::path target(path);
    const std::string temporary =
        (target.parent_path() /
         ("." + target.filename().string() + ".creating-" + std::to_string(::getpid())))
            .string();
    auto removeTemporary = [&] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            std::filesystem::remove(temporary + suffix, ec);
        }
    };
    removeTemporary();
    {
        auto db = Database::open(temporary, Database::OpenMode::CreateNew);
        if (!db) {
            return db.error();
        }
        ProjectStore store(std::move(*db));
        auto built = [&]() -> Result<void> {
            TRIAGE_TRY(store.configureConnection());
            TRIAGE_TRY(store.migrate());
            TRIAGE_TRY(inTransaction(store.m_db, [&]() -> Result<void> {
                TRIAGE_TRY(store.setSetting("app", kAppMarker));
                TRIAGE_TRY(store.setSetting("name", name));
                TRIAGE_TRY(store.setSetting("created_at", utcNowIso8601()));
                TRIAGE_PREPARE(insert, store.m_db,
                               "INSERT INTO classes(name, position) VALUES(?, ?)");
                for (size_t i = 0; i < classNames.size(); ++i) {
                    TRIAGE_TRY(insert.bind(1, classNames[i]).bind(2, int64_t(i)).run());
                }
                return {};
            }));
            return store.setRoutingPolicy(RoutingPolicy{});
        }();
        if (!built) {
            removeTemporary();
            return built.error();
        }
    }  // closed: the WAL is checkpointed into the file and removed
    if (auto moved = moveNoReplace(temporary, path); !moved) {
        removeTemporary();
        return moved.error();
    }
    return open(path);
}

Result<ProjectStore> ProjectStore::open(const std::string &path)
{
    if (const std::string why = notRegularFileReason(path); !why.empty()) {
        return makeError(ErrorCode::NotFound, "no project file at " + path + ": it " + why);
    }
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db) {
        return db.error();
    }
    ProjectStore store(std::move(*db));
    // Read-only until the file is known to be ours: another application's database (or an
    // empty file) must not get our tables, a schema version or WAL mode.
    auto marker = store.setting("app");
    if (!marker && marker.error().code == ErrorCode::Busy) {
        return marker.error();
    }
    if (!marker || !marker->has_value() || **marker != kAppMarker) {
        return makeError(ErrorCode::CorruptData,
                         path + " is not a Triage project" +
                             (marker ? std::string() : " (" + marker.error().message + ")"));
    }
    if (auto configured = store.configureConnection(); !configured) {
        return configured.error();
    }
    TRIAGE_TRY(store.migrate());
    TRIAGE_TRY(store.loadClasses());
    return store;
}

Result<void> ProjectStore::quickCheck()
{
    TRIAGE_PREPARE(q, m_db, "PRAGMA quick_check(1)");
    if (!q.step()) {
        return makeError(ErrorCode::CorruptData, path() + " is damaged: " + q.error().message);
    }
    const std::string verdict = q.columnText(0);
    if (verdict != "ok") {
        return makeError(ErrorCode::CorruptData,
                         path() + " is damaged: " + verdict + " (restore it from a backup)");
    }
    return {};
}

Result<void> ProjectStore::configureConnection()
{
    // WAL lets the GUI read while a job writes; synchronous=FULL makes each committed
    // decision survive power loss, not only a killed process. The WAL is kept bounded.
    return m_db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
                     "PRAGMA journal_size_limit=67108864;");
}

Result<void> ProjectStore::migrate()
{
    TRIAGE_PREPARE(version, m_db, "PRAGMA user_version");
    if (!version.step()) {
        return version.error();
    }
    const int64_t current = version.columnInt(0);
    version.reset();
    if (current > kSchemaVersion) {
        return makeError(ErrorCode::UnsupportedVersion,
                         m_db.path() + " has schema version " + std::to_string(current) +
                             ", newer than this Triage knows (" + std::to_string(kSchemaVersion) +
                             "): update Triage to open it");
    }
    for (int64_t v = current; v < kSchemaVersion; ++v) {
        auto step = inTransaction(m_db, [&]() -> Result<void> {
            TRIAGE_TRY(m_db.exec(kMigrations[size_t(v)]));
            return m_db.exec("PRAGMA user_version=" + std::to_string(v + 1));
        });
        if (!step) {
            return makeError(ErrorCode::Database,
                             "migrating " + m_db.path() + " to schema version " +
                                 std::to_string(v + 1) + " failed: " + step.error().message);
        }
    }
    return {};
}

Result<void> ProjectStore::loadClasses()
{
    TRIAGE_PREPARE(q, m_db, "SELECT id, name, position FROM classes ORDER BY position");
    m_classes.clear();
    while (q.step()) {
        m_classes.push_back(ClassInfo{q.columnInt(0), q.columnText(1), int(q.columnInt(2))});
    }
    if (q.failed()) {
        return q.error();
    }
    return {};
}

std::optional<ClassInfo> ProjectStore::classByName(std::string_view name) const
{
    for (const auto &c : m_classes) {
        if (c.name == name) {
            return c;
        }
    }
    return std::nullopt;
}

std::optional<ClassInfo> ProjectStore::classById(int64_t id) const
{
    for (const auto &c : m_classes) {
        if (c.id == id) {
            return c;
        }
    }
    return std::nullopt;
}

Result<std::optional<std::string>> ProjectStore::setting(const std::string &key)
{
    TRIAGE_PREPARE(q, m_db, "SELECT value FROM settings WHERE key = ?");
    q.bind(1, key);
    if (q.step()) {
        return std::optional<std::string>(q.columnText(0));
    }
    if (q.failed()) {
        return q.error();
    }
    return std::optional<std::string>();
}

Result<void> ProjectStore::setSetting(const std::string &key, const std::string &value)
{
    TRIAGE_PREPARE(q, m_db,
                   "INSERT INTO settings(key, value) VALUES(?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    return q.bind(1, key).bind(2, value).run();
}

Result<std::string> ProjectStore::name()
{
    auto value = setting("name");
    if (!value) {
        return value.error();
    }
    return value->value_or(std::string());
}

Result<void> validateRoutingPolicy(const RoutingPolicy &policy)
{
    if (!(policy.acceptThreshold > 0 && policy.acceptThreshold <= 1)) {
        return makeError(ErrorCode::InvalidArgument,
                         "the acceptance threshold must be above 0 and at most 1, not " +
                             formatNumber(policy.acceptThreshold));
    }
    if (policy.minHumanLabelsPerClass < 0 ||
        policy.minHumanLabelsPerClass > kMaxMinLabelsPerClass) {
        return makeError(ErrorCode::InvalidArgument,
                         "the minimum human labels per class must be 0 to " +
                             std::to_string(kMaxMinLabelsPerClass) + ", not " +
                             std::to_string(policy.minHumanLabelsPerClass));
    }
    return {};
}

Result<void> validatePixelLimit(int64_t pixelLimit)
{
    if (pixelLimit < 1 || pixelLimit > kMaxPixelLimit) {
        return makeError(ErrorCode::InvalidArgument,
                         "the pixel limit must be 1 pixel to " +
                             std::to_string(kMaxPixelLimit / 1'000'000) + " megapixels");
    }
    return {};
}

Result<double> ProjectStore::numberSetting(const std::string &key, double fallback)
{
    auto text = setting(key);
    if (!text) {
        return text.error();
    }
    if (!text->has_value()) {
        return fallback;
    }
    const auto value = parseNumber(**text);
    if (!value) {
        return makeError(ErrorCode::CorruptData,
                         "setting " + key + " in " + path() + " is '" + **text + "', not a number");
    }
    return *value;
}

Result<RoutingPolicy> ProjectStore::routingPolicy()
{
    const RoutingPolicy defaults;
    auto threshold = numberSetting("accept_threshold", defaults.acceptThreshold);
    auto minLabels = numberSetting("min_human_labels_per_class", defaults.minHumanLabelsPerClass);
    if (!threshold || !minLabels) {
        return threshold ? minLabels.error() : threshold.error();
    }
    const RoutingPolicy policy{*threshold, int(std::clamp(*minLabels, -1.0, 1e9))};
    if (auto valid = validateRoutingPolicy(policy);
        !valid || double(policy.minHumanLabelsPerClass) != *minLabels) {
        return makeError(
            ErrorCode::CorruptData,
            "routing settings in " + path() + " are out of range: " +
                (valid ? "minimum labels " + formatNumber(*minLabels) : valid.error().message) +
                " (set them again with autolabel --threshold/--min-labels-per-class)");
    }
    return policy;
}

Result<void> ProjectStore::setRoutingPolicy(const RoutingPolicy &policy)
{
    TRIAGE_TRY(validateRoutingPolicy(policy));
    return inTransaction(m_db, [&]() -> Result<void> {
        TRIAGE_TRY(setSetting("accept_threshold", formatNumber(policy.acceptThreshold)));
        return setSetting("min_human_labels_per_class",
                          std::to_string(policy.minHumanLabelsPerClass));
    });
}

Result<int64_t> ProjectStore::pixelLimit()
{
    auto limit = numberSetting("pixel_limit", double(kDefaultPixelLimit));
    if (!limit) {
        return limit.error();
    }
    if (!validatePixelLimit(int64_t(*limit)) || double(int64_t(*limit)) != *limit) {
        return makeError(ErrorCode::CorruptData, "setting pixel_limit in " + path() +
                                                     " is out of range: " + formatNumber(*limit));
    }
    return int64_t(*limit);
}

Result<void> ProjectStore::setPixelLimit(int64_t pixelLimit)
{
    TRIAGE_TRY(validatePixelLimit(pixelLimit));
    return setSetting("pixel_limit", std::to_string(pixelLimit));
}

Result<std::optional<KnownPath>> ProjectStore::findPath(const std::string &itemPath)
{
    TRIAGE_PREPARE(q, m_db, "SELECT id, state FROM items WHERE path = ?");
    q.bind(1, itemPath);
    if (q.step()) {
        return std::optional<KnownPath>(KnownPath{q.columnInt(0), ItemState(q.columnInt(1))});
    }
    if (q.failed()) {
        return q.error();
    }
    return std::optional<KnownPath>();
}

Result<std::optional<int64_t>> ProjectStore::itemIdByHash(const std::string &contentHash)
{
    TRIAGE_PREPARE(q, m_db, "SELECT id FROM items WHERE content_hash = ?");
    q.bind(1, contentHash);
    if (q.step()) {
        return std::optional<int64_t>(q.columnInt(0));
    }
    if (q.failed()) {
        return q.error();
    }
    return std::optional<int64_t>();
}

Result<int64_t> ProjectStore::addItem(const ItemMeta &meta, double queueRank)
{
    TRIAGE_PREPARE(q, m_db,
                   "INSERT INTO items(path, content_hash, file_size, width, height, channels, "
                   "format, state, queue_rank, imported_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, meta.path).bind(2, meta.contentHash).bind(3, meta.fileSize).bind(4, meta.width);
    q.bind(5, meta.height).bind(6, meta.channels).bind(7, meta.format);
    q.bind(8, int64_t(ItemState::Unlabeled)).bind(9, queueRank).bind(10, utcNowIso8601());
    TRIAGE_TRY(q.run());
    return m_db.lastInsertId();
}

Result<int64_t> ProjectStore::addFailedItem(const std::string &itemPath, const std::string &reason)
{
    TRIAGE_PREPARE(q, m_db,
                   "INSERT INTO items(path, state, failure, imported_at) VALUES(?, ?, ?, ?)");
    q.bind(1, itemPath)
        .bind(2, int64_t(ItemState::Failed))
        .bind(3, reason)
        .bind(4, utcNowIso8601());
    TRIAGE_TRY(q.run());
    return m_db.lastInsertId();
}

Result<void> ProjectStore::updateFailure(int64_t itemId, const std::string &reason)
{
    TRIAGE_PREPARE(q, m_db, "UPDATE items SET failure = ? WHERE id = ? AND state = ?");
    return q.bind(1, reason).bind(2, itemId).bind(3, int64_t(ItemState::Failed)).run();
}

Result<int64_t> ProjectStore::reviveFailedItem(int64_t itemId, const ItemMeta &meta,
                                               double queueRank)
{
    TRIAGE_PREPARE(q, m_db,
                   "UPDATE items SET content_hash = ?, file_size = ?, width = ?, height = ?, "
                   "channels = ?, format = ?, state = ?, failure = '', queue_rank = ? "
                   "WHERE id = ? AND state = ?");
    q.bind(1, meta.contentHash).bind(2, meta.fileSize).bind(3, meta.width).bind(4, meta.height);
    q.bind(5, meta.channels).bind(6, meta.format).bind(7, int64_t(ItemState::Unlabeled));
    q.bind(8, queueRank).bind(9, itemId).bind(10, int64_t(ItemState::Failed));
    TRIAGE_TRY(q.run());
    if (m_db.changes() != 1) {
        return makeError(ErrorCode::NotFound,
                         "item " + std::to_string(itemId) + " is not a failed item");
    }
    return itemId;
}

Result<void> ProjectStore::markItemFailed(int64_t itemId, const std::string &reason)
{
    return inTransaction(m_db, [&]() -> Result<void> {
        TRIAGE_PREPARE(
            q, m_db, "UPDATE items SET state = ?, failure = ? WHERE id = ? AND state IN (?, ?, ?)");
        q.bind(1, int64_t(ItemState::Failed)).bind(2, reason).bind(3, itemId);
        q.bind(4, int64_t(ItemState::Unlabeled)).bind(5, int64_t(ItemState::Queued));
        q.bind(6, int64_t(ItemState::AutoAccepted));
        TRIAGE_TRY(q.run());
        TRIAGE_PREPARE(drop, m_db, "DELETE FROM labels WHERE item_id = ? AND source = ?");
        return drop.bind(1, itemId).bind(2, int64_t(LabelSource::Auto)).run();
    });
}

Result<void> ProjectStore::addImportLabel(int64_t itemId, int64_t classId)
{
    TRIAGE_PREPARE(q, m_db,
                   "INSERT INTO decisions(item_id, kind, source, class_id, annotator, decided_at) "
                   "VALUES(?, ?, ?, ?, 'import', ?)");
    q.bind(1, itemId)
        .bind(2, int64_t(DecisionKind::Label))
        .bind(3, int64_t(DecisionSource::Import));
    q.bind(4, classId).bind(5, utcNowIso8601());
    TRIAGE_TRY(q.run());
    return rederiveHumanLabel(itemId);
}

Result<std::vector<ItemRow>> ProjectStore::items(const ItemFilter &filter)
{
    std::string sql = kItemColumns;
    sql += " WHERE (?1 IS NULL OR i.state = ?1) AND (?1 IS NOT NULL OR i.state != ?5)"
           " AND (?2 IS NULL OR l.class_id = ?2) ORDER BY i.id LIMIT ?3 OFFSET ?4";
    TRIAGE_PREPARE(q, m_db, sql);
    q.bind(1, filter.state ? std::optional<int64_t>(int64_t(*filter.state)) : std::nullopt);
    q.bind(2, filter.classId).bind(3, filter.limit).bind(4, filter.offset);
    q.bind(5, int64_t(ItemState::Removed));
    std::vector<ItemRow> rows;
    while (q.step()) {
        rows.push_back(readItemRow(q));
    }
    if (q.failed()) {
        return q.error();
    }
    return rows;
}

Result<std::optional<ItemRow>> ProjectStore::item(int64_t itemId)
{
    TRIAGE_PREPARE(q, m_db, std::string(kItemColumns) + " WHERE i.id = ?");
    q.bind(1, itemId);
    if (q.step()) {
        return std::optional<ItemRow>(readItemRow(q));
    }
    if (q.failed()) {
        return q.error();
    }
    return std::optional<ItemRow>();
}

Result<ProjectCounts> ProjectStore::counts()
{
    ProjectCounts counts;
    TRIAGE_PREPARE(states, m_db, "SELECT state, COUNT(*) FROM items GROUP BY state");
    while (states.step()) {
        const int64_t n = states.columnInt(1);
        const auto state = ItemState(states.columnInt(0));
        counts.total += state == ItemState::Removed ? 0 : n;
        switch (state) {
        case ItemState::Unlabeled: counts.unlabeled = n; break;
        case ItemState::Queued: counts.queued = n; break;
        case ItemState::AutoAccepted: counts.autoAccepted = n; break;
        case ItemState::HumanLabeled: counts.humanLabeled = n; break;
        case ItemState::Failed: counts.failed = n; break;
        case ItemState::Removed: counts.removed = n; break;
        }
    }
    if (states.failed()) {
        return states.error();
    }
    std::map<int64_t, ClassCount> byClass;
    for (const auto &c : m_classes) {
        byClass[c.id].classId = c.id;
    }
    TRIAGE_PREPARE(labels, m_db,
                   "SELECT class_id, source, COUNT(*) FROM labels GROUP BY class_id, source");
    while (labels.step()) {
        ClassCount &c = byClass[labels.columnInt(0)];
        const int64_t n = labels.columnInt(2);
        switch (LabelSource(labels.columnInt(1))) {
        case LabelSource::Human: c.human = n; break;
        case LabelSource::Import: c.imported = n; break;
        case LabelSource::Auto: c.automatic = n; break;
        }
    }
    if (labels.failed()) {
        return labels.error();
    }
    for (const auto &c : m_classes) {
        counts.byClass.push_back(byClass[c.id]);
    }
    TRIAGE_PREPARE(decided, m_db, "SELECT COUNT(*) FROM decisions WHERE source = ?");
    decided.bind(1, int64_t(DecisionSource::Human));
    if (!decided.step()) {
        return decided.error();
    }
    counts.humanDecisions = decided.columnInt(0);
    return counts;
}

Result<std::vector<LabeledItem>> ProjectStore::humanLabels()
{
    TRIAGE_PREPARE(
        q, m_db,
        "SELECT item_id, class_id, source FROM labels WHERE source IN (?, ?) ORDER BY item_id");
    q.bind(1, int64_t(LabelSource::Human)).bind(2, int64_t(LabelSource::Import));
    std::vector<LabeledItem> rows;
    while (q.step()) {
        rows.push_back(LabeledItem{q.columnInt(0), q.columnInt(1), LabelSource(q.columnInt(2))});
    }
    if (q.failed()) {
        return q.error();
    }
    return rows;
}

Result<std::vector<ItemOutcome>> ProjectStore::outcomes()
{
    TRIAGE_PREPARE(q, m_db,
                   "SELECT i.id, i.path, l.class_id, l.source, p.top_class_id FROM items i "
                   "LEFT JOIN labels l ON l.item_id = i.id "
                   "LEFT JOIN predictions p ON p.item_id = i.id "
                   "AND p.model_version_id = "
                   "(SELECT MAX(id) FROM model_versions WHERE complete = 1) "
                   "WHERE i.state NOT IN (?, ?) ORDER BY i.id");
    q.bind(1, int64_t(ItemState::Failed)).bind(2, int64_t(ItemState::Removed));
    std::vector<ItemOutcome> rows;
    while (q.step()) {
        ItemOutcome o;
        o.itemId = q.columnInt(0);
        o.path = q.columnText(1);
        if (!q.columnIsNull(2)) {
            o.labelClassId = q.columnInt(2);
            o.labelSource = LabelSource(q.columnInt(3));
        }
        if (!q.columnIsNull(4)) {
            o.predictedClassId = q.columnInt(4);
        }
        rows.push_back(std::move(o));
    }
    if (q.failed()) {
        return q.error();
    }
    return rows;
}

Result<std::vector<int64_t>> ProjectStore::reviewQueue(int64_t limit)
{
    TRIAGE_PREPARE(q, m_db,
                   "SELECT id FROM items WHERE state IN (?, ?) ORDER BY queue_rank, id LIMIT ?");
    q.bind(1, int64_t(ItemState::Unlabeled)).bind(2, int64_t(ItemState::Queued)).bind(3, limit);
    std::vector<int64_t> ids;
    while (q.step()) {
        ids.push_back(q.columnInt(0));
    }
    if (q.failed()) {
        return q.error();
    }
    return ids;
}

Result<int64_t> ProjectStore::reviewQueueLength()
{
    TRIAGE_PREPARE(q, m_db, "SELECT COUNT(*) FROM items WHERE state IN (?, ?)");
    q.bind(1, int64_t(ItemState::Unlabeled)).bind(2, int64_t(ItemState::Queued));
    if (!q.step()) {
        return q.error();
    }
    return q.columnInt(0);
}

Result<int64_t> ProjectStore::countInState(ItemState state)
{
    TRIAGE_PREPARE(q, m_db, "SELECT COUNT(*) FROM items WHERE state = ?");
    q.bind(1, int64_t(state));
    if (!q.step()) {
        return q.error();
    }
    return q.columnInt(0);
}

Result<int64_t> ProjectStore::recordDecision(const DecisionInput &decision)
{
    if (decision.kind == DecisionKind::Undo || decision.kind == DecisionKind::Remove) {
        return makeError(ErrorCode::InvalidArgument,
                         "undo and remove go through undoLatestDecision and removeItems");
    }
    if (decision.kind == DecisionKind::Label &&
        (!decision.classId || !classById(*decision.classId))) {
        return makeError(ErrorCode::InvalidArgument,
                         "a label decision needs a class of this project");
    }
    return inTransaction(m_db, [&]() -> Result<int64_t> {
        auto existing = item(decision.itemId);
        if (!existing) {
            return existing.error();
        }
        if (!existing->has_value() || (*existing)->state == ItemState::Failed ||
            (*existing)->state == ItemState::Removed) {
            return makeError(ErrorCode::NotFound,
                             "item " + std::to_string(decision.itemId) +
                                 " does not exist, failed to import or was removed");
        }
        TRIAGE_PREPARE(
            q, m_db,
            "INSERT INTO decisions(item_id, kind, source, class_id, annotator, decided_at, "
            "seconds_spent, suggested_class_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, decision.itemId)
            .bind(2, int64_t(decision.kind))
            .bind(3, int64_t(DecisionSource::Human));
        q.bind(4, decision.kind == DecisionKind::Label ? decision.classId : std::nullopt);
        q.bind(5, decision.annotator).bind(6, utcNowIso8601()).bind(7, decision.secondsSpent);
        q.bind(8, decision.suggestedClassId);
        TRIAGE_TRY(q.run());
        const int64_t id = m_db.lastInsertId();
        if (decision.kind == DecisionKind::Label) {
            TRIAGE_TRY(rederiveHumanLabel(decision.itemId));
        }
        return id;
    });
}

Result<int64_t> ProjectStore::undoLatestDecision(int64_t itemId, const std::string &annotator)
{
    return inTransaction(m_db, [&]() -> Result<int64_t> {
        auto log = decisions(itemId);
        if (!log) {
            return log.error();
        }
        const std::vector<int64_t> undone = undoneDecisionIds(*log);
        const DecisionRecord *target = nullptr;
        for (auto it = log->rbegin(); it != log->rend(); ++it) {
            if (it->kind == DecisionKind::Remove) {
                return makeError(ErrorCode::InvalidArgument,
                                 "item " + std::to_string(itemId) + " was removed");
            }
            if (it->kind != DecisionKind::Undo && it->source == DecisionSource::Human &&
                std::find(undone.begin(), undone.end(), it->id) == undone.end()) {
                target = &*it;
                break;
            }
        }
        if (!target) {
            return makeError(ErrorCode::NotFound,
                             "item " + std::to_string(itemId) + " has no decision left to undo");
        }
        TRIAGE_PREPARE(q, m_db,
                       "INSERT INTO decisions(item_id, kind, source, annotator, decided_at, "
                       "undoes_decision_id) VALUES(?, ?, ?, ?, ?, ?)");
        q.bind(1, itemId)
            .bind(2, int64_t(DecisionKind::Undo))
            .bind(3, int64_t(DecisionSource::Human));
        q.bind(4, annotator).bind(5, utcNowIso8601()).bind(6, target->id);
        TRIAGE_TRY(q.run());
        const int64_t id = m_db.lastInsertId();
        TRIAGE_TRY(rederiveHumanLabel(itemId));
        return id;
    });
}

Result<std::vector<DecisionRecord>> ProjectStore::decisions(std::optional<int64_t> itemId)
{
    TRIAGE_PREPARE(
        q, m_db,
        "SELECT id, item_id, kind, source, class_id, annotator, decided_at, seconds_spent, "
        "suggested_class_id, undoes_decision_id FROM decisions "
        "WHERE ?1 IS NULL OR item_id = ?1 ORDER BY id");
    q.bind(1, itemId);
    std::vector<DecisionRecord> rows;
    while (q.step()) {
        DecisionRecord d;
        d.id = q.columnInt(0);
        d.itemId = q.columnInt(1);
        d.kind = DecisionKind(q.columnInt(2));
        d.source = DecisionSource(q.columnInt(3));
        if (!q.columnIsNull(4)) {
            d.classId = q.columnInt(4);
        }
        d.annotator = q.columnText(5);
        d.decidedAt = q.columnText(6);
        d.secondsSpent = q.columnDouble(7);
        if (!q.columnIsNull(8)) {
            d.suggestedClassId = q.columnInt(8);
        }
        if (!q.columnIsNull(9)) {
            d.undoesDecisionId = q.columnInt(9);
        }
        rows.push_back(std::move(d));
    }
    if (q.failed()) {
        return q.error();
    }
    return rows;
}

Result<int64_t> ProjectStore::removeItems(std::span<const int64_t> itemIds,
                                          const std::string &annotator)
{
    return inTransaction(m_db, [&]() -> Result<int64_t> {
        TRIAGE_PREPARE(state, m_db, "UPDATE items SET state = ? WHERE id = ? AND state != ?");
        TRIAGE_PREPARE(log, m_db,
                       "INSERT INTO decisions(item_id, kind, source, annotator, decided_at) "
                       "VALUES(?, ?, ?, ?, ?)");
        TRIAGE_PREPARE(label, m_db, "DELETE FROM labels WHERE item_id = ?");
        const std::string now = utcNowIso8601();
        int64_t removed = 0;
        for (int64_t id : itemIds) {
            TRIAGE_TRY(state.bind(1, int64_t(ItemState::Removed))
                           .bind(2, id)
                           .bind(3, int64_t(ItemState::Removed))
                           .run());
            if (m_db.changes() == 0) {
                continue;  // no such item, or removed already
            }
            log.bind(1, id).bind(2, int64_t(DecisionKind::Remove));
            log.bind(3, int64_t(DecisionSource::Human)).bind(4, annotator).bind(5, now);
            TRIAGE_TRY(log.run());
            TRIAGE_TRY(label.bind(1, id).run());
            ++removed;
        }
        return removed;
    });
}

// The item's label from people or imports is whatever its newest label decision that no
// undo cancelled says. Called inside the transaction that appended to the log.
Result<void> ProjectStore::rederiveHumanLabel(int64_t itemId)
{
    auto log = decisions(itemId);
    if (!log) {
        return log.error();
    }
    const std::vector<int64_t> undone = undoneDecisionIds(*log);
    const DecisionRecord *effective = nullptr;
    for (auto it = log->rbegin(); it != log->rend(); ++it) {
        if (it->kind == DecisionKind::Label &&
            std::find(undone.begin(), undone.end(), it->id) == undone.end()) {
            effective = &*it;
            break;
        }
    }
    const std::string now = utcNowIso8601();
    if (effective) {
        TRIAGE_PREPARE(
            label, m_db,
            "INSERT INTO labels(item_id, class_id, source, confidence, decision_id, updated_at) "
            "VALUES(?, ?, ?, 1.0, ?, ?) ON CONFLICT(item_id) DO UPDATE SET "
            "class_id = excluded.class_id, source = excluded.source, confidence = 1.0, "
            "model_version_id = NULL, decision_id = excluded.decision_id, "
            "updated_at = excluded.updated_at");
        const LabelSource source =
            effective->source == DecisionSource::Import ? LabelSource::Import : LabelSource::Human;
        label.bind(1, itemId).bind(2, *effective->classId).bind(3, int64_t(source));
        label.bind(4, effective->id).bind(5, now);
        TRIAGE_TRY(label.run());
        TRIAGE_PREPARE(state, m_db, "UPDATE items SET state = ? WHERE id = ?");
        return state.bind(1, int64_t(ItemState::HumanLabeled)).bind(2, itemId).run();
    }
    // No label left from people: the item needs review again, at the front of the queue.
    TRIAGE_PREPARE(drop, m_db, "DELETE FROM labels WHERE item_id = ? AND source IN (?, ?)");
    TRIAGE_TRY(drop.bind(1, itemId)
                   .bind(2, int64_t(LabelSource::Human))
                   .bind(3, int64_t(LabelSource::Import))
                   .run());
    TRIAGE_PREPARE(state, m_db,
                   "UPDATE items SET state = ?, queue_rank = -1 WHERE id = ? AND state = ?");
    return state.bind(1, int64_t(ItemState::Queued))
        .bind(2, itemId)
        .bind(3, int64_t(ItemState::HumanLabeled))
        .run();
}

Result<int64_t> ProjectStore::addModelVersion(const ModelVersionInput &version)
{
    TRIAGE_PREPARE(
        q, m_db,
        "INSERT INTO model_versions(kind, created_at, human_labels, validation_accuracy, "
        "temperature, device, weights, complete) VALUES(?, ?, ?, ?, ?, ?, ?, 0)");
    q.bind(1, version.kind).bind(2, utcNowIso8601()).bind(3, version.humanLabels);
    q.bind(4, version.validationAccuracy).bind(5, version.temperature).bind(6, version.device);
    q.bindBlob(7, version.weights);
    TRIAGE_TRY(q.run());
    return m_db.lastInsertId();
}

Result<void> ProjectStore::completeModelVersion(int64_t modelVersionId)
{
    TRIAGE_PREPARE(q, m_db, "UPDATE model_versions SET complete = 1 WHERE id = ?");
    return q.bind(1, modelVersionId).run();
}

Result<std::optional<ModelVersion>> ProjectStore::latestModelVersion()
{
    TRIAGE_PREPARE(
        q, m_db,
        "SELECT id, kind, created_at, human_labels, validation_accuracy, temperature, device "
        "FROM model_versions WHERE complete = 1 ORDER BY id DESC LIMIT 1");
    if (q.step()) {
        ModelVersion v{q.columnInt(0),    q.columnText(1),   q.columnText(2), q.columnInt(3),
                       q.columnDouble(4), q.columnDouble(5), q.columnText(6)};
        return std::optional<ModelVersion>(v);
    }
    if (q.failed()) {
        return q.error();
    }
    return std::optional<ModelVersion>();
}

Result<std::vector<uint8_t>> ProjectStore::modelWeights(int64_t modelVersionId)
{
    TRIAGE_PREPARE(q, m_db, "SELECT weights FROM model_versions WHERE id = ?");
    q.bind(1, modelVersionId);
    if (q.step()) {
        return q.columnBlob(0);
    }
    if (q.failed()) {
        return q.error();
    }
    return makeError(ErrorCode::NotFound, "no model version " + std::to_string(modelVersionId));
}

Result<void> ProjectStore::storePredictions(int64_t modelVersionId,
                                            std::span<const int64_t> itemIds,
                                            std::span<const float> probabilities)
{
    const size_t classCount = m_classes.size();
    if (probabilities.size() != itemIds.size() * classCount) {
        return makeError(ErrorCode::InvalidArgument, "predictions do not match the class count");
    }
    TRIAGE_PREPARE(q, m_db,
                   "INSERT OR REPLACE INTO predictions(item_id, model_version_id, top_class_id, "
                   "top_probability, probabilities) VALUES(?, ?, ?, ?, ?)");
    for (size_t begin = 0; begin < itemIds.size(); begin += kRowsPerTransaction) {
        const size_t end = std::min(itemIds.size(), begin + kRowsPerTransaction);
        TRIAGE_TRY(inTransaction(m_db, [&]() -> Result<void> {
            for (size_t i = begin; i < end; ++i) {
                auto row = probabilities.subspan(i * classCount, classCount);
                const size_t top = size_t(std::max_element(row.begin(), row.end()) - row.begin());
                q.bind(1, itemIds[i]).bind(2, modelVersionId).bind(3, m_classes[top].id);
                q.bind(4, double(row[top])).bindBlob(5, floatBytes(row));
                TRIAGE_TRY(q.run());
            }
            return {};
        }));
    }
    return {};
}

Result<std::optional<std::vector<float>>> ProjectStore::latestPrediction(int64_t itemId)
{
    TRIAGE_PREPARE(q, m_db,
                   "SELECT p.probabilities FROM predictions p "
                   "JOIN model_versions m ON m.id = p.model_version_id AND m.complete = 1 "
                   "WHERE p.item_id = ? ORDER BY p.model_version_id DESC LIMIT 1");
    q.bind(1, itemId);
    if (q.step()) {
        const auto bytes = q.columnBlob(0);
        std::vector<float> probs(bytes.size() / sizeof(float));
        std::memcpy(probs.data(), bytes.data(), probs.size() * sizeof(float));
        return std::optional<std::vector<float>>(std::move(probs));
    }
    if (q.failed()) {
        return q.error();
    }
    return std::optional<std::vector<float>>();
}

Result<RoutingSummary> ProjectStore::applyRoutes(int64_t modelVersionId,
                                                 std::span<const Route> routes)
{
    // Both statements are guarded in SQL, at write time: nothing automatic touches an
    // item that a person or an import labelled, even one labelled while scoring ran.
    TRIAGE_PREPARE(
        setState, m_db,
        "UPDATE items SET state = ?, queue_rank = ? WHERE id = ? AND state IN (?, ?, ?)");
    TRIAGE_PREPARE(
        accept, m_db,
        "INSERT INTO labels(item_id, class_id, source, confidence, model_version_id, updated_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(item_id) DO UPDATE SET "
        "class_id = excluded.class_id, confidence = excluded.confidence, "
        "model_version_id = excluded.model_version_id, updated_at = excluded.updated_at "
        "WHERE labels.source = ?3");
    TRIAGE_PREPARE(unaccept, m_db, "DELETE FROM labels WHERE item_id = ? AND source = ?");
    const std::string now = utcNowIso8601();
    RoutingSummary summary;
    for (size_t begin = 0; begin < routes.size(); begin += kRowsPerTransaction) {
        const auto chunk =
            routes.subspan(begin, std::min(kRowsPerTransaction, routes.size() - begin));
        TRIAGE_TRY(inTransaction(m_db, [&]() -> Result<void> {
            for (const Route &r : chunk) {
                const ItemState state =
                    r.kind == RouteKind::AutoAccept ? ItemState::AutoAccepted : ItemState::Queued;
                setState.bind(1, int64_t(state)).bind(2, r.queueRank).bind(3, r.itemId);
                setState.bind(4, int64_t(ItemState::Unlabeled)).bind(5, int64_t(ItemState::Queued));
                setState.bind(6, int64_t(ItemState::AutoAccepted));
                TRIAGE_TRY(setState.run());
                if (m_db.changes() == 0) {
                    ++summary.untouched;
                    continue;
                }
                if (r.kind == RouteKind::AutoAccept) {
                    accept.bind(1, r.itemId).bind(2, r.classId).bind(3, int64_t(LabelSource::Auto));
                    accept.bind(4, r.confidence).bind(5, modelVersionId).bind(6, now);
                    TRIAGE_TRY(accept.run());
                    ++summary.autoAccepted;
                } else {
                    TRIAGE_TRY(
                        unaccept.bind(1, r.itemId).bind(2, int64_t(LabelSource::Auto)).run());
                    ++summary.queued;
                }
            }
            return {};
        }));
    }
    return summary;
}

Result<void> ProjectStore::markDeadJobsInterrupted()
{
    TRIAGE_PREPARE(running, m_db,
                   "SELECT id, owner_pid, owner_start, owner_host FROM jobs WHERE state = ?");
    running.bind(1, int64_t(JobState::Running));
    std::vector<int64_t> dead;
    while (running.step()) {
        const ProcessIdentity owner{running.columnInt(1), running.columnInt(2),
                                    running.columnText(3)};
        if (livenessOf(owner) == Liveness::Dead) {
            dead.push_back(running.columnInt(0));
        }
    }
    if (running.failed()) {
        return running.error();
    }
    running.reset();
    TRIAGE_PREPARE(mark, m_db,
                   "UPDATE jobs SET state = ?, finished_at = ?, "
                   "error = 'interrupted: its process ended before the job did' "
                   "WHERE id = ? AND state = ?");
    for (int64_t id : dead) {
        mark.bind(1, int64_t(JobState::Interrupted)).bind(2, utcNowIso8601()).bind(3, id);
        TRIAGE_TRY(mark.bind(4, int64_t(JobState::Running)).run());
    }
    return {};
}

Result<int64_t> ProjectStore::startJob(const std::string &kind)
{
    // A job still marked running whose process is gone was cut short (killed): say so.
    // Jobs of live processes, here or on another host, are left alone.
    TRIAGE_TRY(markDeadJobsInterrupted());
    const ProcessIdentity self = currentProcess();
    TRIAGE_PREPARE(q, m_db,
                   "INSERT INTO jobs(kind, state, started_at, owner_pid, owner_start, owner_host) "
                   "VALUES(?, ?, ?, ?, ?, ?)");
    q.bind(1, kind).bind(2, int64_t(JobState::Running)).bind(3, utcNowIso8601());
    q.bind(4, self.pid).bind(5, self.startTicks).bind(6, self.host);
    TRIAGE_TRY(q.run());
    return m_db.lastInsertId();
}

Result<void> ProjectStore::updateJob(int64_t jobId, int64_t done, int64_t total,
                                     const std::string &message)
{
    TRIAGE_PREPARE(q, m_db, "UPDATE jobs SET done = ?, total = ?, message = ? WHERE id = ?");
    return q.bind(1, done).bind(2, total).bind(3, message).bind(4, jobId).run();
}

Result<void> ProjectStore::finishJob(int64_t jobId, JobState state, const std::string &error)
{
    TRIAGE_PREPARE(q, m_db, "UPDATE jobs SET state = ?, error = ?, finished_at = ? WHERE id = ?");
    return q.bind(1, int64_t(state)).bind(2, error).bind(3, utcNowIso8601()).bind(4, jobId).run();
}

Result<std::optional<JobRecord>> ProjectStore::lastJob()
{
    TRIAGE_PREPARE(q, m_db,
                   "SELECT id, kind, state, done, total, message, error, started_at, finished_at, "
                   "owner_pid, owner_start, owner_host FROM jobs ORDER BY id DESC LIMIT 1");
    if (q.step()) {
        JobRecord j{q.columnInt(0),  q.columnText(1), JobState(q.columnInt(2)),
                    q.columnInt(3),  q.columnInt(4),  q.columnText(5),
                    q.columnText(6), q.columnText(7), q.columnText(8)};
        // Read-only: a dead owner's job shows as interrupted without writing it so.
        const ProcessIdentity owner{q.columnInt(9), q.columnInt(10), q.columnText(11)};
        if (j.state == JobState::Running && livenessOf(owner) == Liveness::Dead) {
            j.state = JobState::Interrupted;
            j.error = "interrupted: its process ended before the job did";
        }
        return std::optional<JobRecord>(j);
    }
    if (q.failed()) {
        return q.error();
    }
    return std::optional<JobRecord>();
}

}  // namespace triage
