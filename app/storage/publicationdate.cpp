#include "storage/publicationdate.h"

#include <QRegularExpression>

namespace dossier {

QString PublicationDate::toIso() const
{
    if (!isValid())
        return {};
    switch (precision) {
    case DatePrecision::Year:
        return date.toString(u"yyyy");
    case DatePrecision::Month:
        return date.toString(u"yyyy-MM");
    case DatePrecision::Day:
        return date.toString(Qt::ISODate);
    case DatePrecision::Time:
        return date.toString(Qt::ISODate) + u'T' + time.toString(u"HH:mm:ss") + u'Z';
    case DatePrecision::Unknown:
        break;
    }
    return {};
}

PublicationDate PublicationDate::fromIso(const QString &iso, DateOrigin origin)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})Z)?)?)?$)"));
    const QRegularExpressionMatch match = pattern.match(iso);
    if (!match.hasMatch())
        return {};

    PublicationDate result;
    result.origin = origin;
    const int year = match.captured(1).toInt();
    const bool hasMonth = match.hasCaptured(2);
    const bool hasDay = match.hasCaptured(3);
    const bool hasTime = match.hasCaptured(4);
    result.date = QDate(year, hasMonth ? match.captured(2).toInt() : 1, hasDay ? match.captured(3).toInt() : 1);
    if (hasTime)
        result.time = QTime(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!result.date.isValid() || (hasTime && !result.time.isValid()))
        return {};
    result.precision = hasTime ? DatePrecision::Time
        : hasDay               ? DatePrecision::Day
        : hasMonth             ? DatePrecision::Month
                               : DatePrecision::Year;
    return result;
}

namespace {
struct OriginName
{
    DateOrigin origin;
    const char16_t *name;
};
constexpr OriginName originNames[] = {
    {DateOrigin::Feed, u"feed"},
    {DateOrigin::Manifest, u"manifest"},
    {DateOrigin::Sidecar, u"sidecar"},
    {DateOrigin::PageMetadata, u"page"},
    {DateOrigin::Text, u"text"},
    {DateOrigin::User, u"user"},
};
} // namespace

QString PublicationDate::precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Year:
        return QStringLiteral("year");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Time:
        return QStringLiteral("time");
    case DatePrecision::Unknown:
        break;
    }
    return {};
}

QString PublicationDate::originName(DateOrigin origin)
{
    for (const OriginName &entry : originNames) {
        if (entry.origin == origin)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

DateOrigin PublicationDate::originFromName(const QString &name)
{
    for (const OriginName &entry : originNames) {
        if (name == QStringView(entry.name))
            return entry.origin;
    }
    return DateOrigin::Unknown;
}

} // namespace dossier
