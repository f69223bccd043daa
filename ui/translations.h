#pragma once
// The application's translations for a locale: Triage's own (resources/i18n) and Qt's (the
// standard buttons, shortcut names like "Strg+I", the file dialog), from Debian's
// qt6-translations-l10n when it is installed. The translators belong to `app`.
#include <QCoreApplication>
#include <QLocale>

namespace triage::ui {

// Returns whether Qt's own translations were found for the locale.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

}  // namespace triage::ui
