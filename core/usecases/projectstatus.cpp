#include "projectstatus.h"

namespace triage {

Result<ProjectStatus> readProjectStatus(ProjectStore &store)
{
    auto name = store.settings().name();
    auto counts = store.items().counts();
    auto policy = store.settings().routingPolicy();
    auto job = store.jobs().last();
    auto learner = store.models().latest();
    auto trust = readClassTrust(store);
    for (const Error *e : {name ? nullptr : &name.error(), counts ? nullptr : &counts.error(),
                           policy ? nullptr : &policy.error(), job ? nullptr : &job.error(),
                           learner ? nullptr : &learner.error(), trust ? nullptr : &trust.error()}) {
        if (e) {
            return *e;
        }
    }
    auto drift = readDriftReport(store);
    if (!drift) {
        return drift.error();
    }
    return ProjectStatus{*name,   store.path(), store.classes(), *counts,
                         *policy, *job,         *learner,        *trust,
                         std::move(drift->warnings)};
}

}  // namespace triage
