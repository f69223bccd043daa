#pragma once
// Dataset versions rendered for every face, as reports.h does for the rest: a summary
// line, detail lines and JSON.
#include "job.h"
#include "versions.h"

namespace triage {

JobOutcome describe(const VersionSummary &created, const std::vector<ClassInfo> &classes);
JobOutcome describe(const std::vector<VersionSummary> &versions,
                    const std::vector<ClassInfo> &classes);
// The first `limit` relabelled items as lines (0: all); every change in the JSON.
JobOutcome describe(const VersionDiff &diff, const std::vector<ClassInfo> &classes,
                    int64_t limit);
JobOutcome describeVersionDeletion(const std::string &name);

}  // namespace triage
