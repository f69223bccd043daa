// triage-bench-server: the review loop's two calls ("next item" = lease one, "post
// decision") from CLIENTS concurrent clients, ROUNDS each, timed per call:
//   inprocess PROJECT CLIENTS ROUNDS           the store calls the server makes, no HTTP
//                                              (the ceiling), one connection a client
//   http PORT TOKENS PROJECT CLIENTS ROUNDS     the same through triage-server; TOKENS has
//                                              a "name secret" line per client
// Prints throughput and p50/p99 latency of each call, and checks that the decisions in
// the store are exactly the ones the clients were told were recorded.
#include "projectstore.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>
#include <thread>

using namespace triage;
using Clock = std::chrono::steady_clock;

namespace {

[[noreturn]] void fail(const std::string &message)
{
    std::cerr << "triage-bench-server: " << message << '\n';
    std::exit(1);
}


struct Timings {
    std::vector<double> lease;     // ms
    std::vector<double> decision;  // ms
    int64_t acknowledged = 0;
};

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// One in-process client: what the server's two routes ask of the store.
Timings inProcessClient(const std::string &project, const std::string &holder, int rounds)
{
    Timings t;
    auto store = ProjectStore::open(project);
    if (!store) {
        fail(store.error().message);
    }
    store->setLockWait(10000);
    const auto classes = store->classes();
    for (int r = 0; r < rounds; ++r) {
        auto start = Clock::now();
        const double now = epochSeconds();
        auto ids = store->leases().leaseNext(holder, 1, now, now + 300);
        if (!ids || ids->empty()) {
            fail(ids ? "the queue ran dry" : ids.error().message);
        }
        auto rows = store->items().rows(*ids);
        t.lease.push_back(msSince(start));
        start = Clock::now();
        const int64_t id = ids->front();
        auto done = store->unitOfWork(
            [&]() -> Result<void> {
                const int64_t one[] = {id};
                TRIAGE_TRY(store->items().rows(one));
                auto lease = store->leases().holderOf(id, epochSeconds());
                if (!lease || (*lease && (*lease)->holder != holder)) {
                    return makeError(ErrorCode::AlreadyExists, "leased to another");
                }
                TRIAGE_TRY(store->decisions().record({id, DecisionKind::Label,
                                                      classes[size_t(r) % classes.size()].id,
                                                      holder, 0, {}}));
                return store->leases().release(id);
            },
            WriteScope::Items);  // as the server's decision route
        if (!done) {
            fail(done.error().message);
        }
        const int64_t one[] = {id};
        (void)store->items().rows(one);
        t.decision.push_back(msSince(start));
        ++t.acknowledged;
    }
    return t;
}

// One HTTP client with its own token and keep-alive connection.
Timings httpClient(int port, const std::string &secret, const std::vector<std::string> &classes,
                   int rounds)
{
    Timings t;
    httplib::Client http("127.0.0.1", port);
    http.set_keep_alive(true);
    http.set_tcp_nodelay(true);
    http.set_read_timeout(60);
    const httplib::Headers auth{{"Authorization", "Bearer " + secret}};
    for (int r = 0; r < rounds; ++r) {
        auto start = Clock::now();
        auto leased = http.Post("/v1/queue/lease", auth, "{\"count\": 1}", "application/json");
        t.lease.push_back(msSince(start));
        if (!leased || leased->status != 200) {
            fail("lease: " + (leased ? std::to_string(leased->status) + " " + leased->body
                                     : std::string("no answer")));
        }
        const size_t at = leased->body.find("\"id\":");
        if (at == std::string::npos) {
            fail("the queue ran dry");
        }
        const std::string id = std::to_string(std::stoll(leased->body.substr(at + 5)));
        start = Clock::now();
        auto decided = http.Post("/v1/items/" + id + "/decisions", auth,
                                 "{\"label\": \"" + classes[size_t(r) % classes.size()] + "\"}",
                                 "application/json");
        t.decision.push_back(msSince(start));
        if (decided && decided->status == 201) {
            ++t.acknowledged;
        }
    }
    return t;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[size_t(p * double(values.size() - 1))];
}

int64_t decisionsBy(const std::string &project, const std::set<std::string> &annotators)
{
    auto store = ProjectStore::open(project);
    if (!store) {
        fail(store.error().message);
    }
    const auto log = store->decisions().log(std::nullopt);
    if (!log) {
        fail(log.error().message);
    }
    return std::count_if(log->begin(), log->end(), [&](const DecisionRecord &d) {
        return d.kind == DecisionKind::Label && annotators.count(d.annotator);
    });
}

}  // namespace

