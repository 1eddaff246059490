#pragma once
// A library of generated articles whose mentions are known by construction, and counts computed the plain way
// (in C++, from the rows) to compare the trend queries with.

#include "entities/actorstore.h"
#include "storage/documentstore.h"
#include "storage/library.h"
#include "trends/periods.h"
#include "trends/trend.h"

#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace dossier::trendfixture {

struct GeneratedMention
{
    RecognizedMention mention;
    int sentence = 0; // the sentence of the document it was written into
};

struct Actors
{
    qint64 alpha = 0; // a place, with the demonym "alphains"
    qint64 bravo = 0; // a person, written "M. Bravo"
    qint64 charlie = 0;
    qint64 delta = 0; // merged into alpha by some tests
};

inline Actors createActors(const Library &library)
{
    ActorStore store(library);
    Actors actors;
    actors.alpha = store.createActor(QStringLiteral("Alpha"), ActorType::Place).value_or(0);
    actors.bravo = store.createActor(QStringLiteral("Bravo"), ActorType::Person).value_or(0);
    actors.charlie = store.createActor(QStringLiteral("Charlie"), ActorType::Organization).value_or(0);
    actors.delta = store.createActor(QStringLiteral("Delta"), ActorType::Place).value_or(0);
    store.addAlias(actors.alpha, QStringLiteral("alphains"), MentionKind::Demonym);
    return actors;
}

// One article: a headline line, then sentences naming actors, the mentions stored through ActorStore.
struct Generated
{
    QHash<qint64, QVector<GeneratedMention>> mentions; // by document
    QHash<qint64, int> sentenceCount;
};

inline Generated generate(const Library &library, const Actors &actors, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    DocumentStore documents(library);
    ActorStore store(library);
    Generated generated;
    const QStringList words{QStringLiteral("le"), QStringLiteral("rapport"), QStringLiteral("indique"),
        QStringLiteral("que"), QStringLiteral("les"), QStringLiteral("forces"), QStringLiteral("ont"),
        QStringLiteral("avancé"), QStringLiteral("vers"), QStringLiteral("la"), QStringLiteral("ville")};
    const QStringList sources{QStringLiteral("AFP"), QStringLiteral("Reuters"), QStringLiteral("TASS")};
    const QDate first(2020, 12, 1);
    for (int n = 0; n < count; ++n) {
        QString text = QStringLiteral("Dépêche %1\n").arg(n);
        QVector<GeneratedMention> mentions;
        const int sentences = 1 + int(random.bounded(5));
        for (int s = 0; s < sentences; ++s) {
            text += QStringLiteral("Selon");
            const int slots = 1 + int(random.bounded(4));
            for (int slot = 0; slot < slots; ++slot) {
                text += u' ' + words.at(random.bounded(words.size())) + u' ';
                const int which = int(random.bounded(6));
                if (which == 5) {
                    text += QStringLiteral("et 1.5 fois");
                    continue;
                }
                const QString name = QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                    QStringLiteral("Charlie"), QStringLiteral("Delta"), QStringLiteral("alphains")}
                                         .at(which);
                if (which == 1)
                    text += QStringLiteral("M. ");
                GeneratedMention m;
                m.sentence = s;
                m.mention.start = int(text.size());
                text += name;
                m.mention.end = int(text.size());
                m.mention.actorId
                    = QList<qint64>{actors.alpha, actors.bravo, actors.charlie, actors.delta, actors.alpha}.at(which);
                m.mention.kind = which == 4 ? MentionKind::Demonym : MentionKind::Name;
                mentions.append(m);
            }
            text += s % 2 ? QStringLiteral(". ") : QStringLiteral(".\n");
        }
        NewDocument document;
        document.text = text;
        document.metadata.title = QStringLiteral("Dépêche %1").arg(n);
        document.metadata.source = sources.at(random.bounded(sources.size()));
        document.metadata.language = random.bounded(3) ? QStringLiteral("fr") : QStringLiteral("en");
        const int kind = int(random.bounded(100));
        PublicationDate &date = document.metadata.published;
        date.origin = DateOrigin::Manifest;
        if (n == 0) {
            date.date = QDate(2021, 1, 3); // in ISO week 2020-W53
            date.precision = DatePrecision::Day;
        } else if (kind < 8) {
            // undated
        } else {
            date.date = first.addDays(random.bounded(820));
            date.precision = DatePrecision::Day;
            if (kind < 12) {
                date.date = QDate(date.date.year(), 1, 1);
                date.precision = DatePrecision::Year;
            } else if (kind < 18) {
                date.date = QDate(date.date.year(), date.date.month(), 1);
                date.precision = DatePrecision::Month;
            } else if (kind < 30) {
                date.time = QTime(int(random.bounded(24)), 30);
                date.precision = DatePrecision::Time;
            }
        }
        const DocumentStore::AddResult added = documents.add(document);
        if (added.outcome != DocumentStore::AddResult::Outcome::Added)
            continue;
        QVector<RecognizedMention> plain;
        for (const GeneratedMention &m : mentions)
            plain.append(m.mention);
        if (library.schemaVersion() >= 8) {
            store.replaceMentions(added.id, text, plain);
        } else {
            // A library of an older schema is filled as the Dossier of its time did: row by row, no counts kept.
            QSqlQuery insert(library.database());
            insert.prepare(QStringLiteral("INSERT INTO mention (document_id, actor_id, start, \"end\", kind, found_by,"
                                          " surface_key)"
                                          " VALUES (?, ?, ?, ?, ?, 'gazetteer', '')"));
            for (const RecognizedMention &m : std::as_const(plain)) {
                insert.addBindValue(added.id);
                insert.addBindValue(m.actorId ? QVariant(m.actorId) : QVariant());
                insert.addBindValue(m.start);
                insert.addBindValue(m.end);
                insert.addBindValue(mentionKindName(m.kind));
                insert.exec();
            }
        }
        generated.mentions.insert(added.id, mentions);
        generated.sentenceCount.insert(added.id, sentences);
    }
    return generated;
}

