#include "ingest/articlereader.h"

#include "ingest/columnmapping.h"
#include "ingest/feedarticles.h"
#include "ingest/headline.h"
#include "ingest/htmlarticle.h"
#include "ingest/languageguess.h"
#include "ingest/pdfarticle.h"
#include "ingest/tablearticles.h"
#include "ingest/textarticle.h"
#include "ingest/textdecoder.h"

#include <QFile>
#include <QFileInfo>

namespace dossier {

namespace {

constexpr qint64 headSize = 4096;

const QStringList importableSuffixes{
    QStringLiteral("txt"),
    QStringLiteral("text"),
    QStringLiteral("md"),
    QStringLiteral("markdown"),
    QStringLiteral("mdown"),
    QStringLiteral("html"),
    QStringLiteral("htm"),
    QStringLiteral("xhtml"),
    QStringLiteral("rss"),
    QStringLiteral("atom"),
    QStringLiteral("xml"),
    QStringLiteral("csv"),
    QStringLiteral("tsv"),
    QStringLiteral("jsonl"),
    QStringLiteral("ndjson"),
    QStringLiteral("json"),
    QStringLiteral("pdf"),
};

// What one single-article file says of itself gives way to the analyst's manifest or sidecar.
void preferExternal(ExtractedArticle &article, const ExternalMetadata &external)
{
    article.metadata = mergeMetadata(external.metadata, article.metadata);
    article.notes += external.problems;
}

// An item of a feed or a row of a table speaks for itself; the manifest only fills what it leaves empty.
void fillFromExternal(ExtractedArticle &article, const ExternalMetadata &external)
{
    DocumentMetadata fallback = external.metadata;
    fallback.title.clear(); // one title for a whole file of articles would be wrong for all but one
    article.metadata = mergeMetadata(article.metadata, fallback);
}

// What every article needs before it is stored: a title and a language, guessed from the text if need be.
void complete(ExtractedArticle &article, const QString &path)
{
    if (article.metadata.title.isEmpty())
        article.metadata.title = guessTitle(article.text);
    if (article.metadata.title.isEmpty())
        article.metadata.title = QFileInfo(path).completeBaseName();
    if (article.metadata.language.isEmpty())
        article.metadata.language = guessLanguage(article.text);
}

Extraction readTextFile(const QString &path, const ExternalMetadata &external)
{
    Extraction extraction;
    TextArticle::Reading reading = TextArticle::read(path, external);
    if (!reading.document) {
        extraction.error = reading.error;
        return extraction;
    }
    NewDocument &doc = *reading.document;
    ExtractedArticle article;
    article.metadata = doc.metadata;
    article.text = std::move(doc.text);
    article.removedBlocks = std::move(doc.removedBlocks);
    article.original = std::move(doc.original);
    article.originalFormat = doc.originalFormat;
    article.originalEncoding = doc.originalEncoding;
    article.notes = doc.importNotes;
    extraction.articles.append(std::move(article));
    return extraction;
}

} // namespace

bool ArticleReader::isImportableName(const QString &path)
{
    return importableSuffixes.contains(QFileInfo(path).suffix().toLower());
}

ArticleReader::Format ArticleReader::detect(const QString &path, const QByteArray &head)
{
    if (TextArticle::isTextFile(path))
        return TextArticle::isMarkdownFile(path) ? Format::Markdown : Format::PlainText;
    if (PdfArticle::looksLikePdf(path, head))
        return Format::Pdf;
    // Feeds are XML and may be named .xml: they are asked before pages, which they are not.
    if (FeedArticles::looksLikeFeed(path, head))
        return Format::Feed;
    if (HtmlArticle::looksLikeHtml(path, head))
        return Format::Html;
    if (TableArticles::looksLikeJsonLines(path, head))
        return Format::JsonLines;
    if (TableArticles::looksLikeCsv(path, head))
        return Format::Csv;
    return Format::Unknown;
}

Extraction ArticleReader::read(const QString &path, const ExternalMetadata &external, const Options &options)
{
    return read(path, external, options, {});
}

Extraction ArticleReader::read(
    const QString &path, const ExternalMetadata &external, const Options &options, const ArticleSink &sink)
{
    Extraction extraction;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        extraction.error = tr("Cannot read the file: %1").arg(file.errorString());
        return extraction;
    }
    const Format format = detect(path, file.peek(headSize));
    if (format == Format::PlainText || format == Format::Markdown) {
        file.close();
        extraction = readTextFile(path, external);
        if (sink && extraction.ok()) {
            for (ExtractedArticle &article : extraction.articles)
                sink(std::move(article));
            extraction.articles.clear();
        }
        return extraction;
    }
    if (format == Format::Unknown) {
        extraction.error = tr("Dossier cannot import this kind of file (“%1”).").arg(QFileInfo(path).fileName());
        return extraction;
    }
    const bool table = format == Format::Csv || format == Format::JsonLines;
    const qint64 limit = table ? maximumTableFileSize : maximumArticleFileSize;
    if (file.size() > limit) {
        extraction.error = tr("The file is too large to import (%1 MB).").arg(file.size() / (1024 * 1024));
        return extraction;
    }
    // An XML parser would call a binary file under .rss "malformed"; say what it really is, as for other files.
    if (format == Format::Feed) {
        if (const DecodedText probe = decodeText(file.peek(headSize)); !probe.isText()) {
            extraction.error = probe.error;
            return extraction;
        }
    }
    // A table streamed to a sink is read where the file is mapped: the kernel pages it in and out as the rows go
    // by, instead of the whole file being copied into the process. The mapping lives as long as file.
    QByteArray bytes;
    const uchar *mapped = table && sink && file.size() > 0 ? file.map(0, file.size()) : nullptr;
    if (mapped)
        bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(file.size()));
    else
        bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        extraction.error = tr("Cannot read the file: %1").arg(file.errorString());
        return extraction;
    }

    std::optional<ColumnMapping> mapping;
    if (table && !options.columnMapping.isEmpty()) {
        const QStringList header
            = format == Format::Csv ? TableArticles::csvHeader(bytes) : TableArticles::jsonLinesHeader(bytes);
        QString error;
        mapping = ColumnMapping::parse(options.columnMapping, header, &error);
        if (!mapping) {
            extraction.error = error;
            return extraction;
        }
    }

    // Every article is completed the same way, whether it is collected or handed on.
    auto finish = [&](ExtractedArticle &&article) {
        if (format == Format::Html || format == Format::Pdf)
            preferExternal(article, external);
        else
            fillFromExternal(article, external);
        complete(article, path);
        if (sink)
            return sink(std::move(article));
        extraction.articles.append(std::move(article));
        return true;
    };

    Extraction read;
    switch (format) {
    case Format::Html:
        read = HtmlArticle::extract(bytes, path);
        break;
    case Format::Feed:
        read = FeedArticles::extract(bytes);
        break;
    case Format::Csv:
        read = TableArticles::extractCsv(bytes, mapping, finish);
        break;
    case Format::JsonLines:
        read = TableArticles::extractJsonLines(bytes, mapping, finish);
        break;
    case Format::Pdf:
        read = PdfArticle::extract(bytes);
        break;
    default:
        break;
    }
    for (ExtractedArticle &article : read.articles) {
        if (!finish(std::move(article)))
            break;
    }
    extraction.failures = std::move(read.failures);
    extraction.error = std::move(read.error);
    return extraction;
}

NewDocument ArticleReader::toNewDocument(const ExtractedArticle &article, const QString &path)
{
    NewDocument doc;
    doc.metadata = article.metadata;
    doc.text = article.text;
    doc.original = article.original;
    doc.originalFormat = article.originalFormat;
    doc.originalEncoding = article.originalEncoding;
    doc.sourcePath = QFileInfo(path).absoluteFilePath();
    doc.importNotes = article.notes;
    if (!article.location.isEmpty())
        doc.importNotes.prepend(tr("Imported from %1 of the file.").arg(article.location));
    doc.removedBlocks = article.removedBlocks;
    return doc;
}

} // namespace dossier
