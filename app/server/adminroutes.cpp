// Tokens (admin), and the open routes: health, readiness, metrics and the API document.
#include "routes.h"

#include "apitokens.h"
#include "jsonfields.h"
#include "routehelpers.h"

namespace triage::server {
namespace {

ApiResponse listTokens(ServerContext &ctx, const ApiRequest &)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto tokens = store.tokens().list();
    return tokens ? jsonResponse(describe(*tokens).json) : errorResponse(tokens.error());
}

ApiResponse createToken(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto body = bodyObject(request);
    if (!body) {
        return errorResponse(body.error());
    }
    JsonFields fields(*body, "token");
    auto known = fields.onlyKnown({"name", "role"});
    auto name = fields.text("name");
    auto roleText = fields.requiredText("role");
    if (!known || !name || !roleText) {
        return errorResponse(!known ? known.error() : !name ? name.error() : roleText.error());
    }
    const auto role = tokenRoleFromText(*roleText);
    if (!role) {
        return errorResponse(400, "invalid_argument",
                             "token: role is annotator, lead or admin, not '" + *roleText + "'");
    }
    auto issued = issueToken(store, name->value_or(""), *role);
    if (!issued) {
        return errorResponse(issued.error());
    }
    JsonWriter json;
    json.beginObject();
    writeToken(json, issued->token);
    json.field("token", issued->secret).endObject();
    return jsonResponse(json.text(), 201);
}

ApiResponse revokeToken(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    const std::string &name = request.pathParams.at("name");
    if (auto revoked = store.tokens().revoke(name); !revoked) {
        return errorResponse(revoked.error());
    }
    JsonWriter json;
    json.beginObject().field("revoked", name).endObject();
    return jsonResponse(json.text());
}

ApiResponse ready(ServerContext &ctx)
{
    auto store = ctx.store();
    Result<std::string> name = store ? (*store)->settings().name() : Result<std::string>(store.error());
    if (!name) {
        return errorResponse(503, "not_ready", name.error().message);
    }
    JsonWriter json;
    json.beginObject().field("status", "ready").field("project", *name).endObject();
    return jsonResponse(json.text());
}

std::string gauge(const std::string &name, const std::string &help, int64_t value)
{
    return "# HELP " + name + " " + help + "\n# TYPE " + name + " gauge\n" + name + " " +
           std::to_string(value) + "\n";
}

ApiResponse metrics(ServerContext &ctx)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto states = store.items().stateCounts();
    auto queue = store.items().reviewQueueLength();
    auto leases = store.leases().liveCount(epochSeconds());
    if (!states || !queue || !leases) {
        return errorResponse(!states ? states.error() : !queue ? queue.error() : leases.error());
    }
    std::string gauges = "# HELP triage_items Items in the project, by state.\n"
                         "# TYPE triage_items gauge\n";
    for (auto state : {ItemState::Unlabeled, ItemState::Queued, ItemState::AutoAccepted,
                       ItemState::HumanLabeled, ItemState::Failed, ItemState::Removed}) {
        int64_t n = 0;
        for (const auto &[s, count] : *states) {
            n += s == state ? count : 0;
        }
        gauges += "triage_items{state=\"" + std::string(toText(state)) + "\"} " +
                  std::to_string(n) + "\n";
    }
    gauges += gauge("triage_review_queue_length", "Items waiting for a person.", *queue);
    gauges += gauge("triage_review_leases", "Review items leased to a client now.", *leases);
    gauges += gauge("triage_jobs_running", "Jobs this server is running.", ctx.jobs().running());
    gauges += "# HELP triage_jobs_started_total Jobs this server has started.\n"
              "# TYPE triage_jobs_started_total counter\ntriage_jobs_started_total " +
              std::to_string(ctx.jobs().started()) + "\n";
    ApiResponse response = jsonResponse(ctx.metrics().render(gauges));
    response.contentType = "text/plain; version=0.0.4";
    return response;
}

}  // namespace

std::vector<Route> adminRoutes(ServerContext &ctx)
{
    using R = const ApiRequest &;
    const auto admin = TokenRole::Admin;
    return {
        {"GET", "/v1/tokens", admin, [&ctx](R r) { return listTokens(ctx, r); }},
        {"POST", "/v1/tokens", admin, [&ctx](R r) { return createToken(ctx, r); }},
        {"DELETE", "/v1/tokens/{name}", admin, [&ctx](R r) { return revokeToken(ctx, r); }},
        {"GET", "/healthz", std::nullopt,
         [](R) { return jsonResponse("{\"status\":\"ok\"}"); }},
        {"GET", "/readyz", std::nullopt, [&ctx](R) { return ready(ctx); }},
        {"GET", "/metrics", std::nullopt, [&ctx](R) { return metrics(ctx); }},
        {"GET", "/v1/openapi.json", std::nullopt,
         [](R) { return jsonResponse(openApiDocument()); }},
    };
}

std::vector<Route> allRoutes(ServerContext &ctx)
{
    std::vector<Route> routes;
    for (auto group : {itemRoutes(ctx), jobRoutes(ctx), adminRoutes(ctx)}) {
        routes.insert(routes.end(), group.begin(), group.end());
    }
    return routes;
}

}  // namespace triage::server
