#pragma once
// The dashboard's charts, described once: what each shows, its categories and series.
// Two painters draw them: svgchart.h for `triage-cli report` (no Qt there), and the GUI's
// Dashboard tab with Qt Charts. Titles and names are English; the GUI translates them.
#include "dashboard.h"

#include <string>
#include <vector>

namespace triage {

enum class SeriesKind {
    Bars,  // one bar a category, side by side with the chart's other bar series
    Line,  // a point a category, joined; NaN leaves a gap
    Band,  // a shaded range: `values` the low edge, `upper` the high edge
};

struct ChartSeries {
    std::string name;
    SeriesKind kind = SeriesKind::Bars;
    std::vector<double> values;  // one per category; NaN: none
    std::vector<double> upper;   // Band only
};

struct Chart {
    std::string id;     // a file name: "learning-curve"
    std::string title;
    std::string xTitle;
    std::string yTitle;
    std::vector<std::string> categories;
    std::vector<ChartSeries> series;
    bool fractions = false;  // values are shares, drawn 0% to 100%
    std::string note;        // one line under the chart; "" for none
    std::string emptyText;   // shown instead when there are no categories
};

std::vector<Chart> dashboardCharts(const Dashboard &dashboard);

// For the painters' value axes: the largest finite value of any series (bands' upper edges
// included), and whether every value is a whole number (a count: no tick at half an item).
double largestValue(const Chart &chart);
bool countsOnly(const Chart &chart);

// "about 3 h 20 min", "about 4 min", "under a minute": a time left as people say it.
std::string durationText(double seconds);

}  // namespace triage
