#pragma once
// Opens a link of an article in the system browser, only after the analyst has seen the whole address and agreed.

#include <QObject>
#include <QUrl>

#include <functional>

class QWidget;

namespace dossier {

// An article is hostile until proven otherwise: its links can point at a tracker, a phishing page or a scheme that
// starts a program. So nothing opens without a confirmation that shows the exact address, and only web and mail
// addresses open at all. The three steps are injectable so that a test can see what would have been asked, shown
// and opened; the defaults are a QMessageBox question, QDesktopServices::openUrl and a QMessageBox warning.
class LinkOpener final : public QObject
{
    Q_OBJECT

public:
    // Returns true when the analyst agrees to open url; text is the address exactly as it will be opened.
    using Confirm = std::function<bool(QWidget *parent, const QUrl &url, const QString &text)>;
    // Hands url to the desktop; returns false if nothing could open it.
    using Open = std::function<bool(const QUrl &url)>;
    // Tells the analyst why a link was not opened.
    using Refuse = std::function<void(QWidget *parent, const QString &message)>;

    enum class Outcome { Opened, Declined, Refused, Failed };
    Q_ENUM(Outcome)

    explicit LinkOpener(QObject *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setOpen(Open open) { m_open = std::move(open); }
    void setRefuse(Refuse refuse) { m_refuse = std::move(refuse); }

    // Checks the address, asks, then opens it. parent is where the dialogs appear.
    Outcome request(const QString &address, QWidget *parent);

    // The URL an address stands for if Dossier may open it (http or https with a host and no user name, or mailto
    // with an address), else an invalid QUrl and, in *reason, why not (translated).
    static QUrl openableUrl(const QString &address, QString *reason = nullptr);
    // What the confirmation shows: the encoded form, so that look-alike letters in a host appear as punycode and
    // invisible or right-to-left characters as percent escapes.
    static QString shownText(const QUrl &url);

Q_SIGNALS:
    void finished(dossier::LinkOpener::Outcome outcome, const QUrl &url);

private:
    Confirm m_confirm;
    Open m_open;
    Refuse m_refuse;
};

} // namespace dossier
