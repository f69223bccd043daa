#include "sqlitebackend.h"

#include "posixfile.h"
#include "schema.h"
#include "sqlitequery.h"
#include "storerules.h"

#include <filesystem>
#include <unistd.h>

namespace triage {
namespace sqlite {
namespace {

constexpr const char *kAppMarker = "triage";

}  // namespace

Backend::Backend(Database db) : m_c{std::move(db), {}} {}

Result<std::unique_ptr<Backend>> Backend::create(const std::string &path, const std::string &name,
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
        Backend backend(std::move(*db));
        auto built = [&]() -> Result<void> {
            TRIAGE_TRY(backend.configureConnection());
            TRIAGE_TRY(migrate(backend.m_c.db));
            TRIAGE_TRY(inTransaction(backend.m_c.db, [&]() -> Result<void> {
                TRIAGE_TRY(backend.m_settings.setValue("app", kAppMarker));
                TRIAGE_TRY(backend.m_settings.setValue("name", name));
                TRIAGE_TRY(backend.m_settings.setValue("created_at", utcNowIso8601()));
                TRIAGE_PREPARE(insert, backend.m_c.db,
                               "INSERT INTO classes(name, position) VALUES(?, ?)");
                for (size_t i = 0; i < classNames.size(); ++i) {
                    TRIAGE_TRY(insert.bind(1, classNames[i]).bind(2, int64_t(i)).run());
                }
                return {};
            }));
            return backend.m_settings.setRoutingPolicy(RoutingPolicy{});
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

Result<std::unique_ptr<Backend>> Backend::open(const std::string &path)
{
    if (const std::string why = notRegularFileReason(path); !why.empty()) {
        return makeError(ErrorCode::NotFound, "no project file at " + path + ": it " + why);
    }
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db) {
        return db.error();
    }
    std::unique_ptr<Backend> backend(new Backend(std::move(*db)));
    // Read-only until the file is known to be ours: another application's database (or an
    // empty file) must not get our tables, a schema version or WAL mode.
    auto marker = backend->m_settings.value("app");
    if (!marker && marker.error().code == ErrorCode::Busy) {
        return marker.error();
    }
    if (!marker || !marker->has_value() || **marker != kAppMarker) {
        return makeError(ErrorCode::CorruptData,
                         path + " is not a Triage project" +
                             (marker ? std::string() : " (" + marker.error().message + ")"));
    }
    TRIAGE_TRY(backend->configureConnection());
    TRIAGE_TRY(migrate(backend->m_c.db));
    TRIAGE_TRY(backend->loadClasses());
    return backend;
}

Result<void> Backend::configureConnection()
{
    // WAL lets the GUI read while a job writes; synchronous=FULL makes each committed
    // decision survive power loss, not only a killed process. The WAL is kept bounded.
    // A 32 MiB page cache keeps the indexes of a large pool in memory while it is written.
    return m_c.db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                       "PRAGMA foreign_keys=ON; PRAGMA journal_size_limit=67108864; "
                       "PRAGMA cache_size=-32768;");
}

Result<void> Backend::loadClasses()
{
    TRIAGE_PREPARE(q, m_c.db, "SELECT id, name, position FROM classes ORDER BY position");
    auto classes = allRows(q, [](const Statement &r) {
        return ClassInfo{r.columnInt(0), r.columnText(1), int(r.columnInt(2))};
    });
    if (!classes) {
        return classes.error();
    }
    m_c.classes = std::move(*classes);
    return {};
}

Result<void> Backend::unitOfWork(const std::function<Result<void>()> &work)
{
    return inTransaction(m_c.db, work);
}

Result<void> Backend::quickCheck()
{
    TRIAGE_PREPARE(q, m_c.db, "PRAGMA quick_check(1)");
    if (!q.step()) {
        return makeError(ErrorCode::CorruptData, location() + " is damaged: " + q.error().message);
    }
    const std::string verdict = q.columnText(0);
    if (verdict != "ok") {
        return makeError(ErrorCode::CorruptData,
                         location() + " is damaged: " + verdict + " (restore it from a backup)");
    }
    return {};
}

}  // namespace sqlite

// Only SQLite files today; a PostgreSQL backend will be chosen here by the location's form.
Result<ProjectStore> ProjectStore::create(const std::string &path, const std::string &name,
                                          const std::vector<std::string> &classNames)
{
    auto backend = sqlite::Backend::create(path, name, classNames);
    if (!backend) {
        return backend.error();
    }
    return ProjectStore(std::move(*backend));
}

Result<ProjectStore> ProjectStore::open(const std::string &path)
{
    auto backend = sqlite::Backend::open(path);
    if (!backend) {
        return backend.error();
    }
    return ProjectStore(std::move(*backend));
}

}  // namespace triage
