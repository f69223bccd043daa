#include "decodebudget.h"

#include <algorithm>

namespace triage {

DecodeBudget::Lease::Lease(DecodeBudget &budget, int64_t bytes) : m_budget(budget), m_bytes(bytes)
{
    m_budget.acquire(m_bytes);
}

DecodeBudget::Lease::~Lease()
{
    m_budget.release(m_bytes);
}

void DecodeBudget::acquire(int64_t bytes)
{
    std::unique_lock lock(m_mutex);
    m_released.wait(lock, [&] { return m_leases == 0 || m_inUse + bytes <= m_capacity; });
    m_inUse += bytes;
    ++m_leases;
    m_peakBytes = std::max(m_peakBytes, m_inUse);
    m_peakLeases = std::max(m_peakLeases, m_leases);
}

void DecodeBudget::release(int64_t bytes)
{
    {
        std::lock_guard lock(m_mutex);
        m_inUse -= bytes;
        --m_leases;
    }
    m_released.notify_all();
}

int64_t DecodeBudget::peakBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_peakBytes;
}

int DecodeBudget::peakLeases() const
{
    std::lock_guard lock(m_mutex);
    return m_peakLeases;
}

}  // namespace triage
