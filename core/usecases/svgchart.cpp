#include "svgchart.h"

#include "numbertext.h"
#include "plaintext.h"

#include <algorithm>
#include <cmath>

namespace triage {
namespace {

// Colour-blind-safe (Paul Tol's bright scheme).
constexpr const char *kColours[] = {"#4477AA", "#EE6677", "#228833", "#CCBB44",
                                    "#66CCEE", "#AA3377", "#BBBBBB"};
constexpr int kColourCount = int(std::size(kColours));

std::string number(double value)
{
    return formatFixed(value, 1);
}

// A round step for about five ticks up to `top`: 1, 2 or 5 times a power of ten.
double tickStep(double top)
{
    const double raw = top / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0}) {
        if (m * power >= raw) {
            return m * power;
        }
    }
    return 10 * power;
}

// `decimals`: enough for the tick step (0.2 needs one).
std::string tickText(double value, bool fractions, int decimals)
{
    if (fractions) {
        return formatFixed(value * 100, 0) + "%";
    }
    return formatFixed(value, decimals);
}

// A value as a tooltip shows it: whole numbers plainly, others to three places.
std::string valueText(double value, bool fractions)
{
    if (fractions) {
        return formatFixed(value * 100, 1) + "%";
    }
    return formatFixed(value, std::abs(value - std::round(value)) < 1e-9 ? 0 : 3);
}

class Plot {
public:
    Plot(const Chart &chart, int width, int height)
        : m_chart(chart), m_width(width), m_height(height)
    {
        m_top = 46 + 18 * legendRows();
        m_left = 64;
        m_right = width - 16;
        m_bottom = height - (chart.categories.size() > 8 ? 96 : 64);
        const double largest = largestValue(chart);
        m_max = chart.fractions ? 1.0 : largest > 0 ? largest * 1.1 : 1.0;
        m_step = chart.fractions ? 0.2 : tickStep(m_max);
        if (!chart.fractions && countsOnly(chart)) {
            m_step = std::max(1.0, m_step);  // no tick at half an item
        }
        m_max = std::ceil(m_max / m_step - 1e-9) * m_step;
    }

    std::string render()
    {
        svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(m_width) +
            "\" height=\"" + std::to_string(m_height) + "\" viewBox=\"0 0 " +
            std::to_string(m_width) + ' ' + std::to_string(m_height) +
            "\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(16, 22, m_chart.title, "font-size=\"16\" font-weight=\"bold\"");
        if (m_chart.categories.empty()) {
            text(m_width / 2.0, m_height / 2.0, m_chart.emptyText,
                 "text-anchor=\"middle\" fill=\"#555\"");
        } else {
            legend();
            axes();
            for (const ChartSeries &s : m_chart.series) {
                if (s.kind == SeriesKind::Band) {
                    band(s, colourOf(s));
                }
            }
            bars();
            for (const ChartSeries &s : m_chart.series) {
                if (s.kind == SeriesKind::Line) {
                    line(s, colourOf(s));
                }
            }
        }
        if (!m_chart.note.empty()) {
            text(16, m_height - 10.0, m_chart.note, "fill=\"#333\"");
        }
        svg("</svg>\n");
        return m_out;
    }

