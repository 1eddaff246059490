// dossier-cli's commands about actors: entities, actors, recognize.

#include "cli/clicommands.h"

#include "entities/actorstore.h"
#include "entities/recognitionrun.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dossier {

RecognitionRun::Report CliCommands::runRecognition(bool all)
{
    const InterruptScope interrupt;
    RecognitionRun run(m_library);
    run.setProgressHandler([&](int done, int total) {
        if (interrupt.requested())
            run.requestCancel();
        showProgress(tr("Recognising actors %1/%2").arg(done).arg(total));
    });
    const RecognitionRun::Report report = all ? run.runAll() : run.runUnrecognized();
    endProgress();
    if (!report.error.isEmpty())
        m_err << tr("Recognition failed: %1").arg(report.error) << u'\n';
    return report;
}

bool CliCommands::recognizeNewDocuments()
{
    const RecognitionRun::Report report = runRecognition(false);
    return report.error.isEmpty() && !report.cancelled;
}

int CliCommands::entities(const QString &idText)
{
    const std::optional<Document> document = findDocument(idText);
    if (!document)
        return m_lastStatus;
    ActorStore store(m_library);
    if (!store.isRecognized(document->id)) {
        const RecognitionRun::Report report = RecognitionRun(m_library).run({document->id});
        if (!report.error.isEmpty()) {
            m_err << tr("Recognition failed: %1").arg(report.error) << u'\n';
            return ExitFailure;
        }
    }

    const QVector<StoredMention> mentions = store.mentions(document->id);
    if (m_json) {
        QJsonArray rows;
        for (const StoredMention &stored : mentions) {
            const RecognizedMention &m = stored.mention;
            rows.append(QJsonObject{
                {QStringLiteral("start"), m.start},
                {QStringLiteral("end"), m.end},
                {QStringLiteral("text"), document->text.mid(m.start, m.end - m.start)},
                {QStringLiteral("actor"), stored.actorName},
                {QStringLiteral("actor_id"), m.actorId ? QJsonValue(m.actorId) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("type"), actorTypeName(m.type)},
                {QStringLiteral("kind"), mentionKindName(m.kind)},
                {QStringLiteral("found_by"), foundByName(m.foundBy)},
            });
        }
        printJson(QJsonObject{{QStringLiteral("document"), document->id}, {QStringLiteral("mentions"), rows}});
        return ExitOk;
    }
    for (const StoredMention &stored : mentions) {
        const RecognizedMention &m = stored.mention;
        m_out << QString::number(m.start).rightJustified(7) << QLatin1String("  ")
              << document->text.mid(m.start, m.end - m.start).leftJustified(28) << QLatin1String("  ")
              << actorTypeName(m.type).leftJustified(12) << QLatin1String("  ")
              << foundByName(m.foundBy).leftJustified(11) << QLatin1String("  ") << stored.actorName << u'\n';
    }
    return ExitOk;
}

int CliCommands::actors()
{
    ActorStore store(m_library);
    if (!store.ensureBuiltInGazetteer()) {
        m_err << tr("The gazetteer could not be loaded into the library: %1").arg(store.lastError()) << u'\n';
        return ExitFailure;
    }
    const QVector<ActorRecord> actors = store.actors();
    if (m_json) {
        QJsonArray rows;
        for (const ActorRecord &actor : actors) {
            QJsonArray aliases;
            for (const ActorAlias &alias : actor.aliases) {
                if (alias.kind == MentionKind::Name)
                    aliases.append(alias.text);
            }
            rows.append(QJsonObject{
                {QStringLiteral("id"), actor.id},
                {QStringLiteral("name"), actor.name},
                {QStringLiteral("type"), actorTypeName(actor.type)},
                {QStringLiteral("aliases"), aliases},
                {QStringLiteral("mentions"), actor.mentions},
                {QStringLiteral("documents"), actor.documents},
                {QStringLiteral("wikidata"),
                    actor.wikidataId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(actor.wikidataId)},
            });
        }
        printJson(rows);
        return ExitOk;
    }
    for (const ActorRecord &actor : actors) {
        if (actor.mentions == 0)
            continue; // the gazetteer's hundreds of actors would bury the ones this library names
        m_out << QString::number(actor.id).rightJustified(6) << QLatin1String("  ")
              << QString::number(actor.mentions).rightJustified(6) << QLatin1String("  ")
              << QString::number(actor.documents).rightJustified(5) << QLatin1String("  ")
              << actorTypeName(actor.type).leftJustified(12) << QLatin1String("  ") << actor.name << u'\n';
    }
    return ExitOk;
}

int CliCommands::recognize()
{
    const RecognitionRun::Report report = runRecognition(true);
    if (!report.error.isEmpty())
        return ExitFailure;
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("documents"), report.documents},
            {QStringLiteral("mentions"), report.mentions}, {QStringLiteral("cancelled"), report.cancelled}});
    } else {
        m_out << tr("Recognised %n mention(s)", "", report.mentions) << QLatin1String(" ")
              << tr("in %n document(s)", "", report.documents) << u'\n';
    }
    if (report.cancelled)
        m_err << tr("Recognition cancelled; the documents done so far keep their new mentions.") << u'\n';
    return report.cancelled ? ExitFailure : ExitOk;
}

} // namespace dossier
