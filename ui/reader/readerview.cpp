#include "ui/reader/readerview.h"

#include "ui/reader/linkopener.h"
#include "ui/reader/networkguard.h"
#include "ui/reader/readerbridge.h"
#include "ui/reader/readerpage.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QLoggingCategory>
#include <QMenu>
#include <QTimer>
#include <QWebChannel>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineProfile>

namespace dossier {

namespace {
Q_LOGGING_CATEGORY(lcView, "dossier.reader.view")

// A renderer that dies again this soon after a reload would only die in a loop.
constexpr qint64 minimumMsBetweenCrashReloads = 10000;
} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QWebEngineView(parent)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record, nothing written to disk
    , m_guard(new NetworkGuard(m_profile)) // a child of the profile, so it lives as long as the profile uses it
    , m_bridge(new ReaderBridge(this))
    , m_channel(new QWebChannel(this))
    , m_page(nullptr)
    , m_linkOpener(new LinkOpener(this))
{
    m_profile->setUrlRequestInterceptor(m_guard);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);

    m_page = new ReaderPage(m_profile, this);
    m_bridge->setPageUrlProvider([this] { return m_page->url(); });
    m_channel->registerObject(QStringLiteral("reader"), m_bridge);
    m_page->setWebChannel(m_channel);
    setPage(m_page);
    setAcceptDrops(false);

    connect(m_bridge, &ReaderBridge::documentShown, this, &ReaderView::documentShown);
    connect(m_bridge, &ReaderBridge::documentShown, this, &ReaderView::sendPendingScroll);
    connect(m_bridge, &ReaderBridge::actorActivated, this, &ReaderView::actorActivated);
    connect(m_bridge, &ReaderBridge::selectionChanged, this, &ReaderView::selectionChanged);
    connect(m_bridge, &ReaderBridge::categoryToggled, this, &ReaderView::categoryToggled);
    connect(m_bridge, &ReaderBridge::annotationActivated, this, &ReaderView::annotationActivated);
    // Queued: the confirmation is a modal dialog, which must not run inside the channel's message delivery.
    connect(m_bridge, &ReaderBridge::linkRequested, this,
        [this](const QString &url) { m_linkOpener->request(url, this); }, Qt::QueuedConnection);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
        [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
            qCWarning(lcView) << "the reader's renderer ended:" << status << exitCode;
            m_bridge->pageLost();
            recoverFromCrash();
        });

    showPlaceholder(tr("Select an article to read it."));
    m_page->load(ReaderPage::readerUrl());
}

ReaderView::~ReaderView()
{
    // The page must go before the profile it was created with, and the profile is one of our children.
    delete m_page;
}

void ReaderView::showDocument(const Document &document)
{
    showDocument(document, {});
}

void ReaderView::showDocument(const Document &document, const QVector<ReaderHighlight> &highlights)
{
    showDocument(document, highlights, {});
}

void ReaderView::showDocument(
    const Document &document, const QVector<ReaderHighlight> &highlights, const QVector<ReaderAnnotation> &annotations)
{
    m_requestedDocumentId = document.id;
    m_pendingScroll = {};
    m_pendingFlash = 0;
    m_bridge->showDocument(document, highlights, annotations);
}

void ReaderView::setAnnotations(const QVector<ReaderAnnotation> &annotations)
{
    m_bridge->setAnnotations(annotations);
}

void ReaderView::flashAnnotation(qint64 id)
{
    if (m_requestedDocumentId == 0 || !m_bridge->hasAnnotation(id))
        return;
    m_pendingFlash = id;
    if (shownDocumentId() == m_requestedDocumentId)
        sendPendingScroll();
}

QVector<ReaderAnnotation> ReaderView::annotations() const
{
    return m_bridge->annotations();
}

void ReaderView::scrollToRange(int start, int end)
{
    if (m_requestedDocumentId == 0 || start < 0 || end <= start)
        return;
    m_pendingScroll = {start, end};
    if (shownDocumentId() == m_requestedDocumentId)
        sendPendingScroll();
}

