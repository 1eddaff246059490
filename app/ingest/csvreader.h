#pragma once
// Reads CSV as spreadsheets export it (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).

#include <QList>
#include <QString>
#include <QStringList>

namespace dossier {

class CsvReader
{
public:
    // Rows of fields. A UTF-8 BOM, CRLF line ends and a missing final line break are accepted; empty lines are
    // skipped. An unterminated quote takes the rest of the text as the field's value.
    static QList<QStringList> parse(const QString &text, QChar separator = u',');

    // ',' unless the header line has more ';' or tabs outside quotes (as French spreadsheets export).
    static QChar detectSeparator(const QString &text);
};

} // namespace dossier
