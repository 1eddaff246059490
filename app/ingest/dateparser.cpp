// Publication dates as manifests, sidecars and feeds write them; every accepted form is unambiguous.
// Also the date an article's own text gives, where the words around a date decide whether it is the
// publication date or the date of an event.
#include "ingest/dateparser.h"

#include <QDateTime>
#include <QList>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
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

// --- Dates written in an article's text ---

// Monday first, as QDate::dayOfWeek() counts. The short French forms ("mar. 19 déc.") are weekdays only where a
// day and a month follow, which the pattern below requires.
constexpr const char16_t *weekdayNames[7] = {
    u"lundi lun monday mon",
    u"mardi mar tuesday tues tue",
    u"mercredi mer wednesday wed",
    u"jeudi jeu thursday thurs thur thu",
    u"vendredi ven friday fri",
    u"samedi sam saturday sat",
    u"dimanche dim sunday sun",
};

// The names of a table as a regular-expression alternation, longest first so that "mars" is not read as "mar".
template<std::size_t N> QString alternationOf(const char16_t *const (&table)[N])
{
    QStringList names;
    for (const char16_t *entry : table) {
        for (QStringView name : QStringView(entry).tokenize(u' '))
            names.append(QRegularExpression::escape(name.toString()));
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return names.join(u'|');
}

int weekdayFromName(QStringView word)
{
    const QString key = word.toString().toLower();
    for (int day = 0; day < 7; ++day) {
        for (QStringView name : QStringView(weekdayNames[day]).tokenize(u' ')) {
            if (key == name)
                return day + 1;
        }
    }
    return 0;
}

// A calendar date as the text wrote it, before it is checked against the reference date.
struct DateMention
{
    qsizetype start = 0;
    qsizetype end = 0; // after the date and its time of day, if any
    int year = 0; // 0 when the text leaves the year out
    int month = 0;
    int day = 0;
    int weekday = 0; // 1 for Monday; 0 when none is written
    QTime time; // invalid when no time of day follows the date
    std::optional<int> offsetSeconds; // the zone of time, only when the text names one
};

const QRegularExpression &writtenDatePattern()
{
    static const QRegularExpression pattern = [] {
        const QString weekdays = alternationOf(weekdayNames);
        const QString months = alternationOf(monthNames);
        return QRegularExpression(
            QStringLiteral(R"((?<![\p{L}\p{N}])(?:(%1)(?![\p{L}])\.?,?\s(?:(?:le|the)\s)?)?)"
                           R"((?:(\d{1,2})(?:er|re|e|st|nd|rd|th)?(?![\p{L}\p{N}])\.?\s(?:of\s)?(%2)(?![\p{L}])\.?)"
                           R"(|(%2)(?![\p{L}])\.?\s(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])))"
                           R"((?:,?\s((?:19|20)\d{2})(?![\p{N}])(?:\s?(?:г\.|года|г|р\.|року|р)(?![\p{L}]))?)?)")
                .arg(weekdays, months),
            QRegularExpression::CaseInsensitiveOption);
    }();
    return pattern;
}

// A time of day right after a date: "à 10h15", "10 h 15", ", 10:15 GMT", "at 4:15 p.m. UTC+1", "T10:15:00Z".
// The zone is kept only when the text names one: a time in an unknown zone cannot be turned into UTC.
void readTimeOfDay(const QString &line, DateMention &mention)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?:\s?(?:,|-|–|—|\||•|/|à|at)?\s?|T))"
                       R"((\d{1,2})(?:\s?h\s?(\d{2})?(?![\p{L}\p{N}])|[:.](\d{2})(?::(\d{2}))?(?![\p{N}])))"
                       R"((?:\s?([ap])\.?m\.?(?![\p{L}]))?)"
                       R"((?:\s?\(?(?:(GMT|UTC|Z)(?:\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?)?|([+-])(\d{2}):?(\d{2})))"
                       R"((?![\p{L}\p{N}])\)?)?)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(
        line, mention.end, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return;
    int hour = m.captured(1).toInt();
    const int minute = m.hasCaptured(2) ? m.captured(2).toInt() : m.hasCaptured(3) ? m.captured(3).toInt() : 0;
    const int second = m.hasCaptured(4) ? m.captured(4).toInt() : 0;
    if (m.hasCaptured(5)) {
        if (hour < 1 || hour > 12)
            return;
        hour = hour % 12 + (m.captured(5).compare(u"p", Qt::CaseInsensitive) == 0 ? 12 : 0);
    }
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return;
    std::optional<int> offset;
    if (m.hasCaptured(7))
        offset = offsetFromNumeric(m.capturedView(7), m.capturedView(8), m.capturedView(9));
    else if (m.hasCaptured(6))
        offset = 0;
    else if (m.hasCaptured(10))
        offset = offsetFromNumeric(m.capturedView(10), m.capturedView(11), m.capturedView(12));
    mention.time = time;
    mention.offsetSeconds = offset;
    mention.end = m.capturedEnd(0);
}

