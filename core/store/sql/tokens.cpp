#include "sqlbackend.h"

#include "sqlquery.h"

namespace triage::sql {
namespace {

constexpr const char *kTokenColumns =
    "SELECT id, name, role, created_at, revoked_at FROM api_tokens ";

ApiToken readToken(const Statement &r)
{
    return ApiToken{r.columnInt(0), r.columnText(1), TokenRole(r.columnInt(2)), r.columnText(3),
                    r.columnText(4)};
}

}  // namespace

Result<ApiToken> Tokens::add(const std::string &name, TokenRole role, const std::string &secretHash)
{
    TRIAGE_PREPARE(taken, m_c.db,
                   "SELECT COUNT(*) FROM api_tokens WHERE name = ? AND revoked_at = ''");
    taken.bind(1, name);
    auto count = singleInteger(taken);
    if (!count) {
        return count.error();
    }
    if (*count > 0) {
        return makeError(ErrorCode::AlreadyExists,
                         "a valid token named '" + name + "' exists; revoke it first");
    }
    const std::string now = utcNowIso8601();
    TRIAGE_PREPARE(q, m_c.db,
                   "INSERT INTO api_tokens(name, role, secret_hash, created_at) VALUES(?, ?, ?, ?) "
                   "RETURNING id");
    q.bind(1, name).bind(2, int64_t(role)).bind(3, secretHash).bind(4, now);
    auto idInserted = insertedId(q);
    if (!idInserted) {
        return idInserted.error();
    }
    const int64_t id = *idInserted;
    return ApiToken{id, name, role, now, {}};
}

Result<std::vector<ApiToken>> Tokens::list()
{
    TRIAGE_PREPARE(q, m_c.db, std::string(kTokenColumns) + "ORDER BY id");
    return allRows(q, readToken);
}

Result<std::optional<ApiToken>> Tokens::byHash(const std::string &secretHash)
{
    TRIAGE_PREPARE(q, m_c.db,
                   std::string(kTokenColumns) + "WHERE secret_hash = ? AND revoked_at = ''");
    q.bind(1, secretHash);
    return firstRow(q, readToken);
}

Result<void> Tokens::revoke(const std::string &name)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "UPDATE api_tokens SET revoked_at = ? WHERE name = ? AND revoked_at = ''");
    TRIAGE_TRY(q.bind(1, utcNowIso8601()).bind(2, name).run());
    if (m_c.db.changes() == 0) {
        return makeError(ErrorCode::NotFound, "no valid token named '" + name + "'");
    }
    return {};
}

}  // namespace triage::sql
