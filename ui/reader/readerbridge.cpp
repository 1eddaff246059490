#include "ui/reader/readerbridge.h"

#include "ui/reader/readerpage.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace dossier {

namespace {
Q_LOGGING_CATEGORY(lcBridge, "dossier.reader.bridge")

// Larger integers do not survive the trip through a JavaScript number.
constexpr double maxExactJsInteger = 9007199254740991.0;
// The hover card lists a few aliases; the rest would only crowd it.
constexpr qsizetype maxCardAliases = 12;

const QString demonymCategory = QStringLiteral("demonym");
const QString discoveryCategory = QStringLiteral("discovery");

// An integer in [minimum, maximum] as the page sends it (a JSON number with no fraction), or nothing.
std::optional<qint64> integerFromPage(const QJsonValue &value, qint64 minimum, qint64 maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number || number < double(minimum) || number > double(maximum)
        || number > maxExactJsInteger || number < -maxExactJsInteger)
        return std::nullopt;
    return static_cast<qint64>(number);
}

// A count the provider gave, if it is one.
std::optional<int> countFrom(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: {
        bool ok = false;
        const qlonglong count = value.toLongLong(&ok);
        if (ok && count >= 0 && count <= std::numeric_limits<int>::max())
            return int(count);
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}
} // namespace

ReaderBridge::ReaderBridge(QObject *parent)
    : QObject(parent)
{
    for (const QString &category : categories())
        m_categoryShown.insert(category, category != demonymCategory);
}

void ReaderBridge::showDocument(
    const Document &document, const QVector<ReaderHighlight> &highlights, const QVector<ReaderAnnotation> &annotations)
{
    m_showingDocument = true;
    m_document = payloadFor(document);
    m_published = document.metadata.published;
    m_text = document.text;
    m_placeholder.clear();
    m_requestedId = document.id;
    acceptHighlights(highlights);
    acceptAnnotations(annotations);
    clearSelection();
    if (m_pageReady)
        sendCurrent();
}

void ReaderBridge::setHighlights(const QVector<ReaderHighlight> &highlights)
{
    if (!m_showingDocument) {
        qCWarning(lcBridge) << "ignoring highlights: no document is shown";
        return;
    }
    acceptHighlights(highlights);
    // A ready page has been sent the document already (or it is on its way): it gets the new list after the text,
    // in the order the channel delivers them. A page not ready yet gets both with the document.
    if (m_pageReady) {
        Q_EMIT highlightsChanged({{QStringLiteral("documentId"), m_requestedId},
            {QStringLiteral("highlights"), highlightPayload(m_highlights)}});
    }
}

void ReaderBridge::acceptHighlights(const QVector<ReaderHighlight> &highlights)
{
    m_highlights.clear();
    m_highlights.reserve(highlights.size());
    for (const ReaderHighlight &highlight : highlights) {
        if (isValidHighlight(highlight, m_text.size()))
            m_highlights.append(highlight);
    }
    if (const qsizetype refused = highlights.size() - m_highlights.size(); refused > 0)
        qCWarning(lcBridge) << "dropped" << refused << "highlights that do not fit document" << m_requestedId;
}

void ReaderBridge::setAnnotations(const QVector<ReaderAnnotation> &annotations)
{
    if (!m_showingDocument) {
        qCWarning(lcBridge) << "ignoring annotations: no document is shown";
        return;
    }
    acceptAnnotations(annotations);
    // Ordered after the document by the channel, as highlights are.
    if (m_pageReady) {
        Q_EMIT annotationsChanged({{QStringLiteral("documentId"), m_requestedId},
            {QStringLiteral("annotations"), annotationPayload(m_annotations)}});
    }
}

void ReaderBridge::acceptAnnotations(const QVector<ReaderAnnotation> &annotations)
{
    m_annotations.clear();
    m_annotations.reserve(annotations.size());
    for (const ReaderAnnotation &annotation : annotations) {
        if (isValidAnnotation(annotation, m_text.size()))
            m_annotations.append(annotation);
    }
    if (const qsizetype refused = annotations.size() - m_annotations.size(); refused > 0)
        qCWarning(lcBridge) << "dropped" << refused << "annotations that do not fit document" << m_requestedId;
}

bool ReaderBridge::hasAnnotation(qint64 id) const
{
    return std::any_of(
        m_annotations.cbegin(), m_annotations.cend(), [id](const ReaderAnnotation &a) { return a.id == id; });
}

