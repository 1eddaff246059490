// RFC 4180 reading, lenient where spreadsheets are sloppy (stray quotes, lone CR, no final line break).
#include "ingest/csvreader.h"

namespace dossier {

namespace {

QStringView withoutBom(const QString &text)
{
    QStringView view(text);
    if (view.startsWith(QChar(QChar::ByteOrderMark)))
        view = view.sliced(1);
    return view;
}

} // namespace

QList<QStringList> CsvReader::parse(const QString &text, QChar separator)
{
    const QStringView input = withoutBom(text);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool lineHasContent = false; // anything at all on the line, so that blank lines can be skipped

    auto endField = [&] {
        row.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        const bool blank = !lineHasContent;
        if (!blank)
            rows.append(row);
        row.clear();
        lineHasContent = false;
    };

    const qsizetype size = input.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = input[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && input[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && input[i + 1] == u'\n')
                ++i;
            endRow();
            continue;
        }
        lineHasContent = true;
        if (c == separator) {
            endField();
        } else if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
        } else {
            // A quote inside an unquoted field, or text after a closing quote: kept as written.
            field += c;
        }
    }
    if (lineHasContent || !field.isEmpty() || !row.isEmpty())
        endRow();
    return rows;
}

QChar CsvReader::detectSeparator(const QString &text)
{
    const QStringView input = withoutBom(text);
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool inQuotes = false;
    for (const QChar c : input) {
        if (c == u'"') {
            inQuotes = !inQuotes; // a doubled quote toggles twice, which is what it should do here
            continue;
        }
        if (inQuotes)
            continue;
        if (c == u'\n' || c == u'\r')
            break;
        if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

} // namespace dossier
