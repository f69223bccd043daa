#include "jobprogress.h"

#include <algorithm>

namespace triage {
namespace {

constexpr double kMinSecondsForEstimate = 2;
constexpr double kMinFractionForEstimate = 0.02;

}  // namespace

void JobProgress::update(const Progress &p, double seconds)
{
    m_seconds = seconds;
    const double withinStage =
        p.total > 0 ? std::clamp(double(p.done) / double(p.total), 0.0, 1.0) : 0.0;
    double fraction = withinStage;  // no stages named: the stage alone
    if (!m_stages.empty()) {
        const auto named = std::find_if(m_stages.begin(), m_stages.end(),
                                         [&](const StageShare &s) { return s.stage == p.stage; });
        if (named == m_stages.end()) {
            return;  // a stage of no weight (an optional step): the figure stays
        }
        double total = 0, before = 0;
        for (auto s = m_stages.begin(); s != m_stages.end(); ++s) {
            total += s->share;
            before += s < named ? s->share : 0;
        }
        fraction = (before + named->share * withinStage) / total;
        m_fraction = std::max(m_fraction, fraction);  // a later stage never undoes an earlier
        return;
    }
    m_fraction = fraction;
}

std::optional<double> JobProgress::secondsLeft() const
{
    if (m_seconds < kMinSecondsForEstimate || m_fraction < kMinFractionForEstimate) {
        return std::nullopt;
    }
    return m_seconds * (1 - m_fraction) / m_fraction;
}

}  // namespace triage
