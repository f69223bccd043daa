#pragma once
// BoundedQueue: a first-in first-out queue between pipeline stages that holds at most
// `capacity` entries, so a fast stage waits for a slow one instead of filling memory.
// close() ends it: pushes fail, pops drain what is left and then report the end.
//
// Threads: any number of producers and consumers.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace triage {

template <typename T>
class BoundedQueue {
public:
    explicit BoundedQueue(size_t capacity) : m_capacity(capacity ? capacity : 1) {}

    // Waits while the queue is full; false when it was closed.
    bool push(T value)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed) {
            return false;
        }
        m_items.push_back(std::move(value));
        m_notEmpty.notify_one();
        return true;
    }

    // Never waits: false when full or closed (the value is left as it was).
    bool tryPush(T &value)
    {
        std::lock_guard lock(m_mutex);
        if (m_closed || m_items.size() >= m_capacity) {
            return false;
        }
        m_items.push_back(std::move(value));
        m_notEmpty.notify_one();
        return true;
    }

    // Waits for an entry; nullopt once the queue is closed and empty.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return m_closed || !m_items.empty(); });
        return takeFront();
    }

    // Waits at most `timeout`; nullopt on time-out or at the end (finished() tells which).
    std::optional<T> popFor(std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait_for(lock, timeout, [&] { return m_closed || !m_items.empty(); });
        return takeFront();
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
        m_notFull.notify_all();
    }

    // Closed and drained: nothing more will come.
    bool finished() const
    {
        std::lock_guard lock(m_mutex);
        return m_closed && m_items.empty();
    }

private:
    std::optional<T> takeFront()
    {
        if (m_items.empty()) {
            return std::nullopt;
        }
        T value = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return value;
    }

    const size_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<T> m_items;
    bool m_closed = false;
};

}  // namespace triage
