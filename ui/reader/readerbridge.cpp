#include "ui/reader/readerbridge.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>

#include <cmath>

namespace dossier {

namespace {
Q_LOGGING_CATEGORY(lcBridge, "dossier.reader.bridge")

// Larger integers do not survive the trip through a JavaScript number.
constexpr double maxExactJsInteger = 9007199254740991.0;
} // namespace

ReaderBridge::ReaderBridge(QObject *parent)
    : QObject(parent)
{
}

void ReaderBridge::showDocument(const Document &document)
{
    m_showingDocument = true;
    m_document = payloadFor(document);
    m_placeholder.clear();
    m_requestedId = document.id;
    if (m_pageReady)
        sendCurrent();
}

void ReaderBridge::showPlaceholder(const QString &message)
{
    m_showingDocument = false;
    m_document.clear();
    m_placeholder = message;
    m_requestedId = 0;
    m_shownId = 0;
    m_inFlight.clear();
    if (m_pageReady)
        sendCurrent();
}

void ReaderBridge::pageLost()
{
    m_pageReady = false;
    m_shownId = 0;
    m_inFlight.clear();
}

void ReaderBridge::sendCurrent()
{
    if (m_showingDocument) {
        m_inFlight.append(m_requestedId);
        Q_EMIT documentChanged(m_document);
    } else {
        Q_EMIT placeholderChanged(m_placeholder);
    }
}

void ReaderBridge::pageReady()
{
    m_pageReady = true;
    sendCurrent();
}

void ReaderBridge::documentRendered(const QJsonValue &documentId)
{
    const double number = documentId.toDouble(-1.0);
    if (!documentId.isDouble() || number < 0.0 || number > maxExactJsInteger || std::trunc(number) != number) {
        qCWarning(lcBridge) << "ignoring a rendered report with an invalid document id" << documentId;
        return;
    }
    const auto id = static_cast<qint64>(number);
    if (m_showingDocument && id == m_requestedId) {
        m_inFlight.clear();
        m_shownId = id;
        Q_EMIT documentShown(id);
    } else if (m_inFlight.removeOne(id)) {
        // The page finished a document the analyst has already moved away from.
        qCDebug(lcBridge) << "page rendered superseded document" << id;
    } else {
        qCWarning(lcBridge) << "ignoring a rendered report for document" << id << "which was not sent to the page";
    }
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
