#pragma once
// When an article was published, as precisely as its source says, and who said so.

#include <QDate>
#include <QString>
#include <QTime>

namespace dossier {

enum class DatePrecision { Unknown, Year, Month, Day, Time };

// Where a publication date came from; kept so that a date the analyst typed is never overwritten by a guess.
enum class DateOrigin { Unknown, Feed, Manifest, Sidecar, PageMetadata, Text, User };

struct PublicationDate
{
    QDate date; // for Year precision the month and day are 1; for Month, the day is 1
    QTime time; // valid only for Time precision, in UTC
    DatePrecision precision = DatePrecision::Unknown;
    DateOrigin origin = DateOrigin::Unknown;

    bool isValid() const { return precision != DatePrecision::Unknown && date.isValid(); }

    // ISO 8601 at the date's own precision: "2022", "2022-10", "2022-10-14" or "2022-10-14T08:30:00Z".
    // Empty for an invalid date. This is also how the library stores it, so text order is time order.
    QString toIso() const;

    // Reads what toIso() writes (strictly); returns an invalid date for anything else.
    static PublicationDate fromIso(const QString &iso, DateOrigin origin = DateOrigin::Unknown);

    static QString originName(DateOrigin origin);
    // "year", "month", "day", "time" as the library stores them; empty for Unknown.
    static QString precisionName(DatePrecision precision);
    static DateOrigin originFromName(const QString &name);

    bool operator==(const PublicationDate &other) const = default;
};

} // namespace dossier
