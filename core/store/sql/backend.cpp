#include "sqlbackend.h"

#include "sqlquery.h"

namespace triage::sql {
namespace {

constexpr const char *kAppMarker = "triage";

}  // namespace

Result<bool> Backend::isTriageProject()
{
    auto marker = m_settings.value("app");
    if (!marker) {
        return marker.error();
    }
    return marker->has_value() && **marker == kAppMarker;
}

Result<void> Backend::initialize(const std::string &name,
                                 const std::vector<std::string> &classNames)
{
    return inTransaction(m_c.db, [&]() -> Result<void> {
        TRIAGE_TRY(m_settings.setValue("app", kAppMarker));
        TRIAGE_TRY(m_settings.setValue("name", name));
        TRIAGE_TRY(m_settings.setValue("created_at", utcNowIso8601()));
        TRIAGE_PREPARE(insert, m_c.db, "INSERT INTO classes(name, position) VALUES(?, ?)");
        for (size_t i = 0; i < classNames.size(); ++i) {
            TRIAGE_TRY(insert.bind(1, classNames[i]).bind(2, int64_t(i)).run());
        }
        return m_settings.setRoutingPolicy(RoutingPolicy{});
    });
}

Result<void> Backend::load()
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

Result<void> Backend::unitOfWork(const std::function<Result<void>()> &work, WriteScope scope)
{
    return inTransaction(m_c.db, work,
                         scope == WriteScope::Items ? Transaction::Kind::ItemWrite
                                                    : Transaction::Kind::Write);
}

}  // namespace triage::sql
