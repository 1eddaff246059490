// CSV and TSV exports (TableArticles::extractCsv over TableRecordReader), the in-memory CSV reader manifests use
// (CsvReader), and the column mapping guessed from the header.
#include "tablecheck.h"

#include "ingest/csvreader.h"
#include "ingest/tablerecordreader.h"

using namespace dossier;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);

    fuzz::checkTable(bytes, &TableArticles::extractCsv);
    fuzz::checkMappingRoundTrip(TableArticles::csvHeader(bytes));

    const QString text = QString::fromUtf8(bytes);
    const QChar separator = CsvReader::detectSeparator(text);
    FUZZ_CHECK(separator == u',' || separator == u';' || separator == u'\t');
    for (const QStringList &row : CsvReader::parse(text, separator))
        FUZZ_CHECK(!row.isEmpty());

    // Row numbers only grow, and a record is a part of the bytes.
    TableRecordReader reader(bytes, char(separator.unicode()));
    qsizetype previousRow = 0;
    while (reader.next()) {
        FUZZ_CHECK(reader.rowNumber() > previousRow);
        previousRow = reader.rowNumber();
        FUZZ_CHECK(reader.record().data() >= bytes.constData());
        FUZZ_CHECK(reader.record().data() + reader.record().size() <= bytes.constData() + bytes.size());
    }
    return 0;
}
