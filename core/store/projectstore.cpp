#include "projectstore.h"

#include "pgdatabase.h"
#include "pgstore.h"
#include "sqlitestore.h"
#include "storerules.h"

namespace triage {

bool isDatabaseUrl(std::string_view location)
{
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::string shownLocation(const std::string &location)
{
    return isDatabaseUrl(location) ? redactedUrl(location) : location;
}

Result<ProjectStore> ProjectStore::create(const std::string &location, const std::string &name,
                                          const std::vector<std::string> &classNames)
{
    TRIAGE_TRY(validateClassNames(classNames));  // before a database is made for them
    const sql::FillProject fill = [&](sql::Backend &backend) {
        return backend.initialize(name, classNames);
    };
    auto backend = isDatabaseUrl(location) ? postgres::createStore(location, fill)
                                           : sqlite::createStore(location, fill);
    if (!backend) {
        return backend.error();
    }
    return ProjectStore(std::move(*backend));
}

Result<ProjectStore> ProjectStore::open(const std::string &location)
{
    auto backend =
        isDatabaseUrl(location) ? postgres::openStore(location) : sqlite::openStore(location);
    if (!backend) {
        return backend.error();
    }
    return ProjectStore(std::move(*backend));
}

std::optional<ClassInfo> ProjectStore::classByName(std::string_view name) const
{
    for (const auto &c : classes()) {
        if (c.name == name) {
            return c;
        }
    }
    return std::nullopt;
}

std::optional<ClassInfo> ProjectStore::classById(int64_t id) const
{
    for (const auto &c : classes()) {
        if (c.id == id) {
            return c;
        }
    }
    return std::nullopt;
}

}  // namespace triage
