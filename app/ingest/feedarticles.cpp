// RSS 2.0 (and 1.0) and Atom feeds with QXmlStreamReader: items, their fields, their own XML text.
#include "ingest/feedarticles.h"

#include "ingest/dateparser.h"
#include "ingest/headline.h"
#include "ingest/htmlarticle.h"
#include "ingest/languageguess.h"
#include "ingest/textarticle.h"
#include "ingest/textdecoder.h"

#include <QFileInfo>
#include <QStringDecoder>
#include <QUrl>
#include <QXmlStreamReader>

namespace dossier {

namespace {

enum class FeedKind { Rss, Atom };

// One item's fields as the feed wrote them.
struct FeedItem
{
    QString title, link, summary, content, author, language;
    QStringList dates; // in order of preference: published before updated
    qint64 start = 0, end = 0; // the item's XML, in characters of the decoded feed
};

struct Channel
{
    QString title, language;
};

QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'<')
            out += QLatin1String("&lt;");
        else if (c == u'>')
            out += QLatin1String("&gt;");
        else if (c == u'&')
            out += QLatin1String("&amp;");
        else if (c == u'"')
            out += QLatin1String("&quot;");
        else
            out += c;
    }
    return out;
}

// The text of the current element, or for xhtml its markup, up to its end tag. Entity references that are
// not XML's own are left out rather than expanded.
QString readContent(QXmlStreamReader &reader, bool asMarkup)
{
    QString out;
    int depth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (asMarkup) {
                out += u'<' + reader.name().toString();
                for (const QXmlStreamAttribute &attribute : reader.attributes())
                    out += u' ' + attribute.name().toString() + QLatin1String("=\"") + escaped(attribute.value())
                        + u'"';
                out += u'>';
            }
            break;
        case QXmlStreamReader::EndElement:
            if (depth == 0)
                return out;
            --depth;
            if (asMarkup)
                out += QLatin1String("</") + reader.name().toString() + u'>';
            break;
        case QXmlStreamReader::Characters:
            out += asMarkup ? escaped(reader.text()) : reader.text().toString();
            break;
        default:
            break;
        }
    }
    return out;
}

// Reading text of a feed field by its declared type: Atom's text, html or xhtml; RSS descriptions are HTML.
QString readText(QXmlStreamReader &reader, FeedKind kind)
{
    const QString type = reader.attributes().value(QLatin1String("type")).toString().toLower();
    if (type == QLatin1String("xhtml"))
        return HtmlArticle::fragmentText(readContent(reader, true));
    const QString content = readContent(reader, false);
    const bool html = kind == FeedKind::Rss || type == QLatin1String("html") || type == QLatin1String("text/html");
    return html ? HtmlArticle::fragmentText(content) : TextArticle::cleanText(content);
}

// "jdoe@example.org (Jane Doe)" → "Jane Doe": RSS wants an e-mail address, people want a name.
QString authorName(const QString &author)
{
    const QString simplified = author.simplified();
    const qsizetype open = simplified.indexOf(u'(');
    if (simplified.contains(u'@') && open >= 0 && simplified.endsWith(u')'))
        return simplified.mid(open + 1, simplified.size() - open - 2).trimmed();
    return simplified;
}

QString languageCode(const QString &tag)
{
    return tag.trimmed().section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

void readAtomAuthor(QXmlStreamReader &reader, FeedItem &item)
{
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("name") && item.author.isEmpty())
            item.author = readContent(reader, false).simplified();
        else
            reader.skipCurrentElement();
    }
}

void readItemField(QXmlStreamReader &reader, FeedKind kind, FeedItem &item)
{
    const QStringView name = reader.name();
    if (name == QLatin1String("title")) {
        item.title = readText(reader, kind).simplified();
    } else if (name == QLatin1String("link")) {
        const QXmlStreamAttributes attributes = reader.attributes();
        const QStringView rel = attributes.value(QLatin1String("rel"));
        const QString href = attributes.value(QLatin1String("href")).toString().trimmed();
        const QString text = readContent(reader, false).trimmed();
        if (item.link.isEmpty() && (rel.isEmpty() || rel == QLatin1String("alternate")))
            item.link = href.isEmpty() ? text : href;
    } else if (name == QLatin1String("description") || name == QLatin1String("summary")) {
        item.summary = readText(reader, kind);
    } else if (name == QLatin1String("encoded") || name == QLatin1String("content")) {
        // Atom content given by reference (src=…) has no text here, and nothing is fetched.
        item.content = readText(reader, kind);
    } else if (name == QLatin1String("pubDate") || name == QLatin1String("published") || name == QLatin1String("issued")
        || name == QLatin1String("date")) {
        item.dates.prepend(readContent(reader, false).trimmed());
    } else if (name == QLatin1String("updated") || name == QLatin1String("modified")) {
        item.dates.append(readContent(reader, false).trimmed());
    } else if (name == QLatin1String("author") && kind == FeedKind::Atom) {
        readAtomAuthor(reader, item);
    } else if ((name == QLatin1String("author") || name == QLatin1String("creator")) && item.author.isEmpty()) {
        item.author = authorName(readContent(reader, false));
    } else if (name == QLatin1String("language")) {
        item.language = languageCode(readContent(reader, false));
    } else {
        reader.skipCurrentElement();
    }
}

QString decodedFeed(const QByteArray &bytes)
{
    QXmlStreamReader probe(bytes);
    probe.readNext();
    const QString declared = probe.documentEncoding().toString();
    if (!declared.isEmpty() && declared.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0) {
        QStringDecoder decoder(declared.toLatin1().constData(), QStringDecoder::Flag::Stateless);
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    return decodeText(bytes).text;
}

} // namespace

