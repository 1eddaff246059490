#pragma once
// The one object the reader page can reach: it hands the page a document as data and hears back what the analyst
// does with it.

#include "storage/document.h"
#include "ui/reader/readerview.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QVariantMap>
#include <QUrl>
#include <QVector>

#include <functional>

namespace dossier {

// Published on the page's web channel as "reader". Everything the page can call is a Q_INVOKABLE below and
// validates its arguments; the page can neither read files, open URLs nor run anything through it, and what it
// reports (a click, a selection) is only believed when it matches what the bridge sent. The plain member functions
// are for C++ only: the channel publishes signals, slots and invokables, nothing else.
class ReaderBridge final : public QObject
{
    Q_OBJECT

public:
    explicit ReaderBridge(QObject *parent = nullptr);

    // What the page should show. Kept until the page is ready, and sent again whenever it (re)loads. Highlights
    // that isValidHighlight() refuses are dropped with a warning.
    void showDocument(const Document &document, const QVector<ReaderHighlight> &highlights = {},
        const QVector<ReaderAnnotation> &annotations = {});
    // New highlights for the document already asked for; the page swaps them without setting the text again.
    void setHighlights(const QVector<ReaderHighlight> &highlights);
    // New annotations for the document already asked for, swapped in the same way. Invalid ones are dropped.
    void setAnnotations(const QVector<ReaderAnnotation> &annotations);
    void showPlaceholder(const QString &message);

    // The page is gone (its renderer ended): nothing is shown until it reports ready again.
    void pageLost();

    // Which categories the page draws; unknown categories are ignored.
    void setCategoryShown(const QString &category, bool shown);
    bool isCategoryShown(const QString &category) const;

    void setActorCardProvider(ReaderView::ActorCardProvider provider);
    // Where the page that calls stands now. Once set, every call from a page is ignored unless this is the reader's
    // own URL: should anything ever carry the page elsewhere, the channel's transport would follow it there, and
    // a foreign document must not be able to speak for the analyst. The view sets it; a bridge on its own (as in
    // unit tests) has no page to ask about and trusts its caller.
    void setPageUrlProvider(std::function<QUrl()> provider);
    // Sends the page its strings again, in the language now installed, and the shown document's date written in it.
    void retranslate();
    // How the page looks: "theme" ("system", "light", "dark"), "fontFamily" (letters, digits, spaces, dots,
    // hyphens and underscores: a font name, nothing that could close a CSS string) and "fontSize" (10 to 40 CSS
    // pixels). What is refused falls back to the page's own default. Kept and sent again on every page load.
    void setAppearance(const QVariantMap &appearance);
    QVariantMap appearance() const { return m_appearance; }
    static QVariantMap validAppearance(const QVariantMap &appearance);

    bool isPageReady() const { return m_pageReady; }
    qint64 shownDocumentId() const { return m_shownId; }
    qint64 requestedDocumentId() const { return m_showingDocument ? m_requestedId : 0; }
    // The highlights accepted for the current document, as the page received them.
    QVector<ReaderHighlight> highlights() const { return m_highlights; }
    QVector<ReaderAnnotation> annotations() const { return m_annotations; }
    bool hasAnnotation(qint64 id) const;
    ReaderRange selectedRange() const { return m_selection; }

    // What the page receives for a document: id, title, source, author, published (for reading),
    // publishedIso, language, url and text. Offsets in the text are UTF-16 code units, as in the page's strings.
    // (The highlights travel beside it, under "highlights", as highlightPayload() gives them.)
    static QVariantMap payloadFor(const Document &document);
    // One map per highlight: start, end, actor, name, category, foundBy.
    static QVariantList highlightPayload(const QVector<ReaderHighlight> &highlights);
    // One map per annotation: id, start, end, color, tooltip.
    static QVariantList annotationPayload(const QVector<ReaderAnnotation> &annotations);
    static QString publicationText(const PublicationDate &published);
    // The categories the page knows, in the order its legend lists them.
    static QStringList categories();
    static QStringList foundByValues();
    // Fits a text of textLength code units, names a known category and way of finding, and has an actor unless it
    // is a discovery (which has none).
    static bool isValidHighlight(const ReaderHighlight &highlight, qsizetype textLength);
    // Fits the text, is not empty, has a positive id a JavaScript number keeps exact, and a "#RRGGBB" colour.
    static bool isValidAnnotation(const ReaderAnnotation &annotation, qsizetype textLength);
    // Every string the page shows that is not article content, in the current language.
    static QVariantMap uiStrings();