void ReaderBridge::showPlaceholder(const QString &message)
{
    m_showingDocument = false;
    m_document.clear();
    m_text.clear();
    m_highlights.clear();
    m_annotations.clear();
    m_placeholder = message;
    m_requestedId = 0;
    m_shownId = 0;
    m_inFlight.clear();
    clearSelection();
    if (m_pageReady)
        sendCurrent();
}

void ReaderBridge::pageLost()
{
    m_pageReady = false;
    m_shownId = 0;
    m_inFlight.clear();
    clearSelection();
}

void ReaderBridge::setCategoryShown(const QString &category, bool shown)
{
    const auto it = m_categoryShown.find(category);
    if (it == m_categoryShown.end()) {
        qCWarning(lcBridge) << "ignoring unknown highlight category" << category;
        return;
    }
    if (*it == shown)
        return;
    *it = shown;
    if (m_pageReady)
        sendCategories();
}

bool ReaderBridge::isCategoryShown(const QString &category) const
{
    return m_categoryShown.value(category, false);
}

void ReaderBridge::setActorCardProvider(ReaderView::ActorCardProvider provider)
{
    m_cardProvider = std::move(provider);
}

void ReaderBridge::setPageUrlProvider(std::function<QUrl()> provider)
{
    m_pageUrl = std::move(provider);
}

bool ReaderBridge::isCallFromOwnPage(const char *call) const
{
    if (!m_pageUrl)
        return true;
    const QUrl url = m_pageUrl();
    if (ReaderPage::isReaderUrl(url))
        return true;
    qCWarning(lcBridge).noquote() << "ignoring" << call << "from a page that is not the reader's own:"
                                  << url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery).left(200);
    return false;
}

void ReaderBridge::retranslate()
{
    if (m_pageReady)
        Q_EMIT uiStringsChanged(uiStrings());
    // The date line is written in C++ for the locale; the page only has it with the document, so a changed date
    // sends the document again (the page keeps nothing else of the old one).
    const QString published = publicationText(m_published);
    if (m_showingDocument && published != m_document.value(QStringLiteral("published")).toString()) {
        m_document.insert(QStringLiteral("published"), published);
        if (m_pageReady)
            sendCurrent();
    }
}

void ReaderBridge::setAppearance(const QVariantMap &appearance)
{
    const QVariantMap valid = validAppearance(appearance);
    if (valid == m_appearance)
        return;
    m_appearance = valid;
    if (m_pageReady)
        Q_EMIT appearanceChanged(m_appearance);
}

QVariantMap ReaderBridge::validAppearance(const QVariantMap &appearance)
{
    static const QRegularExpression fontName(QStringLiteral("^[\\p{L}\\p{N} ._-]{1,64}$"));
    const QString theme = appearance.value(QStringLiteral("theme")).toString();
    const QString family = appearance.value(QStringLiteral("fontFamily")).toString().trimmed();
    bool isNumber = false;
    const int size = appearance.value(QStringLiteral("fontSize")).toInt(&isNumber);
    const bool knownTheme = theme == u"light" || theme == u"dark";
    return {
        {QStringLiteral("theme"), knownTheme ? theme : QStringLiteral("system")},
        {QStringLiteral("fontFamily"), fontName.match(family).hasMatch() ? family : QString()},
        {QStringLiteral("fontSize"), isNumber && size >= 10 && size <= 40 ? size : 0},
    };
}

void ReaderBridge::sendCurrent()
{
    if (m_showingDocument) {
        m_inFlight.append(m_requestedId);
        QVariantMap payload = m_document;
        payload.insert(QStringLiteral("highlights"), highlightPayload(m_highlights));
        payload.insert(QStringLiteral("annotations"), annotationPayload(m_annotations));
        Q_EMIT documentChanged(payload);
    } else {
        Q_EMIT placeholderChanged(m_placeholder);
    }
}

void ReaderBridge::sendCategories()
{
    Q_EMIT categoriesShownChanged(categoriesShown());
}

QVariantMap ReaderBridge::categoriesShown() const
{
    QVariantMap shown;
    for (auto it = m_categoryShown.cbegin(); it != m_categoryShown.cend(); ++it)
        shown.insert(it.key(), it.value());
    return shown;
}

void ReaderBridge::clearSelection()
{
    if (m_selection.isEmpty())
        return;
    m_selection = {};
    Q_EMIT selectionChanged(0, 0, QString());
}

bool ReaderBridge::isDocumentOnPage() const
{
    return m_pageReady && m_showingDocument && m_shownId != 0 && m_shownId == m_requestedId;
}

