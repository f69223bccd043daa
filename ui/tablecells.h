#pragma once
// Table cells the panels share: numbers that sort by value, percentages in the locale.
#include <QString>
#include <QTableWidgetItem>

#include <optional>

namespace triage::ui {

// Sorts by the number behind the text ("12.5%" by 0.125); rows without one sort first.
class NumberItem : public QTableWidgetItem {
public:
    NumberItem(const QString &text, std::optional<double> value);
    bool operator<(const QTableWidgetItem &other) const override;
};

QString percentText(double fraction);  // "12.5%", in the locale's digits

}  // namespace triage::ui
