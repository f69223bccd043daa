// `triage-cli token ...`: the REST server's bearer tokens (core/usecases/apitokens.h).
#include "commandtable.h"

#include "apitokens.h"

namespace triage::cli {
namespace {

Result<JobOutcome> runTokenCreate(const Arguments &parsed, ProjectStore *store)
{
    const auto role = tokenRoleFromText(parsed.value("role").value_or(""));
    auto issued = issueToken(*store, parsed.value("name").value_or(""), *role);
    if (!issued) {
        return issued.error();
    }
    JsonWriter json;
    json.beginObject();
    writeToken(json, issued->token);
    json.field("token", issued->secret).endObject();
    return JobOutcome{
        "token " + issued->token.name + " created",
        {issued->secret,
         "(token " + issued->token.name + ", role " + std::string(toText(issued->token.role)) +
             ": shown only now; the project keeps just its SHA-256)"},
        json.text()};
}

Result<void> checkTokenCreate(const Arguments &parsed)
{
    const auto role = parsed.value("role");
    if (!role) {
        return usageError("token create needs --role annotator|lead|admin");
    }
    if (!tokenRoleFromText(*role)) {
        return usageError("--role is annotator, lead or admin, not '" + *role + "'");
    }
    if (const auto name = parsed.value("name")) {
        return validateTokenName(*name);
    }
    return {};
}

Result<JobOutcome> runTokenList(const Arguments &, ProjectStore *store)
{
    auto tokens = store->tokens().list();
    if (!tokens) {
        return tokens.error();
    }
    return describe(*tokens);
}

Result<JobOutcome> runTokenRevoke(const Arguments &parsed, ProjectStore *store)
{
    const std::string &name = parsed.positionals()[1];
    TRIAGE_TRY(store->tokens().revoke(name));
    JsonWriter json;
    json.beginObject().field("revoked", name).endObject();
    return JobOutcome{"token " + name + " revoked",
                      {"token " + name + " revoked: requests with it are refused from now on"},
                      json.text()};
}

}  // namespace

std::vector<Command> tokenCommands()
{
    return {
        {"token create", "a bearer token for the REST server (shown once)",
         "usage: triage-cli token create PROJECT --role annotator|lead|admin [--name NAME]\n"
         "  Prints a new secret token for triage-server. The project keeps only its SHA-256,\n"
         "  so store the token now. NAME (default: the role and six hex digits) is what\n"
         "  decisions made with it record as their annotator. An annotator reviews; a lead\n"
         "  also imports, runs rounds, manages labeling functions, models, versions and\n"
         "  exports; an admin also manages tokens.\n",
         {"role", "name"}, {}, true, 1, 1, runTokenCreate, checkTokenCreate},
        {"token list", "the REST server's tokens, revoked ones too",
         "usage: triage-cli token list PROJECT [--json]\n"
         "  Each token's name, role, when it was made and, if so, revoked. Secrets are\n"
         "  never shown again.\n",
         {}, {}, true, 1, 1, runTokenList},
        {"token revoke", "stop a token from working, at once, on every server",
         "usage: triage-cli token revoke PROJECT NAME\n"
         "  Every server on the project refuses the token from its next request on.\n",
         {}, {}, true, 2, 2, runTokenRevoke},
    };
}

}  // namespace triage::cli
