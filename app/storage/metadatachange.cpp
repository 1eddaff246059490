#include "storage/metadatachange.h"

#include "storage/library.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dossier {

namespace {

QVariant orNull(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? QVariant() : QVariant(trimmed);
}

} // namespace

bool MetadataChange::apply(const Library &library, const QVector<qint64> &documentIds, QString *error) const
{
    if (fields == 0 || documentIds.isEmpty())
        return true;
    // Only whitelisted column names go into the statement; every value is bound.
    QStringList assignments;
    QVariantList bound;
    auto set = [&](Field field, const char *column, const QVariant &value) {
        if (!changes(field))
            return;
        assignments.append(QString::fromLatin1(column) + QStringLiteral(" = ?"));
        bound.append(value);
    };
    set(Title, "title", values.title.trimmed());
    set(Source, "source", orNull(values.source));
    set(Author, "author", orNull(values.author));
    set(Url, "url", orNull(values.url));
    set(Language, "language", orNull(values.language.toLower()));
    if (changes(Published)) {
        const bool dated = values.published.isValid();
        assignments += {QStringLiteral("published = ?"), QStringLiteral("published_precision = ?"),
            QStringLiteral("published_origin = ?")};
        bound += {dated ? QVariant(values.published.toIso()) : QVariant(),
            dated ? QVariant(PublicationDate::precisionName(values.published.precision)) : QVariant(),
            dated ? QVariant(QStringLiteral("user")) : QVariant()};
    }
    if (changes(Title) && values.title.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("dossier::MetadataChange", "An article needs a title.");
        return false;
    }

    QSqlDatabase db = library.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE document SET ") + assignments.join(QStringLiteral(", "))
        + QStringLiteral(" WHERE id = ?"));
    for (const qint64 id : documentIds) {
        for (const QVariant &value : std::as_const(bound))
            query.addBindValue(value);
        query.addBindValue(id);
        if (!query.exec()) {
            *error = query.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace dossier
