#pragma once
// Bearer tokens for the REST server: made here (a random secret shown once, only its
// SHA-256 kept), checked on every request, revoked by name. The CLI's `token` commands
// and the server's /v1/tokens routes both call these.
#include "job.h"
#include "jsonwriter.h"
#include "projectstore.h"

#include <optional>
#include <string>

namespace triage {

struct IssuedToken {
    ApiToken token;
    std::string secret;  // "triage_" and 64 hex digits; nowhere else once shown
};

// A name is what decisions made with the token record as their annotator: 1 to 64
// letters, digits and . _ @ - (no spaces, nothing a log or a path could misread).
Result<void> validateTokenName(const std::string &name);

// name "": "<role>-" and six hex digits of the secret's digest.
Result<IssuedToken> issueToken(ProjectStore &store, const std::string &name, TokenRole role);

// The valid token this secret belongs to; nullopt for an unknown or revoked one.
Result<std::optional<ApiToken>> authenticate(ProjectStore &store, const std::string &secret);

// Whether `role` may do what `needed` may: each role includes the ones before it.
constexpr bool roleAllows(TokenRole role, TokenRole needed) { return int(role) >= int(needed); }

std::string tokenDigest(const std::string &secret);

// {"name", "role", "created_at", "revoked_at"} as the CLI's --json and the API show it.
void writeToken(JsonWriter &json, const ApiToken &token);
// The token list: a line per token, and {"tokens": [...]}.
JobOutcome describe(const std::vector<ApiToken> &tokens);

}  // namespace triage