int main(int argc, char **argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    const bool inProcess = args.size() == 4 && args[0] == "inprocess";
    const bool overHttp = args.size() == 6 && args[0] == "http";
    if (!inProcess && !overHttp) {
        std::cerr << "usage: triage-bench-server inprocess PROJECT CLIENTS ROUNDS\n"
                     "       triage-bench-server http PORT TOKENS PROJECT CLIENTS ROUNDS\n";
        return 2;
    }
    const std::string project = inProcess ? args[1] : args[3];
    const int clients = std::stoi(inProcess ? args[2] : args[4]);
    const int rounds = std::stoi(inProcess ? args[3] : args[5]);
    std::vector<std::pair<std::string, std::string>> tokens;  // name, secret
    if (overHttp) {
        std::ifstream file(args[2]);
        std::string name, secret;
        while (file >> name >> secret) {
            tokens.emplace_back(name, secret);
        }
        if (int(tokens.size()) < clients) {
            fail(args[2] + " has fewer tokens than clients");
        }
    }
    std::vector<std::string> classNames;
    {
        auto store = ProjectStore::open(project);
        if (!store) {
            fail(store.error().message);
        }
        for (const auto &c : store->classes()) {
            classNames.push_back(c.name);
        }
    }
    std::set<std::string> annotators;
    const std::string tag = inProcess ? "bench-inprocess-" : "";
    for (int c = 0; c < clients; ++c) {
        annotators.insert(inProcess ? tag + std::to_string(c) : tokens[size_t(c)].first);
    }
    const int64_t before = decisionsBy(project, annotators);
    std::vector<Timings> results(static_cast<size_t>(clients));
    const auto start = Clock::now();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            results[size_t(c)] =
                inProcess ? inProcessClient(project, tag + std::to_string(c), rounds)
                          : httpClient(std::stoi(args[1]), tokens[size_t(c)].second, classNames,
                                       rounds);
        });
    }
    for (auto &t : threads) {
        t.join();
    }
    const double seconds = msSince(start) / 1000;
    Timings all;
    for (const auto &r : results) {
        all.lease.insert(all.lease.end(), r.lease.begin(), r.lease.end());
        all.decision.insert(all.decision.end(), r.decision.begin(), r.decision.end());
        all.acknowledged += r.acknowledged;
    }
    const int64_t stored = decisionsBy(project, annotators) - before;
    std::printf("%-10s %-9s clients %2d  %5zu loops in %6.2f s: %7.1f decisions/s | next item p50 "
                "%6.2f ms p99 %7.2f ms | post decision p50 %6.2f ms p99 %7.2f ms | "
                "acknowledged %lld, stored %lld%s\n",
                isDatabaseUrl(project) ? "postgresql" : "sqlite", inProcess ? "in-proc" : "http",
                clients, all.decision.size(), seconds,
                double(all.acknowledged) / seconds, percentile(all.lease, 0.5),
                percentile(all.lease, 0.99), percentile(all.decision, 0.5),
                percentile(all.decision, 0.99), static_cast<long long>(all.acknowledged),
                static_cast<long long>(stored), stored == all.acknowledged ? "" : "  LOST OR EXTRA");
    return stored == all.acknowledged ? 0 : 1;
}
