#pragma once
// The reader's web page: it stays on Dossier's own page and refuses every way out of it.

#include <QUrl>
#include <QWebEnginePage>

namespace dossier {

// Articles can contain anything, so the page is locked down at every level the engine offers: navigation only to
// our own page, no new windows, no dialogs, no file pickers, no permissions, and settings that turn off what a
// reading page does not need. Console messages of the page go to the "dossier.reader" logging category.
class ReaderPage final : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit ReaderPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // qrc:/dossier/reader/reader.html
    static QUrl readerUrl();
    static bool isReaderUrl(const QUrl &url);

    // Navigations refused since construction (link clicks, scripted or redirected loads of any other URL).
    int refusedNavigationCount() const { return m_refusedNavigations; }

Q_SIGNALS:
    void navigationRefused(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(
        JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber, const QString &sourceId) override;
    void javaScriptAlert(const QUrl &securityOrigin, const QString &message) override;
    bool javaScriptConfirm(const QUrl &securityOrigin, const QString &message) override;
    bool javaScriptPrompt(
        const QUrl &securityOrigin, const QString &message, const QString &defaultValue, QString *result) override;
    QStringList chooseFiles(
        FileSelectionMode mode, const QStringList &oldFiles, const QStringList &acceptedMimeTypes) override;

private:
    void lockDownSettings();
    void refuseRequests();

    int m_refusedNavigations = 0;
};

} // namespace dossier
