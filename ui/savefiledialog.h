#pragma once
// Choosing where an export goes, asking before an existing file is replaced.

#include <QString>

class QWidget;

namespace dossier {

// The path to write an export to, or an empty string if the analyst cancelled or chose not to replace a file.
// A name typed without a suffix gets `suffix`, and only then is the file checked for: QFileDialog's own question
// comes before a suffix added afterwards, which would replace "mentions.png" silently when "mentions" was typed, and
// native dialogs differ in whether they ask at all. So the dialog's question is turned off and this asks, once,
// about the file that will really be written (a QMessageBox named "confirmReplace", No by default).
QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter,
    const QString &suffix);

// Whether path may be written: true when no file is there, else what the analyst answered.
bool confirmReplace(QWidget *parent, const QString &path);

} // namespace dossier