void ReaderView::sendPendingScroll()
{
    if (shownDocumentId() != m_requestedDocumentId)
        return;
    // Only the later of a passage and an annotation asked for would stay in view; both flash.
    if (!m_pendingScroll.isEmpty()) {
        Q_EMIT m_bridge->scrollRequested({{QStringLiteral("documentId"), m_requestedDocumentId},
            {QStringLiteral("start"), m_pendingScroll.start}, {QStringLiteral("end"), m_pendingScroll.end}});
        m_pendingScroll = {};
    }
    if (m_pendingFlash != 0) {
        Q_EMIT m_bridge->annotationFlashRequested(
            {{QStringLiteral("documentId"), m_requestedDocumentId}, {QStringLiteral("id"), m_pendingFlash}});
        m_pendingFlash = 0;
    }
}

void ReaderView::setHighlights(const QVector<ReaderHighlight> &highlights)
{
    m_bridge->setHighlights(highlights);
}

void ReaderView::setCategoryShown(const QString &category, bool shown)
{
    m_bridge->setCategoryShown(category, shown);
}

bool ReaderView::isCategoryShown(const QString &category) const
{
    return m_bridge->isCategoryShown(category);
}

void ReaderView::setDemonymsShown(bool shown)
{
    setCategoryShown(QStringLiteral("demonym"), shown);
}

bool ReaderView::demonymsShown() const
{
    return isCategoryShown(QStringLiteral("demonym"));
}

void ReaderView::setAppearance(const QString &theme, const QString &fontFamily, int fontSize)
{
    m_bridge->setAppearance({{QStringLiteral("theme"), theme}, {QStringLiteral("fontFamily"), fontFamily},
        {QStringLiteral("fontSize"), fontSize}});
}

void ReaderView::setActorCardProvider(ActorCardProvider provider)
{
    m_bridge->setActorCardProvider(std::move(provider));
}

ReaderRange ReaderView::selectedRange() const
{
    return m_bridge->selectedRange();
}

void ReaderView::showPlaceholder(const QString &message)
{
    m_bridge->showPlaceholder(message);
}

qint64 ReaderView::shownDocumentId() const
{
    return m_bridge->shownDocumentId();
}

int ReaderView::blockedRequestCount() const
{
    return m_guard->blockedCount();
}

bool ReaderView::isPageReady() const
{
    return m_bridge->isPageReady();
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    // The engine's own menu offers Back, Reload, View source and the like, none of which belong in a reader.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QWebEngineContextMenuRequest *request = lastContextMenuRequest();
    if (request && !request->selectedText().isEmpty()) {
        QAction *annotate = menu->addAction(tr("Annotate selection…"), this, &ReaderView::annotateRequested);
        annotate->setObjectName(QStringLiteral("annotateSelection"));
        annotate->setEnabled(m_annotatable);
        // The hint of the main window's command; this copy only fires while the menu is open, so the two never
        // compete for the key.
        annotate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
        annotate->setShortcutContext(Qt::WidgetShortcut);
        menu->addSeparator();
        menu->addAction(pageAction(QWebEnginePage::Copy));
    }
    menu->addAction(pageAction(QWebEnginePage::SelectAll));
    menu->popup(event->globalPos());
}

void ReaderView::changeEvent(QEvent *event)
{
    // The legend and the hover card speak the application's language, which can change while the page is open.
    if (event->type() == QEvent::LanguageChange)
        m_bridge->retranslate();
    QWebEngineView::changeEvent(event);
}

void ReaderView::recoverFromCrash()
{
    if (m_sinceLastCrash.isValid() && m_sinceLastCrash.elapsed() < minimumMsBetweenCrashReloads) {
        qCWarning(lcView) << "not reloading the reader: its renderer keeps ending";
        return;
    }
    m_sinceLastCrash.start();
    // Reload from the event loop, not from inside the engine's notification. The bridge sends the current
    // document again when the reloaded page reports ready.
    QTimer::singleShot(0, this, [this] { m_page->load(ReaderPage::readerUrl()); });
}

} // namespace dossier
