#include "ui/reader/networkguard.h"

#include <QLoggingCategory>
#include <QMutexLocker>

namespace dossier {

namespace {
Q_LOGGING_CATEGORY(lcGuard, "dossier.reader.guard")
}

NetworkGuard::NetworkGuard(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

bool NetworkGuard::isAllowed(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == u"data")
        return true;
    if (scheme != u"qrc" || !url.host().isEmpty())
        return false;
    // Only the reader's own folder and Qt's channel script: the rest of the application's resources (migrations,
    // report templates) are none of the page's business.
    const QString path = url.adjusted(QUrl::NormalizePathSegments).path();
    if (path.contains(u"/../") || path.endsWith(u"/.."))
        return false;
    return path.startsWith(u"/dossier/reader/") || path == u"/qtwebchannel/qwebchannel.js";
}

void NetworkGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (isAllowed(url))
        return;

    info.block(true);
    m_blockedCount.fetch_add(1, std::memory_order_relaxed);
    {
        const QMutexLocker locker(&m_lastBlockedMutex);
        m_lastBlockedUrl = url;
    }
    // Queries and credentials can carry tracking tokens or secrets: keep them out of the log.
    qCWarning(lcGuard).noquote()
        << "refused a request of type" << int(info.resourceType()) << "to"
        << url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).left(200);
    Q_EMIT requestBlocked(url);
}

int NetworkGuard::blockedCount() const
{
    return m_blockedCount.load(std::memory_order_relaxed);
}

QUrl NetworkGuard::lastBlockedUrl() const
{
    const QMutexLocker locker(&m_lastBlockedMutex);
    return m_lastBlockedUrl;
}

} // namespace dossier
