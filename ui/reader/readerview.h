#pragma once
// The reader: one document's text, set by Dossier's own page in a locked-down web view.

#include "storage/document.h"

#include <QElapsedTimer>
#include <QVariantMap>
#include <QVector>
#include <QWebEngineView>

#include <functional>

class QWebChannel;
class QWebEngineProfile;

namespace dossier {

class LinkOpener;
class NetworkGuard;
class ReaderBridge;
class ReaderPage;

// One highlighted stretch of the shown document: a mention of an actor, a discovery or a demonym.
struct ReaderHighlight
{
    int start = 0; // UTF-16 offsets into Document::text, end exclusive
    int end = 0;
    qint64 actorId = 0; // 0 for a discovery (no actor yet)
    QString actorName; // canonical name (for a discovery: the surface text)
    QString category; // "person", "organization", "place", "group", "discovery", "demonym"
    QString foundBy; // "gazetteer", "coreference", "discovered", "user"

    bool operator==(const ReaderHighlight &other) const = default;
};

// One annotated passage of the shown document, as the reader draws it.
struct ReaderAnnotation
{
    qint64 id = 0;
    int start = 0, end = 0; // UTF-16 offsets into Document::text, end exclusive
    QString color; // "#RRGGBB" (the annotation's effective colour)
    QString tooltip; // plain text: note's first line, tags — shown as the mark's title

    bool operator==(const ReaderAnnotation &) const = default;
};

// A stretch of the shown document's text in UTF-16 offsets, end exclusive; start == end == 0 when nothing is.
struct ReaderRange
{
    int start = 0;
    int end = 0;

    bool isEmpty() const { return end <= start; }
    bool operator==(const ReaderRange &other) const = default;
};

// Shows qrc:/dossier/reader/reader.html in its own off-the-record profile, whose request interceptor refuses
// everything but the page's own resources. The document reaches the page as data through a web channel
// ("reader" is the only object on it); the page sets it with textContent and reports back when it is shown.
class ReaderView : public QWebEngineView
{
    Q_OBJECT

public:
    // Gives the hover card of an actor: name, type (translated label), aliases (QStringList),
    // documentMentions and libraryMentions (int). Called on the GUI thread, only for actors highlighted now.
    using ActorCardProvider = std::function<QVariantMap(qint64 actorId)>;

    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    // Shown as soon as the page is ready; a later call replaces an earlier one still pending. The one-argument
    // form shows no highlights. Highlights that do not fit the text or name an unknown category are dropped.
    void showDocument(const Document &document);
    void showDocument(const Document &document, const QVector<ReaderHighlight> &highlights);
    // Annotations that do not fit the text, have end <= start, id <= 0 or a colour other than "#RRGGBB" are
    // dropped, like highlights.
    void showDocument(const Document &document, const QVector<ReaderHighlight> &highlights,
        const QVector<ReaderAnnotation> &annotations);
    // Replaces the highlights of the document shown (after a correction) without setting its text again, so the
    // analyst keeps their place in it.
    void setHighlights(const QVector<ReaderHighlight> &highlights);
    // Brings this stretch of the document into view and flashes it, once the document is shown (the passage lists
    // call it right after showDocument()).
    void scrollToRange(int start, int end);
    // Replaces the annotations of the document shown, keeping the analyst's place (the selection may be cleared).
    void setAnnotations(const QVector<ReaderAnnotation> &annotations);
    // Brings an annotation of the document into view and flashes it, like scrollToRange().
    void flashAnnotation(qint64 id);
    // The annotations accepted for the current document.
    QVector<ReaderAnnotation> annotations() const;
    // The empty state, e.g. tr("Select an article to read it").
    void showPlaceholder(const QString &message);

    // Whether a category's highlights are drawn. All are, but demonyms, until the analyst says otherwise.
    // Set from C++ this emits nothing; categoryToggled reports what the analyst changes in the page's legend.
    void setCategoryShown(const QString &category, bool shown);
    bool isCategoryShown(const QString &category) const;
    void setDemonymsShown(bool shown);
    bool demonymsShown() const;
    // How the page looks: theme "system" (follows the system), "light" or "dark", and the article text's font
    // family and size in CSS pixels. Values the bridge refuses leave the page's own defaults.
    void setAppearance(const QString &theme, const QString &fontFamily, int fontSize);

    void setActorCardProvider(ActorCardProvider provider);
    // Whether the context menu's "Annotate selection…" is on (off while the library is read-only).
    void setAnnotatable(bool annotatable) { m_annotatable = annotatable; }
    bool isAnnotatable() const { return m_annotatable; }

    // The id of the document the page has rendered; 0 while it shows the placeholder or nothing yet.
    qint64 shownDocumentId() const;
    // The analyst's last selection in the shown document's text, as reported by selectionChanged.
    ReaderRange selectedRange() const;
    // Requests the network guard refused since construction.
    int blockedRequestCount() const;
    // Whether the page has loaded and connected to its bridge.
    bool isPageReady() const;

    ReaderPage *readerPage() const { return m_page; }
    ReaderBridge *bridge() const { return m_bridge; }
    NetworkGuard *networkGuard() const { return m_guard; }
    // Opens the shown document's URL when the analyst clicks it in the page, after asking them.
    LinkOpener *linkOpener() const { return m_linkOpener; }

Q_SIGNALS:
    // The page has rendered the document, its highlights included.
    void documentShown(qint64 documentId);
    // The analyst clicked a highlight: actorId is 0 for a discovery; start and end are the highlight's offsets.
    void actorActivated(qint64 actorId, int start, int end);
    // The analyst's selection in the text changed; text is the document's own text at those offsets.
    // (0, 0, {}) when nothing is selected any more.
    void selectionChanged(int start, int end, const QString &text);
    // The analyst showed or hid a category in the page's legend.
    void categoryToggled(const QString &category, bool shown);
    // The analyst clicked an annotated passage outside any actor highlight in it (a click on an actor highlight
    // activates the actor).
    void annotationActivated(qint64 id);
    // The analyst chose "Annotate selection…" in the reader's context menu; selectedRange() is what to annotate.
    void annotateRequested();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void recoverFromCrash();
    void sendPendingScroll();

    QWebEngineProfile *m_profile;
    NetworkGuard *m_guard;
    ReaderBridge *m_bridge;
    QWebChannel *m_channel;
    ReaderPage *m_page;
    LinkOpener *m_linkOpener;
    QElapsedTimer m_sinceLastCrash;
    qint64 m_requestedDocumentId = 0;
    ReaderRange m_pendingScroll; // waits for the requested document to be shown
    qint64 m_pendingFlash = 0; // an annotation to flash, waiting likewise
    bool m_annotatable = true;
};

} // namespace dossier
