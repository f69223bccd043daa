#pragma once
// Metrics: what the server counts as it serves (requests by route and status, latency
// histograms), rendered with the project's gauges (items by state, queue length, live
// leases, jobs) in Prometheus' text format at /metrics.
//
// Threads: record() from any request thread.
#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace triage::server {

// Latency bucket bounds in seconds (Prometheus `le`), the last one +Inf.
inline constexpr std::array<double, 12> kLatencyBuckets = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};

class Metrics {
public:
    // `route`: "GET /v1/items/{id}" (the pattern, so ids do not make new series).
    void record(const std::string &route, int status, double seconds);
    // The counters and histograms, followed by `gauges` (lines already in the format).
    std::string render(const std::string &gauges) const;

private:
    struct Histogram {
        std::array<int64_t, kLatencyBuckets.size()> buckets{};
        int64_t count = 0;
        double sum = 0;
    };
    mutable std::mutex m_mutex;
    std::map<std::pair<std::string, int>, int64_t> m_requests;
    std::map<std::string, Histogram> m_latency;
};

// A label value with \ " and newlines escaped.
std::string metricLabel(const std::string &value);

}  // namespace triage::server
