#include "tablecells.h"

#include <QVariant>

namespace triage::ui {

NumberItem::NumberItem(const QString &text, std::optional<double> value) : QTableWidgetItem(text)
{
    setData(Qt::UserRole, value ? QVariant(*value) : QVariant());
    setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

bool NumberItem::operator<(const QTableWidgetItem &other) const
{
    const QVariant a = data(Qt::UserRole), b = other.data(Qt::UserRole);
    if (!a.isValid() || !b.isValid()) {
        return !a.isValid() && b.isValid();
    }
    return a.toDouble() < b.toDouble();
}

QString percentText(double fraction)
{
    return QStringLiteral("%L1%").arg(100 * fraction, 0, 'f', 1);
}

}  // namespace triage::ui
