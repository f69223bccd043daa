#include "httpserver.h"

#include "apitokens.h"
#include "numbertext.h"

#include <cmath>
#include <exception>

namespace triage::server {
namespace {

std::string bearerSecret(const std::string &authorization)
{
    const std::string scheme = "Bearer ";
    return authorization.rfind(scheme, 0) == 0 ? authorization.substr(scheme.size()) : "";
}

}  // namespace

ApiResponse dispatch(ServerContext &ctx, const std::vector<Route> &routes, ApiRequest request,
                     const std::string &authorization, const std::string &remoteAddress,
                     std::string &routeName)
{
    const Route *route = nullptr;
    std::string allowed;
    for (const auto &candidate : routes) {
        std::map<std::string, std::string> params;
        if (!matchPattern(candidate.pattern, request.path, params)) {
            continue;
        }
        if (candidate.method == request.method) {
            route = &candidate;
            request.pathParams = std::move(params);
            break;
        }
        allowed += (allowed.empty() ? "" : ", ") + candidate.method;
    }
    if (!route) {
        routeName = "unmatched";
        if (!allowed.empty()) {
            ApiResponse response = errorResponse(405, "method_not_allowed",
                                                 request.method + " is not allowed on " +
                                                     request.path + " (" + allowed + ")");
            response.headers["Allow"] = allowed;
            return response;
        }
        return errorResponse(404, "not_found", "no route " + request.path + " (see /v1/openapi.json)");
    }
    routeName = route->method + " " + route->pattern;
    std::string client = "address " + remoteAddress;
    if (route->role) {
        const std::string secret = bearerSecret(authorization);
        if (secret.empty()) {
            ApiResponse response = errorResponse(
                401, "unauthenticated", "send a token: Authorization: Bearer <token>");
            response.headers["WWW-Authenticate"] = "Bearer";
            return response;
        }
        auto store = ctx.store();
        if (!store) {
            return errorResponse(store.error());
        }
        auto token = authenticate(**store, secret);
        if (!token) {
            return errorResponse(token.error());
        }
        if (!token->has_value()) {
            ApiResponse response =
                errorResponse(401, "unauthenticated", "the token is unknown or was revoked");
            response.headers["WWW-Authenticate"] = "Bearer error=\"invalid_token\"";
            return response;
        }
        if (!roleAllows((*token)->role, *route->role)) {
            return errorResponse(403, "forbidden",
                                 routeName + " needs a " + std::string(toText(*route->role)) +
                                     " token; " + (*token)->name + "'s is " +
                                     std::string(toText((*token)->role)));
        }
        request.caller = **token;
        client = "token " + (*token)->name;
    }
    if (const double wait = ctx.limiter().allow(client); wait > 0) {
        ApiResponse response = errorResponse(429, "rate_limited",
                                             "too many requests from " + client + "; retry in " +
                                                 formatFixed(wait, 2) + " s");
        response.headers["Retry-After"] = std::to_string(int64_t(std::ceil(wait)));
        return response;
    }
    try {
        return route->handle(request);
    } catch (const std::exception &e) {  // nothing escapes into the HTTP library
        return errorResponse(500, "internal", routeName + " failed: " + e.what());
    }
}

}  // namespace triage::server
