#pragma once
// The names of item states and label sources as the GUI shows them, translated. (Core's
// toText() names are for files and the CLI and stay English.)
#include "projecttypes.h"

#include <QString>

namespace triage::ui {

QString stateName(ItemState state);
QString sourceName(LabelSource source);
QString jobName(const QString &kind);  // "autolabel" -> "Auto-label"
QString timeLeftText(double seconds);  // "about 3 min left"

}  // namespace triage::ui