// Every date in a line with a day and a month, in order of position.
QList<DateMention> findMentions(const QString &line)
{
    // yyyy-mm-dd and day-first dd/mm/yyyy; not inside a longer run of numbers, a path or a URL slug.
    static const QRegularExpression iso(
        QStringLiteral(R"((?<![\p{L}\p{N}./-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\p{N}]))"));
    static const QRegularExpression dayFirst(
        QStringLiteral(R"((?<![\p{L}\p{N}./-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?![\p{N}]))"));

    QList<DateMention> mentions;
    for (auto it = writtenDatePattern().globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        DateMention mention;
        mention.start = m.capturedStart(0);
        mention.end = m.capturedEnd(0);
        mention.weekday = m.hasCaptured(1) ? weekdayFromName(m.capturedView(1)) : 0;
        const bool dayBeforeMonth = m.hasCaptured(2);
        mention.day = m.captured(dayBeforeMonth ? 2 : 5).toInt();
        mention.month = monthFromName(m.capturedView(dayBeforeMonth ? 3 : 4), false);
        mention.year = m.hasCaptured(6) ? m.captured(6).toInt() : 0;
        if (mention.month)
            mentions.append(mention);
    }
    for (auto it = iso.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        mentions.append({m.capturedStart(0), m.capturedEnd(0), m.captured(1).toInt(), m.captured(2).toInt(),
            m.captured(3).toInt(), 0, QTime(), std::nullopt});
    }
    for (auto it = dayFirst.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        mentions.append({m.capturedStart(0), m.capturedEnd(0), m.captured(4).toInt(), m.captured(3).toInt(),
            m.captured(1).toInt(), 0, QTime(), std::nullopt});
    }
    std::sort(
        mentions.begin(), mentions.end(), [](const DateMention &a, const DateMention &b) { return a.start < b.start; });
    QList<DateMention> ordered;
    for (DateMention &mention : mentions) {
        if (!ordered.isEmpty() && mention.start < ordered.back().end)
            continue;
        readTimeOfDay(line, mention);
        ordered.append(mention);
    }
    return ordered;
}

// What the words before a date say of it. The order is the order of preference: a date labelled as the
// publication date beats a dateline, which beats a date standing alone in the header; an update date comes last
// because it is, by definition, not when the article first appeared.
enum class DateCue { Published, Dateline, Lead, Timed, Bare, Updated, None };

QString cueAlternation()
{
    // Group 1: publication, group 2: update. French first, then English, then the Russian and Ukrainian labels.
    return QStringLiteral("(?:(date de publication|mise? en ligne|publiée?|publication|parue?|first published|"
                          "published|posted|опубликовано|опубліковано|дата публикации|дата публікації)|"
                          "(derni[eè]re mise [àa] jour|mise? [àa] jour|modifiée?|actualisée?|last updated|updated|"
                          "modified|обновлено|оновлено))");
}

