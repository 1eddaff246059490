#pragma once
// Annotations and tags as the library keeps them, and the small rules about them (colours, author, text hash).

#include "annotations/anchoring.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dossier {

// The separator between a tag's name and its parent's in a path: "Escalation / Nuclear rhetoric".
inline constexpr QStringView tagPathSeparator = u" / ";

struct Tag
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0; // 0 for a top-level tag
    QString color; // "#RRGGBB", or empty for none

    bool operator==(const Tag &other) const = default;
};

// A tag with where it stands in the hierarchy, as listings show it.
struct TagInfo
{
    Tag tag;
    QString path; // names from the top, joined by tagPathSeparator
    int depth = 0; // 0 for a top-level tag
    int annotations = 0; // annotations carrying this tag itself (not its descendants)

    bool operator==(const TagInfo &other) const = default;
};

struct Annotation
{
    qint64 id = 0;
    qint64 documentId = 0;
    Anchor anchor; // UTF-16 range in document.text, quote, context, orphan flag
    QString textHash; // SHA-256 (hex) of the document text the anchor was made for
    QString note;
    QVector<qint64> tagIds; // in the order given; the first one's colour stands in for a missing colour
    QString color; // "#RRGGBB", or empty: then effectiveColor() decides
    QString author;
    QDateTime created; // UTC, milliseconds
    QDateTime updated; // UTC, milliseconds

    bool operator==(const Annotation &other) const = default;
};

// What a new annotation is made of; the store fills in the anchor, hash and timestamps.
struct NewAnnotation
{
    qint64 documentId = 0;
    int start = 0;
    int end = 0;
    QString note;
    QVector<qint64> tagIds;
    QString color;
    QString author;
};

// Whether color is "#RRGGBB" (hexadecimal digits, either case).
bool isValidColor(const QString &color);
// The colour as stored: "#RRGGBB" in upper case, or empty if it is not valid.
QString normalizedColor(const QString &color);
// The colour of an annotation that has none and whose tags have none.
QString defaultAnnotationColor();
// The login name (USER, else USERNAME): the author the CLI writes and the preferences' default.
QString defaultAuthorName();
// SHA-256 of the text's UTF-16 code units as UTF-8, in hex: identifies the text version an anchor was made for.
QString textHash(const QString &text);
// Timestamps as stored: ISO 8601, UTC, milliseconds ("2024-05-01T09:30:00.000Z").
QString timestampText(const QDateTime &time);

// The annotation as `dossier-cli annotations --json` prints it (a contract other tools read): id, document,
// start, end, exact, prefix, suffix, note, tags (full paths), color (its own, or null), author, created,
// updated, orphan. The data exports add fields to it.
QJsonObject annotationJson(const Annotation &annotation, const QStringList &tagPaths);
QDateTime timestampFromText(const QString &text);

} // namespace dossier
