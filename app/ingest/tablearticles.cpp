// Exported tables → articles: one row at a time, each cell decoded only when a field needs it.
#include "ingest/tablearticles.h"

#include "ingest/csvreader.h"
#include "ingest/dateparser.h"
#include "ingest/headline.h"
#include "ingest/importrun.h"
#include "ingest/languageguess.h"
#include "ingest/tablerecordreader.h"
#include "ingest/textarticle.h"
#include "ingest/textdecoder.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QUrl>

#include <algorithm>
#include <array>

namespace dossier {

namespace {

using Field = ColumnMapping::Field;
using Cells = std::array<QString, ColumnMapping::fieldCount>;

// Up to this size the whole file decides the encoding, exactly as decodeText() decides it for an article.
// Beyond it, the head and the lines that hold non-ASCII bytes do: lines of plain ASCII say nothing about an
// encoding, and decoding a 200 MB table whole just to name its encoding would double the memory it takes.
constexpr qsizetype wholeSampleLimit = 8 * 1024 * 1024;
constexpr qsizetype headLength = 64 * 1024; // even, so that UTF-16 without a byte order mark is recognised

// The file's bytes in a form whose separators, quotes and line ends are single ASCII bytes.
struct PreparedTable
{
    QByteArray bytes; // the file itself (shared, not copied), or a UTF-16 file converted to UTF-8
    QString encoding; // the file's own encoding, as decodeText() names it
    bool cellsAreUtf8 = true;
    std::optional<QStringConverter::Encoding> utf16; // the file was UTF-16: originals are written back in it
    QString error;
};

bool hasNonAsciiByte(QByteArrayView bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

QByteArray encodingSample(const QByteArray &bytes)
{
    QByteArray sample = bytes.left(headLength);
    const QByteArrayView all(bytes);
    qsizetype position = sample.size();
    while (position < all.size() && sample.size() < wholeSampleLimit) {
        qsizetype end = all.indexOf('\n', position);
        end = end < 0 ? all.size() : end + 1;
        const QByteArrayView line = all.sliced(position, end - position);
        if (hasNonAsciiByte(line))
            sample.append(line.first(std::min(line.size(), wholeSampleLimit - sample.size())));
        position = end;
    }
    return sample;
}

PreparedTable prepare(const QByteArray &bytes)
{
    DecodedText decoded;
    if (bytes.size() <= wholeSampleLimit) {
        decoded = decodeText(bytes);
    } else {
        decoded = decodeText(bytes.left(headLength));
        if (decoded.isText())
            decoded = decoded.encoding.startsWith(QLatin1String("UTF-16")) ? decodeText(bytes)
                                                                           : decodeText(encodingSample(bytes));
    }

    PreparedTable table;
    if (!decoded.isText()) {
        table.error = decoded.error;
        return table;
    }
    table.encoding = decoded.encoding;
    if (decoded.encoding.startsWith(QLatin1String("UTF-16"))) {
        // Every byte of UTF-16 text is ambiguous on its own; in UTF-8 the record reader can cut it.
        table.utf16 = decoded.encoding == u"UTF-16BE" ? QStringConverter::Utf16BE : QStringConverter::Utf16LE;
        table.bytes = decoded.text.toUtf8();
    } else {
        table.bytes = bytes;
        table.cellsAreUtf8 = decoded.encoding == u"UTF-8";
    }
    return table;
}

// Decodes one cell at a time; every encoding PreparedTable holds is stateless between cells.
class CellDecoder
{
public:
    explicit CellDecoder(const PreparedTable &table)
        : m_utf8(table.cellsAreUtf8)
    {
        if (!m_utf8)
            m_decoder = QStringDecoder(table.encoding.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    }

    // *replaced counts the byte sequences that could not be decoded (a U+FFFD written in the file is not one).
    QString decode(QByteArrayView cell, int *replaced = nullptr)
    {
        QString text = m_utf8 ? QString::fromUtf8(cell) : QString(m_decoder.decode(cell));
        if (replaced) {
            qsizetype count = text.count(QChar(QChar::ReplacementCharacter));
            if (m_utf8 && count > 0)
                count -= cell.count("\xEF\xBF\xBD");
            *replaced += int(std::max<qsizetype>(0, count));
        }
        return text;
    }

private:
    bool m_utf8;
    QStringDecoder m_decoder;
};

QByteArray originalBytes(const PreparedTable &table, QByteArrayView record)
{
    if (!table.utf16)
        return record.toByteArray();
    QStringEncoder encoder(*table.utf16);
    return encoder.encode(QString::fromUtf8(record));
}

QString noTextColumnError(const QStringList &header)
{
    return QCoreApplication::translate("dossier::TableArticles",
        "No column holds the article text. The columns are %1. Name the one that does with --map text=COLUMN "
        "(its name, or #N for the N-th column), or rename it to a header Dossier knows, such as text or contenu.")
        .arg(ColumnMapping::quotedList(header));
}

// The mapping for this table's header, or the reason there is none.
std::optional<ColumnMapping> mappingFor(
    const QStringList &header, const std::optional<ColumnMapping> &given, QString *error)
{
    std::optional<ColumnMapping> mapping = given ? given->resolvedFor(header, error) : ColumnMapping::guess(header);
    if (mapping && !mapping->hasText()) {
        *error = noTextColumnError(header);
        return std::nullopt;
    }
    return mapping;
}

// "row 12" identifies the row in data (the report, the document's origin) and is not translated; the notes and
// failures that quote it are sentences for the analyst and are.
QString location(qsizetype row)
{
    return QStringLiteral("row %1").arg(row);
}

QString rowNote(qsizetype row, const QString &sentence)
{
    return QCoreApplication::translate("dossier::TableArticles", "row %1: %2").arg(row).arg(sentence);
}

// Everything but the original bytes, from the cells the mapping picked; nullopt (and a failure) without text.
std::optional<ExtractedArticle> articleFromCells(const Cells &cells, qsizetype row, Extraction *result)
{
    const QString &rawText = cells[int(Field::Text)];
    const bool html = TableArticles::looksLikeHtml(rawText);
    ExtractedArticle article;
    article.text = TextArticle::cleanText(rawText);
    if (article.text.isEmpty()) {
        result->failures.append(QCoreApplication::translate("dossier::TableArticles", "row %1: no text").arg(row));
        return std::nullopt;
    }
    article.location = location(row);
    if (html) {
        article.notes.append(
            QCoreApplication::translate("dossier::TableArticles", "row %1: the text looks like HTML").arg(row));
    }

    DocumentMetadata &metadata = article.metadata;
    metadata.title = cells[int(Field::Title)].simplified();
    metadata.source = cells[int(Field::Source)].simplified();
    metadata.author = cells[int(Field::Author)].simplified();

    if (const QString url = cells[int(Field::Url)].trimmed(); !url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (parsed.isValid() && !parsed.scheme().isEmpty() && !parsed.isRelative())
            metadata.url = url;
        else
            article.notes.append(rowNote(row,
                QCoreApplication::translate("dossier::TableArticles", "the address “%1” is not a valid web address.")
                    .arg(url)));
    }

    if (const QString published = cells[int(Field::Published)].trimmed(); !published.isEmpty()) {
        // A table's date column is what the exporting service recorded about the article, as a feed's pubDate
        // is: the same trust, and the same place in the order of who may overwrite whom. A separate origin
        // would have to be added to the library's schema for no difference in behaviour.
        const PublicationDate date = parsePublicationDate(published, DateOrigin::Feed);
        if (date.isValid())
            metadata.published = date;
        else
            article.notes.append(rowNote(row,
                QCoreApplication::translate("dossier::TableArticles", "the publication date “%1” could not be read.")
                    .arg(published)));
    }

    if (const QString language = cells[int(Field::Language)].trimmed(); !language.isEmpty()) {
        metadata.language = TableArticles::languageCode(language);
        if (metadata.language.isEmpty())
            article.notes.append(rowNote(row,
                QCoreApplication::translate("dossier::TableArticles",
                    "the language “%1” is not one Dossier knows; it was guessed from the text.")
                    .arg(language)));
    }

    // What the text itself says, where the table is silent (markup would only mislead these guesses).
    if (!html) {
        if (metadata.title.isEmpty())
            metadata.title = guessTitle(article.text);
        if (metadata.author.isEmpty())
            metadata.author = findByline(article.text);
    }
    if (metadata.language.isEmpty())
        metadata.language = guessLanguage(article.text);
    return article;
}

// Hands the article on; false when the sink wants no more.
bool deliver(ExtractedArticle &&article, const TableArticles::ArticleSink &sink, Extraction *result)
{
    if (sink)
        return sink(std::move(article));
    result->articles.append(std::move(article));
    return true;
}

QString replacedNote(qsizetype row, int replaced, const QString &encoding)
{
    return rowNote(row,
        QCoreApplication::translate("dossier::TableArticles",
            "%n byte sequence(s) could not be read as %1 and were replaced with “�”.", "", replaced)
            .arg(encoding));
}

// ---- CSV ----

QChar separatorOf(const PreparedTable &table)
{
    CellDecoder decoder(table);
    return CsvReader::detectSeparator(
        decoder.decode(QByteArrayView(table.bytes).first(std::min<qsizetype>(table.bytes.size(), headLength))));
}

QStringList headerOf(const QList<QByteArray> &fields, CellDecoder &decoder)
{
    QStringList header;
    header.reserve(fields.size());
    for (const QByteArray &field : fields)
        header.append(decoder.decode(field).trimmed());
    return header;
}

Extraction readCsv(
    const QByteArray &bytes, const std::optional<ColumnMapping> &given, const TableArticles::ArticleSink &sink)
{
    Extraction result;
    const PreparedTable table = prepare(bytes);
    if (!table.error.isEmpty()) {
        result.error = table.error;
        return result;
    }
    CellDecoder decoder(table);
    TableRecordReader reader(table.bytes, char(separatorOf(table).unicode()));
    if (!reader.next()) {
        result.error = QCoreApplication::translate("dossier::TableArticles", "The table is empty.");
        return result;
    }
    const QStringList header = headerOf(reader.fields(), decoder);
    const std::optional<ColumnMapping> mapping = mappingFor(header, given, &result.error);
    if (!mapping)
        return result;

    bool anyRow = false;
    while (reader.next()) {
        anyRow = true;
        const qsizetype row = reader.rowNumber();
        const QList<QByteArray> &fields = reader.fields();
        Cells cells;
        int replaced = 0;
        for (const Field field : ColumnMapping::fields) {
            const int column = mapping->column(field);
            if (column >= 0 && column < fields.size())
                cells[int(field)] = decoder.decode(fields[column], &replaced);
        }
        std::optional<ExtractedArticle> article = articleFromCells(cells, row, &result);
        if (!article)
            continue;
        article->original = originalBytes(table, reader.record());
        article->originalFormat = QStringLiteral("text/csv");
        article->originalEncoding = table.encoding;
        if (replaced > 0)
            article->notes.append(replacedNote(row, replaced, table.encoding));
        if (reader.endedInsideQuotes())
            article->notes.append(rowNote(row,
                QCoreApplication::translate("dossier::TableArticles",
                    "the file ends inside a quoted cell, so this row may be cut short or hold the rows after it.")));
        if (!deliver(std::move(*article), sink, &result))
            break;
    }
    if (!anyRow)
        result.error = QCoreApplication::translate("dossier::TableArticles", "The table has no rows below its header.");
    return result;
}

// ---- JSON Lines ----

// The lines of the file with their numbers; the line end (\n or \r\n) is not part of the line.
class LineReader
{
public:
    explicit LineReader(QByteArrayView bytes)
        : m_bytes(bytes)
    {
        if (m_bytes.startsWith("\xEF\xBB\xBF"))
            m_position = 3;
    }

    bool next()
    {
        if (m_position >= m_bytes.size())
            return false;
        ++m_number;
        qsizetype end = m_bytes.indexOf('\n', m_position);
        const qsizetype next = end < 0 ? m_bytes.size() : end + 1;
        if (end < 0)
            end = m_bytes.size();
        m_line = m_bytes.sliced(m_position, end - m_position);
        if (m_line.endsWith('\r'))
            m_line.chop(1);
        m_position = next;
        return true;
    }

    QByteArrayView line() const { return m_line; }
    qsizetype number() const { return m_number; }

private:
    QByteArrayView m_bytes;
    qsizetype m_position = 0;
    qsizetype m_number = 0;
    QByteArrayView m_line;
};

bool isBlank(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// A JSON line as an object, or why it is not one.
struct ParsedLine
{
    QJsonObject object;
    QByteArray utf8; // the line as parsed (for its keys' order)
    QString problem;
    int replaced = 0;
};

ParsedLine parseLine(QByteArrayView line, const PreparedTable &table, CellDecoder &decoder)
{
    ParsedLine parsed;
    if (table.cellsAreUtf8)
        parsed.utf8 = line.toByteArray();
    else
        parsed.utf8 = decoder.decode(line, &parsed.replaced).toUtf8();
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(parsed.utf8, &error);
    if (error.error == QJsonParseError::IllegalUTF8String) {
        // One bad byte in a UTF-8 file should cost a character, not the article.
        parsed.utf8 = decoder.decode(line, &parsed.replaced).toUtf8();
        document = QJsonDocument::fromJson(parsed.utf8, &error);
    }
    if (error.error != QJsonParseError::NoError)
        parsed.problem = error.errorString();
    else if (document.isArray())
        parsed.problem = QCoreApplication::translate("dossier::TableArticles", "it is an array");
    else if (!document.isObject())
        parsed.problem = QCoreApplication::translate("dossier::TableArticles", "it is a single value");
    else
        parsed.object = document.object();
    return parsed;
}

// The keys of the object on this (valid) JSON line in the order they are written: QJsonObject sorts them, and the
// analyst's #N in --map counts columns as the file shows them.
QStringList keysInWrittenOrder(QByteArrayView json)
{
    QStringList keys;
    int depth = 0;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = json[i];
        if (c == '"') {
            qsizetype end = i + 1;
            bool escaped = false;
            while (end < size && (escaped || json[end] != '"')) {
                escaped = !escaped && json[end] == '\\';
                ++end;
            }
            if (depth == 1) {
                qsizetype after = end + 1;
                while (after < size && (json[after] == ' ' || json[after] == '\t'))
                    ++after;
                if (after < size && json[after] == ':') {
                    const QByteArrayView token = json.sliced(i, std::min(end + 1, size) - i);
                    if (token.contains('\\')) {
                        // Escapes in a key ("\u00e9"): let the JSON parser undo them.
                        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + token.toByteArray() + ']');
                        keys.append(wrapped.array().at(0).toString());
                    } else {
                        keys.append(QString::fromUtf8(token.sliced(1, token.size() - 2)));
                    }
                }
            }
            i = end;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return keys;
}

// A JSON value as a table cell: arrays (authors, paragraphs) joined, numbers written out, an object by its name.
QString cellText(const QJsonValue &value, const QString &arraySeparator)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 integer = value.toInteger();
        return double(integer) == number ? QString::number(integer)
                                         : QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &element : value.toArray()) {
            const QString part = cellText(element, arraySeparator).trimmed();
            if (!part.isEmpty())
                parts.append(part);
        }
        return parts.join(arraySeparator);
    }
    case QJsonValue::Object:
        return cellText(value.toObject().value(QLatin1String("name")), arraySeparator);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

struct JsonHeader
{
    QStringList columns;
    QString firstProblem; // when no object was found: what the first non-blank line was instead
    qsizetype firstProblemLine = 0;
    bool anyLine = false;
};

JsonHeader jsonHeaderOf(const PreparedTable &table)
{
    JsonHeader header;
    CellDecoder decoder(table);
    LineReader lines(table.bytes);
    QSet<QString> seen;
    int objects = 0;
    while (objects < TableArticles::headerSampleObjects && lines.next()) {
        if (isBlank(lines.line()))
            continue;
        header.anyLine = true;
        const ParsedLine parsed = parseLine(lines.line(), table, decoder);
        if (!parsed.problem.isEmpty()) {
            if (header.firstProblem.isEmpty()) {
                header.firstProblem = parsed.problem;
                header.firstProblemLine = lines.number();
            }
            continue;
        }
        ++objects;
        for (const QString &key : keysInWrittenOrder(parsed.utf8)) {
            if (!seen.contains(key)) {
                seen.insert(key);
                header.columns.append(key);
            }
        }
    }
    return header;
}

Extraction readJsonLines(
    const QByteArray &bytes, const std::optional<ColumnMapping> &given, const TableArticles::ArticleSink &sink)
{
    Extraction result;
    const PreparedTable table = prepare(bytes);
    if (!table.error.isEmpty()) {
        result.error = table.error;
        return result;
    }
    const JsonHeader header = jsonHeaderOf(table);
    if (!header.anyLine) {
        result.error = QCoreApplication::translate("dossier::TableArticles", "The file is empty.");
        return result;
    }
    if (header.columns.isEmpty()) {
        result.error = QCoreApplication::translate(
            "dossier::TableArticles", "The file holds no JSON object on a line of its own (line %1: %2).")
                           .arg(header.firstProblemLine)
                           .arg(header.firstProblem);
        return result;
    }
    const std::optional<ColumnMapping> mapping = mappingFor(header.columns, given, &result.error);
    if (!mapping)
        return result;

    CellDecoder decoder(table);
    LineReader lines(table.bytes);
    while (lines.next()) {
        if (isBlank(lines.line()))
            continue;
        const qsizetype row = lines.number();
        const ParsedLine parsed = parseLine(lines.line(), table, decoder);
        if (!parsed.problem.isEmpty()) {
            result.failures.append(
                QCoreApplication::translate("dossier::TableArticles", "row %1: not a JSON object (%2)")
                    .arg(row)
                    .arg(parsed.problem));
            continue;
        }
        Cells cells;
        for (const Field field : ColumnMapping::fields) {
            const int column = mapping->column(field);
            if (column < 0)
                continue;
            // Paragraphs given as an array are paragraphs; anything else listed (authors) is a list.
            const QString separator = field == Field::Text ? QStringLiteral("\n\n") : QStringLiteral(", ");
            cells[int(field)] = cellText(parsed.object.value(header.columns[column]), separator);
        }
        std::optional<ExtractedArticle> article = articleFromCells(cells, row, &result);
        if (!article)
            continue;
        article->original = originalBytes(table, lines.line());
        article->originalFormat = QStringLiteral("application/x-ndjson");
        article->originalEncoding = table.encoding;
        if (parsed.replaced > 0)
            article->notes.append(replacedNote(row, parsed.replaced, table.encoding));
        if (!deliver(std::move(*article), sink, &result))
            break;
    }
    return result;
}

// Folds a language name for comparison: case and accents ignored.
QString languageKey(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString key;
    for (const QChar c : decomposed) {
        if (!c.isMark())
            key += c.toCaseFolded();
    }
    return key.simplified();
}

} // namespace

bool TableArticles::looksLikeCsv(const QString &path, const QByteArray &head)
{
    Q_UNUSED(head);
    const QFileInfo info(path);
    if (info.fileName() == ImportRun::folderManifestName())
        return false;
    const QString suffix = info.suffix().toLower();
    return suffix == u"csv" || suffix == u"tsv";
}

bool TableArticles::looksLikeJsonLines(const QString &path, const QByteArray &head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return true;
    if (suffix != u"json")
        return false;
    QByteArrayView view(head);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    qsizetype start = 0;
    while (start < view.size()
        && (view[start] == ' ' || view[start] == '\t' || view[start] == '\r' || view[start] == '\n'))
        ++start;
    if (start >= view.size() || view[start] != '{')
        return false;
    const qsizetype end = view.indexOf('\n', start);
    const QByteArrayView firstLine = view.sliced(start, (end < 0 ? view.size() : end) - start);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(firstLine.toByteArray(), &error);
    if (error.error == QJsonParseError::NoError && document.isObject())
        return true;
    if (end >= 0)
        return false;
    // The head ended inside the first line: an object whose first key is on the same line as its '{'.
    qsizetype next = start + 1;
    while (next < firstLine.size() + start && (view[next] == ' ' || view[next] == '\t'))
        ++next;
    return next < view.size() && view[next] == '"';
}

Extraction TableArticles::extractCsv(const QByteArray &bytes, const std::optional<ColumnMapping> &mapping)
{
    return readCsv(bytes, mapping, {});
}

Extraction TableArticles::extractCsv(
    const QByteArray &bytes, const std::optional<ColumnMapping> &mapping, const ArticleSink &sink)
{
    return readCsv(bytes, mapping, sink);
}

Extraction TableArticles::extractJsonLines(const QByteArray &bytes, const std::optional<ColumnMapping> &mapping)
{
    return readJsonLines(bytes, mapping, {});
}

Extraction TableArticles::extractJsonLines(
    const QByteArray &bytes, const std::optional<ColumnMapping> &mapping, const ArticleSink &sink)
{
    return readJsonLines(bytes, mapping, sink);
}

QStringList TableArticles::csvHeader(const QByteArray &bytes)
{
    const PreparedTable table = prepare(bytes);
    if (!table.error.isEmpty())
        return {};
    CellDecoder decoder(table);
    TableRecordReader reader(table.bytes, char(separatorOf(table).unicode()));
    return reader.next() ? headerOf(reader.fields(), decoder) : QStringList();
}

QStringList TableArticles::jsonLinesHeader(const QByteArray &bytes)
{
    const PreparedTable table = prepare(bytes);
    return table.error.isEmpty() ? jsonHeaderOf(table).columns : QStringList();
}

bool TableArticles::looksLikeHtml(const QString &text)
{
    static const QRegularExpression closedTag(
        QStringLiteral(R"(</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--|<!doctype\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView trimmed = QStringView(text).trimmed();
    return trimmed.startsWith(u'<') && closedTag.match(trimmed).hasMatch();
}

QString TableArticles::languageCode(const QString &value)
{
    const QString trimmed = value.trimmed();
    // "fr", "FR", "fr-FR", "fr_CA": the library keeps the language, not the region.
    static const QRegularExpression code(
        QStringLiteral(R"(^([a-z]{2})(?:[-_][a-z0-9]+)*$)"), QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = code.match(trimmed); match.hasMatch())
        return match.captured(1).toLower();

    static const QHash<QString, QString> names = [] {
        const QList<std::pair<QString, QStringList>> languages{
            {QStringLiteral("fr"),
                {QStringLiteral("fra"), QStringLiteral("fre"), QStringLiteral("french"), QStringLiteral("français")}},
            {QStringLiteral("en"), {QStringLiteral("eng"), QStringLiteral("english"), QStringLiteral("anglais")}},
            {QStringLiteral("uk"),
                {QStringLiteral("ukr"), QStringLiteral("ukrainian"), QStringLiteral("ukrainien"),
                    QStringLiteral("українська"), QStringLiteral("украинский")}},
            {QStringLiteral("ru"),
                {QStringLiteral("rus"), QStringLiteral("russian"), QStringLiteral("russe"), QStringLiteral("русский")}},
            {QStringLiteral("de"),
                {QStringLiteral("deu"), QStringLiteral("ger"), QStringLiteral("german"), QStringLiteral("allemand"),
                    QStringLiteral("deutsch")}},
            {QStringLiteral("es"),
                {QStringLiteral("spa"), QStringLiteral("spanish"), QStringLiteral("espagnol"),
                    QStringLiteral("español")}},
            {QStringLiteral("it"),
                {QStringLiteral("ita"), QStringLiteral("italian"), QStringLiteral("italien"),
                    QStringLiteral("italiano")}},
            {QStringLiteral("pl"),
                {QStringLiteral("pol"), QStringLiteral("polish"), QStringLiteral("polonais"),
                    QStringLiteral("polski")}},
        };
        QHash<QString, QString> byName;
        // Keys are folded like the values looked up, so "francais" and "FRANÇAIS" find "français".
        for (const auto &[code, names] : languages) {
            for (const QString &name : names)
                byName.insert(languageKey(name), code);
        }
        return byName;
    }();
    // "French (France)", "français, France": the language before the region.
    const QString name = trimmed.section(u'(', 0, 0).section(u',', 0, 0);
    return names.value(languageKey(name));
}

} // namespace dossier
