#pragma once
// JobProgress: one figure for a whole job from the per-stage progress its core modules
// report ("decode 60,000 of 60,000", then "train 3 of 120", ...), and the time left at the
// pace so far. A job names its stages and each one's usual share of its time
// (Job::stageShares); a job that names none counts its current stage alone.
#include "job.h"

#include <optional>

namespace triage {

class JobProgress {
public:
    explicit JobProgress(std::vector<StageShare> stages) : m_stages(std::move(stages)) {}

    // `p` reported `seconds` after the job started.
    void update(const Progress &p, double seconds);
    double fraction() const { return m_fraction; }  // 0..1, never goes back
    // At the pace so far; nullopt until there is enough of it to tell (2 s and 2%).
    std::optional<double> secondsLeft() const;

private:
    std::vector<StageShare> m_stages;
    double m_fraction = 0;
    double m_seconds = 0;
};

}  // namespace triage