    // Called by the page once its channel is set up (on every load of the page).
    Q_INVOKABLE void pageReady();
    // Called by the page after it has rendered the document it was sent, highlights included.
    Q_INVOKABLE void documentRendered(const QJsonValue &documentId);
    // The analyst clicked a highlight; start and end are those of a highlight the bridge sent.
    Q_INVOKABLE void highlightActivated(const QJsonValue &actorId, const QJsonValue &start, const QJsonValue &end);
    // The analyst's selection in the text of a document, in its offsets; (0, 0) for none.
    // The analyst clicked an annotated passage; id is that of an annotation the bridge sent.
    Q_INVOKABLE void annotationClicked(const QJsonValue &id);
    Q_INVOKABLE void selectionReported(const QJsonValue &documentId, const QJsonValue &start, const QJsonValue &end);
    // The analyst showed or hid a category in the legend.
    Q_INVOKABLE void legendCategoryToggled(const QJsonValue &category, const QJsonValue &shown);
    // What the hover card shows for an actor highlighted in the current document: what the provider gave for
    // name, type, aliases, documentMentions and libraryMentions, where it has the right type. Empty for an actor
    // that is not highlighted in the document shown, or when there is no provider.
    Q_INVOKABLE QVariantMap actorCard(const QJsonValue &actorId);
    // The analyst clicked the link of the document shown: the page names the document, never the address, so the
    // only address that can come out of here is the one the bridge sent (see linkRequested).
    Q_INVOKABLE void linkActivated(const QJsonValue &documentId);

Q_SIGNALS:
    // To the page.
    void documentChanged(const QVariantMap &document);
    // {documentId, highlights}: for the document already sent.
    void highlightsChanged(const QVariantMap &update);
    // {documentId, annotations}: for the document already sent.
    void annotationsChanged(const QVariantMap &update);
    void placeholderChanged(const QString &message);
    void uiStringsChanged(const QVariantMap &strings);
    void appearanceChanged(const QVariantMap &appearance);
    // Category → bool, for every category.
    void categoriesShownChanged(const QVariantMap &shown);
    // {documentId, start, end}: bring this stretch of the document shown into view and flash it.
    void scrollRequested(const QVariantMap &range);
    // {documentId, id}: bring this annotation into view and flash it.
    void annotationFlashRequested(const QVariantMap &request);

    // To C++. (The page can see these signals, but a client cannot emit one.)
    // The page has rendered this document.
    void documentShown(qint64 documentId);
    void actorActivated(qint64 actorId, int start, int end);
    void selectionChanged(int start, int end, const QString &text);
    void categoryToggled(const QString &category, bool shown);
    void annotationActivated(qint64 id);
    // The analyst asked to open the shown document's URL, exactly as the document holds it; the view confirms it
    // with the analyst before anything opens (LinkOpener).
    void linkRequested(const QString &url);

private:
    // Whether a call comes from the reader's own page (see setPageUrlProvider); warns about the call when not.
    bool isCallFromOwnPage(const char *call) const;
    void acceptHighlights(const QVector<ReaderHighlight> &highlights);
    void acceptAnnotations(const QVector<ReaderAnnotation> &annotations);
    void sendCurrent();
    void sendCategories();
    void clearSelection();
    bool isDocumentOnPage() const;
    QVariantMap categoriesShown() const;

    bool m_pageReady = false;
    bool m_showingDocument = false;
    QVariantMap m_document;
    QString m_text;
    QVector<ReaderHighlight> m_highlights;
    QVector<ReaderAnnotation> m_annotations;
    QString m_placeholder;
    qint64 m_requestedId = 0;
    qint64 m_shownId = 0;
    // Documents sent but not yet reported rendered: a late report for one of them is expected, not suspicious.
    QList<qint64> m_inFlight;
    QHash<QString, bool> m_categoryShown;
    ReaderView::ActorCardProvider m_cardProvider;
    std::function<QUrl()> m_pageUrl;
    ReaderRange m_selection;
    QVariantMap m_appearance = validAppearance({});
    PublicationDate m_published; // of the document shown, written again in a new language
};

} // namespace dossier
