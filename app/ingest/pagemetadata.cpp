// Page metadata: meta tags, JSON-LD (parsed as data, never run), microdata and visible bylines.
#include "ingest/pagemetadata.h"

#include "ingest/dateparser.h"
#include "ingest/headline.h"
#include "ingest/htmlhints.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace dossier {

namespace {

const QStringList articleTypes{QStringLiteral("NewsArticle"), QStringLiteral("Article"),
    QStringLiteral("ReportageNewsArticle"), QStringLiteral("AnalysisNewsArticle"), QStringLiteral("OpinionNewsArticle"),
    QStringLiteral("BackgroundNewsArticle"), QStringLiteral("BlogPosting"), QStringLiteral("LiveBlogPosting"),
    QStringLiteral("ReviewNewsArticle"), QStringLiteral("Report")};

bool hasType(const QJsonObject &object, const QStringList &types)
{
    const QJsonValue type = object.value(QLatin1String("@type"));
    if (type.isString())
        return types.contains(type.toString());
    for (const QJsonValue &value : type.toArray()) {
        if (types.contains(value.toString()))
            return true;
    }
    return false;
}

// The objects of one JSON-LD script: the top level, arrays of objects, and @graph.
void collectObjects(const QJsonValue &value, QVector<QJsonObject> &objects)
{
    QVector<QJsonValue> pending{value};
    while (!pending.isEmpty() && objects.size() < 1000) {
        const QJsonValue next = pending.takeFirst();
        if (next.isArray()) {
            for (const QJsonValue &item : next.toArray())
                pending.append(item);
        } else if (next.isObject()) {
            const QJsonObject object = next.toObject();
            objects.append(object);
            if (object.contains(QLatin1String("@graph")))
                pending.append(object.value(QLatin1String("@graph")));
        }
    }
}

class JsonLd
{
public:
    void add(const QString &script)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(script.trimmed().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return; // a page's broken JSON-LD is the page's problem; the other sources still count
        QVector<QJsonObject> objects;
        collectObjects(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), objects);
        for (const QJsonObject &object : objects) {
            const QString id = object.value(QLatin1String("@id")).toString();
            if (!id.isEmpty() && object.size() > 1)
                m_byId.insert(id, object);
            if (m_article.isEmpty() && hasType(object, articleTypes))
                m_article = object;
        }
    }

    QString string(const char *key) const { return m_article.value(QLatin1String(key)).toString().trimmed(); }

    // "author": a name, a Person, an @id reference to one, or an array of those.
    QString names(const char *key) const
    {
        const QJsonValue value = m_article.value(QLatin1String(key));
        QStringList names;
        const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &item : items) {
            const QString name = nameOf(item);
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
        return names.join(QStringLiteral(", "));
    }

private:
    QString nameOf(const QJsonValue &value) const
    {
        if (value.isString())
            return value.toString().trimmed();
        QJsonObject object = value.toObject();
        const QString id = object.value(QLatin1String("@id")).toString();
        if (!object.contains(QLatin1String("name")) && m_byId.contains(id))
            object = m_byId.value(id);
        return object.value(QLatin1String("name")).toString().trimmed();
    }

    QJsonObject m_article;
    QHash<QString, QJsonObject> m_byId;
};

QString languageCode(const QString &tag)
{
    // "fr-FR", "fr_FR", "en-GB" → "fr", "en"
    const QString primary = tag.trimmed().section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (primary.size() < 2 || primary.size() > 3)
        return {};
    for (const QChar c : primary) {
        if (c < u'a' || c > u'z')
            return {};
    }
    return primary;
}

QString webUrl(const QString &value)
{
    const QUrl url(value.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    return url.toString();
}

// A byline's text without its "Par"/"By"; empty when it does not read as names.
QString authorFromByline(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified.isEmpty() || simplified.size() > 120)
        return {};
    const QString found = findByline(simplified);
    if (!found.isEmpty())
        return found;
    const QStringList words = simplified.split(u' ');
    if (words.size() > 6 || !simplified.at(0).isUpper() || simplified.contains(QLatin1String("http")))
        return {};
    return simplified;
}

QString firstOf(std::initializer_list<QString> values)
{
    for (const QString &value : values) {
        if (!value.trimmed().isEmpty())
            return value.simplified();
    }
    return {};
}

} // namespace

QString withoutSiteSuffix(const QString &title, const QString &site)
{
    static const QStringList separators{QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" – "),
        QStringLiteral(" — "), QStringLiteral(" : "), QStringLiteral(" · ")};
    const QString simplified = title.simplified();
    for (const QString &separator : separators) {
        const qsizetype at = simplified.lastIndexOf(separator);
        if (at <= 0)
            continue;
        const QString suffix = simplified.mid(at + separator.size());
        const bool isSite = !site.isEmpty() && suffix.compare(site, Qt::CaseInsensitive) == 0;
        // Headlines hardly ever hold " | "; with a dash, only the site's own name is cut.
        const bool shortAfterBar = separator == QLatin1String(" | ") && suffix.size() <= 40 && at >= 10;
        if (isSite || shortAfterBar)
            return simplified.left(at).trimmed();
    }
    return simplified;
}

