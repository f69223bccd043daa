#include "ratelimiter.h"

#include <algorithm>

namespace triage::server {

double RateLimiter::allow(const std::string &client)
{
    if (m_perSecond <= 0) {
        return 0;
    }
    const double burst = 2 * m_perSecond;
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(m_mutex);
    auto [it, fresh] = m_buckets.try_emplace(client, Bucket{burst, now});
    Bucket &b = it->second;
    if (!fresh) {
        const double elapsed = std::chrono::duration<double>(now - b.refilled).count();
        b.tokens = std::min(burst, b.tokens + elapsed * m_perSecond);
        b.refilled = now;
    }
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
    }
    return (1 - b.tokens) / m_perSecond;
}

}  // namespace triage::server
