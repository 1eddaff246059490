#pragma once
// Reads a CSV or TSV export one record at a time, from its bytes, so that a table of hundreds of megabytes is
// never held whole as text or as a list of rows.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace dossier {

// The rules are CsvReader::parse()'s (RFC 4180, lenient where spreadsheets are sloppy), applied to bytes in an
// ASCII-compatible encoding: UTF-8, windows-125x, ISO-8859-x, KOI8-R. In those the separator, the quote and the
// line ends are single ASCII bytes that no other character contains, so records and fields can be cut before
// decoding, and each field decoded on its own. (UTF-16 must be converted to UTF-8 first.)
class TableRecordReader
{
public:
    // bytes must outlive the reader. A UTF-8 byte order mark at the start is skipped.
    TableRecordReader(QByteArrayView bytes, char separator);

    // Moves to the next record that is not blank; false at the end of the bytes.
    bool next();

    // The current record's fields, quotes removed and doubled quotes undone, still encoded.
    const QList<QByteArray> &fields() const { return m_fields; }
    // The current record as written in the file, without its line end.
    QByteArrayView record() const { return m_record; }
    // The current record's number counting every record from 1, blank lines included: the row a spreadsheet
    // shows it on, since spreadsheets keep blank lines as empty rows and a quoted line break within one row.
    qsizetype rowNumber() const { return m_rowNumber; }
    // Whether the current record ran into the end of the bytes inside a quoted field (a truncated file): the
    // rest of the bytes became that field's value.
    bool endedInsideQuotes() const { return m_endedInsideQuotes; }

private:
    QByteArrayView m_bytes;
    char m_separator;
    qsizetype m_position = 0;
    qsizetype m_rowNumber = 0;
    QList<QByteArray> m_fields;
    QByteArrayView m_record;
    bool m_endedInsideQuotes = false;
};

} // namespace dossier