DocumentMetadata readPageMetadata(const HtmlTree &tree, int body, int headline)
{
    QHash<QString, QString> meta; // first value of each <meta name|property|itemprop>, keys lower-case
    JsonLd jsonLd;
    QString pageTitle, canonical, htmlLang, relAuthor, itempropDate, itempropAuthor, itempropHeadline;
    QString bodyTime, onlyTime, byline;
    int timeCount = 0;
    QString h1InBody = headline >= 0 ? tree.textContent(headline).simplified() : QString();

    for (int i = 0; i < tree.size(); ++i) {
        if (!tree.isElement(i))
            continue;
        const GumboTag tag = tree.tag(i);
        const bool inBody = body >= 0 && tree.contains(body, i);
        switch (tag) {
        case GUMBO_TAG_HTML:
            if (htmlLang.isEmpty())
                htmlLang = tree.attribute(i, "lang");
            break;
        case GUMBO_TAG_META: {
            const QString content = tree.attribute(i, "content");
            for (const char *key : {"property", "name", "itemprop", "http-equiv"}) {
                const QString name = tree.attribute(i, key).trimmed().toLower();
                if (!name.isEmpty() && !content.trimmed().isEmpty() && !meta.contains(name))
                    meta.insert(name, content.trimmed());
            }
            break;
        }
        case GUMBO_TAG_TITLE:
            if (pageTitle.isEmpty())
                pageTitle = tree.textContent(i).simplified();
            break;
        case GUMBO_TAG_LINK: {
            const QStringList rel = tree.attribute(i, "rel").toLower().split(u' ', Qt::SkipEmptyParts);
            if (rel.contains(QLatin1String("canonical")) && canonical.isEmpty())
                canonical = webUrl(tree.attribute(i, "href"));
            break;
        }
        case GUMBO_TAG_SCRIPT:
            if (tree.attribute(i, "type").trimmed().toLower() == QLatin1String("application/ld+json"))
                jsonLd.add(tree.textContent(i));
            break;
        case GUMBO_TAG_TIME: {
            const QString datetime = tree.attribute(i, "datetime");
            if (parsePublicationDate(datetime, DateOrigin::PageMetadata).isValid()) {
                ++timeCount;
                if (onlyTime.isEmpty())
                    onlyTime = datetime;
                if (inBody && bodyTime.isEmpty())
                    bodyTime = datetime;
            }
            break;
        }
        case GUMBO_TAG_H1:
            if (inBody && h1InBody.isEmpty())
                h1InBody = tree.textContent(i).simplified();
            break;
        case GUMBO_TAG_A:
            if (relAuthor.isEmpty() && tree.attribute(i, "rel").toLower().split(u' ').contains(QLatin1String("author")))
                relAuthor = tree.textContent(i).simplified();
            break;
        default:
            break;
        }
        const QString itemprop = tree.attribute(i, "itemprop");
        if (itemprop == QLatin1String("datePublished") && itempropDate.isEmpty())
            itempropDate = firstOf({tree.attribute(i, "datetime"), tree.attribute(i, "content")});
        else if (itemprop == QLatin1String("author") && itempropAuthor.isEmpty() && tag != GUMBO_TAG_META)
            itempropAuthor = authorFromByline(tree.textContent(i));
        else if (itemprop == QLatin1String("headline") && itempropHeadline.isEmpty() && tag != GUMBO_TAG_META)
            itempropHeadline = tree.textContent(i).simplified();
        if (byline.isEmpty() && tag != GUMBO_TAG_META && tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML) {
            const QString classes = tree.attribute(i, "class").toLower();
            if (classes.contains(QLatin1String("byline")) || classes.split(u' ').contains(QLatin1String("author")))
                byline = authorFromByline(tree.textContent(i));
        }
    }

    DocumentMetadata metadata;
    metadata.url = firstOf({canonical, webUrl(meta.value(QStringLiteral("og:url"))), webUrl(jsonLd.string("url"))});
    metadata.source = firstOf({meta.value(QStringLiteral("og:site_name")), jsonLd.names("publisher"),
        meta.value(QStringLiteral("application-name"))});
    if (metadata.source.isEmpty() && !metadata.url.isEmpty()) {
        QString host = QUrl(metadata.url).host();
        if (host.startsWith(QLatin1String("www.")))
            host.remove(0, 4);
        metadata.source = host;
    }
    const QString title = firstOf({meta.value(QStringLiteral("og:title")), meta.value(QStringLiteral("twitter:title")),
        jsonLd.string("headline"), itempropHeadline, h1InBody, pageTitle});
    metadata.title = withoutSiteSuffix(title, metadata.source);

    for (const QString &candidate : {meta.value(QStringLiteral("article:published_time")),
             meta.value(QStringLiteral("og:article:published_time")), meta.value(QStringLiteral("og:published_time")),
             jsonLd.string("datePublished"), itempropDate, meta.value(QStringLiteral("date")),
             meta.value(QStringLiteral("dc.date")), meta.value(QStringLiteral("dc.date.issued")),
             meta.value(QStringLiteral("dcterms.date")), meta.value(QStringLiteral("pubdate")),
             meta.value(QStringLiteral("publish-date")), bodyTime, timeCount == 1 ? onlyTime : QString()}) {
        const PublicationDate date = parsePublicationDate(candidate, DateOrigin::PageMetadata);
        if (date.isValid()) {
            metadata.published = date;
            break;
        }
    }

    QString metaAuthor = meta.value(QStringLiteral("author"));
    if (!webUrl(metaAuthor).isEmpty())
        metaAuthor.clear();
    QString articleAuthor = meta.value(QStringLiteral("article:author"));
    if (!webUrl(articleAuthor).isEmpty())
        articleAuthor.clear(); // often a profile URL, not a name
    metadata.author = firstOf({metaAuthor, articleAuthor, jsonLd.names("author"), itempropAuthor, relAuthor, byline});

    metadata.language = languageCode(firstOf({htmlLang, meta.value(QStringLiteral("og:locale")),
        jsonLd.string("inLanguage"), meta.value(QStringLiteral("content-language"))}));
    return metadata;
}

} // namespace dossier
