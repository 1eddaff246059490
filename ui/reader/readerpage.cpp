#include "ui/reader/readerpage.h"

#include <QLoggingCategory>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineSettings>

namespace dossier {

namespace {
Q_LOGGING_CATEGORY(lcReader, "dossier.reader")
}

ReaderPage::ReaderPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    lockDownSettings();
    refuseRequests();
}

QUrl ReaderPage::readerUrl()
{
    return QUrl(QStringLiteral("qrc:/dossier/reader/reader.html"));
}

bool ReaderPage::isReaderUrl(const QUrl &url)
{
    // The engine spells our URL "qrc:///dossier/…", QUrl "qrc:/dossier/…": compare the parts, not the strings.
    return url.scheme() == u"qrc" && url.host().isEmpty() && !url.hasQuery() && url.path() == readerUrl().path();
}

void ReaderPage::lockDownSettings()
{
    QWebEngineSettings *s = settings();
    // Our own script needs JavaScript; the CSP and the network guard keep it to our script only.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::AllowWindowActivationFromJavaScript, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    s->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::Accelerated2dCanvasEnabled, false);
    s->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    s->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    // Each of these would make the engine fetch something on its own initiative.
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::TouchIconsEnabled, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    // A file dropped on the reader must not replace the page.
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::LinksIncludedInFocusChain, false);
    // Otherwise mailto:, tel: and friends would be handed to the desktop.
    s->setUnknownUrlSchemePolicy(QWebEngineSettings::DisallowUnknownUrlSchemes);
}

void ReaderPage::refuseRequests()
{
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
        [this](const QUrl &origin, QWebEnginePage::Feature feature) {
            qCWarning(lcReader) << "refused permission" << feature;
            setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
        });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
        [](QWebEngineFileSystemAccessRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::fullScreenRequested, this,
        [](QWebEngineFullScreenRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
        [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
}

bool ReaderPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isMainFrame && isReaderUrl(url))
        return true;
    ++m_refusedNavigations;
    qCWarning(lcReader).noquote() << "refused navigation of type" << int(type)
                                  << (isMainFrame ? "in the page" : "in a frame") << "to"
                                  << url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery).left(200);
    Q_EMIT navigationRefused(url);
    return false;
}

QWebEnginePage *ReaderPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    qCWarning(lcReader) << "refused to open a window";
    return nullptr;
}

void ReaderPage::javaScriptConsoleMessage(
    JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber, const QString &sourceId)
{
    switch (level) {
    case InfoMessageLevel:
        qCDebug(lcReader).noquote() << sourceId << lineNumber << message;
        break;
    case WarningMessageLevel:
    case ErrorMessageLevel:
        qCWarning(lcReader).noquote() << sourceId << lineNumber << message;
        break;
    }
}

// Our page never asks the user anything; a dialog could only come from content that should not be running.
void ReaderPage::javaScriptAlert(const QUrl &, const QString &)
{
    qCWarning(lcReader) << "refused a JavaScript alert";
}

bool ReaderPage::javaScriptConfirm(const QUrl &, const QString &)
{
    qCWarning(lcReader) << "refused a JavaScript confirmation";
    return false;
}

bool ReaderPage::javaScriptPrompt(const QUrl &, const QString &, const QString &, QString *)
{
    qCWarning(lcReader) << "refused a JavaScript prompt";
    return false;
}

QStringList ReaderPage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    qCWarning(lcReader) << "refused a file chooser";
    return {};
}

} // namespace dossier
