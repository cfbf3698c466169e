#include "file_dialogs.h"

#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QPointer>

namespace adaptlab {

namespace {

// Icons and type names from the file's name and kind (folder or file), as stat() tells: never from
// its content.
class NameOnlyIconProvider final : public QFileIconProvider {
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo& info) const override
    {
        if (info.isRoot())
            return QFileIconProvider::icon(QFileIconProvider::Drive);
        return QFileIconProvider::icon(info.isDir() ? QFileIconProvider::Folder : QFileIconProvider::File);
    }
    QString type(const QFileInfo& info) const override
    {
        if (info.isDir())
            return QFileDialog::tr("Folder");
        const QString suffix = info.suffix();
        return suffix.isEmpty() ? QFileDialog::tr("File") : QFileDialog::tr("%1 File").arg(suffix);
    }
};

} // namespace

QFileDialog* createFileDialog(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    auto* dialog = new QFileDialog(parent, caption, dir, filter);
    // A native dialog (GTK, portal) would not take our provider and may sniff files itself.
    dialog->setOption(QFileDialog::DontUseNativeDialog, true);
    auto* provider = new NameOnlyIconProvider;
    dialog->setIconProvider(provider);
    QObject::connect(dialog, &QObject::destroyed, [provider] { delete provider; });
    return dialog;
}

QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    QPointer<QFileDialog> dialog = createFileDialog(parent, caption, dir);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    QString chosen;
    if (dialog->exec() == QDialog::Accepted && dialog && !dialog->selectedFiles().isEmpty())
        chosen = dialog->selectedFiles().constFirst();
    delete dialog;
    return chosen;
}

QStringList getOpenFileNames(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    QPointer<QFileDialog> dialog = createFileDialog(parent, caption, dir, filter);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    QStringList chosen;
    if (dialog->exec() == QDialog::Accepted && dialog)
        chosen = dialog->selectedFiles();
    delete dialog;
    return chosen;
}

} // namespace adaptlab
