#include "ui/removedtextdialog.h"

#include "annotations/annotationstore.h"
#include "entities/actorstore.h"
#include "ingest/textarticle.h"
#include "storage/documentstore.h"
#include "storage/library.h"
#include "storage/textrevision.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QVBoxLayout>

namespace dossier {

RemovedTextDialog::RemovedTextDialog(const Document &document, QWidget *parent)
    : QDialog(parent)
    , m_documentId(document.id)
{
    setObjectName(QStringLiteral("removedTextDialog"));
    setWindowTitle(tr("Text Removed by Cleaning"));
    auto *intro = new QLabel(tr("Import took these blocks out of “%1” as the site's leftovers. The original file is "
                                "kept in the library.")
                                 .arg(document.metadata.title),
        this);
    intro->setWordWrap(true);
    auto *blocks = new QPlainTextEdit(this);
    blocks->setObjectName(QStringLiteral("removedBlocks"));
    blocks->setReadOnly(true);
    blocks->setPlainText(document.removedBlocks.join(QStringLiteral("\n\n────────\n\n")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (canRestore(document)) {
        QPushButton *restoreButton = buttons->addButton(tr("Put Back into the Article"), QDialogButtonBox::ActionRole);
        restoreButton->setObjectName(QStringLiteral("restoreButton"));
        connect(restoreButton, &QPushButton::clicked, this, [this] {
            Q_EMIT restoreRequested(m_documentId);
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(blocks, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

bool RemovedTextDialog::canRestore(const Document &document)
{
    // Plain text loses whole lines only, so offsets can follow; a web page's removed blocks come from markup.
    return !document.removedBlocks.isEmpty() && document.originalFormat == QLatin1String("text/plain");
}

bool RemovedTextDialog::restore(Library &library, qint64 documentId, QString *error)
{
    DocumentStore documents(library);
    const std::optional<Document> document = documents.document(documentId);
    if (!document || !canRestore(*document)) {
        *error = tr("This article has no removed text that can be put back.");
        return false;
    }
    const QString full = TextArticle::textWithoutCleaning(documents.original(documentId));
    const std::optional<TextRevision> revision = TextRevision::linesPutBack(document->text, full);
    if (full.isEmpty() || !revision) {
        *error = tr("The original file no longer matches the article's text.");
        return false;
    }
    QSqlDatabase db = library.database();
    if (!db.transaction()) {
        *error = tr("The library is busy; try again in a moment.");
        return false;
    }
    ActorStore actors(library);
    AnnotationStore annotations(library);
    if (!documents.replaceText(documentId, full, {}) || !actors.textChanged(documentId, *revision)
        || !annotations.reanchorDocument(documentId)) {
        *error = !documents.lastError().isEmpty() ? documents.lastError()
            : !actors.lastError().isEmpty()       ? actors.lastError()
                                                  : annotations.lastError();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        db.rollback();
        *error = tr("The library could not save the change.");
        return false;
    }
    return true;
}

} // namespace dossier
