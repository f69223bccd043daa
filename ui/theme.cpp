#include "theme.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace triage::ui {
namespace {

constexpr const char *kProblemProperty = "triageProblemText";
QPalette g_lightPalette;  // the desktop's, as it was before a dark theme replaced it
bool g_darkNow = false;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::Dark, QColor(20, 20, 22));
    p.setColor(QPalette::Mid, QColor(70, 70, 74));
    p.setColor(QPalette::PlaceholderText, QColor(160, 160, 160));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(128, 128, 128));
    }
    return p;
}

}  // namespace

bool darkThemeChosen()
{
    return QSettings().value(QStringLiteral("darkTheme"), false).toBool();
}

void applyTheme(bool dark)
{
    QSettings().setValue(QStringLiteral("darkTheme"), dark);
    if (!g_darkNow) {
        g_lightPalette = QApplication::palette();
    }
    g_darkNow = dark;
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    QApplication::setPalette(dark ? darkPalette() : g_lightPalette);
    for (QWidget *widget : QApplication::allWidgets()) {
        if (auto *label = qobject_cast<QLabel *>(widget);
            label && label->property(kProblemProperty).toBool()) {
            showAsProblem(label);
        }
    }
}

QColor problemColor()
{
    return g_darkNow ? QColor(255, 128, 128) : QColor(176, 0, 32);
}

void showAsProblem(QLabel *label)
{
    label->setProperty(kProblemProperty, true);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(problemColor().name()));
}

}  // namespace triage::ui
