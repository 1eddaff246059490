#include "entities/recognitionrun.h"

#include "entities/actorstore.h"
#include "entities/mentionwriter.h"
#include "entities/recognizer.h"
#include "entities/textnormaliser.h"
#include "storage/library.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dossier {

RecognitionRun::RecognitionRun(Library &library)
    : m_library(library)
{
}

RecognitionRun::Report RecognitionRun::runUnrecognized()
{
    ActorStore store(m_library);
    return run(store.unrecognizedDocuments());
}

RecognitionRun::Report RecognitionRun::runAll()
{
    ActorStore store(m_library);
    return run(store.allDocuments());
}

RecognitionRun::Report RecognitionRun::run(const QVector<qint64> &documentIds)
{
    Report report;
    ActorStore store(m_library);
    if (!store.ensureBuiltInGazetteer(&report.gazetteerLoaded)) {
        report.error = tr("The gazetteer could not be loaded into the library: %1").arg(store.lastError());
        return report;
    }
    if (documentIds.isEmpty())
        return report;
    const Library::BulkWriteCache cache(m_library);

    const Recognizer recognizer(store.recognizerActors(), store.rejectedForms());
    const QSet<QString> userKeys = store.userAliasKeys();
    QSqlDatabase db = m_library.database();
    QSqlQuery textQuery(db);
    textQuery.setForwardOnly(true);
    textQuery.prepare(QStringLiteral("SELECT text, ") + ActorStore::documentDayExpression()
        + QStringLiteral(" FROM document WHERE id = ?"));
    MentionWriter writer(m_library);
    const QString recognizedAt = ActorStore::timestamp();

    const int total = int(documentIds.size());
    for (int first = 0; first < total; first += batchSize) {
        if (m_cancelRequested) {
            report.cancelled = true;
            break;
        }
        if (m_progress)
            m_progress(first, total);
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            report.error = begin.lastError().text();
            return report;
        }
        int batchDocuments = 0;
        int batchMentions = 0;
        const int last = std::min(total, first + batchSize);
        for (int i = first; i < last; ++i) {
            const qint64 id = documentIds.at(i);
            textQuery.addBindValue(id);
            if (!textQuery.exec()) {
                report.error = textQuery.lastError().text();
                db.rollback();
                return report;
            }
            if (!textQuery.next())
                continue; // deleted since the list was made
            const QString text = textQuery.value(0).toString();
            const QString day = textQuery.value(1).toString();
            textQuery.finish();

            QVector<RecognizedMention> mentions = recognizer.recognize(text);
            const QVector<QPair<int, int>> rejected = store.rejectedMentions(id);
            if (!rejected.isEmpty())
                mentions.removeIf([&](const RecognizedMention &m) { return rejected.contains({m.start, m.end}); });
            for (RecognizedMention &mention : mentions) {
                if (mention.foundBy == FoundBy::Gazetteer && mention.kind == MentionKind::Name
                    && userKeys.contains(TextNormaliser::key(text.mid(mention.start, mention.end - mention.start))))
                    mention.foundBy = FoundBy::User;
            }
            if (!writer.replace(id, day, text, mentions, recognizedAt)) {
                report.error = writer.lastError();
                db.rollback();
                return report;
            }
            ++batchDocuments;
            batchMentions += int(mentions.size());
        }
        if (!db.commit()) {
            report.error = db.lastError().text();
            db.rollback();
            return report;
        }
        report.documents += batchDocuments;
        report.mentions += batchMentions;
    }
    if (m_progress && !report.cancelled)
        m_progress(total, total);
    return report;
}

} // namespace dossier
