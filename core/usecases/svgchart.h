#pragma once
// Draws a dashboard chart (dashboardcharts.h) as a standalone SVG document: bars grouped
// per category, lines with points, shaded bands, a legend, axes with round-number ticks
// and the chart's note. What `triage-cli report` writes, without Qt.
#include "dashboardcharts.h"

#include <string>

namespace triage {

std::string renderSvg(const Chart &chart, int width = 760, int height = 420);

}  // namespace triage