// The publication or update label in line[from, to), right before a date ("Publié le ", "| Updated ",
// "Published by Jane Doe on "). A lowercase label in the middle of a sentence ("le rapport publié le 3 mars")
// is a verb, not a label: it counts only at the start of the line or, in a short line, after a separator.
DateCue cueWordBefore(const QString &line, qsizetype from, qsizetype to, bool shortLine)
{
    static const QRegularExpression cue(QStringLiteral(R"((?<![\p{L}])%1(?![\p{L}]))").arg(cueAlternation()),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sentenceBreak(QStringLiteral(R"([.!?](?:\s|$))"));
    const QString gap = line.mid(from, to - from);
    QRegularExpressionMatch last;
    for (auto it = cue.globalMatch(gap); it.hasNext();)
        last = it.next();
    if (!last.hasMatch())
        return DateCue::None;
    const QString between = gap.mid(last.capturedEnd(0));
    if (between.size() > 40 || between.contains(sentenceBreak))
        return DateCue::None;
    const QString before = gap.left(last.capturedStart(0)).trimmed();
    const bool capitalized = gap.at(last.capturedStart(0)).isUpper();
    const bool atLineStart = from == 0 && before.isEmpty();
    const bool afterSeparator = before.isEmpty() || QStringView(u",;|•·–—-(/:").contains(before.back());
    if (!capitalized && !atLineStart && !(shortLine && afterSeparator))
        return DateCue::None;
    return last.hasCaptured(1) ? DateCue::Published : DateCue::Updated;
}

// A line that is only a label ("Publié le", "Published:"), whose date is on the next line.
DateCue labelLine(const QString &line)
{
    static const QRegularExpression label(QStringLiteral(R"(^%1(?:\s(?:le|on))?\s?:?$)").arg(cueAlternation()),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = label.match(line);
    if (!m.hasMatch())
        return DateCue::None;
    return m.hasCaptured(1) ? DateCue::Published : DateCue::Updated;
}

// "KYIV, 24 février (AFP) -", "KYIV, Ukraine, Feb. 24 (AP) —", "Paris, le 24 février 2022": a place in capitals,
// a comma, the date, then the agency, a dash or the end of the line.
bool isDateline(const QString &line, const DateMention &mention)
{
    static const QRegularExpression place(QStringLiteral(
        R"(^(?:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}(?:\s?\([^)]{1,30}\))?,\s?){1,2}(?:le\s)?$)"));
    static const QRegularExpression after(QStringLiteral(R"(\s?(?:\([^)]{1,30}\)\s?)?(?:[-–—:]|$))"));
    return place.match(QStringView(line).left(mention.start)).hasMatch()
        && after
               .match(line, mention.end, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
               .hasMatch();
}

// "le 24 février 2022" opening a line or following a comma or a separator; not "ce qui s'est passé le 24 février".
bool followsLe(const QString &line, qsizetype from, qsizetype to)
{
    static const QRegularExpression le(
        QStringLiteral(R"((?:^|[,;|•·–—-])\s?le\s$)"), QRegularExpression::CaseInsensitiveOption);
    return le.match(QStringView(line).mid(from, to - from)).hasMatch();
}

int wordCount(QStringView text)
{
    int count = 0;
    for (QStringView word : text.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            ++count;
    }
    return count;
}

struct ScannedLine
{
    QString text; // simplified, so that non-breaking and thin spaces read as spaces
    bool top = true; // among the first lines rather than the last ones
    bool truncated = false;
};

// The first 12 and the last 3 non-empty lines; the rest of the text is never split, so that a long article costs
// no more than a short one.
QList<ScannedLine> linesToScan(const QString &text)
{
    constexpr int headLines = 12;
    constexpr int tailLines = 3;
    // A dateline or a "Publié le" opens its line; reading a whole paragraph (or a file without line breaks) would
    // only find dates of events.
    constexpr qsizetype maximumLength = 400;

    auto lineAt = [&text](qsizetype start, qsizetype end, bool top) {
        ScannedLine line;
        line.top = top;
        QStringView raw = QStringView(text).mid(start, end - start);
        if (raw.size() > maximumLength) {
            const qsizetype cut = raw.left(maximumLength).lastIndexOf(u' ');
            raw = raw.left(cut > 0 ? cut : maximumLength);
            line.truncated = true;
        }
        line.text = raw.toString().simplified();
        return line;
    };

    QList<ScannedLine> lines;
    qsizetype headEnd = 0;
    while (lines.size() < headLines && headEnd < text.size()) {
        qsizetype newline = text.indexOf(u'\n', headEnd);
        if (newline < 0)
            newline = text.size();
        ScannedLine line = lineAt(headEnd, newline, true);
        if (!line.text.isEmpty())
            lines.append(std::move(line));
        headEnd = newline + 1;
    }
    QList<ScannedLine> tail;
    qsizetype tailEnd = text.size();
    while (tail.size() < tailLines && tailEnd > headEnd) {
        const qsizetype newline = text.lastIndexOf(u'\n', tailEnd - 1);
        ScannedLine line = lineAt(std::max(newline + 1, headEnd), tailEnd, false);
        if (!line.text.isEmpty())
            tail.prepend(std::move(line));
        tailEnd = newline;
    }
    return lines + tail;
}

// The calendar date a mention stands for, or an invalid date when it is impossible, in the future, or written
// without its year and not completable.
PublicationDate resolveMention(const DateMention &mention, const QDate &reference)
{
    QDate date;
    if (mention.year) {
        date = QDate(mention.year, mention.month, mention.day);
    } else {
        if (!reference.isValid())
            return {};
        // A site leaves the year out only for recent articles: the last such day up to the reference.
        date = QDate(reference.year(), mention.month, mention.day);
        if (!date.isValid() || date > reference)
            date = QDate(reference.year() - 1, mention.month, mention.day);
        if (!date.isValid() || date <= reference.addYears(-1))
            return {};
        // The weekday is what makes "lundi 19 décembre" trustworthy: if it does not match, the article is older.
        if (mention.weekday && date.dayOfWeek() != mention.weekday)
            return {};
    }
    if (!date.isValid() || (reference.isValid() && date > reference))
        return {};
    if (mention.time.isValid() && mention.offsetSeconds)
        return timeDate(date, mention.time, *mention.offsetSeconds, DateOrigin::Text);
    return dayDate(date.year(), date.month(), date.day(), DateOrigin::Text);
}

// How a mention in a line presents itself; DateCue::None when it does not look like the publication date.
DateCue cueFor(const ScannedLine &line, const DateMention &mention, qsizetype gapStart, DateCue labelAbove)
{
    const bool shortLine = !line.truncated && wordCount(line.text) <= 12;
    DateCue cue = cueWordBefore(line.text, gapStart, mention.start, shortLine);
    if (cue == DateCue::None && gapStart == 0)
        cue = labelAbove;
    if (cue != DateCue::None)
        return cue;
    // Without a label only the header counts: datelines and short lines near the top.
    if (!line.top)
        return DateCue::None;
    if (gapStart == 0 && isDateline(line.text, mention))
        return DateCue::Dateline;
    // A short line that ends as a sentence ends ("La guerre a commencé le 24 février 2022.") tells of an event.
    const bool sentence = mention.end < line.text.size() && QStringView(u".!?…").contains(line.text.back());
    if (!shortLine || sentence)
        return DateCue::None;
    if (followsLe(line.text, gapStart, mention.start))
        return DateCue::Lead;
    if (mention.time.isValid())
        return DateCue::Timed;
    // A date with little else around it ("Par Jean Dupont — 24 février 2022"); a headline that mentions a date
    // has more words than that. Without a year, only a weekday makes a bare day and month a date.
    // A date that opens a clause ("24 février 2022, 10 soldats ont été tués") is what the line tells of.
    static const QRegularExpression clause(QStringLiteral(R"(\s?[,:]\s?[\p{Ll}\p{N}])"));
    const int otherWords
        = wordCount(line.text) - wordCount(QStringView(line.text).mid(mention.start, mention.end - mention.start));
    if (otherWords > 5 || (!mention.year && !mention.weekday)
        || clause
               .match(line.text, mention.end, QRegularExpression::NormalMatch,
                   QRegularExpression::AnchorAtOffsetMatchOption)
               .hasMatch())
        return DateCue::None;
    return DateCue::Bare;
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

PublicationDate findDateInText(const QString &text, const QDate &reference)
{
    PublicationDate best;
    DateCue bestCue = DateCue::None;
    DateCue labelAbove = DateCue::None;
    bool previousTop = true;
    for (const ScannedLine &line : linesToScan(text)) {
        if (line.top != previousTop)
            labelAbove = DateCue::None; // the first of the last lines does not follow the twelfth line
        previousTop = line.top;
        qsizetype gapStart = 0;
        for (const DateMention &mention : findMentions(line.text)) {
            const DateCue cue = cueFor(line, mention, gapStart, labelAbove);
            gapStart = mention.end;
            if (cue >= bestCue)
                continue;
            const PublicationDate date = resolveMention(mention, reference);
            if (!date.isValid())
                continue;
            best = date;
            bestCue = cue;
            if (cue == DateCue::Published)
                return best;
        }
        labelAbove = labelLine(line.text);
    }
    return best;
}

} // namespace dossier