void ReaderBridge::pageReady()
{
    if (!isCallFromOwnPage("pageReady"))
        return;
    m_pageReady = true;
    // Strings and category state first: the page builds its legend with them when the document arrives.
    Q_EMIT uiStringsChanged(uiStrings());
    Q_EMIT appearanceChanged(m_appearance);
    sendCategories();
    sendCurrent();
}

void ReaderBridge::documentRendered(const QJsonValue &documentId)
{
    if (!isCallFromOwnPage("documentRendered"))
        return;
    const std::optional<qint64> id = integerFromPage(documentId, 0, std::numeric_limits<qint64>::max());
    if (!id) {
        qCWarning(lcBridge) << "ignoring a rendered report with an invalid document id" << documentId;
        return;
    }
    if (m_showingDocument && *id == m_requestedId) {
        m_inFlight.clear();
        m_shownId = *id;
        Q_EMIT documentShown(*id);
    } else if (m_inFlight.removeOne(*id)) {
        // The page finished a document the analyst has already moved away from.
        qCDebug(lcBridge) << "page rendered superseded document" << *id;
    } else {
        qCWarning(lcBridge) << "ignoring a rendered report for document" << *id << "which was not sent to the page";
    }
}

void ReaderBridge::highlightActivated(const QJsonValue &actorId, const QJsonValue &start, const QJsonValue &end)
{
    if (!isCallFromOwnPage("highlightActivated"))
        return;
    const std::optional<qint64> actor = integerFromPage(actorId, 0, std::numeric_limits<qint64>::max());
    const std::optional<qint64> from = integerFromPage(start, 0, std::numeric_limits<int>::max());
    const std::optional<qint64> to = integerFromPage(end, 0, std::numeric_limits<int>::max());
    if (!actor || !from || !to) {
        qCWarning(lcBridge) << "ignoring a highlight activation with invalid arguments" << actorId << start << end;
        return;
    }
    if (!isDocumentOnPage()) {
        qCWarning(lcBridge) << "ignoring a highlight activation: no document is shown";
        return;
    }
    const bool sent = std::any_of(m_highlights.cbegin(), m_highlights.cend(),
        [&](const ReaderHighlight &h) { return h.start == *from && h.end == *to && h.actorId == *actor; });
    if (!sent) {
        qCWarning(lcBridge) << "ignoring an activation of" << *from << *to << "which is no highlight sent to the page";
        return;
    }
    Q_EMIT actorActivated(*actor, int(*from), int(*to));
}

void ReaderBridge::annotationClicked(const QJsonValue &id)
{
    if (!isCallFromOwnPage("annotationClicked"))
        return;
    const std::optional<qint64> annotation = integerFromPage(id, 1, std::numeric_limits<qint64>::max());
    if (!annotation) {
        qCWarning(lcBridge) << "ignoring an annotation click with an invalid id" << id;
        return;
    }
    if (!isDocumentOnPage() || !hasAnnotation(*annotation)) {
        qCWarning(lcBridge) << "ignoring a click on annotation" << *annotation << "which was not sent to the page";
        return;
    }
    Q_EMIT annotationActivated(*annotation);
}

void ReaderBridge::selectionReported(const QJsonValue &documentId, const QJsonValue &start, const QJsonValue &end)
{
    if (!isCallFromOwnPage("selectionReported"))
        return;
    const std::optional<qint64> id = integerFromPage(documentId, 0, std::numeric_limits<qint64>::max());
    const std::optional<qint64> from = integerFromPage(start, 0, std::numeric_limits<int>::max());
    const std::optional<qint64> to = integerFromPage(end, 0, std::numeric_limits<int>::max());
    if (!id || !from || !to) {
        qCWarning(lcBridge) << "ignoring a selection with invalid arguments" << documentId << start << end;
        return;
    }
    if (!isDocumentOnPage() || *id != m_shownId) {
        // A selection in a document the analyst has since left: stale, not hostile.
        qCDebug(lcBridge) << "ignoring a selection in document" << *id << "which is not the one shown";
        return;
    }
    if (*from == 0 && *to == 0) {
        clearSelection();
        return;
    }
    if (!(*from < *to && *to <= m_text.size())) {
        qCWarning(lcBridge) << "ignoring a selection outside the text:" << *from << *to;
        return;
    }
    const ReaderRange range{int(*from), int(*to)};
    if (range == m_selection)
        return;
    m_selection = range;
    // The text comes from the document, not from the page: what the page says it shows is not evidence.
    Q_EMIT selectionChanged(range.start, range.end, m_text.mid(range.start, range.end - range.start));
}

