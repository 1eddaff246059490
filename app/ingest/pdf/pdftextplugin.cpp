#include "pdftextplugin.h"

#include <QBuffer>
#include <QMetaEnum>
#include <QPdfDocument>
#include <QPdfSelection>

#include <algorithm>

namespace dossier {

namespace {

// Two pieces of one PDFium line further apart than this many line heights are two lines: columns whose lines
// share a baseline come out of PDFium as one line, and the layout needs them apart to find the columns.
constexpr double columnGapInLineHeights = 1.5;

constexpr QChar pdfiumLineEndHyphen(0xFFFE);

PdfPages::Failure failureOf(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::IncorrectPassword:
        return PdfPages::Failure::Password;
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return PdfPages::Failure::UnsupportedSecurity;
    case QPdfDocument::Error::InvalidFileFormat:
        return PdfPages::Failure::NotPdf;
    default:
        return PdfPages::Failure::Damaged;
    }
}

QString errorName(QPdfDocument::Error error)
{
    return QString::fromLatin1(QMetaEnum::fromType<QPdfDocument::Error>().valueToKey(int(error)));
}

QRectF boundsOf(QPdfDocument &document, int page, int start, int length)
{
    return document.getSelectionAtIndex(page, start, length).boundingRectangle();
}

// Where, in characters from start, the first piece of a line ends that is separated from the rest by a gap of
// more than columnGapInLineHeights; 0 when there is none. Found by bisection on the bounds of growing prefixes,
// as QtPdf gives boxes for character ranges, not for single pieces of its rectangles.
int columnBreak(QPdfDocument &document, int page, int start, int length, const QList<QPolygonF> &pieces)
{
    QList<QRectF> rects;
    for (const QPolygonF &piece : pieces)
        rects.append(piece.boundingRect());
    std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    // The tallest piece stands for the line's height: pieces are glyph boxes, and a dash's is a sliver.
    double height = 0;
    for (const QRectF &rect : std::as_const(rects))
        height = std::max(height, rect.height());
    double right = -1;
    double gapAt = -1;
    for (const QRectF &rect : std::as_const(rects)) {
        if (right >= 0 && rect.left() - right > columnGapInLineHeights * height) {
            gapAt = right;
            break;
        }
        right = std::max(right, rect.right());
    }
    if (gapAt < 0)
        return 0;
    int low = 1; // a prefix this long ends before the gap
    int high = length - 1;
    if (boundsOf(document, page, start, low).right() > gapAt + 0.5)
        return 0;
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        if (boundsOf(document, page, start, middle).right() <= gapAt + 0.5)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

void appendLines(QPdfDocument &document, int page, int start, int length, QList<PdfTextLine> &lines, int depth = 0)
{
    const QPdfSelection selection = document.getSelectionAtIndex(page, start, length);
    const QString text = selection.text();
    if (text.trimmed().isEmpty())
        return;
    const int split = depth < 8 ? columnBreak(document, page, start, length, selection.bounds()) : 0;
    if (split > 0 && split < length) {
        appendLines(document, page, start, split, lines, depth + 1);
        appendLines(document, page, start + split, length - split, lines, depth + 1);
        return;
    }
    QString line = text.trimmed();
    if (line.endsWith(pdfiumLineEndHyphen))
        line.back() = u'-';
    lines.append({line, selection.boundingRectangle()});
}

PdfPage readPage(QPdfDocument &document, int page)
{
    PdfPage result;
    result.size = document.pagePointSize(page);
    result.label = document.pageLabel(page);
    const QString all = document.getAllText(page).text();
    // PDFium ends each line it finds with generated "\r\n"; they count as characters, so indices into this text
    // are the indices getSelectionAtIndex() takes. A line ending in a hyphen is instead run into the next one, the
    // hyphen turned into U+FFFE: it is cut there too, the hyphen kept, for PdfLayout to judge.
    int start = 0;
    for (int i = 0; i <= all.size(); ++i) {
        const bool end = i == all.size() || all.at(i) == u'\r' || all.at(i) == u'\n';
        const bool hyphen = !end && all.at(i) == pdfiumLineEndHyphen;
        if (!end && !hyphen)
            continue;
        const int stop = hyphen ? i + 1 : i;
        if (stop > start)
            appendLines(document, page, start, stop - start, result.lines);
        start = i + 1;
    }
    return result;
}

} // namespace

PdfPages PdfTextPlugin::read(const QByteArray &bytes) const
{
    PdfPages pages;
    QByteArray data = bytes; // QBuffer wants a non-const array; this shares the bytes, it does not copy them
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    // A QBuffer is random access, so QPdfDocument loads it synchronously: the status is final on return.
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready) {
        const QPdfDocument::Error error = document.error();
        pages.failure = error == QPdfDocument::Error::None ? PdfPages::Failure::Damaged : failureOf(error);
        pages.detail = errorName(error);
        return pages;
    }
    pages.title = document.metaData(QPdfDocument::MetaDataField::Title).toString();
    pages.author = document.metaData(QPdfDocument::MetaDataField::Author).toString();
    pages.subject = document.metaData(QPdfDocument::MetaDataField::Subject).toString();
    pages.keywords = document.metaData(QPdfDocument::MetaDataField::Keywords).toString();
    pages.creator = document.metaData(QPdfDocument::MetaDataField::Creator).toString();
    pages.producer = document.metaData(QPdfDocument::MetaDataField::Producer).toString();
    pages.created = document.metaData(QPdfDocument::MetaDataField::CreationDate).toDateTime();
    pages.modified = document.metaData(QPdfDocument::MetaDataField::ModificationDate).toDateTime();
    for (int page = 0; page < document.pageCount(); ++page)
        pages.pages.append(readPage(document, page));
    return pages;
}

} // namespace dossier