private:
    void svg(const std::string &part) { m_out += part; }

    void text(double x, double y, const std::string &content, const std::string &attributes)
    {
        svg("<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" " + attributes + ">" +
            xmlEscaped(content) + "</text>\n");
    }

    // A band shares its line's colour (the next series); other series take the next one.
    std::string colourOf(const ChartSeries &series) const
    {
        int index = 0;
        for (const ChartSeries &s : m_chart.series) {
            if (&s == &series) {
                break;
            }
            index += s.kind == SeriesKind::Band ? 0 : 1;
        }
        return kColours[index % kColourCount];
    }

    double slot() const { return (m_right - m_left) / double(m_chart.categories.size()); }
    double xOf(size_t category) const { return m_left + slot() * (double(category) + 0.5); }
    double yOf(double value) const
    {
        return m_bottom - (m_bottom - m_top) * std::clamp(value / m_max, 0.0, 1.0);
    }

    // One row of entries, wrapping to a second row (the plot starts lower then).
    void legend()
    {
        double x = 16, y = 34;
        for (const ChartSeries &s : m_chart.series) {
            const double entryWidth = 28 + 7.0 * double(s.name.size());
            if (x > 16 && x + entryWidth > m_width - 16) {
                x = 16;
                y += 18;
            }
            const std::string colour = colourOf(s);
            const std::string opacity = s.kind == SeriesKind::Band ? " fill-opacity=\"0.25\"" : "";
            svg("<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"12\" height=\"12\" "
                "fill=\"" + colour + "\"" + opacity + "/>\n");
            text(x + 16, y + 10, s.name, "");
            x += entryWidth;
        }
    }

    double legendRows() const
    {
        double x = 16, rows = 1;
        for (const ChartSeries &s : m_chart.series) {
            const double entryWidth = 28 + 7.0 * double(s.name.size());
            if (x > 16 && x + entryWidth > m_width - 16) {
                x = 16;
                ++rows;
            }
            x += entryWidth;
        }
        return rows;
    }

    void axes()
    {
        const int decimals = std::max(0, int(-std::floor(std::log10(m_step) + 1e-9)));
        const auto ticks = int(std::lround(m_max / m_step));
        for (int i = 0; i <= ticks; ++i) {
            const double tick = m_step * i;  // multiplied, not summed: no 0.6000000001
            const double y = yOf(tick);
            svg("<line x1=\"" + number(m_left) + "\" x2=\"" + number(m_right) + "\" y1=\"" +
                number(y) + "\" y2=\"" + number(y) + "\" stroke=\"#ddd\"/>\n");
            text(m_left - 6, y + 4, tickText(tick, m_chart.fractions, decimals),
                 "text-anchor=\"end\"");
        }
        svg("<line x1=\"" + number(m_left) + "\" x2=\"" + number(m_right) + "\" y1=\"" +
            number(m_bottom) + "\" y2=\"" + number(m_bottom) + "\" stroke=\"#333\"/>\n");
        const bool slanted = m_chart.categories.size() > 8;
        for (size_t i = 0; i < m_chart.categories.size(); ++i) {
            const double x = xOf(i);
            const double y = m_bottom + 16;
            text(x, y, m_chart.categories[i],
                 slanted ? "text-anchor=\"end\" transform=\"rotate(-40 " + number(x) + ' ' +
                               number(y) + ")\""
                         : std::string("text-anchor=\"middle\""));
        }
        if (!m_chart.yTitle.empty()) {
            text(14, (m_top + m_bottom) / 2.0, m_chart.yTitle,
                 "text-anchor=\"middle\" transform=\"rotate(-90 14 " +
                     number((m_top + m_bottom) / 2.0) + ")\" fill=\"#333\"");
        }
    }

    void bars()
    {
        std::vector<const ChartSeries *> barSeries;
        for (const ChartSeries &s : m_chart.series) {
            if (s.kind == SeriesKind::Bars) {
                barSeries.push_back(&s);
            }
        }
        if (barSeries.empty()) {
            return;
        }
        const double width = slot() * 0.8 / double(barSeries.size());
        for (size_t k = 0; k < barSeries.size(); ++k) {
            const ChartSeries &s = *barSeries[k];
            const std::string colour = colourOf(s);
            for (size_t i = 0; i < s.values.size() && i < m_chart.categories.size(); ++i) {
                if (!std::isfinite(s.values[i])) {
                    continue;
                }
                const double x = xOf(i) - slot() * 0.4 + width * double(k);
                const double y = yOf(s.values[i]);
                svg("<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" +
                    number(std::max(1.0, width - 1)) + "\" height=\"" + number(m_bottom - y) +
                    "\" fill=\"" + colour + "\"><title>" + xmlEscaped(s.name) + ": " +
                    valueText(s.values[i], m_chart.fractions) + "</title></rect>\n");
            }
        }
    }

    // Polylines through the finite values; a NaN ends one and the next value starts another.
    void line(const ChartSeries &s, const std::string &colour)
    {
        std::string points;
        auto flush = [&] {
            if (!points.empty()) {
                svg("<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\" points=\"" +
                    points + "\"/>\n");
                points.clear();
            }
        };
        for (size_t i = 0; i < s.values.size() && i < m_chart.categories.size(); ++i) {
            if (!std::isfinite(s.values[i])) {
                flush();
                continue;
            }
            const double x = xOf(i), y = yOf(s.values[i]);
            points += number(x) + ',' + number(y) + ' ';
            svg("<circle cx=\"" + number(x) + "\" cy=\"" + number(y) + "\" r=\"3\" fill=\"" +
                colour + "\"><title>" + xmlEscaped(s.name) + ": " +
                valueText(s.values[i], m_chart.fractions) + "</title></circle>\n");
        }
        flush();
    }

    void band(const ChartSeries &s, const std::string &colour)
    {
        std::string upper, lower;
        for (size_t i = 0; i < s.values.size() && i < s.upper.size(); ++i) {
            if (std::isfinite(s.values[i]) && std::isfinite(s.upper[i])) {
                upper += number(xOf(i)) + ',' + number(yOf(s.upper[i])) + ' ';
                lower = number(xOf(i)) + ',' + number(yOf(s.values[i])) + ' ' + lower;
            }
        }
        if (!upper.empty()) {
            svg("<polygon fill=\"" + colour + "\" fill-opacity=\"0.25\" points=\"" + upper +
                lower + "\"/>\n");
        }
    }

    const Chart &m_chart;
    int m_width, m_height;
    double m_top, m_left, m_right, m_bottom;
    double m_max, m_step;
    std::string m_out;
};

}  // namespace

std::string renderSvg(const Chart &chart, int width, int height)
{
    return Plot(chart, width, height).render();
}

}  // namespace triage
