// Publication dates as manifests, sidecars and feeds write them; every accepted form is unambiguous.
#include "ingest/dateparser.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

namespace dossier {

namespace {

// Month by month: French, English, and the genitive that Russian and Ukrainian use in dates ("14 жовтня 2022").
// Accents are optional in French because plenty of feeds drop them.
constexpr const char16_t *monthNames[12] = {
    u"janvier janv january jan января січня",
    u"février fevrier févr fevr fév fev february feb февраля лютого",
    u"mars march mar марта березня",
    u"avril avr april apr апреля квітня",
    u"mai may мая травня",
    u"juin june jun июня червня",
    u"juillet juil july jul июля липня",
    u"août aout august aug августа серпня",
    u"septembre sept september sep сентября вересня",
    u"octobre oct october октября жовтня",
    u"novembre nov november ноября листопада",
    u"décembre decembre déc dec december декабря грудня",
};

// A month named alone ("жовтень 2022") takes the nominative, which differs from the genitive in Slavic languages.
constexpr const char16_t *standaloneMonthNames[12] = {
    u"январь січень",
    u"февраль лютий",
    u"март березень",
    u"апрель квітень",
    u"май травень",
    u"июнь червень",
    u"июль липень",
    u"август серпень",
    u"сентябрь вересень",
    u"октябрь жовтень",
    u"ноябрь листопад",
    u"декабрь грудень",
};

int monthIn(const char16_t *const (&table)[12], QStringView key)
{
    for (int month = 0; month < 12; ++month) {
        for (QStringView name : QStringView(table[month]).tokenize(u' ')) {
            if (key == name)
                return month + 1;
        }
    }
    return 0;
}

int monthFromName(QStringView word, bool standalone)
{
    QString key = word.toString().toLower();
    if (key.endsWith(u'.'))
        key.chop(1);
    const int month = monthIn(monthNames, key);
    return month || !standalone ? month : monthIn(standaloneMonthNames, key);
}

PublicationDate dayDate(int year, int month, int day, DateOrigin origin)
{
    PublicationDate result;
    result.date = QDate(year, month, day);
    if (!result.date.isValid())
        return {};
    result.precision = DatePrecision::Day;
    result.origin = origin;
    return result;
}

PublicationDate monthDate(int year, int month, DateOrigin origin)
{
    if (month < 1 || month > 12)
        return {};
    PublicationDate result = dayDate(year, month, 1, origin);
    result.precision = DatePrecision::Month;
    return result;
}

// The moment in UTC; offsetSeconds is the zone the source wrote the time in.
PublicationDate timeDate(const QDate &date, const QTime &time, int offsetSeconds, DateOrigin origin)
{
    if (!date.isValid() || !time.isValid())
        return {};
    const QDateTime utc = QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
    PublicationDate result;
    result.date = utc.date();
    result.time = utc.time();
    result.precision = DatePrecision::Time;
    result.origin = origin;
    return result;
}

std::optional<int> offsetFromNumeric(QStringView sign, QStringView hours, QStringView minutes)
{
    const int h = hours.toInt();
    const int m = minutes.isEmpty() ? 0 : minutes.toInt();
    if (h > 14 || m > 59)
        return std::nullopt;
    return (sign == u"-" ? -1 : 1) * (h * 3600 + m * 60);
}

PublicationDate parseIso(const QString &text, DateOrigin origin)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)"
                       R"((?:\s*(Z|UTC|GMT)|\s*([+-])(\d{2})(?::?(\d{2}))?)?)?)?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt();
    if (!m.hasCaptured(2)) {
        PublicationDate result = monthDate(year, 1, origin);
        if (result.isValid())
            result.precision = DatePrecision::Year;
        return result;
    }
    const int month = m.captured(2).toInt();
    if (!m.hasCaptured(3))
        return monthDate(year, month, origin);
    const QDate date(year, month, m.captured(3).toInt());
    if (!m.hasCaptured(4))
        return dayDate(year, month, m.captured(3).toInt(), origin);
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.hasCaptured(6) ? m.captured(6).toInt() : 0);
    int offset = 0;
    if (m.hasCaptured(8)) {
        const auto parsed = offsetFromNumeric(m.capturedView(8), m.capturedView(9), m.capturedView(10));
        if (!parsed)
            return {};
        offset = *parsed;
    }
    // A time without a zone is taken as UTC: the library cannot know the writer's zone, and the machine's own
    // zone would make the same manifest give different dates on different computers.
    return timeDate(date, time, offset, origin);
}

