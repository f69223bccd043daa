#pragma once
// The application's look: the light theme (the desktop's) or a dark one (Fusion with a dark
// palette), remembered between runs; and the colour of problem text, readable on either.
#include <QColor>

class QLabel;

namespace triage::ui {

bool darkThemeChosen();       // as remembered (light the first time)
void applyTheme(bool dark);   // the whole application, now; remembered
void showAsProblem(QLabel *label);  // red text that follows the theme
QColor problemColor();        // for the theme in use: 4.5:1 or more on the window colour

}  // namespace triage::ui
