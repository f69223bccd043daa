#pragma once
// DecodeBudget: bounds the bytes that images being decoded at once may hold, so that a
// folder of 100-megapixel 16-bit PNGs decodes one at a time instead of one per thread.
// A decode larger than the whole budget still runs, alone.
//
// Threads: shared by the decoding threads of one import.
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace triage {

class DecodeBudget {
public:
    explicit DecodeBudget(int64_t capacityBytes) : m_capacity(capacityBytes) {}

    class Lease {
    public:
        Lease(DecodeBudget &budget, int64_t bytes);
        ~Lease();
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;

    private:
        DecodeBudget &m_budget;
        int64_t m_bytes;
    };

    int64_t peakBytes() const;  // the most leased at once so far
    int peakLeases() const;     // the most decodes at once so far

private:
    void acquire(int64_t bytes);
    void release(int64_t bytes);

    const int64_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_released;
    int64_t m_inUse = 0;
    int m_leases = 0;
    int64_t m_peakBytes = 0;
    int m_peakLeases = 0;
};

}  // namespace triage
