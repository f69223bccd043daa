#include "chartbuilder.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace triage::ui {
namespace {

// The words dashboardCharts() uses, for lupdate; chartText() looks them up.
[[maybe_unused]] const char *const kChartWords[] = {
    QT_TRANSLATE_NOOP("Dashboard", "Labels per class"),
    QT_TRANSLATE_NOOP("Dashboard", "class"),
    QT_TRANSLATE_NOOP("Dashboard", "labels"),
    QT_TRANSLATE_NOOP("Dashboard", "people's labels"),
    QT_TRANSLATE_NOOP("Dashboard", "still needed"),
    QT_TRANSLATE_NOOP("Dashboard", "Learning curve"),
    QT_TRANSLATE_NOOP("Dashboard", "round"),
    QT_TRANSLATE_NOOP("Dashboard", "no auto-label round yet"),
    QT_TRANSLATE_NOOP("Dashboard", "audited precision, 95% interval"),
    QT_TRANSLATE_NOOP("Dashboard", "held-out accuracy"),
    QT_TRANSLATE_NOOP("Dashboard", "auto-accept rate"),
    QT_TRANSLATE_NOOP("Dashboard", "audited precision"),
    QT_TRANSLATE_NOOP("Dashboard", "agreement with people"),
    QT_TRANSLATE_NOOP("Dashboard", "Confidence of the current round"),
    QT_TRANSLATE_NOOP("Dashboard", "top probability"),
    QT_TRANSLATE_NOOP("Dashboard", "items"),
    QT_TRANSLATE_NOOP("Dashboard", "Reliability on people's labels"),
    QT_TRANSLATE_NOOP("Dashboard", "no person's label has a score yet"),
    QT_TRANSLATE_NOOP("Dashboard", "share right"),
    QT_TRANSLATE_NOOP("Dashboard", "mean confidence"),
    QT_TRANSLATE_NOOP("Dashboard", "Class distribution"),
    QT_TRANSLATE_NOOP("Dashboard", "people's"),
    QT_TRANSLATE_NOOP("Dashboard", "automatic"),
    QT_TRANSLATE_NOOP("Dashboard", "all"),
    QT_TRANSLATE_NOOP("Dashboard", "Drift per round"),
    QT_TRANSLATE_NOOP("Dashboard", "Jensen-Shannon divergence"),
    QT_TRANSLATE_NOOP("Dashboard", "all labels vs reference"),
    QT_TRANSLATE_NOOP("Dashboard", "new imports vs earlier"),
    QT_TRANSLATE_NOOP("Dashboard", "What the last round changed"),
    QT_TRANSLATE_NOOP("Dashboard", "automatic labels"),
    QT_TRANSLATE_NOOP("Dashboard", "added"),
    QT_TRANSLATE_NOOP("Dashboard", "moved in"),
    QT_TRANSLATE_NOOP("Dashboard", "moved out"),
    QT_TRANSLATE_NOOP("Dashboard", "withdrawn"),
    QT_TRANSLATE_NOOP("Dashboard", "Annotator throughput"),
    QT_TRANSLATE_NOOP("Dashboard", "annotator"),
    QT_TRANSLATE_NOOP("Dashboard", "items an hour"),
    QT_TRANSLATE_NOOP("Dashboard", "no person has decided yet"),
};

// The SVG report's colours (svgchart.cpp): a band takes its line's.
const QColor kColours[] = {QColor(0x44, 0x77, 0xAA), QColor(0xEE, 0x66, 0x77),
                           QColor(0x22, 0x88, 0x33), QColor(0xCC, 0xBB, 0x44),
                           QColor(0x66, 0xCC, 0xEE), QColor(0xAA, 0x33, 0x77),
                           QColor(0xBB, 0xBB, 0xBB)};

QStringList categoryNames(const Chart &chart)
{
    QStringList names;
    for (const std::string &c : chart.categories) {
        names << QString::fromStdString(c);
    }
    return names;
}

QLineSeries *pointsOf(const std::vector<double> &values, double scale)
{
    auto *line = new QLineSeries;
    for (size_t i = 0; i < values.size(); ++i) {
        if (std::isfinite(values[i])) {
            line->append(double(i), values[i] * scale);
        }
    }
    return line;
}

}  // namespace

QString chartText(const std::string &english)
{
    return QCoreApplication::translate("Dashboard", english.c_str());
}

QChart *makeQChart(const Chart &chart, bool dark)
{
    auto *q = new QChart;
    q->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    q->setTitle(chartText(chart.title));
    // Many series: a list beside the plot, where no name is cut short.
    q->legend()->setAlignment(chart.series.size() > 3 ? Qt::AlignRight : Qt::AlignTop);
    q->setAnimationOptions(QChart::NoAnimation);
    if (chart.categories.empty()) {
        q->legend()->hide();
        return q;
    }
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categoryNames(chart));
    xAxis->setTitleText(chartText(chart.xTitle));
    xAxis->setTruncateLabels(false);  // class names whole, slanted when there are many
    if (chart.categories.size() > 8) {
        xAxis->setLabelsAngle(-90);
    }
    q->addAxis(xAxis, Qt::AlignBottom);
    auto *yAxis = new QValueAxis;
    const double scale = chart.fractions ? 100 : 1;
    if (chart.fractions) {
        yAxis->setRange(0, 100);
        yAxis->setLabelFormat(QStringLiteral("%.0f%%"));
    } else {
        yAxis->setRange(0, std::max(1.0, largestValue(chart) * 1.1));
        yAxis->applyNiceNumbers();
        yAxis->setLabelFormat(countsOnly(chart) ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    }
    yAxis->setTitleText(chartText(chart.yTitle));
    q->addAxis(yAxis, Qt::AlignLeft);

    QBarSeries *bars = nullptr;
    int colour = 0;
    for (const ChartSeries &s : chart.series) {
        const QColor c = kColours[colour % int(std::size(kColours))];
        const QString name = chartText(s.name);
        if (s.kind == SeriesKind::Bars) {
            if (!bars) {
                bars = new QBarSeries;
                q->addSeries(bars);
            }
            auto *set = new QBarSet(name);
            for (const double v : s.values) {
                set->append(std::isfinite(v) ? v * scale : 0);
            }
            set->setColor(c);
            set->setBorderColor(c);
            bars->append(set);
        } else if (s.kind == SeriesKind::Line) {
            auto *line = pointsOf(s.values, scale);
            line->setName(name);
            line->setPen(QPen(c, 2));
            line->setPointsVisible(true);
            q->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(yAxis);
        } else {
            auto *band = new QAreaSeries(pointsOf(s.upper, scale), pointsOf(s.values, scale));
            band->setName(name);
            QColor fill = c;
            fill.setAlphaF(0.25);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            q->addSeries(band);
            band->attachAxis(xAxis);
            band->attachAxis(yAxis);
            continue;  // the line after it takes the same colour
        }
        ++colour;
    }
    if (bars) {
        bars->attachAxis(xAxis);
        bars->attachAxis(yAxis);
    }
    return q;
}

}  // namespace triage::ui
