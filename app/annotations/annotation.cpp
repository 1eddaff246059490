#include "annotations/annotation.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace dossier {

bool isValidColor(const QString &color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return pattern.match(color).hasMatch();
}

QString normalizedColor(const QString &color)
{
    return isValidColor(color) ? color.toUpper() : QString();
}

QString defaultAnnotationColor()
{
    return QStringLiteral("#FFE066"); // a highlighter yellow, readable under black text
}

QString defaultAuthorName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

QString textHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString timestampText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timestampFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

} // namespace dossier
