// Manifests and sidecars: metadata from outside the article, checked value by value.
#include "ingest/articlemetadata.h"

#include "ingest/csvreader.h"
#include "ingest/dateparser.h"
#include "ingest/textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace dossier {

namespace {

enum class Field { Unknown, File, Title, Source, Published, Language, Url, Author };

Field fieldFromName(const QString &name)
{
    static const struct
    {
        const char16_t *name;
        Field field;
    } names[] = {
        {u"file", Field::File},
        {u"filename", Field::File},
        {u"path", Field::File},
        {u"title", Field::Title},
        {u"source", Field::Source},
        {u"published", Field::Published},
        {u"date", Field::Published},
        {u"pubdate", Field::Published},
        {u"language", Field::Language},
        {u"lang", Field::Language},
        {u"url", Field::Url},
        {u"link", Field::Url},
        {u"author", Field::Author},
        {u"byline", Field::Author},
    };
    const QString key = name.trimmed().toLower();
    for (const auto &entry : names) {
        if (key == QStringView(entry.name))
            return entry.field;
    }
    return Field::Unknown;
}

// Stores one value in the metadata, or says in the problems why it could not be used.
void setField(ExternalMetadata &external, Field field, const QString &rawValue, DateOrigin origin)
{
    const QString value = rawValue.trimmed();
    if (value.isEmpty())
        return;
    DocumentMetadata &metadata = external.metadata;
    switch (field) {
    case Field::Title:
        metadata.title = value.simplified();
        break;
    case Field::Source:
        metadata.source = value.simplified();
        break;
    case Field::Author:
        metadata.author = value.simplified();
        break;
    case Field::Published: {
        const PublicationDate date = parsePublicationDate(value, origin);
        if (date.isValid())
            metadata.published = date;
        else
            external.problems.append(
                QCoreApplication::translate("dossier::ArticleMetadata", "The publication date “%1” could not be read.")
                    .arg(value));
        break;
    }
    case Field::Language: {
        // "fr", "FR", "fr-FR", "fr_CA": the library keeps the language, not the region.
        static const QRegularExpression code(QStringLiteral(R"(^([a-z]{2})(?:[-_][a-z0-9]+)*$)"));
        const QRegularExpressionMatch match = code.match(value.toLower());
        if (match.hasMatch())
            metadata.language = match.captured(1);
        else
            external.problems.append(QCoreApplication::translate(
                "dossier::ArticleMetadata", "The language “%1” is not a two-letter language code such as “fr”.")
                                         .arg(value));
        break;
    }
    case Field::Url: {
        const QUrl url(value, QUrl::StrictMode);
        if (url.isValid() && !url.scheme().isEmpty() && !url.isRelative())
            metadata.url = value;
        else
            external.problems.append(
                QCoreApplication::translate("dossier::ArticleMetadata", "The address “%1” is not a valid web address.")
                    .arg(value));
        break;
    }
    case Field::File:
    case Field::Unknown:
        break;
    }
}

QString absoluteKey(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

std::optional<Manifest> Manifest::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("dossier::ArticleMetadata", "The manifest %1 could not be read: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const DecodedText decoded = decodeText(file.readAll());
    if (!decoded.isText()) {
        if (error)
            *error = QCoreApplication::translate("dossier::ArticleMetadata", "The manifest %1 could not be read: %2")
                         .arg(QDir::toNativeSeparators(path), decoded.error);
        return std::nullopt;
    }
    std::optional<Manifest> manifest = parse(decoded.text, QFileInfo(path).absolutePath(), error);
    if (manifest)
        manifest->m_path = absoluteKey(path);
    else if (error)
        *error = QCoreApplication::translate("dossier::ArticleMetadata", "The manifest %1 cannot be used: %2")
                     .arg(QDir::toNativeSeparators(path), *error);
    return manifest;
}

std::optional<Manifest> Manifest::parse(const QString &csvText, const QString &baseDirectory, QString *error)
{
    const QList<QStringList> rows = CsvReader::parse(csvText, CsvReader::detectSeparator(csvText));
    if (rows.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("dossier::ArticleMetadata", "The manifest is empty.");
        return std::nullopt;
    }

    QList<Field> columns;
    for (const QString &name : rows.first())
        columns.append(fieldFromName(name));
    const qsizetype fileColumn = columns.indexOf(Field::File);
    if (fileColumn < 0) {
        if (error)
            *error = QCoreApplication::translate("dossier::ArticleMetadata",
                "The manifest has no column naming the files (its first row should have a “file” column).");
        return std::nullopt;
    }

    Manifest manifest;
    manifest.m_baseDirectory = QDir::cleanPath(QDir(baseDirectory).absolutePath());
    const QDir base(manifest.m_baseDirectory);
    QSet<QString> ambiguousNames;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows[r];
        // Manifests written on Windows may use backslashes; file names on Linux practically never contain one.
        const QString file = row.value(fileColumn).trimmed().replace(u'\\', u'/');
        if (file.isEmpty())
            continue;
        ExternalMetadata entry;
        for (qsizetype c = 0; c < columns.size() && c < row.size(); ++c)
            setField(entry, columns[c], row[c], DateOrigin::Manifest);

        const QString key = QDir::cleanPath(base.absoluteFilePath(file));
        manifest.m_entries.insert(key, entry);
        const QString fileName = QFileInfo(key).fileName();
        const auto known = manifest.m_pathByFileName.constFind(fileName);
        if (known != manifest.m_pathByFileName.cend() && *known != key)
            ambiguousNames.insert(fileName);
        else
            manifest.m_pathByFileName.insert(fileName, key);
    }
    // Two files of the same name in different folders: matching by name alone would pick one at random.
    for (const QString &name : std::as_const(ambiguousNames))
        manifest.m_pathByFileName.remove(name);
    if (error)
        error->clear();
    return manifest;
}

bool Manifest::lists(const QString &filePath) const
{
    return !listedAs(filePath).isEmpty();
}

QString Manifest::listedAs(const QString &filePath) const
{
    const QString key = absoluteKey(filePath);
    if (m_entries.contains(key))
        return key;
    const auto byName = m_pathByFileName.constFind(QFileInfo(filePath).fileName());
    return byName == m_pathByFileName.cend() ? QString() : *byName;
}

QStringList Manifest::listedFiles() const
{
    QStringList files = m_entries.keys();
    files.sort();
    return files;
}

std::optional<ExternalMetadata> Manifest::metadataFor(const QString &filePath) const
{
    const auto entry = m_entries.constFind(listedAs(filePath));
    if (entry == m_entries.cend())
        return std::nullopt;
    return *entry;
}

QString sidecarPath(const QString &articlePath)
{
    const qsizetype slash = articlePath.lastIndexOf(u'/');
    const qsizetype dot = articlePath.lastIndexOf(u'.');
    // "a.txt" loses its extension; ".hidden" and "folder.d/a" have none to lose.
    if (dot > slash + 1)
        return articlePath.left(dot) + QStringLiteral(".json");
    return articlePath + QStringLiteral(".json");
}

std::optional<ExternalMetadata> readSidecar(const QString &articlePath, QString *error)
{
    if (error)
        error->clear();
    const QString path = sidecarPath(articlePath);
    if (absoluteKey(path) == absoluteKey(articlePath) || !QFileInfo(path).isFile())
        return std::nullopt;

    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error
                = QCoreApplication::translate("dossier::ArticleMetadata", "The metadata file %1 could not be read: %2")
                      .arg(shownPath, file.errorString());
        return std::nullopt;
    }
    // Through the decoder, so that a sidecar saved with a BOM or in a legacy encoding still reads.
    const DecodedText decoded = decodeText(file.readAll());
    if (!decoded.isText()) {
        if (error)
            *error
                = QCoreApplication::translate("dossier::ArticleMetadata", "The metadata file %1 could not be read: %2")
                      .arg(shownPath, decoded.error);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(decoded.text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error
                = QCoreApplication::translate("dossier::ArticleMetadata", "The metadata file %1 is not valid JSON: %2")
                      .arg(shownPath, parseError.errorString());
        return std::nullopt;
    }
    if (!json.isObject()) {
        if (error)
            *error = QCoreApplication::translate(
                "dossier::ArticleMetadata", "The metadata file %1 does not hold a JSON object.")
                         .arg(shownPath);
        return std::nullopt;
    }

    ExternalMetadata external;
    const QJsonObject object = json.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const Field field = fieldFromName(it.key());
        if (field == Field::Unknown || field == Field::File)
            continue;
        const QJsonValue value = it.value();
        QString text;
        if (value.isString()) {
            text = value.toString();
        } else if (value.isDouble() && field == Field::Published && value.toDouble() == double(value.toInt())) {
            text = QString::number(value.toInt()); // "published": 2022
        } else if (value.isArray() && field == Field::Author) {
            QStringList authors;
            for (const QJsonValue &author : value.toArray()) {
                if (author.isString() && !author.toString().trimmed().isEmpty())
                    authors.append(author.toString().trimmed());
            }
            text = authors.join(QStringLiteral(", "));
        } else if (value.isNull()) {
            continue;
        } else {
            external.problems.append(
                QCoreApplication::translate("dossier::ArticleMetadata", "The value of “%1” in %2 is not text.")
                    .arg(it.key(), shownPath));
            continue;
        }
        setField(external, field, text, DateOrigin::Sidecar);
    }
    return external;
}

DocumentMetadata mergeMetadata(const DocumentMetadata &preferred, const DocumentMetadata &fallback)
{
    auto pick = [](const QString &first, const QString &second) { return first.isEmpty() ? second : first; };
    DocumentMetadata merged;
    merged.title = pick(preferred.title, fallback.title);
    merged.source = pick(preferred.source, fallback.source);
    merged.author = pick(preferred.author, fallback.author);
    merged.url = pick(preferred.url, fallback.url);
    merged.language = pick(preferred.language, fallback.language);
    merged.published = preferred.published.isValid() ? preferred.published : fallback.published;
    return merged;
}

} // namespace dossier
