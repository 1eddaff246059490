#include "ingest/textarticle.h"

#include "ingest/dateparser.h"
#include "ingest/headline.h"
#include "ingest/languageguess.h"
#include "ingest/markdowntext.h"
#include "ingest/textcleaner.h"
#include "ingest/textdecoder.h"

#include <QFile>
#include <QFileInfo>

namespace dossier {

namespace {

const QStringList markdownSuffixes{QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("mdown")};
const QStringList plainSuffixes{QStringLiteral("txt"), QStringLiteral("text")};

bool isKeptCharacter(QChar c)
{
    if (c == u'\n' || c == u'\t')
        return true;
    // Control and format characters other than the joiners that scripts need (ZWJ/ZWNJ) are noise from the
    // page: zero-width spaces, bidi overrides, soft hyphens.
    if (c.category() == QChar::Other_Control)
        return false;
    if (c.category() == QChar::Other_Format)
        return c == QChar(0x200C) || c == QChar(0x200D);
    return true;
}

} // namespace

bool TextArticle::isMarkdownFile(const QString &path)
{
    return markdownSuffixes.contains(QFileInfo(path).suffix().toLower());
}

bool TextArticle::isTextFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return plainSuffixes.contains(suffix) || markdownSuffixes.contains(suffix);
}

QString TextArticle::cleanText(const QString &decoded)
{
    QString text = decoded;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    text.replace(QChar(0x2028), u'\n'); // line and paragraph separators, as some exports write them
    text.replace(QChar(0x2029), QLatin1String("\n\n"));
    text.replace(QChar(0x00A0), u' ');
    // Every reader ends here, so no lone surrogate reaches the library whichever format let it in.
    replaceLoneSurrogates(text);
    text = text.normalized(QString::NormalizationForm_C);

    QString cleaned;
    cleaned.reserve(text.size());
    int pendingNewlines = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        QString kept;
        kept.reserve(line.size());
        for (const QChar c : line) {
            if (isKeptCharacter(c))
                kept += c;
        }
        while (!kept.isEmpty() && kept.back().isSpace())
            kept.chop(1);
        if (kept.isEmpty()) {
            ++pendingNewlines;
            continue;
        }
        if (!cleaned.isEmpty())
            cleaned += pendingNewlines > 0 ? QStringLiteral("\n\n") : QStringLiteral("\n");
        cleaned += kept;
        pendingNewlines = 0;
    }
    return cleaned;
}

QString TextArticle::textWithoutCleaning(const QByteArray &original)
{
    const DecodedText decoded = decodeText(original);
    return decoded.isText() ? cleanText(decoded.text) : QString();
}

TextArticle::Reading TextArticle::read(const QString &path, const ExternalMetadata &external)
{
    Reading reading;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reading.error = tr("Cannot read the file: %1").arg(file.errorString());
        return reading;
    }
    if (file.size() > maximumFileSize) {
        reading.error = tr("The file is too large to be an article (%1 MB).").arg(file.size() / (1024 * 1024));
        return reading;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        reading.error = tr("Cannot read the file: %1").arg(file.errorString());
        return reading;
    }

    const DecodedText decoded = decodeText(bytes);
    if (!decoded.isText()) {
        reading.error = decoded.error;
        return reading;
    }

    NewDocument doc;
    doc.original = bytes;
    doc.originalEncoding = decoded.encoding;
    doc.sourcePath = QFileInfo(path).absoluteFilePath();
    QString markdownHeading;
    if (isMarkdownFile(path)) {
        const MarkdownText markdown = markdownToText(decoded.text);
        doc.originalFormat = QStringLiteral("text/markdown");
        doc.text = cleanText(markdown.text);
        markdownHeading = markdown.firstHeading.simplified();
    } else {
        doc.originalFormat = QStringLiteral("text/plain");
        doc.text = cleanText(decoded.text);
    }
    if (doc.text.isEmpty()) {
        reading.error = tr("The file holds no text.");
        return reading;
    }

    if (decoded.replacedCharacters > 0) {
        doc.importNotes.append(tr(
            "%n byte sequence(s) could not be read as %1 and were replaced with “�”.", "", decoded.replacedCharacters)
                                   .arg(decoded.encoding));
    }
    doc.importNotes += external.problems;

    DocumentMetadata fromText;
    fromText.title = markdownHeading.isEmpty() ? guessTitle(doc.text) : markdownHeading;
    fromText.author = findByline(doc.text);
    // Read before cleaning, which may remove the line that carries the date. A manifest or sidecar date wins.
    if (!external.metadata.published.isValid())
        fromText.published = findDateInText(doc.text, QDate::currentDate());
    if (!isMarkdownFile(path)) {
        // Text saved from a web page carries the site's leftovers; Markdown is written by hand and kept whole.
        // The headline is found first, since the breadcrumbs and repeats it leans on are what cleaning removes.
        CleanedText cleaned = TextCleaner::clean(
            doc.text, external.metadata.title.isEmpty() ? fromText.title : external.metadata.title);
        if (!cleaned.text.isEmpty()) {
            doc.text = std::move(cleaned.text);
            doc.removedBlocks = std::move(cleaned.removedBlocks);
        }
    }
    fromText.language = guessLanguage(doc.text);
    doc.metadata = mergeMetadata(external.metadata, fromText);
    if (doc.metadata.title.isEmpty())
        doc.metadata.title = QFileInfo(path).completeBaseName();

    reading.document = std::move(doc);
    return reading;
}

} // namespace dossier
