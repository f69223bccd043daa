#pragma once
// HttpServer: the route table served over HTTP/1.1 by cpp-httplib (the only file that
// includes it). It authenticates bearer tokens, checks roles and rate limits, answers
// every error with a JSON body, streams large bodies, and times each request for
// /metrics. Requests run on a pool of threads; jobs never do (JobRunner).
#include "api.h"
#include "servercontext.h"

#include <memory>

namespace triage::server {

class HttpServer {
public:
    HttpServer(ServerContext &ctx, std::vector<Route> routes);
    ~HttpServer();

    // The port bound (the one chosen when `port` is 0).
    Result<int> bind(const std::string &host, int port);
    // Serves until stop() (from another thread or a signal watcher).
    void run();
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// What the server does with one request, HTTP aside: find the route, check the token and
// the rate, call the handler. Also what tests and benchmarks call in-process.
ApiResponse dispatch(ServerContext &ctx, const std::vector<Route> &routes, ApiRequest request,
                     const std::string &authorization, const std::string &remoteAddress,
                     std::string &routeName);

}  // namespace triage::server
