#include "apitokens.h"

#include "sha256.h"

#include <array>
#include <cerrno>
#include <cstring>

#include <sys/random.h>

namespace triage {
namespace {

constexpr size_t kMaxTokenName = 64;
constexpr const char *kSecretPrefix = "triage_";

Result<std::string> randomHex(size_t bytes)
{
    std::string raw(bytes, '\0');
    size_t filled = 0;
    while (filled < bytes) {
        const ssize_t got = getrandom(raw.data() + filled, bytes - filled, 0);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            return makeError(ErrorCode::Io, std::string("no random bytes for a token: ") +
                                                std::strerror(errno));
        }
        filled += size_t(got);
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned char c : raw) {
        hex += kHex[c >> 4];
        hex += kHex[c & 15];
    }
    return hex;
}

bool isNameCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '_' || c == '@' || c == '-';
}

}  // namespace

std::string tokenDigest(const std::string &secret)
{
    Sha256 hash;
    hash.add(secret);
    return hash.hex();
}

Result<void> validateTokenName(const std::string &name)
{
    if (name.empty() || name.size() > kMaxTokenName) {
        return makeError(ErrorCode::InvalidArgument,
                         "a token name has 1 to 64 characters, not " + std::to_string(name.size()));
    }
    for (char c : name) {
        if (!isNameCharacter(c)) {
            return makeError(ErrorCode::InvalidArgument,
                             "token name '" + name +
                                 "' may hold only letters, digits and . _ @ -");
        }
    }
    return {};
}

Result<IssuedToken> issueToken(ProjectStore &store, const std::string &name, TokenRole role)
{
    auto random = randomHex(32);
    if (!random) {
        return random.error();
    }
    const std::string secret = kSecretPrefix + *random;
    const std::string digest = tokenDigest(secret);
    const std::string chosen =
        name.empty() ? std::string(toText(role)) + "-" + digest.substr(0, 6) : name;
    TRIAGE_TRY(validateTokenName(chosen));
    auto token = store.tokens().add(chosen, role, digest);
    if (!token) {
        return token.error();
    }
    return IssuedToken{*token, secret};
}

Result<std::optional<ApiToken>> authenticate(ProjectStore &store, const std::string &secret)
{
    if (secret.rfind(kSecretPrefix, 0) != 0) {
        return std::optional<ApiToken>();
    }
    return store.tokens().byHash(tokenDigest(secret));
}

JobOutcome describe(const std::vector<ApiToken> &tokens)
{
    JobOutcome outcome;
    JsonWriter json;
    json.beginObject().beginArray("tokens");
    for (const auto &token : tokens) {
        json.beginObject();
        writeToken(json, token);
        json.endObject();
        outcome.details.push_back(
            token.name + "  " + std::string(toText(token.role)) + "  created " + token.createdAt +
            (token.revokedAt.empty() ? "" : "  revoked " + token.revokedAt));
    }
    json.endArray().endObject();
    outcome.summary = std::to_string(tokens.size()) + " tokens";
    if (tokens.empty()) {
        outcome.details.push_back("no tokens (triage-cli token create PROJECT --role ROLE)");
    }
    outcome.json = json.text();
    return outcome;
}

void writeToken(JsonWriter &json, const ApiToken &token)
{
    json.field("name", token.name).field("role", std::string(toText(token.role)));
    json.field("created_at", token.createdAt);
    if (token.revokedAt.empty()) {
        json.nullField("revoked_at");
    } else {
        json.field("revoked_at", token.revokedAt);
    }
}

}  // namespace triage
