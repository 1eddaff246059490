// Record-at-a-time CSV reading over bytes, with CsvReader::parse()'s rules (tests hold the two to the same cases).
#include "ingest/tablerecordreader.h"

#include <cstring>

namespace dossier {

TableRecordReader::TableRecordReader(QByteArrayView bytes, char separator)
    : m_bytes(bytes)
    , m_separator(separator)
{
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_position = 3;
}

bool TableRecordReader::next()
{
    const qsizetype size = m_bytes.size();
    const char *data = m_bytes.data();
    while (m_position < size) {
        const qsizetype start = m_position;
        ++m_rowNumber;
        m_fields.clear();
        QByteArray field;
        bool inQuotes = false;
        bool fieldWasQuoted = false;
        bool lineHasContent = false; // anything at all on the line, so that blank lines can be passed over
        qsizetype recordEnd = size;
        qsizetype i = start;
        while (i < size) {
            const char c = data[i];
            if (inQuotes) {
                // Everything up to the next quote is the field's, line breaks included.
                const void *quote = std::memchr(data + i, '"', size_t(size - i));
                const qsizetype quoteAt = quote ? static_cast<const char *>(quote) - data : size;
                field.append(data + i, quoteAt - i);
                i = quoteAt;
                if (i >= size)
                    break;
                if (i + 1 < size && data[i + 1] == '"') {
                    field += '"';
                    i += 2;
                } else {
                    inQuotes = false;
                    ++i;
                }
                continue;
            }
            if (c == '\r' || c == '\n') {
                recordEnd = i;
                i += (c == '\r' && i + 1 < size && data[i + 1] == '\n') ? 2 : 1;
                break;
            }
            lineHasContent = true;
            if (c == m_separator) {
                m_fields.append(field);
                field.clear();
                fieldWasQuoted = false;
            } else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
                inQuotes = true;
                fieldWasQuoted = true;
            } else {
                // A quote inside an unquoted field, or text after a closing quote: kept as written.
                field += c;
            }
            ++i;
        }
        m_position = i;
        if (!lineHasContent)
            continue; // a blank line: a row of the spreadsheet, but no record
        m_fields.append(field);
        m_endedInsideQuotes = inQuotes;
        m_record = m_bytes.sliced(start, recordEnd - start);
        return true;
    }
    m_fields.clear();
    m_record = {};
    m_endedInsideQuotes = false;
    return false;
}

} // namespace dossier
