#include "httpserver.h"

#include <httplib.h>

#include <chrono>

#include <sys/socket.h>

namespace triage::server {

struct HttpServer::Impl {
    ServerContext &ctx;
    std::vector<Route> routes;
    httplib::Server http;
    int listeningSocket = -1;

    void serve(const httplib::Request &req, httplib::Response &res)
    {
        const auto started = std::chrono::steady_clock::now();
        ApiRequest request;
        request.method = req.method;
        request.path = req.path;
        for (const auto &[key, value] : req.params) {
            request.query.emplace(key, value);  // the first of a repeated parameter
        }
        request.body = req.body;
        for (const auto &[field, file] : req.files) {
            if (!file.filename.empty()) {
                request.files.push_back({field, file.filename, file.content});
            }
        }
        std::string routeName;
        ApiResponse response =
            dispatch(ctx, routes, std::move(request), req.get_header_value("Authorization"),
                     req.remote_addr, routeName);
        res.status = response.status;
        for (const auto &[key, value] : response.headers) {
            res.set_header(key, value);
        }
        if (response.stream) {
            res.set_chunked_content_provider(
                response.contentType,
                [stream = response.stream](size_t, httplib::DataSink &sink) {
                    const bool complete = stream([&sink](const char *data, size_t size) {
                        return sink.write(data, size);
                    });
                    if (complete) {
                        sink.done();
                    }
                    return complete;
                });
        } else {
            res.set_content(response.body, response.contentType);
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        ctx.metrics().record(routeName, response.status, seconds);
    }
};

HttpServer::HttpServer(ServerContext &ctx, std::vector<Route> routes)
    : m_impl(new Impl{ctx, std::move(routes), {}})
{
    auto &http = m_impl->http;
    const int threads = ctx.options().threads;
    // A keep-alive connection holds a pool thread while it is open, so the pool is as
    // large as the clients expected at once (--threads).
    http.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    http.set_payload_max_length(size_t(ctx.options().maxBodyBytes));
    http.set_keep_alive_max_count(10000);
    // Small answers go out at once, not after the peer's delayed ACK (~40 ms each).
    http.set_tcp_nodelay(true);
    // The library's own options, and the listening socket kept for bind().
    http.set_socket_options([impl = m_impl.get()](int sock) {
        httplib::default_socket_options(sock);
        impl->listeningSocket = sock;
    });
    http.set_keep_alive_timeout(2);
    http.set_read_timeout(30);
    http.set_write_timeout(30);
    const auto handler = [impl = m_impl.get()](const httplib::Request &req,
                                               httplib::Response &res) { impl->serve(req, res); };
    http.Get(".*", handler);
    http.Post(".*", handler);
    http.Put(".*", handler);
    http.Patch(".*", handler);
    http.Delete(".*", handler);
    // Errors the library answers itself (a body over the limit, a malformed request)
    // get the same JSON shape as ours; ours already have a body.
    const httplib::Server::HandlerWithResponse jsonErrors = [](const httplib::Request &req,
                                                               httplib::Response &res) {
        if (!res.body.empty() || res.is_chunked_content_provider_) {
            return httplib::Server::HandlerResponse::Unhandled;
        }
        const bool noLength = req.method != "GET" && !req.has_header("Content-Length") &&
                              !req.has_header("Transfer-Encoding");
        const std::string message =
            res.status == 413 ? "the request body is larger than this server accepts "
                                "(triage-server --max-body-mb)"
            : noLength ? "a " + req.method + " needs a body or Content-Length: 0 (curl -d '{}')"
                       : "the request could not be read (HTTP " + std::to_string(res.status) + ")";
        const ApiResponse error = errorResponse(
            res.status, res.status == 413 ? "payload_too_large" : "bad_request", message);
        res.set_content(error.body, error.contentType);
        return httplib::Server::HandlerResponse::Handled;
    };
    http.set_error_handler(jsonErrors);
}

HttpServer::~HttpServer() = default;

Result<int> HttpServer::bind(const std::string &host, int port)
{
    auto &http = m_impl->http;
    const int bound = port == 0 ? http.bind_to_any_port(host)
                                : (http.bind_to_port(host, port) ? port : -1);
    if (bound <= 0) {
        return makeError(ErrorCode::Io, "cannot listen on " + host + ":" + std::to_string(port) +
                                            " (in use, or not an address of this machine)");
    }
    // The library listens with a backlog of 5: a burst of new clients would have its
    // connections dropped and retried a second later. Listening again raises it.
    if (m_impl->listeningSocket >= 0) {
        ::listen(m_impl->listeningSocket, SOMAXCONN);
    }
    return bound;
}

void HttpServer::run()
{
    m_impl->http.listen_after_bind();
}

void HttpServer::stop()
{
    m_impl->http.stop();
}

}  // namespace triage::server
