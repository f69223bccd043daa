#include "classtrust.h"

#include "precisiontarget.h"

namespace triage {

Result<std::vector<ClassTrust>> readClassTrust(ProjectStore &store)
{
    auto thresholds = store.models().latestThresholds();
    if (!thresholds) {
        return thresholds.error();
    }
    auto audits = store.decisions().auditOutcomes();
    if (!audits) {
        return audits.error();
    }
    std::vector<ClassTrust> trust;
    for (const ClassInfo &c : store.classes()) {
        ClassTrust t;
        t.classId = c.id;
        for (const ClassThreshold &threshold : *thresholds) {
            if (threshold.classId == c.id) {
                t.threshold = threshold;
            }
        }
        for (const AuditOutcome &audit : *audits) {
            if (audit.classId == c.id && audit.ofAutoAccept) {
                ++t.audited;
                t.auditedRight += audit.right;
            }
        }
        std::tie(t.auditLow, t.auditHigh) = wilsonInterval(t.auditedRight, t.audited);
        trust.push_back(t);
    }
    return trust;
}

std::string withheldReason(const ClassThreshold &threshold, const std::string &className)
{
    if (threshold.moreNeeded < 0) {
        return "no unlabelled item of '" + className + "' is confident enough yet";
    }
    const std::string count = std::to_string(threshold.moreNeeded);
    if (threshold.ownEvidence) {  // its own items showed more errors than the rest allow
        return "needs at least " + count + " more " +
               (threshold.moreNeeded == 1 ? "label" : "labels") + " of '" + className + "'";
    }
    return "needs at least " + count + " more confident " +
           (threshold.moreNeeded == 1 ? "label" : "labels") + " of any class";
}

}  // namespace triage