// The zone names RFC 2822 keeps from RFC 822 (the military letters are obsolete and ignored).
std::optional<int> namedZoneOffset(const QString &zone)
{
    static const struct
    {
        const char16_t *name;
        int hours;
    } zones[] = {
        {u"UT", 0},
        {u"UTC", 0},
        {u"GMT", 0},
        {u"Z", 0},
        {u"EST", -5},
        {u"EDT", -4},
        {u"CST", -6},
        {u"CDT", -5},
        {u"MST", -7},
        {u"MDT", -6},
        {u"PST", -8},
        {u"PDT", -7},
    };
    for (const auto &entry : zones) {
        if (zone.compare(QStringView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.hours * 3600;
    }
    return std::nullopt;
}

PublicationDate parseRfc2822(const QString &text, DateOrigin origin)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)"
        R"(\s*(?:([+-])(\d{2})(\d{2})|([A-Za-z]{1,3}))?$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const int month = monthFromName(m.capturedView(2), false);
    if (month == 0)
        return {};
    int year = m.captured(3).toInt();
    if (m.capturedLength(3) == 2)
        year += year < 50 ? 2000 : 1900; // RFC 2822's rule for obsolete two-digit years
    int offset = 0;
    if (m.hasCaptured(7)) {
        const auto parsed = offsetFromNumeric(m.capturedView(7), m.capturedView(8), m.capturedView(9));
        if (!parsed)
            return {};
        offset = *parsed;
    } else if (m.hasCaptured(10)) {
        const auto parsed = namedZoneOffset(m.captured(10));
        if (!parsed)
            return {};
        offset = *parsed;
    }
    const QDate date(year, month, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.hasCaptured(6) ? m.captured(6).toInt() : 0);
    return timeDate(date, time, offset, origin);
}

// 14/10/2022, 14.10.2022, 14-10-2022: always day first, as written in France and most of Europe.
PublicationDate parseDayFirstNumeric(const QString &text, DateOrigin origin)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    return dayDate(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(1).toInt(), origin);
}

PublicationDate parseWrittenOut(const QString &text, DateOrigin origin)
{
    // Up to two leading words ("le", "vendredi", "Friday,") and trailing year words ("г.", "року") carry nothing.
    static const QRegularExpression dayMonthYear(
        QStringLiteral(R"(^(?:[\p{L}]+,?\s+){0,2}?(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(?:of\s+)?([\p{L}]+\.?),?\s+)"
                       R"((\d{4})(?:\s*(?:г\.?|года|р\.?|року))?$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthDayYear(
        QStringLiteral(R"(^(?:[\p{L}]+,?\s+)?([\p{L}]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthYear(
        QStringLiteral(R"(^([\p{L}]+\.?)\s+(\d{4})(?:\s*(?:г\.?|года|р\.?|року))?$)"),
        QRegularExpression::CaseInsensitiveOption);

    QRegularExpressionMatch m = dayMonthYear.match(text);
    if (m.hasMatch()) {
        const int month = monthFromName(m.capturedView(2), false);
        return month ? dayDate(m.captured(3).toInt(), month, m.captured(1).toInt(), origin) : PublicationDate();
    }
    m = monthDayYear.match(text);
    if (m.hasMatch()) {
        const int month = monthFromName(m.capturedView(1), false);
        return month ? dayDate(m.captured(3).toInt(), month, m.captured(2).toInt(), origin) : PublicationDate();
    }
    m = monthYear.match(text);
    if (m.hasMatch()) {
        const int month = monthFromName(m.capturedView(1), true);
        return month ? monthDate(m.captured(2).toInt(), month, origin) : PublicationDate();
    }
    return {};
}

} // namespace

PublicationDate parsePublicationDate(const QString &text, DateOrigin origin)
{
    const QString input = text.simplified();
    if (input.isEmpty())
        return {};
    for (auto parse : {parseIso, parseRfc2822, parseDayFirstNumeric, parseWrittenOut}) {
        const PublicationDate date = parse(input, origin);
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace dossier
