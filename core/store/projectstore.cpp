#include "projectstore.h"

#include "pgstore.h"
#include "sqlitestore.h"

namespace triage {

bool isDatabaseUrl(std::string_view location)
{
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

Result<ProjectStore> ProjectStore::create(const std::string &location, const std::string &name,
                                          const std::vector<std::string> &classNames)
{
    auto backend = isDatabaseUrl(location) ? postgres::createStore(location, name, classNames)
                                           : sqlite::createStore(location, name, classNames);
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
