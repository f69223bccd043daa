#pragma once
// The project at a glance: counts by state and class, the routing policy, the last job
// the current learner and drift warnings. Read by `status`, the GUI's dashboard and GET /status.
#include "classtrust.h"
#include "driftmonitor.h"
#include "projectstore.h"

#include <optional>

namespace triage {

struct ProjectStatus {
    std::string name;
    std::string path;
    std::vector<ClassInfo> classes;
    ProjectCounts counts;
    RoutingPolicy policy;
    std::optional<JobRecord> lastJob;
    std::optional<ModelVersion> learner;
    std::vector<ClassTrust> trust;  // per class: threshold or why withheld, audited precision
    std::vector<DriftWarning> driftWarnings;  // figures past the lead's limits
};

Result<ProjectStatus> readProjectStatus(ProjectStore &store);

}  // namespace triage
