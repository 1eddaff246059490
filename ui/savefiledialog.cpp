#include "ui/savefiledialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace dossier {

namespace {
struct SaveFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(dossier::SaveFileDialog)
};
} // namespace

bool confirmReplace(QWidget *parent, const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    QMessageBox box(QMessageBox::Warning, SaveFileDialog::tr("Replace File?"),
        SaveFileDialog::tr("“%1” already exists. Do you want to replace it?").arg(info.fileName()),
        QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("confirmReplace"));
    box.setInformativeText(QDir::toNativeSeparators(info.absoluteFilePath()));
    box.setTextFormat(Qt::PlainText);
    box.button(QMessageBox::Yes)->setText(SaveFileDialog::tr("Replace"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

QString chooseSaveFile(
    QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter, const QString &suffix)
{
    QFileDialog dialog(parent, title, QFileInfo(suggestedPath).absolutePath(), filter);
    dialog.setObjectName(QStringLiteral("saveFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.setDefaultSuffix(suffix);
    dialog.selectFile(QFileInfo(suggestedPath).fileName());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    QString path = dialog.selectedFiles().constFirst();
    if (!suffix.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    return confirmReplace(parent, path) ? path : QString();
}

} // namespace dossier
