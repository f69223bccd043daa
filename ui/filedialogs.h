#pragma once
// Every file and folder chooser of the app. They never open a file to guess its type:
// on Linux, closing *any* descriptor of a file drops every POSIX lock the process holds
// on it, so a dialog that sniffs the project's .triage, -wal or -shm file silently takes
// SQLite's locks away (another process may then delete the WAL we are writing to).
// Qt's own widget dialog is used, with icons and types decided from names alone.
#include <QString>

class QWidget;

namespace triage::ui {

QString chooseFolder(QWidget *parent, const QString &caption, const QString &startFolder = {});
QString chooseFileToOpen(QWidget *parent, const QString &caption, const QString &filter);
QString chooseFileToSave(QWidget *parent, const QString &caption, const QString &suggested,
                         const QString &filter);

}  // namespace triage::ui
