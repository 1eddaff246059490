#pragma once
// The reader: one document's text, set by Dossier's own page in a locked-down web view.

#include "storage/document.h"

#include <QElapsedTimer>
#include <QWebEngineView>

class QWebChannel;
class QWebEngineProfile;

namespace dossier {

class NetworkGuard;
class ReaderBridge;
class ReaderPage;

// Shows qrc:/dossier/reader/reader.html in its own off-the-record profile, whose request interceptor refuses
// everything but the page's own resources. The document reaches the page as data through a web channel
// ("reader" is the only object on it); the page sets it with textContent and reports back when it is shown.
class ReaderView : public QWebEngineView
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    // Shown as soon as the page is ready; a later call replaces an earlier one still pending.
    void showDocument(const Document &document);
    // The empty state, e.g. tr("Select an article to read it").
    void showPlaceholder(const QString &message);

    // The id of the document the page has rendered; 0 while it shows the placeholder or nothing yet.
    qint64 shownDocumentId() const;
    // Requests the network guard refused since construction.
    int blockedRequestCount() const;
    // Whether the page has loaded and connected to its bridge.
    bool isPageReady() const;

    ReaderPage *readerPage() const { return m_page; }
    ReaderBridge *bridge() const { return m_bridge; }
    NetworkGuard *networkGuard() const { return m_guard; }

Q_SIGNALS:
    void documentShown(qint64 documentId);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void recoverFromCrash();

    QWebEngineProfile *m_profile;
    NetworkGuard *m_guard;
    ReaderBridge *m_bridge;
    QWebChannel *m_channel;
    ReaderPage *m_page;
    QElapsedTimer m_sinceLastCrash;
};

} // namespace dossier
