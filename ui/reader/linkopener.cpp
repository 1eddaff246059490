#include "ui/reader/linkopener.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QMessageBox>

namespace dossier {

namespace {
Q_LOGGING_CATEGORY(lcLinks, "dossier.reader.links")

// Longer addresses are not links an analyst can check by reading them.
constexpr qsizetype maximumAddressLength = 4096;

bool askToOpen(QWidget *parent, const QUrl &, const QString &text)
{
    QMessageBox box(QMessageBox::Question, LinkOpener::tr("Open Link"),
        LinkOpener::tr("Open this address in your web browser or mail program?"), QMessageBox::Open | QMessageBox::Cancel,
        parent);
    box.setObjectName(QStringLiteral("confirmOpenLink"));
    box.setInformativeText(text);
    box.setTextFormat(Qt::PlainText);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Opening is the choice that can do harm: Enter must not make it.
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Open;
}

void explainRefusal(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, LinkOpener::tr("Link Not Opened"), message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("linkRefused"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
} // namespace

LinkOpener::LinkOpener(QObject *parent)
    : QObject(parent)
    , m_confirm(askToOpen)
    , m_open([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_refuse(explainRefusal)
{
}

QUrl LinkOpener::openableUrl(const QString &address, QString *reason)
{
    const auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return QUrl();
    };
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return refuse(tr("The article gives no address."));
    if (trimmed.size() > maximumAddressLength)
        return refuse(tr("The address is too long to be checked (%n character(s)).", nullptr, int(trimmed.size())));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(tr("“%1” is not a valid address.").arg(trimmed.left(200)));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https") {
        if (url.host().isEmpty())
            return refuse(tr("The address names no site."));
        // "https://bank.example@elsewhere.example/" reads as the first site and opens the second.
        if (!url.userInfo().isEmpty())
            return refuse(tr("The address carries a user name, which is a common way to disguise where a link "
                             "leads."));
        return url;
    }
    if (scheme == u"mailto") {
        if (url.path().isEmpty())
            return refuse(tr("The mail address is empty."));
        return url;
    }
    return refuse(tr("Dossier opens only web (http, https) and mail (mailto) addresses, not “%1:” addresses.")
            .arg(url.scheme().left(40)));
}

QString LinkOpener::shownText(const QUrl &url)
{
    return QString::fromLatin1(url.toEncoded());
}

LinkOpener::Outcome LinkOpener::request(const QString &address, QWidget *parent)
{
    QString reason;
    const QUrl url = openableUrl(address, &reason);
    Outcome outcome = Outcome::Refused;
    if (!url.isValid()) {
        qCWarning(lcLinks).noquote() << "refused to open a link:" << reason;
        if (m_refuse)
            m_refuse(parent, reason);
    } else if (!m_confirm || !m_confirm(parent, url, shownText(url))) {
        outcome = Outcome::Declined;
    } else if (!m_open || !m_open(url)) {
        outcome = Outcome::Failed;
        if (m_refuse)
            m_refuse(parent, tr("No program could open %1.").arg(shownText(url)));
    } else {
        outcome = Outcome::Opened;
    }
    Q_EMIT finished(outcome, url);
    return outcome;
}

} // namespace dossier
