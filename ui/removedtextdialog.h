#pragma once
// Shows what cleaning took out of an article, and puts it back if the analyst asks.

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace dossier {

class Library;
struct Document;

class RemovedTextDialog final : public QDialog
{
    Q_OBJECT

public:
    RemovedTextDialog(const Document &document, QWidget *parent = nullptr);

    // Puts the removed blocks of a plain-text document back into its text, in one transaction: mentions are
    // dropped until recognition runs again, the mentions the analyst rejected move with the text. Returns false
    // with error set when the document cannot be restored this way (not plain text, original unreadable).
    static bool restore(Library &library, qint64 documentId, QString *error);
    static bool canRestore(const Document &document);

Q_SIGNALS:
    void restoreRequested(qint64 documentId);

private:
    qint64 m_documentId;
};

} // namespace dossier
