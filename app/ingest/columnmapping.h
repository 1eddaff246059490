#pragma once
// Which column of an exported table (CSV, TSV, JSON Lines) feeds each field of a document.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace dossier {

class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(dossier::ColumnMapping)

public:
    // In the order describe() writes them: the text first, since it is the one a table cannot do without.
    enum class Field { Text, Title, Published, Source, Url, Author, Language };
    static constexpr int fieldCount = 7;
    static constexpr std::array<Field, fieldCount> fields{
        Field::Text, Field::Title, Field::Published, Field::Source, Field::Url, Field::Author, Field::Language};

    // "text", "title", "published", "source", "url", "author", "language": the names --map understands.
    static QString fieldName(Field field);
    static std::optional<Field> fieldFromName(const QString &name); // case-insensitive

    // Reads the header as monitoring services and scrapers name their columns, in English and French, ignoring
    // case, accents, punctuation and camelCase ("Date de publication", "published_at", "pubDate", "Média").
    // When several columns could feed one field, the likelier name wins ("content" over "article"), then the
    // leftmost. Fields no column names stay unmapped; check hasText() before using the mapping.
    static ColumnMapping guess(const QStringList &header);

    // The --map syntax: comma-separated field=COLUMN, where COLUMN is a header name (matched exactly, else
    // ignoring case and accents), "#N" for the N-th column counting from 1, or a "quoted name" for a name that
    // holds a comma, an equals sign or starts with '#'. Example: text=body,title=headline,published=#4.
    // Fields not named stay unmapped (nothing is guessed); the text must be named. On error, nullopt and *error
    // names every unknown field and column.
    static std::optional<ColumnMapping> parse(const QString &spec, const QStringList &header, QString *error);

    // The same mapping applied to another table's header (the next export of the same service): columns named
    // by name are looked up again, columns named by number keep their number.
    std::optional<ColumnMapping> resolvedFor(const QStringList &header, QString *error) const;

    // 0-based index into header(), or -1 when the field is not mapped.
    int column(Field field) const { return m_columns[index(field)].index; }
    bool isMapped(Field field) const { return column(field) >= 0; }
    bool hasText() const { return isMapped(Field::Text); }

    // Maps the field to a column of header() (as the import dialog's choices do); -1 unmaps it.
    void setColumn(Field field, int column);

    QStringList header() const { return m_header; }

    // The mapping in parse()'s syntax, text first; columns by name unless the name is empty or not unique.
    QString describe() const;

    bool operator==(const ColumnMapping &other) const = default;

    // “a”, “b”, “c”: a table's columns as messages name them.
    static QString quotedList(const QStringList &names);

private:
    struct Column
    {
        int index = -1;
        bool byNumber = false; // given as #N: describe() and resolvedFor() keep the number, not the name
        bool operator==(const Column &other) const = default;
    };
    static constexpr int index(Field field) { return int(field); }

    QStringList m_header;
    std::array<Column, fieldCount> m_columns{};
};

} // namespace dossier
