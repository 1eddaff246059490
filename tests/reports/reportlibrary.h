#pragma once
// A small library of invented articles for the report tests: three documents (two dated, one undated and never
// annotated), four annotations with nested tags, notes that try markup and spreadsheet formulas, an emoji before
// a passage (UTF-16 offsets and code points differ there), and actor mentions including a merged actor.

#include "annotations/annotationstore.h"
#include "entities/actorstore.h"
#include "storage/documentstore.h"
#include "storage/library.h"

#include <QTemporaryDir>

#include <memory>

namespace dossier::reportlibrary {

struct Fixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Library> library;
    qint64 early = 0; // dated 2022-01-10, one annotation tagged Diplomatie whose note is a formula
    qint64 late = 0; // dated 2022-03-02, web address, an emoji, three annotations
    qint64 undated = 0; // no annotation
    qint64 putin = 0;
    qint64 minsk = 0;
    QString lateText;
    QString earlyText;
};

inline qint64 addDocument(const Library &library, const QString &title, const QString &text, QDate published,
    const QString &url = {}, const QString &source = {}, const QString &author = {})
{
    NewDocument document;
    document.metadata.title = title;
    document.metadata.url = url;
    document.metadata.source = source;
    document.metadata.author = author;
    document.metadata.language = QStringLiteral("fr");
    if (published.isValid())
        document.metadata.published = {published, {}, DatePrecision::Day, DateOrigin::Manifest};
    document.text = text;
    document.originalFormat = QStringLiteral("text/plain");
    return DocumentStore(library).add(document).id;
}

inline qint64 annotate(AnnotationStore &store, qint64 document, const QString &text, const QString &phrase,
    const QString &note, const QStringList &tags, const QString &color = {})
{
    NewAnnotation request;
    request.documentId = document;
    request.start = int(text.indexOf(phrase));
    request.end = request.start + int(phrase.size());
    request.note = note;
    request.color = color;
    request.author = QStringLiteral("Analyste Test");
    for (const QString &path : tags)
        request.tagIds.append(store.ensureTagPath(path).value_or(0));
    const std::optional<Annotation> created = store.create(request);
    return created ? created->id : 0;
}

inline Fixture build()
{
    Fixture f;
    f.dir = std::make_unique<QTemporaryDir>();
    f.library = Library::open(f.dir->filePath(QStringLiteral("reports.dossier")));
    if (!f.library)
        return f;
    const Library &library = *f.library;
    f.lateText = QStringLiteral("Le convoi <b>& cie</b> arrive \U0001F680 à la frontière.\n\n"
                                "Les négociateurs se sont retrouvés mardi soir dans une salle sans fenêtres. "
                                "Personne n'a voulu commenter la « ligne rouge » évoquée par le ministre.\n\n"
                                "Un dernier paragraphe, court.");
    f.earlyText = QStringLiteral("Réunion préparatoire\n\nLe comité a publié un communiqué, dit \"prudent\", "
                                 "avant la réunion de la semaine prochaine.");
    f.early = addDocument(library, QStringLiteral("Réunion préparatoire"), f.earlyText, QDate(2022, 1, 10));
    f.late = addDocument(library, QStringLiteral("Le convoi <b>& cie</b>"), f.lateText, QDate(2022, 3, 2),
        QStringLiteral("https://example.org/convoi?id=1&lang=fr"), QStringLiteral("Le Courrier"),
        QStringLiteral("Jeanne Martin"));
    f.undated = addDocument(library, QStringLiteral("Sans date"),
        QStringLiteral("Sans date\n\nUn texte que personne n'a annoté, sur les négociateurs."), {});

    AnnotationStore store(library);
    store.ensureTagPath(QStringLiteral("Escalade"), QStringLiteral("#CC3300"));
    annotate(store, f.late, f.lateText, QStringLiteral("à la frontière"), QStringLiteral("Après l'emoji"),
        {QStringLiteral("Escalade / Rhétorique nucléaire")});
    annotate(store, f.late, f.lateText, QStringLiteral("« ligne rouge »"),
        QStringLiteral("<script>alert('x')</script>\nSur deux lignes"),
        {QStringLiteral("Escalade / Rhétorique nucléaire"), QStringLiteral("Diplomatie")});
    annotate(store, f.late, f.lateText, QStringLiteral("dernier paragraphe"), {}, {}, QStringLiteral("#3366FF"));
    annotate(store, f.early, f.earlyText, QStringLiteral("un communiqué, dit \"prudent\""),
        QStringLiteral("=cmd|' /C calc'!A0"), {QStringLiteral("Diplomatie")});

    ActorStore actors(library);
    f.putin = actors.createActor(QStringLiteral("Vladimir Poutine"), ActorType::Person).value_or(0);
    f.minsk = actors.createActor(QStringLiteral("Minsk"), ActorType::Place).value_or(0);
    const qint64 alias = actors.createActor(QStringLiteral("V. Poutine"), ActorType::Person).value_or(0);
    actors.setMergedInto(alias, f.putin);
    const auto mention = [](int start, qint64 actor, ActorType type) {
        return RecognizedMention{start, start + 3, actor, type, MentionKind::Name, FoundBy::Gazetteer};
    };
    actors.replaceMentions(f.late, f.lateText,
        {mention(0, f.putin, ActorType::Person), mention(40, f.putin, ActorType::Person),
            mention(60, alias, ActorType::Person), mention(80, f.minsk, ActorType::Place),
            RecognizedMention{90, 93, f.minsk, ActorType::Place, MentionKind::Demonym, FoundBy::Gazetteer}});
    actors.replaceMentions(f.early, f.earlyText, {mention(0, f.minsk, ActorType::Place)});
    actors.replaceMentions(f.undated, QStringLiteral("x"),
        {mention(0, f.putin, ActorType::Person), mention(10, f.putin, ActorType::Person)});
    return f;
}

} // namespace dossier::reportlibrary
