#include "sqlitestore.h"

#include "posixfile.h"
#include "sqlitedatabase.h"
#include "sqliteschema.h"

#include <filesystem>
#include <unistd.h>

namespace triage::sqlite {
namespace {

Result<void> configureConnection(Database &db)
{
    // WAL lets the GUI read while a job writes; synchronous=FULL makes each committed
    // decision survive power loss, not only a killed process. The WAL is kept bounded.
    // A 32 MiB page cache keeps the indexes of a large pool in memory while it is written.
    return db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                   "PRAGMA foreign_keys=ON; PRAGMA journal_size_limit=67108864; "
                   "PRAGMA cache_size=-32768;");
}

}  // namespace

Result<std::unique_ptr<sql::Backend>> createStore(const std::string &path,
                                                  const sql::FillProject &fill)
{
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
        auto db = SqliteDatabase::open(temporary, SqliteDatabase::OpenMode::CreateNew);
        if (!db) {
            return db.error();
        }
        sql::Backend backend(std::move(*db));
        auto built = [&]() -> Result<void> {
            TRIAGE_TRY(configureConnection(backend.database()));
            TRIAGE_TRY(migrate(backend.database()));
            return fill(backend);
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
    return openStore(path);
}

Result<std::unique_ptr<sql::Backend>> openStore(const std::string &path)
{
    if (const std::string why = notRegularFileReason(path); !why.empty()) {
        return makeError(ErrorCode::NotFound, "no project file at " + path + ": it " + why);
    }
    auto db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::OpenExisting);
    if (!db) {
        return db.error();
    }
    auto backend = std::make_unique<sql::Backend>(std::move(*db));
    // Read-only until the file is known to be ours: another application's database (or an
    // empty file) must not get our tables, a schema version or WAL mode.
    auto ours = backend->isTriageProject();
    if (!ours && ours.error().code == ErrorCode::Busy) {
        return ours.error();
    }
    if (!ours || !*ours) {
        return makeError(ErrorCode::CorruptData,
                         path + " is not a Triage project" +
                             (ours ? std::string() : " (" + ours.error().message + ")"));
    }
    TRIAGE_TRY(configureConnection(backend->database()));
    TRIAGE_TRY(migrate(backend->database()));
    TRIAGE_TRY(backend->load());
    return backend;
}

}  // namespace triage::sqlite
