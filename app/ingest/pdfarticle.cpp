#include "ingest/pdfarticle.h"

#include "ingest/dateparser.h"
#include "ingest/headline.h"
#include "ingest/languageguess.h"
#include "ingest/pdflayout.h"
#include "ingest/pdftextsource.h"
#include "ingest/textarticle.h"
#include "ingest/textcleaner.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace dossier {

namespace {

constexpr qsizetype signatureWindow = 1024;

bool hasLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

// Every PDF ends with "%%EOF" (give or take a few bytes of padding). PDFium rebuilds what it can of a file cut
// short, which would import half an article as if it were whole: such a file is refused instead.
bool looksTruncated(const QByteArray &bytes)
{
    return !bytes.right(signatureWindow).contains("%%EOF");
}

} // namespace

bool PdfArticle::looksLikePdf(const QString &path, const QByteArray &head)
{
    return QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0
        || head.left(signatureWindow).contains("%PDF-");
}

QString PdfArticle::meaningfulTitle(const QString &title)
{
    static const QRegularExpression placeholder(
        QStringLiteral(R"(^(untitled|sans titre|document\s*\d*|titre|title|microsoft word\b.*|.*\.(docx?|odt|rtf|pdf|)"
                       R"(txt|html?|indd|qxp|ps|eps|tex))$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString simplified = title.simplified();
    if (!hasLetter(simplified) || placeholder.match(simplified).hasMatch())
        return {};
    return simplified;
}

QString PdfArticle::meaningfulAuthor(const QString &author)
{
    static const QRegularExpression placeholder(
        QStringLiteral(R"(^(unknown|inconnu|anonymous|anonyme|admin|administrat(or|eur)|user|utilisateur|owner)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString simplified = author.simplified();
    if (!hasLetter(simplified) || placeholder.match(simplified).hasMatch())
        return {};
    return simplified;
}

Extraction PdfArticle::extract(const QByteArray &bytes)
{
    Extraction extraction;
    const bool signed_ = bytes.left(signatureWindow).contains("%PDF-");
    if (!signed_) {
        extraction.error = tr("This file is not a PDF document, although its name says so.");
        return extraction;
    }
    if (looksTruncated(bytes)) {
        extraction.error = tr("The PDF file is incomplete: its end is missing (an interrupted download or copy?).");
        return extraction;
    }
    QString why;
    const PdfTextSource *source = PdfTextSourceLoader::instance(&why);
    if (!source) {
        extraction.error = why;
        return extraction;
    }
    return fromPages(source->read(bytes), bytes);
}

Extraction PdfArticle::fromPages(const PdfPages &pages, const QByteArray &bytes)
{
    Extraction extraction;
    switch (pages.failure) {
    case PdfPages::Failure::None:
        break;
    case PdfPages::Failure::Password:
        extraction.error
            = tr("The PDF is protected by a password; open it, save an unprotected copy, and import that.");
        return extraction;
    case PdfPages::Failure::UnsupportedSecurity:
        extraction.error = tr("The PDF is encrypted in a way Dossier cannot read.");
        return extraction;
    case PdfPages::Failure::NotPdf:
    case PdfPages::Failure::Damaged:
        extraction.error = tr("The PDF file is damaged and cannot be read.");
        return extraction;
    }

    const PdfLayoutText layout = PdfLayout::read(pages);
    ExtractedArticle article;
    article.text = TextArticle::cleanText(layout.paragraphs.join(QStringLiteral("\n\n")));
    if (article.text.isEmpty()) {
        extraction.error = pages.pages.isEmpty()
            ? tr("The PDF has no pages.")
            : tr("The PDF holds no text: it is probably scanned images, which Dossier cannot read.");
        return extraction;
    }
    article.removedBlocks = layout.removedBlocks;
    article.original = bytes;
    article.originalFormat = QStringLiteral("application/pdf");

    DocumentMetadata &meta = article.metadata;
    meta.title = meaningfulTitle(pages.title);
    if (meta.title.isEmpty())
        meta.title = layout.heading.simplified();
    meta.author = meaningfulAuthor(pages.author);
    if (meta.author.isEmpty())
        meta.author = findByline(article.text);
    // As for plain text: the date is read before cleaning, which may remove the line that carries it. The PDF's
    // CreationDate says when the file was made (often printed from a page years later), so it is the last resort.
    meta.published = findDateInText(article.text, QDate::currentDate());
    if (!meta.published.isValid() && pages.created.isValid()) {
        meta.published.date = pages.created.date();
        meta.published.precision = DatePrecision::Day;
        meta.published.origin = DateOrigin::PageMetadata;
        article.notes.append(tr("The text gives no date: the publication date is the day the PDF was made (%1), "
                                "which may be later.")
                                 .arg(meta.published.toIso()));
    }

    CleanedText cleaned
        = TextCleaner::clean(article.text, meta.title.isEmpty() ? guessTitle(article.text) : meta.title);
    if (!cleaned.text.isEmpty()) {
        article.text = std::move(cleaned.text);
        article.removedBlocks += cleaned.removedBlocks;
    }
    meta.language = guessLanguage(article.text);
    extraction.articles.append(std::move(article));
    return extraction;
}

} // namespace dossier
