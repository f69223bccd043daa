#pragma once
// ProjectStore: one open Triage project. A handle over a backend (a SQLite file, or a
// PostgreSQL database a team shares) that hands out the repositories of repositories.h and
// runs units of work. No raw database handle leaves it.
//
// Threads: a ProjectStore is one connection; open one per thread on the same project.
// Human decisions commit synchronously before the call returns, so a decision shown as
// done is on disk.
#include "repositories.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace triage {

// What a unit of work may write. Project: anything; it runs alone among the project's
// writers. Items: people's decisions and review leases on items it names (each call locks
// its item), so on PostgreSQL such units of several annotators run at once.
enum class WriteScope { Project = 1, Items };

// What a backend provides: the repositories over one connection, and transactions.
class StoreBackend {
public:
    virtual ~StoreBackend() = default;
    virtual const std::string &location() const = 0;
    virtual const std::vector<ClassInfo> &classes() const = 0;
    virtual SettingsRepository &settings() = 0;
    virtual ItemRepository &items() = 0;
    virtual DecisionRepository &decisions() = 0;
    virtual ModelRepository &models() = 0;
    virtual PredictionRepository &predictions() = 0;
    virtual JobRepository &jobs() = 0;
    virtual ProjectModelRepository &projectModels() = 0;
    virtual LabelingFunctionRepository &labelingFunctions() = 0;
    virtual VersionRepository &versions() = 0;
    virtual TokenRepository &tokens() = 0;
    virtual LeaseRepository &leases() = 0;
    // Runs `work` in one transaction: committed if it succeeds, rolled back otherwise.
    // Repository calls inside it join it.
    virtual Result<void> unitOfWork(const std::function<Result<void>()> &work,
                                    WriteScope scope) = 0;
    virtual Result<void> quickCheck() = 0;
    virtual void setLockWait(int milliseconds) = 0;
    // Bulk loading (an import, which can be run again): commits still reach the disk in
    // order and survive a killed process, but each is not waited for, so a power loss may
    // undo the last few. Off again, the next commit waits for all before it.
    virtual Result<void> setBulkLoading(bool on) = 0;
};

// Whether a project location is a database URL (postgresql://… or postgres://…) rather
// than a file's path.
bool isDatabaseUrl(std::string_view location);
// The location as messages and logs may show it: a URL loses its password.
std::string shownLocation(const std::string &location);

class ProjectStore {
public:
    // `location`: a project file's path, or a PostgreSQL URL. Creates the project
    // atomically: it appears complete or not at all.
    static Result<ProjectStore> create(const std::string &location, const std::string &name,
                                       const std::vector<std::string> &classNames);
    // Writes nothing to a file or database that is not a Triage project (CorruptData then).
    static Result<ProjectStore> open(const std::string &location);

    explicit ProjectStore(std::unique_ptr<StoreBackend> backend) : m_backend(std::move(backend)) {}

    const std::string &path() const { return m_backend->location(); }
    const std::vector<ClassInfo> &classes() const { return m_backend->classes(); }
    std::optional<ClassInfo> classByName(std::string_view name) const;
    std::optional<ClassInfo> classById(int64_t id) const;

    SettingsRepository &settings() { return m_backend->settings(); }
    ItemRepository &items() { return m_backend->items(); }
    DecisionRepository &decisions() { return m_backend->decisions(); }
    ModelRepository &models() { return m_backend->models(); }
    PredictionRepository &predictions() { return m_backend->predictions(); }
    JobRepository &jobs() { return m_backend->jobs(); }
    ProjectModelRepository &projectModels() { return m_backend->projectModels(); }
    LabelingFunctionRepository &labelingFunctions() { return m_backend->labelingFunctions(); }
    VersionRepository &versions() { return m_backend->versions(); }
    TokenRepository &tokens() { return m_backend->tokens(); }
    LeaseRepository &leases() { return m_backend->leases(); }

    Result<void> unitOfWork(const std::function<Result<void>()> &work,
                            WriteScope scope = WriteScope::Project)
    {
        return m_backend->unitOfWork(work, scope);
    }
    // CorruptData naming the first problem when the project's data is damaged.
    Result<void> quickCheck() { return m_backend->quickCheck(); }
    // How long a write waits for another connection's lock before failing with Busy.
    void setLockWait(int milliseconds) { m_backend->setLockWait(milliseconds); }
    Result<void> setBulkLoading(bool on) { return m_backend->setBulkLoading(on); }

private:
    std::unique_ptr<StoreBackend> m_backend;
};

}  // namespace triage
