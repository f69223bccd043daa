#include "metrics.h"

#include "numbertext.h"

namespace triage::server {

std::string metricLabel(const std::string &value)
{
    std::string out;
    for (char c : value) {
        if (c == '\\' || c == '"') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

void Metrics::record(const std::string &route, int status, double seconds)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[{route, status}];
    Histogram &h = m_latency[route];
    for (size_t i = 0; i < kLatencyBuckets.size(); ++i) {
        if (seconds <= kLatencyBuckets[i]) {
            ++h.buckets[i];
        }
    }
    ++h.count;
    h.sum += seconds;
}

std::string Metrics::render(const std::string &gauges) const
{
    std::lock_guard lock(m_mutex);
    std::string text = "# HELP triage_http_requests_total Requests served, by route and status.\n"
                       "# TYPE triage_http_requests_total counter\n";
    for (const auto &[key, count] : m_requests) {
        text += "triage_http_requests_total{route=\"" + metricLabel(key.first) + "\",status=\"" +
                std::to_string(key.second) + "\"} " + std::to_string(count) + "\n";
    }
    text += "# HELP triage_http_request_duration_seconds Time to answer a request, by route.\n"
            "# TYPE triage_http_request_duration_seconds histogram\n";
    for (const auto &[route, h] : m_latency) {
        const std::string label = "route=\"" + metricLabel(route) + "\"";
        for (size_t i = 0; i < kLatencyBuckets.size(); ++i) {
            text += "triage_http_request_duration_seconds_bucket{" + label + ",le=\"" +
                    formatNumber(kLatencyBuckets[i]) + "\"} " + std::to_string(h.buckets[i]) + "\n";
        }
        text += "triage_http_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} " +
                std::to_string(h.count) + "\n";
        text += "triage_http_request_duration_seconds_sum{" + label + "} " + formatNumber(h.sum) +
                "\n";
        text += "triage_http_request_duration_seconds_count{" + label + "} " +
                std::to_string(h.count) + "\n";
    }
    return text + gauges;
}

}  // namespace triage::server
