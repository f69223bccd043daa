#pragma once
// Draws a dashboard chart (core's dashboardcharts.h) with Qt Charts: bars grouped per
// category, lines, shaded bands, in the colours the SVG report uses, its words translated.
#include "dashboardcharts.h"

#include <QString>

class QChart;

namespace triage::ui {

// A new chart the caller owns (a QChartView takes it).
QChart *makeQChart(const Chart &chart, bool dark);
// A title, axis or series name of dashboardCharts() in the user's language.
QString chartText(const std::string &english);

}  // namespace triage::ui
