#pragma once
// Per class: whether auto-accept may take it and why not yet (the latest routed round's
// threshold under the target precision), and how precise its auto-accepts measured where
// people answered audits (with a 95% interval). Read by status, the GUI and simulate.
#include "projectstore.h"

#include <optional>

namespace triage {

struct ClassTrust {
    int64_t classId = 0;
    std::optional<ClassThreshold> threshold;  // none before a round routed under a target
    int64_t audited = 0;                      // audits people answered
    int64_t auditedRight = 0;                 // of them, auto-accept would have been right
    double auditLow = -1, auditHigh = -1;     // Wilson 95% interval; -1 with no audit
};

// One per class, in class position order.
Result<std::vector<ClassTrust>> readClassTrust(ProjectStore &store);

// Why a withheld class is not auto-accepted, in words: "needs at least 14 more labels of
// 'Shirt'" (judged on its own evidence) or "... more confident labels of any class"..
std::string withheldReason(const ClassThreshold &threshold, const std::string &className);

}  // namespace triage