// The library's rows, read plainly, and the counts computed from them without the trend code's SQL.
class Naive
{
public:
    struct Doc
    {
        QDate day; // invalid when undated
        QString published, source, language;
        qint64 story = 0;
        QSet<qint64> tags;
    };
    struct Mention
    {
        qint64 document = 0;
        qint64 actor = 0;
        bool demonym = false;
    };

    explicit Naive(const Library &library)
    {
        QSqlQuery query(library.database());
        query.exec(QStringLiteral("SELECT id, published, source, language, coalesce(story_id, id) FROM document"));
        while (query.next()) {
            Doc doc;
            doc.published = query.value(1).toString();
            QString day = doc.published.left(10);
            if (day.size() == 4)
                day += QStringLiteral("-01-01");
            else if (day.size() == 7)
                day += QStringLiteral("-01");
            doc.day = QDate::fromString(day, Qt::ISODate);
            doc.source = query.value(2).toString();
            doc.language = query.value(3).toString();
            doc.story = query.value(4).toLongLong();
            docs.insert(query.value(0).toLongLong(), doc);
        }
        query.exec(QStringLiteral("SELECT document_id, actor_id, kind FROM mention WHERE actor_id IS NOT NULL"));
        while (query.next()) {
            mentions.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                query.value(2).toString() == QLatin1String("demonym")});
        }
        QHash<qint64, qint64> parent;
        query.exec(QStringLiteral("SELECT id, parent_id FROM tag"));
        while (query.next())
            parent.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
        query.exec(QStringLiteral("SELECT an.document_id, t.tag_id FROM annotation an JOIN annotation_tag t ON "
                                  "t.annotation_id = an.id"));
        while (query.next()) {
            // The tag and all its ancestors: a filter on an ancestor finds it.
            for (qint64 tag = query.value(1).toLongLong(); tag != 0; tag = parent.value(tag))
                docs[query.value(0).toLongLong()].tags.insert(tag);
        }
        query.exec(QStringLiteral("SELECT id, merged_into FROM actor"));
        while (query.next()) {
            if (!query.value(1).isNull())
                mergedInto.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
        }
    }

    qint64 standing(qint64 actor) const
    {
        while (mergedInto.contains(actor))
            actor = mergedInto.value(actor);
        return actor;
    }

    // The documents that count: in scope, and with storiesOnce only each story's earliest dated document.
    QSet<qint64> counted(const TrendScope &scope) const
    {
        QHash<qint64, qint64> representative; // story → document
        QSet<qint64> result;
        for (auto it = docs.cbegin(); it != docs.cend(); ++it) {
            const Doc &doc = it.value();
            if (scope.documentIds && !scope.documentIds->contains(it.key()))
                continue;
            if (!scope.source.isEmpty() && doc.source.compare(scope.source, Qt::CaseInsensitive) != 0)
                continue;
            if (!scope.language.isEmpty() && doc.language != scope.language)
                continue;
            if (scope.tagId != 0 && !doc.tags.contains(scope.tagId))
                continue;
            if (!scope.storiesOnce) {
                result.insert(it.key());
                continue;
            }
            const auto current = representative.constFind(doc.story);
            const auto earlier = [&](qint64 a, qint64 b) {
                const Doc &x = docs[a];
                const Doc &y = docs[b];
                if (x.day.isValid() != y.day.isValid())
                    return x.day.isValid();
                if (x.day != y.day)
                    return x.day < y.day;
                return a < b;
            };
            if (current == representative.cend() || earlier(it.key(), *current))
                representative.insert(doc.story, it.key());
        }
        if (scope.storiesOnce) {
            for (const qint64 id : representative)
                result.insert(id);
        }
        return result;
    }

    // label → value for the actor (merges followed), over counted documents within [from, to].
    QMap<QString, double> series(
        qint64 actor, TrendPeriod period, TrendMeasure measure, const TrendScope &scope, QDate from, QDate to) const
    {
        const QSet<qint64> documents = counted(scope);
        QMap<QString, double> mentionsIn;
        QMap<QString, QSet<qint64>> documentsIn;
        for (const Mention &m : mentions) {
            if (standing(m.actor) != actor || (m.demonym && !scope.includeDemonyms) || !documents.contains(m.document))
                continue;
            const QDate day = docs[m.document].day;
            if (!day.isValid() || day < from || day > to)
                continue;
            mentionsIn[periods::label(day, period)] += 1;
            documentsIn[periods::label(day, period)].insert(m.document);
        }
        QMap<QString, double> result;
        if (measure == TrendMeasure::Mentions)
            return mentionsIn;
        QMap<QString, double> totals;
        for (const qint64 id : documents) {
            const QDate day = docs[id].day;
            if (day.isValid() && day >= from && day <= to)
                totals[periods::label(day, period)] += 1;
        }
        for (auto it = documentsIn.cbegin(); it != documentsIn.cend(); ++it) {
            const double value = double(it.value().size());
            result.insert(it.key(), measure == TrendMeasure::Documents ? value : value / totals.value(it.key()));
        }
        return result;
    }

    QPair<QDate, QDate> datedRange(const TrendScope &scope) const
    {
        QDate first;
        QDate last;
        for (const qint64 id : counted(scope)) {
            const QDate day = docs[id].day;
            if (!day.isValid())
                continue;
            if (!first.isValid() || day < first)
                first = day;
            if (!last.isValid() || day > last)
                last = day;
        }
        return {first, last};
    }

    QVector<qint64> undated(const QSet<qint64> &actors, const TrendScope &scope) const
    {
        const QSet<qint64> documents = counted(scope);
        QSet<qint64> found;
        for (const Mention &m : mentions) {
            if (actors.contains(standing(m.actor)) && (!m.demonym || scope.includeDemonyms)
                && documents.contains(m.document) && !docs[m.document].day.isValid())
                found.insert(m.document);
        }
        QVector<qint64> result(found.cbegin(), found.cend());
        std::sort(result.begin(), result.end());
        return result;
    }

    // Documents per actor standing now, over counted documents (all days, undated included).
    QHash<qint64, int> documentsPerActor(const TrendScope &scope) const
    {
        const QSet<qint64> documents = counted(scope);
        QHash<qint64, QSet<qint64>> sets;
        for (const Mention &m : mentions) {
            if ((!m.demonym || scope.includeDemonyms) && documents.contains(m.document))
                sets[standing(m.actor)].insert(m.document);
        }
        QHash<qint64, int> result;
        for (auto it = sets.cbegin(); it != sets.cend(); ++it)
            result.insert(it.key(), int(it.value().size()));
        return result;
    }

    QHash<qint64, Doc> docs;
    QVector<Mention> mentions;
    QHash<qint64, qint64> mergedInto;
};

} // namespace dossier::trendfixture