bool FeedArticles::looksLikeFeed(const QString &path, const QByteArray &head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("rss") || suffix == QLatin1String("atom"))
        return true;
    // The first element of the document, read as XML; a DTD or comments before it are passed over.
    QXmlStreamReader reader(head.left(1024));
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            const QStringView root = reader.name();
            return root == QLatin1String("rss") || root == QLatin1String("feed") || root == QLatin1String("RDF");
        }
    }
    return false;
}

Extraction FeedArticles::extract(const QByteArray &bytes)
{
    Extraction extraction;
    if (bytes.trimmed().isEmpty()) {
        extraction.error = tr("The feed is empty.");
        return extraction;
    }
    const QString text = decodedFeed(bytes);
    QXmlStreamReader reader(text);
    std::optional<FeedKind> kind;
    Channel channel;
    int itemNumber = 0;
    qint64 tokenStart = 0;
    bool inItem = false;

    while (!reader.atEnd()) {
        tokenStart = reader.characterOffset();
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD && !reader.entityDeclarations().isEmpty()) {
            // Internal entities would be expanded by the reader; a feed has no business declaring any.
            extraction.failures.append(tr("The feed declares its own entities; they were not read."));
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.name();
        if (!kind) {
            if (name == QLatin1String("rss") || name == QLatin1String("RDF"))
                kind = FeedKind::Rss;
            else if (name == QLatin1String("feed"))
                kind = FeedKind::Atom;
            else
                break;
            channel.language = languageCode(reader.attributes().value(QLatin1String("xml:lang")).toString());
            continue;
        }
        if (name == QLatin1String("channel"))
            continue;
        if (name != QLatin1String("item") && name != QLatin1String("entry")) {
            if (name == QLatin1String("title") && channel.title.isEmpty())
                channel.title = readText(reader, *kind).simplified();
            else if (name == QLatin1String("language") && channel.language.isEmpty())
                channel.language = languageCode(readContent(reader, false));
            else
                reader.skipCurrentElement();
            continue;
        }

        ++itemNumber;
        inItem = true;
        FeedItem item;
        // The reader has looked one character ahead when it reports an offset: step back to the '<'.
        item.start = tokenStart;
        while (item.start > 0 && text.at(item.start) != u'<')
            --item.start;
        item.language = languageCode(reader.attributes().value(QLatin1String("xml:lang")).toString());
        while (reader.readNextStartElement())
            readItemField(reader, *kind, item);
        if (reader.hasError())
            break;
        inItem = false;
        item.end = reader.characterOffset();

        ExtractedArticle article;
        article.text = item.content.isEmpty() ? item.summary : item.content;
        if (article.text.isEmpty()) {
            extraction.failures.append(tr("item %1: no text").arg(itemNumber));
            continue;
        }
        article.location = tr("item %1").arg(itemNumber);
        article.original = QStringView(text).mid(item.start, item.end - item.start).toUtf8();
        article.originalEncoding = QStringLiteral("UTF-8");
        article.originalFormat
            = *kind == FeedKind::Atom ? QStringLiteral("application/atom+xml") : QStringLiteral("application/rss+xml");
        DocumentMetadata &metadata = article.metadata;
        metadata.title = item.title.isEmpty() ? guessTitle(article.text) : item.title;
        // Only a web address is an article's address: a feed is as hostile as a page (javascript:, data:, file:).
        if (const QUrl link(item.link.trimmed(), QUrl::StrictMode);
            link.isValid() && (link.scheme() == u"http" || link.scheme() == u"https"))
            metadata.url = link.toString();
        metadata.author = item.author;
        metadata.source = channel.title;
        metadata.language = !item.language.isEmpty() ? item.language
            : !channel.language.isEmpty()            ? channel.language
                                                     : guessLanguage(article.text);
        for (const QString &date : std::as_const(item.dates)) {
            metadata.published = parsePublicationDate(date, DateOrigin::Feed);
            if (metadata.published.isValid())
                break;
            article.notes.append(tr("The date “%1” could not be read.").arg(date.left(60)));
        }
        extraction.articles.append(article);
    }

    // Qt's parser ends its messages with a full stop; ours put them inside a sentence.
    QString parserError = reader.errorString();
    if (parserError.endsWith(u'.'))
        parserError.chop(1);
    if (!kind) {
        extraction.error = reader.hasError() ? tr("The file is not a readable feed: %1 (line %2, column %3).")
                                                   .arg(parserError)
                                                   .arg(reader.lineNumber())
                                                   .arg(reader.columnNumber())
                                             : tr("The file is not an RSS or Atom feed.");
        extraction.failures.clear();
        return extraction;
    }
    if (reader.hasError()) {
        const QString where = tr("line %1, column %2").arg(reader.lineNumber()).arg(reader.columnNumber());
        if (extraction.articles.isEmpty()) {
            extraction.error
                = tr("The feed is malformed (%1 at %2) and no item could be read.").arg(parserError, where);
            return extraction;
        }
        extraction.failures.append(inItem
                ? tr("The feed breaks off in item %1 (%2 at %3); the items before it were "
                     "imported.")
                      .arg(itemNumber)
                      .arg(parserError, where)
                : tr("The feed breaks off after item %1 (%2 at %3).").arg(itemNumber).arg(parserError, where));
    }
    if (extraction.articles.isEmpty() && extraction.failures.isEmpty())
        extraction.error = tr("The feed holds no items.");
    else if (extraction.articles.isEmpty())
        extraction.error = tr("No item of the feed holds text.");
    return extraction;
}

} // namespace dossier
