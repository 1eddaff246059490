// Publication dates as manifests, sidecars and feeds write them (parsePublicationDate), and the date an article's
// text gives near its top (findDateInText).
#include "fuzzcheck.h"

#include "ingest/dateparser.h"

using namespace dossier;

namespace {

// A valid date is stored as toIso() and read back with fromIso(): it must survive that unchanged, or the library
// would hold a date that sorts wrongly or reads back as none.
void checkStorable(const PublicationDate &date, DateOrigin origin)
{
    if (!date.isValid())
        return;
    FUZZ_CHECK(date.origin == origin);
    FUZZ_CHECK(date.precision == DatePrecision::Time || !date.time.isValid());
    const QString iso = date.toIso();
    FUZZ_CHECK(!iso.isEmpty());
    FUZZ_CHECK(PublicationDate::fromIso(iso, origin) == date);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));

    checkStorable(parsePublicationDate(text, DateOrigin::Feed), DateOrigin::Feed);
    checkStorable(parsePublicationDate(text, DateOrigin::Manifest), DateOrigin::Manifest);

    // The import time of the seeds' era, and one in a leap year's last day, for dates written without a year.
    for (const QDate reference : {QDate(2024, 6, 15), QDate(2020, 12, 31)}) {
        const PublicationDate found = findDateInText(text, reference);
        checkStorable(found, DateOrigin::Text);
        // A date in the future of the reference is an event announced, not the publication.
        FUZZ_CHECK(!found.isValid() || found.date <= reference);
    }
    return 0;
}
