#include "projectstore.h"

namespace triage {

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
