#pragma once
// The one object the reader page can reach: it hands the page a document as data and hears back when it is shown.

#include "storage/document.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QVariantMap>

namespace dossier {

// Published on the page's web channel as "reader". Everything the page can call is a Q_INVOKABLE below and
// validates its arguments; the page can neither read files, open URLs nor run anything through it. The plain
// member functions are for C++ only: the channel publishes signals, slots and invokables, nothing else.
class ReaderBridge final : public QObject
{
    Q_OBJECT

public:
    explicit ReaderBridge(QObject *parent = nullptr);

    // What the page should show. Kept until the page is ready, and sent again whenever it (re)loads.
    void showDocument(const Document &document);
    void showPlaceholder(const QString &message);

    // The page is gone (its renderer ended): nothing is shown until it reports ready again.
    void pageLost();

    bool isPageReady() const { return m_pageReady; }
    qint64 shownDocumentId() const { return m_shownId; }
    qint64 requestedDocumentId() const { return m_showingDocument ? m_requestedId : 0; }

    // What the page receives for a document: id, title, source, author, published (for reading),
    // publishedIso, language, url and text. Offsets in the text are UTF-16 code units, as in the page's strings.
    static QVariantMap payloadFor(const Document &document);
    static QString publicationText(const PublicationDate &published);

    // Called by the page once its channel is set up (on every load of the page).
    Q_INVOKABLE void pageReady();
    // Called by the page after it has rendered the document it was sent.
    Q_INVOKABLE void documentRendered(const QJsonValue &documentId);

Q_SIGNALS:
    // To the page.
    void documentChanged(const QVariantMap &document);
    void placeholderChanged(const QString &message);

    // To C++: the page has rendered this document. (The page can see this signal, but a client cannot emit one.)
    void documentShown(qint64 documentId);

private:
    void sendCurrent();

    bool m_pageReady = false;
    bool m_showingDocument = false;
    QVariantMap m_document;
    QString m_placeholder;
    qint64 m_requestedId = 0;
    qint64 m_shownId = 0;
    // Documents sent but not yet reported rendered: a late report for one of them is expected, not suspicious.
    QList<qint64> m_inFlight;
};

} // namespace dossier