void ReaderBridge::legendCategoryToggled(const QJsonValue &category, const QJsonValue &shown)
{
    if (!isCallFromOwnPage("legendCategoryToggled"))
        return;
    const QString name = category.toString();
    if (!category.isString() || !shown.isBool() || !m_categoryShown.contains(name)) {
        qCWarning(lcBridge) << "ignoring a legend change with invalid arguments" << category << shown;
        return;
    }
    bool &current = m_categoryShown[name];
    if (current == shown.toBool())
        return;
    current = shown.toBool();
    Q_EMIT categoryToggled(name, current);
}

QVariantMap ReaderBridge::actorCard(const QJsonValue &actorId)
{
    if (!isCallFromOwnPage("actorCard"))
        return {};
    const std::optional<qint64> id = integerFromPage(actorId, 1, std::numeric_limits<qint64>::max());
    if (!id) {
        qCWarning(lcBridge) << "ignoring a card request with an invalid actor id" << actorId;
        return {};
    }
    // Only actors the page was given: the page has no business enumerating the library.
    const bool highlighted = isDocumentOnPage()
        && std::any_of(
            m_highlights.cbegin(), m_highlights.cend(), [&](const ReaderHighlight &h) { return h.actorId == *id; });
    if (!highlighted) {
        qCWarning(lcBridge) << "ignoring a card request for actor" << *id << "which is not highlighted";
        return {};
    }
    if (!m_cardProvider)
        return {};

    const QVariantMap given = m_cardProvider(*id);
    QVariantMap card;
    const QVariant name = given.value(QStringLiteral("name"));
    if (name.typeId() == QMetaType::QString)
        card.insert(QStringLiteral("name"), name.toString());
    const QVariant type = given.value(QStringLiteral("type"));
    if (type.typeId() == QMetaType::QString)
        card.insert(QStringLiteral("type"), type.toString());
    const QVariant aliases = given.value(QStringLiteral("aliases"));
    if (aliases.typeId() == QMetaType::QStringList)
        card.insert(QStringLiteral("aliases"), aliases.toStringList().mid(0, maxCardAliases));
    if (const std::optional<int> count = countFrom(given.value(QStringLiteral("documentMentions"))))
        card.insert(QStringLiteral("documentMentions"), *count);
    if (const std::optional<int> count = countFrom(given.value(QStringLiteral("libraryMentions"))))
        card.insert(QStringLiteral("libraryMentions"), *count);
    return card;
}

void ReaderBridge::linkActivated(const QJsonValue &documentId)
{
    if (!isCallFromOwnPage("linkActivated"))
        return;
    const std::optional<qint64> id = integerFromPage(documentId, 1, std::numeric_limits<qint64>::max());
    if (!id) {
        qCWarning(lcBridge) << "ignoring a link activation with an invalid document id" << documentId;
        return;
    }
    if (!isDocumentOnPage() || *id != m_shownId) {
        qCWarning(lcBridge) << "ignoring a link activation for document" << *id << "which is not the one shown";
        return;
    }
    const QString url = m_document.value(QStringLiteral("url")).toString();
    if (url.isEmpty()) {
        qCWarning(lcBridge) << "ignoring a link activation: document" << *id << "has no URL";
        return;
    }
    Q_EMIT linkRequested(url);
}

QStringList ReaderBridge::categories()
{
    return {QStringLiteral("person"), QStringLiteral("organization"), QStringLiteral("place"), QStringLiteral("group"),
        discoveryCategory, demonymCategory};
}

QStringList ReaderBridge::foundByValues()
{
    return {QStringLiteral("gazetteer"), QStringLiteral("coreference"), QStringLiteral("discovered"),
        QStringLiteral("user")};
}

bool ReaderBridge::isValidHighlight(const ReaderHighlight &highlight, qsizetype textLength)
{
    if (highlight.start < 0 || highlight.start >= highlight.end || highlight.end > textLength)
        return false;
    if (!categories().contains(highlight.category))
        return false;
    if (!highlight.foundBy.isEmpty() && !foundByValues().contains(highlight.foundBy))
        return false;
    if (double(highlight.actorId) > maxExactJsInteger)
        return false;
    return highlight.category == discoveryCategory ? highlight.actorId == 0 : highlight.actorId > 0;
}

bool ReaderBridge::isValidAnnotation(const ReaderAnnotation &annotation, qsizetype textLength)
{
    // The colour becomes a CSS value in the page: only this exact form, which cannot carry anything else.
    static const QRegularExpression colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return annotation.id > 0 && double(annotation.id) <= maxExactJsInteger && annotation.start >= 0
        && annotation.start < annotation.end && annotation.end <= textLength
        && colour.match(annotation.color).hasMatch();
}

