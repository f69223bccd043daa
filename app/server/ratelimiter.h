#pragma once
// RateLimiter: a token bucket per client (a token's name, or the address of a request
// without one): `perSecond` requests a second on average, bursts of twice that. A request
// over the limit gets 429 with the seconds to wait. Rate 0 turns it off.
//
// Threads: allow() from any request thread.
#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace triage::server {

class RateLimiter {
public:
    explicit RateLimiter(double perSecond) : m_perSecond(perSecond) {}
    // 0 when the request may go ahead, else the seconds until it may.
    double allow(const std::string &client);

private:
    struct Bucket {
        double tokens = 0;
        std::chrono::steady_clock::time_point refilled;
    };
    double m_perSecond;
    std::mutex m_mutex;
    std::map<std::string, Bucket> m_buckets;
};

}  // namespace triage::server
