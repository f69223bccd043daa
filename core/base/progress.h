#pragma once
// Progress and cancellation for long work. A job's function reports through a
// ProgressFn (any thread; it must be cheap) and polls a CancelToken between units of work.
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace triage {

class CancelToken {
public:
    CancelToken() : m_flag(std::make_shared<std::atomic<bool>>(false)) {}
    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;  // shared: copies cancel together
};

struct Progress {
    std::string stage;  // "import", "decode", "train", "score", ...
    int64_t done = 0;
    int64_t total = 0;  // 0 when unknown
    std::string detail;
};

using ProgressFn = std::function<void(const Progress &)>;

inline void reportProgress(const ProgressFn &fn, std::string stage, int64_t done, int64_t total,
                           std::string detail = {})
{
    if (fn) {
        fn(Progress{std::move(stage), done, total, std::move(detail)});
    }
}

}  // namespace triage
