#pragma once
// Reads a PDF into one article: its text in reading order (PdfLayout), then cleaned as plain text is, with the
// metadata the PDF declares and the date its text gives. The PDF itself is read by the QtPdf plugin
// (PdfTextSourceLoader); everything from its pages on happens here, with QtCore only.

#include "ingest/extraction.h"
#include "ingest/pdfpages.h"

#include <QCoreApplication>

namespace dossier {

class PdfArticle
{
    Q_DECLARE_TR_FUNCTIONS(dossier::PdfArticle)

public:
    // By suffix (.pdf), else by the "%PDF-" signature in the first KB, where readers look for it.
    static bool looksLikePdf(const QString &path, const QByteArray &head);

    // One ExtractedArticle (originalFormat "application/pdf"), or an error: PDF support missing, not a PDF,
    // damaged or truncated, password-protected, or no text (a scan).
    static Extraction extract(const QByteArray &bytes);

    // What extract() does once the plugin has read the pages; bytes become the article's original.
    static Extraction fromPages(const PdfPages &pages, const QByteArray &bytes);

    // The document's Title or Author entry, unless it is a producer's placeholder or a file name.
    static QString meaningfulTitle(const QString &title);
    static QString meaningfulAuthor(const QString &author);
};

} // namespace dossier
