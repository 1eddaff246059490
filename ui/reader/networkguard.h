#pragma once
// Refuses every request of the reader that would leave Dossier's own resources, and counts what it refused.

#include <QMutex>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace dossier {

// The reader must never fetch anything an article names: no tracker image, no font, no frame. The page's CSP
// already forbids that; this interceptor is the second wall, below the renderer, for whatever slips past the first.
class NetworkGuard final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit NetworkGuard(QObject *parent = nullptr);

    // The engine may call this off the GUI thread.
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    // Dossier's own page and its resources, Qt's qwebchannel.js, and data: URLs; nothing else.
    static bool isAllowed(const QUrl &url);

    int blockedCount() const;
    QUrl lastBlockedUrl() const;

Q_SIGNALS:
    // Emitted from the thread that intercepted the request.
    void requestBlocked(const QUrl &url);

private:
    std::atomic<int> m_blockedCount{0};
    mutable QMutex m_lastBlockedMutex;
    QUrl m_lastBlockedUrl;
};

} // namespace dossier
