#pragma once
// `triage-cli report`: the dashboard as files a pipeline keeps as artifacts, one SVG a
// chart (svgchart.h) and dashboard.json with every figure. Each file is written whole
// (a temporary name, then renamed over the old one), so a rerun replaces a report and a
// killed one leaves the previous file.
#include "dashboard.h"

#include <string>
#include <vector>

namespace triage {

// Writes into `folder` (made if missing); returns the paths written.
Result<std::vector<std::string>> writeDashboardReport(const Dashboard &dashboard,
                                                      const std::string &folder);

}  // namespace triage
