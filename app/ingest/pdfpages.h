#pragma once
// What a PDF holds for reading, as the QtPdf plugin (app/ingest/pdf) hands it to dossier_ingest: per page, the
// lines of text with where they stand, and the document's information dictionary. QtPdf links QtGui, which
// dossier-cli must not, so the part that uses it is a plugin loaded at run time; this header is the whole
// contract between the two, and every layout decision (reading order, paragraphs, running heads) is made on this
// side, in PdfArticle, where it can be tested without the plugin.

#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QtPlugin>

namespace dossier {

struct PdfTextLine
{
    QString text;
    QRectF rect; // in points, origin at the page's top left corner, y growing downwards
};

struct PdfPage
{
    QSizeF size; // in points
    QString label; // the page label the PDF declares ("iv", "12"), empty if none
    QList<PdfTextLine> lines; // in the order the PDF's content gives them, which is not always reading order
};

struct PdfPages
{
    // Why nothing could be read; the reader turns it into the analyst's words (the plugin has no translations).
    enum class Failure { None, NotPdf, Damaged, Password, UnsupportedSecurity };

    QList<PdfPage> pages;
    Failure failure = Failure::None;
    QString detail; // what the PDF library said, for the logs; may be empty

    // The document information dictionary; empty/invalid where the PDF does not say.
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator;
    QString producer;
    QDateTime created;
    QDateTime modified;
};

// Implemented by the plugin's root object.
class PdfTextSource
{
public:
    virtual ~PdfTextSource() = default;
    // Never throws and never crashes on damaged input: failures come back in PdfPages::failure.
    // Must be safe to call from any thread, one call at a time per thread.
    virtual PdfPages read(const QByteArray &bytes) const = 0;
};

} // namespace dossier

// Versioned: a plugin built against another layout of PdfPages refuses to load instead of misreading memory.
#define DOSSIER_PDF_TEXT_SOURCE_IID "io.github.dossier.PdfTextSource/1.0"
Q_DECLARE_INTERFACE(dossier::PdfTextSource, DOSSIER_PDF_TEXT_SOURCE_IID)