QVariantMap ReaderBridge::uiStrings()
{
    const QVariantMap categoryLabels{
        {QStringLiteral("person"), tr("People")},
        {QStringLiteral("organization"), tr("Organisations")},
        {QStringLiteral("place"), tr("Places")},
        {QStringLiteral("group"), tr("Groups")},
        {discoveryCategory, tr("Discoveries")},
        {demonymCategory, tr("Demonyms")},
    };
    return {
        // For the page's number formatting: the application's language, not the article's.
        {QStringLiteral("locale"), QLocale().bcp47Name()},
        {QStringLiteral("categories"), categoryLabels},
        {QStringLiteral("legend"), tr("Highlights in this article")},
        {QStringLiteral("categoryHint"), tr("Show or hide these highlights")},
        {QStringLiteral("actors"), tr("Actors")},
        {QStringLiteral("actorsHint"), tr("Show or hide the list of actors in this article")},
        {QStringLiteral("actorHint"), tr("Show or hide this actor's highlights")},
        {QStringLiteral("showAllActors"), tr("Show all")},
        {QStringLiteral("aliases"), tr("Also:", "before a list of an actor's other names")},
        {QStringLiteral("discovery"), tr("Discovery — not yet an actor")},
        // Labels beside a number rather than sentences around it, so no plural form is needed.
        {QStringLiteral("mentionsInArticle"), tr("Mentions in this article")},
        {QStringLiteral("mentionsInLibrary"), tr("Mentions in the library")},
        {QStringLiteral("openLink"), tr("Open this address in your browser (Dossier asks you first)")},
    };
}

QVariantMap ReaderBridge::payloadFor(const Document &document)
{
    const DocumentMetadata &metadata = document.metadata;
    return {
        {QStringLiteral("id"), document.id},
        {QStringLiteral("title"), metadata.title},
        {QStringLiteral("source"), metadata.source},
        {QStringLiteral("author"), metadata.author},
        {QStringLiteral("published"), publicationText(metadata.published)},
        {QStringLiteral("publishedIso"), metadata.published.toIso()},
        {QStringLiteral("language"), metadata.language},
        {QStringLiteral("url"), metadata.url},
        {QStringLiteral("text"), document.text},
    };
}

QVariantList ReaderBridge::highlightPayload(const QVector<ReaderHighlight> &highlights)
{
    QVariantList list;
    list.reserve(highlights.size());
    for (const ReaderHighlight &highlight : highlights) {
        list.append(QVariantMap{
            {QStringLiteral("start"), highlight.start},
            {QStringLiteral("end"), highlight.end},
            {QStringLiteral("actor"), highlight.actorId},
            {QStringLiteral("name"), highlight.actorName},
            {QStringLiteral("category"), highlight.category},
            {QStringLiteral("foundBy"), highlight.foundBy},
        });
    }
    return list;
}

QVariantList ReaderBridge::annotationPayload(const QVector<ReaderAnnotation> &annotations)
{
    QVariantList list;
    list.reserve(annotations.size());
    for (const ReaderAnnotation &annotation : annotations) {
        list.append(QVariantMap{
            {QStringLiteral("id"), annotation.id},
            {QStringLiteral("start"), annotation.start},
            {QStringLiteral("end"), annotation.end},
            {QStringLiteral("color"), annotation.color.toLower()},
            {QStringLiteral("tooltip"), annotation.tooltip},
        });
    }
    return list;
}

QString ReaderBridge::publicationText(const PublicationDate &published)
{
    if (!published.isValid())
        return {};
    const QLocale locale;
    switch (published.precision) {
    case DatePrecision::Year:
        return QString::number(published.date.year());
    case DatePrecision::Month:
        return locale.toString(published.date, QStringLiteral("MMMM yyyy"));
    case DatePrecision::Day:
        return locale.toString(published.date, QLocale::LongFormat);
    case DatePrecision::Time: {
        // Stored in UTC; the analyst reads it in their own time zone.
        const QDateTime local = QDateTime(published.date, published.time, Qt::UTC).toLocalTime();
        return tr("%1, %2", "publication date, then time")
            .arg(locale.toString(local.date(), QLocale::LongFormat),
                locale.toString(local.time(), QLocale::ShortFormat));
    }
    case DatePrecision::Unknown:
        break;
    }
    return {};
}

} // namespace dossier
