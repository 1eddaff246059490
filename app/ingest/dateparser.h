#pragma once
// Reads publication dates the way manifests, sidecars and feeds write them.

#include "storage/publicationdate.h"

#include <QString>

namespace dossier {

// Understands ISO 8601 (2022, 2022-10, 2022-10-14, 2022-10-14T08:30:00+02:00), RFC 2822 as feeds write it
// ("Fri, 14 Oct 2022 08:30:00 +0000"), day-first numeric dates (14/10/2022, 14.10.2022) and written-out
// dates in French and English ("14 octobre 2022", "October 14, 2022"). Times are converted to UTC.
// Returns an invalid date for anything else; never guesses a month/day order for ambiguous input.
PublicationDate parsePublicationDate(const QString &text, DateOrigin origin);

} // namespace dossier
