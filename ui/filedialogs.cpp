#include "filedialogs.h"

#include <QFileDialog>
#include <QFileIconProvider>
#include <QMimeDatabase>

namespace triage::ui {
namespace {

// Icons and type names from the file name only; the default provider reads a file's
// first bytes when its extension says nothing (as for .triage, -wal and -shm).
class NameOnlyIconProvider : public QFileIconProvider {
public:
    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo &info) const override
    {
        return icon(info.isDir() ? QFileIconProvider::Folder : QFileIconProvider::File);
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir()) {
            return QFileDialog::tr("Folder");
        }
        return QMimeDatabase()
            .mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension)
            .comment();
    }
};

QString runDialog(QWidget *parent, const QString &caption, const QString &startAt,
                  const QString &filter, QFileDialog::FileMode mode, QFileDialog::AcceptMode accept)
{
    static NameOnlyIconProvider provider;  // outlives every dialog
    QFileDialog dialog(parent, caption, startAt, filter);
    dialog.setObjectName(QStringLiteral("triageFileDialog"));
    // A native dialog (GTK, KDE) runs its own code in our process and sniffs files.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setOption(QFileDialog::DontUseCustomDirectoryIcons);
    dialog.setIconProvider(&provider);
    dialog.setFileMode(mode);
    dialog.setAcceptMode(accept);
    if (mode == QFileDialog::Directory) {
        dialog.setOption(QFileDialog::ShowDirsOnly);
    }
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    return dialog.selectedFiles().value(0);
}

}  // namespace

QString chooseFolder(QWidget *parent, const QString &caption, const QString &startFolder)
{
    return runDialog(parent, caption, startFolder, {}, QFileDialog::Directory,
                     QFileDialog::AcceptOpen);
}

QString chooseFileToOpen(QWidget *parent, const QString &caption, const QString &filter)
{
    return runDialog(parent, caption, {}, filter, QFileDialog::ExistingFile,
                     QFileDialog::AcceptOpen);
}

QString chooseFileToSave(QWidget *parent, const QString &caption, const QString &suggested,
                         const QString &filter)
{
    return runDialog(parent, caption, suggested, filter, QFileDialog::AnyFile,
                     QFileDialog::AcceptSave);
}

}  // namespace triage::ui
