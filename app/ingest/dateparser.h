#pragma once
// Reads publication dates the way manifests, sidecars and feeds write them, and finds the one an article's text gives.

#include "storage/publicationdate.h"

#include <QDate>
#include <QString>

namespace dossier {

// Understands ISO 8601 (2022, 2022-10, 2022-10-14, 2022-10-14T08:30:00+02:00), RFC 2822 as feeds write it
// ("Fri, 14 Oct 2022 08:30:00 +0000"), day-first numeric dates (14/10/2022, 14.10.2022) and written-out
// dates in French and English ("14 octobre 2022", "October 14, 2022"). Times are converted to UTC.
// Returns an invalid date for anything else; never guesses a month/day order for ambiguous input.
PublicationDate parsePublicationDate(const QString &text, DateOrigin origin);

// The publication date an article's text gives near its top (a dateline, "Publié le 24 février 2022 à 10h15",
// "le 24 février 2022", "lundi 19 décembre 2022", "Feb. 4, 2022", "February 4, 2022", "2022-02-04",
// "04/02/2022"), with DateOrigin::Text; invalid when none. reference: a date the text's date cannot be after
// (the import time, or a feed's date) — used to complete a date written without its year ("lundi 19 décembre"
// is the latest 19 December on a Monday not after reference, within a year) and to refuse dates in the future.
// Only the first 12 and the last 3 non-empty lines are read: dates further in are dates of events.
PublicationDate findDateInText(const QString &text, const QDate &reference);

} // namespace dossier
