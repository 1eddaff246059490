#include "annotations/annotation.h"

#include <QCryptographicHash>
#include <QJsonArray>
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

QJsonObject annotationJson(const Annotation &a, const QStringList &tagPaths)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("document"), a.documentId},
        {QStringLiteral("start"), a.anchor.start},
        {QStringLiteral("end"), a.anchor.end},
        {QStringLiteral("exact"), a.anchor.exact},
        {QStringLiteral("prefix"), a.anchor.prefix},
        {QStringLiteral("suffix"), a.anchor.suffix},
        {QStringLiteral("note"), a.note},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tagPaths)},
        // The annotation's own colour; null when its tags colour it.
        {QStringLiteral("color"), a.color.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.color)},
        {QStringLiteral("author"), a.author},
        {QStringLiteral("created"), timestampText(a.created)},
        {QStringLiteral("updated"), timestampText(a.updated)},
        {QStringLiteral("orphan"), a.anchor.orphan},
    };
}

} // namespace dossier
