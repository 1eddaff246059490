// The annotation store: annotations and their undoable writes, the tag hierarchy, listings and re-anchoring.

#include "annotations/annotationstore.h"
#include "storage/documentstore.h"
#include "storage/library.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dossier;

namespace {

const QString firstText
    = QStringLiteral("Le ministre des Affaires étrangères a dénoncé une rhétorique nucléaire irresponsable. "
                     "Moscou a répondu par un communiqué. Kyiv demande de nouvelles sanctions.");
const QString secondText = QStringLiteral("Réunion de l'OTAN à Bruxelles : les alliés promettent des munitions.");

int offsetOf(const QString &text, const QString &part)
{
    return int(text.indexOf(part));
}

} // namespace

class AnnotationStoreTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createListUpdateRemoveRestore();
    void overlappingAndNested();
    void invalidCreationsAreRefused();
    void tagsByPathRenameRecolorMove();
    void mergeAndUndo();
    void deleteTagAndUndo();
    void effectiveColor();
    void filters();
    void persistsAcrossReopening();
    void reanchorAfterReplaceText();
    void writesJoinTheCallersTransaction();

private:
    NewAnnotation newAnnotation(qint64 document, const QString &text, const QString &part) const;
    qint64 addDocument(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

void AnnotationStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Library::OpenFailure failure;
    m_library = Library::open(m_dir->filePath(QStringLiteral("annotations.dossier")), &failure);
    QVERIFY2(m_library, qPrintable(failure.message));
    m_first = addDocument(firstText);
    m_second = addDocument(secondText);
    QVERIFY(m_first > 0 && m_second > 0);
}

void AnnotationStoreTest::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

qint64 AnnotationStoreTest::addDocument(const QString &text)
{
    NewDocument document;
    document.text = text;
    document.metadata.title = text.left(20);
    document.originalFormat = QStringLiteral("text/plain");
    return DocumentStore(*m_library).add(document).id;
}

NewAnnotation AnnotationStoreTest::newAnnotation(qint64 document, const QString &text, const QString &part) const
{
    NewAnnotation a;
    a.documentId = document;
    a.start = offsetOf(text, part);
    a.end = a.start + int(part.size());
    a.author = QStringLiteral("analyste");
    return a;
}

void AnnotationStoreTest::createListUpdateRemoveRestore()
{
    AnnotationStore store(*m_library);
    NewAnnotation later = newAnnotation(m_first, firstText, QStringLiteral("Kyiv demande"));
    later.note = QStringLiteral("Demande ukrainienne");
    NewAnnotation earlier = newAnnotation(m_first, firstText, QStringLiteral("rhétorique nucléaire"));
    earlier.color = QStringLiteral("#ff0000");
    const std::optional<Annotation> a = store.create(later);
    QVERIFY2(a, qPrintable(store.lastError()));
    const std::optional<Annotation> b = store.create(earlier);
    QVERIFY2(b, qPrintable(store.lastError()));
    // Overlapping annotations are allowed.
    QVERIFY(store.create(newAnnotation(m_first, firstText, QStringLiteral("nucléaire irresponsable"))));

    QVERIFY(a->id > 0);
    QCOMPARE(a->anchor.exact, QStringLiteral("Kyiv demande"));
    QCOMPARE(a->anchor.suffix, QStringLiteral(" de nouvelles sanctions."));
    QCOMPARE(a->textHash.size(), 64);
    QCOMPARE(a->note, QStringLiteral("Demande ukrainienne"));
    QCOMPARE(a->author, QStringLiteral("analyste"));
    QCOMPARE(a->created.timeSpec(), Qt::UTC);
    QCOMPARE(a->created, a->updated);
    QCOMPARE(b->color, QStringLiteral("#FF0000"));
    QCOMPARE(store.annotation(a->id), a);

    const QVector<Annotation> listed = store.documentAnnotations(m_first);
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.at(0).id, b->id); // text order, not creation order
    QCOMPARE(listed.at(2).id, a->id);
    QVERIFY(listed.at(0).anchor.start <= listed.at(1).anchor.start);
    QVERIFY(store.documentAnnotations(m_second).isEmpty());

    // Update: note and tags; the previous state comes back for undo.
    const std::optional<qint64> tag = store.ensureTagPath(QStringLiteral("Escalade / Rhétorique nucléaire"));
    QVERIFY(tag);
    Annotation changed = *a;
    changed.note = QStringLiteral("Nouvelle note");
    changed.tagIds = {*tag};
    QTest::qWait(5); // a later updated time
    const std::optional<Annotation> previous = store.update(changed);
    QVERIFY2(previous, qPrintable(store.lastError()));
    QCOMPARE(*previous, *a);
    const Annotation now = *store.annotation(a->id);
    QCOMPARE(now.note, QStringLiteral("Nouvelle note"));
    QCOMPARE(now.tagIds, QVector<qint64>{*tag});
    QVERIFY(now.updated > now.created);
    QVERIFY(store.restore(*previous)); // undo
    QCOMPARE(store.annotation(a->id), a);
    QVERIFY(store.restore(now)); // redo
    QCOMPARE(store.annotation(a->id), now);

    // Remove and restore with the same id; ids are never reused meanwhile.
    const std::optional<Annotation> removed = store.remove(a->id);
    QVERIFY(removed);
    QCOMPARE(*removed, now);
    QVERIFY(!store.annotation(a->id));
    QCOMPARE(store.documentAnnotations(m_first).size(), 2);
    const std::optional<Annotation> other = store.create(newAnnotation(m_second, secondText, QStringLiteral("OTAN")));
    QVERIFY(other && other->id > a->id);
    QVERIFY(store.restore(*removed));
    QCOMPARE(store.annotation(a->id), now);
    QVERIFY(!store.remove(987654));
    QVERIFY(!store.lastError().isEmpty());
}

void AnnotationStoreTest::overlappingAndNested()
{
    const QString text = QStringLiteral("Satellite images show new trenches near Tokmak and a second defensive line "
                                        "south of the town, according to two independent analysts.");
    const qint64 document = addDocument(text);
    QVERIFY(document > 0);
    AnnotationStore store(*m_library);
    // outer overlaps left (starts inside it, ends after it); inner is nested in outer and shares its start.
    // Created in an order that is neither text order nor the reverse, so the listing cannot follow the ids.
    const std::optional<Annotation> outer
        = store.create(newAnnotation(document, text, QStringLiteral("Tokmak and a second defensive line")));
    QVERIFY2(outer, qPrintable(store.lastError()));
    const std::optional<Annotation> inner
        = store.create(newAnnotation(document, text, QStringLiteral("Tokmak and a second")));
    QVERIFY2(inner, qPrintable(store.lastError()));
    const std::optional<Annotation> left
        = store.create(newAnnotation(document, text, QStringLiteral("new trenches near Tokmak")));
    QVERIFY2(left, qPrintable(store.lastError()));
    QVERIFY(outer->id < inner->id && inner->id < left->id);

    QCOMPARE(left->anchor.start, 22);
    QCOMPARE(left->anchor.end, 46);
    QCOMPARE(outer->anchor.start, 40);
    QCOMPARE(outer->anchor.end, 74);
    QCOMPARE(inner->anchor.start, 40);
    QCOMPARE(inner->anchor.end, 59);
    QCOMPARE(left->anchor.exact, QStringLiteral("new trenches near Tokmak"));
    QCOMPARE(outer->anchor.exact, QStringLiteral("Tokmak and a second defensive line"));
    QCOMPARE(inner->anchor.exact, QStringLiteral("Tokmak and a second"));

    // Text order: start, then end, then id.
    const QVector<Annotation> listed = store.documentAnnotations(document);
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.at(0), *left);
    QCOMPARE(listed.at(1), *inner); // same start as outer, ends first
    QCOMPARE(listed.at(2), *outer);
    QVERIFY(store.documentAnnotations(m_first).isEmpty());

    // Deleting the one that contains another and overlaps the third leaves both untouched.
    const std::optional<Annotation> removed = store.remove(outer->id);
    QVERIFY(removed);
    QCOMPARE(*removed, *outer);
    QCOMPARE(store.documentAnnotations(document), (QVector<Annotation>{*left, *inner}));
    QVERIFY(store.restore(*removed));
    QCOMPARE(store.documentAnnotations(document), (QVector<Annotation>{*left, *inner, *outer}));

    // A change before all three shifts them alike: the overlap and the nesting survive re-anchoring.
    const QString lead = QStringLiteral("Updated at 14:05. ");
    const QString changed = lead + text;
    QSqlDatabase db = m_library->database();
    QVERIFY(db.transaction());
    QVERIFY(DocumentStore(*m_library).replaceText(document, changed, {}));
    int placed = -1;
    int orphaned = -1;
    QVERIFY2(store.reanchorDocument(document, &placed, &orphaned), qPrintable(store.lastError()));
    QVERIFY(db.commit());
    QCOMPARE(placed, 3);
    QCOMPARE(orphaned, 0);

    const QVector<Annotation> after = store.documentAnnotations(document);
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.at(0).id, left->id);
    QCOMPARE(after.at(1).id, inner->id);
    QCOMPARE(after.at(2).id, outer->id);
    const int shift = int(lead.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        const Annotation &now = after.at(i);
        const Annotation &was = listed.at(i);
        QVERIFY(!now.anchor.orphan);
        QCOMPARE(now.anchor.start, was.anchor.start + shift);
        QCOMPARE(now.anchor.end, was.anchor.end + shift);
        QCOMPARE(now.anchor.exact, was.anchor.exact);
        QCOMPARE(changed.mid(now.anchor.start, now.anchor.end - now.anchor.start), now.anchor.exact);
        QCOMPARE(now.textHash, textHash(changed));
    }
    const Anchor &l = after.at(0).anchor;
    const Anchor &n = after.at(1).anchor;
    const Anchor &o = after.at(2).anchor;
    QVERIFY(l.start < o.start && o.start < l.end && l.end < o.end); // still overlapping
    QVERIFY(o.start == n.start && n.end < o.end); // still nested
    QCOMPARE(changed.mid(o.start, l.end - o.start), QStringLiteral("Tokmak")); // the shared part
}

void AnnotationStoreTest::invalidCreationsAreRefused()
{
    AnnotationStore store(*m_library);
    const qint64 emojiDocument = addDocument(QStringLiteral("Un 😡 ici."));
    const auto refused = [&](qint64 document, int start, int end, const QString &color = {}) {
        NewAnnotation a;
        a.documentId = document;
        a.start = start;
        a.end = end;
        a.color = color;
        return !store.create(a) && !store.lastError().isEmpty();
    };
    QVERIFY(refused(m_first, -1, 3));
    QVERIFY(refused(m_first, 5, 5));
    QVERIFY(refused(m_first, 6, 5));
    QVERIFY(refused(m_first, 0, int(firstText.size()) + 1));
    QVERIFY(refused(987654, 0, 1));
    QVERIFY(refused(emojiDocument, 0, 4)); // ends inside 😡
    QVERIFY(refused(emojiDocument, 4, 6)); // starts inside it
    QVERIFY(refused(m_first, 0, 2, QStringLiteral("red")));
    QVERIFY(refused(m_first, 0, 2, QStringLiteral("#12345G")));
    NewAnnotation unknownTag = newAnnotation(m_first, firstText, QStringLiteral("Moscou"));
    unknownTag.tagIds = {4242};
    QVERIFY(!store.create(unknownTag));
    QVERIFY(store.create(newAnnotation(emojiDocument, QStringLiteral("Un 😡 ici."), QStringLiteral("😡"))));
    QCOMPARE(store.annotations().size(), 1);
}

void AnnotationStoreTest::tagsByPathRenameRecolorMove()
{
    AnnotationStore store(*m_library);
    TagChange created;
    const std::optional<qint64> nuclear
        = store.ensureTagPath(QStringLiteral("Escalation / Nuclear rhetoric"), QStringLiteral("#aa0000"), &created);
    QVERIFY2(nuclear, qPrintable(store.lastError()));
    QCOMPARE(created.after.size(), 2);
    QCOMPARE(store.tagPath(*nuclear), QStringLiteral("Escalation / Nuclear rhetoric"));
    QCOMPARE(store.tag(*nuclear)->color, QStringLiteral("#AA0000"));
    const qint64 escalation = store.tag(*nuclear)->parentId;
    QCOMPARE(store.tagAt(QStringLiteral("Escalation"))->id, escalation);
    // Existing steps are found, not doubled; spaces around the names do not matter.
    TagChange none;
    QCOMPARE(store.ensureTagPath(QStringLiteral(" Escalation /  Nuclear rhetoric "), {}, &none), nuclear);
    QVERIFY(none.after.isEmpty());
    QVERIFY(!store.ensureTagPath(QStringLiteral("Escalation /  / x")));
    QVERIFY(!store.ensureTagPath(QString()));

    // Undo and redo of a creation keep the ids.
    QVERIFY(store.undoTagChange(created));
    QVERIFY(!store.tag(*nuclear));
    QVERIFY(!store.tag(escalation));
    QVERIFY(store.redoTagChange(created));
    QCOMPARE(store.tagPath(*nuclear), QStringLiteral("Escalation / Nuclear rhetoric"));

    // Top-level names are unique too (NULL parents).
    QVERIFY(!store.createTag(QStringLiteral("Escalation"), 0));
    QVERIFY(store.createTag(QStringLiteral("Nuclear rhetoric"), 0)); // same name, other parent: fine
    const std::optional<TagChange> diplomacy
        = store.createTag(QStringLiteral("Diplomacy"), 0, QStringLiteral("#00aa00"));
    QVERIFY(diplomacy);
    const qint64 diplomacyId = diplomacy->after.first().id;

    // Rename.
    const std::optional<TagChange> renamed = store.renameTag(*nuclear, QStringLiteral("Nuclear threats"));
    QVERIFY2(renamed, qPrintable(store.lastError()));
    QCOMPARE(store.tagPath(*nuclear), QStringLiteral("Escalation / Nuclear threats"));
    QVERIFY(store.undoTagChange(*renamed));
    QCOMPARE(store.tag(*nuclear)->name, QStringLiteral("Nuclear rhetoric"));
    QVERIFY(!store.renameTag(escalation, QStringLiteral("Diplomacy"))); // taken at the top level
    QVERIFY(!store.renameTag(escalation, QStringLiteral("a / b")));
    QVERIFY(!store.renameTag(escalation, QStringLiteral("  ")));

    // Recolour.
    const std::optional<TagChange> recolored = store.recolorTag(*nuclear, QStringLiteral("#0000ff"));
    QVERIFY(recolored);
    QCOMPARE(store.tag(*nuclear)->color, QStringLiteral("#0000FF"));
    QVERIFY(store.undoTagChange(*recolored));
    QCOMPARE(store.tag(*nuclear)->color, QStringLiteral("#AA0000"));
    QVERIFY(store.recolorTag(*nuclear, QString()));
    QCOMPARE(store.tag(*nuclear)->color, QString());
    QVERIFY(!store.recolorTag(*nuclear, QStringLiteral("blue")));

    // Move, and cycles refused.
    const std::optional<TagChange> moved = store.moveTag(*nuclear, diplomacyId);
    QVERIFY2(moved, qPrintable(store.lastError()));
    QCOMPARE(store.tagPath(*nuclear), QStringLiteral("Diplomacy / Nuclear rhetoric"));
    QVERIFY(store.undoTagChange(*moved));
    QCOMPARE(store.tagPath(*nuclear), QStringLiteral("Escalation / Nuclear rhetoric"));
    QVERIFY(!store.moveTag(escalation, *nuclear)); // under its own child
    QVERIFY(store.lastError().contains(QStringLiteral("under itself")));
    QVERIFY(!store.moveTag(escalation, escalation));
    QVERIFY(!store.moveTag(*nuclear, 0)); // a top-level "Nuclear rhetoric" exists
    QVERIFY(store.moveTag(diplomacyId, escalation));
    QCOMPARE(store.tagPath(diplomacyId), QStringLiteral("Escalation / Diplomacy"));

    const QVector<TagInfo> all = store.tags();
    QStringList paths;
    for (const TagInfo &info : all)
        paths << info.path;
    QCOMPARE(paths,
        QStringList({QStringLiteral("Escalation"), QStringLiteral("Escalation / Diplomacy"),
            QStringLiteral("Escalation / Nuclear rhetoric"), QStringLiteral("Nuclear rhetoric")}));
    QCOMPARE(all.at(1).depth, 1);
}

void AnnotationStoreTest::mergeAndUndo()
{
    AnnotationStore store(*m_library);
    const qint64 a = *store.ensureTagPath(QStringLiteral("Threats"));
    const qint64 aChild = *store.ensureTagPath(QStringLiteral("Threats / Nuclear"));
    const qint64 aOnly = *store.ensureTagPath(QStringLiteral("Threats / Cyber"));
    const qint64 b = *store.ensureTagPath(QStringLiteral("Escalation"));
    const qint64 bChild = *store.ensureTagPath(QStringLiteral("Escalation / Nuclear"));
    const qint64 other = *store.ensureTagPath(QStringLiteral("Diplomacy"));

    NewAnnotation first = newAnnotation(m_first, firstText, QStringLiteral("Moscou"));
    first.tagIds = {other, a};
    NewAnnotation both = newAnnotation(m_first, firstText, QStringLiteral("communiqué"));
    both.tagIds = {a, b};
    NewAnnotation child = newAnnotation(m_second, secondText, QStringLiteral("munitions"));
    child.tagIds = {aChild};
    const qint64 firstId = store.create(first)->id;
    const qint64 bothId = store.create(both)->id;
    const qint64 childId = store.create(child)->id;
    const QVector<TagInfo> tagsBefore = store.tags();
    const QVector<Annotation> annotationsBefore = store.annotations();

    const std::optional<TagChange> merged = store.mergeTag(a, b);
    QVERIFY2(merged, qPrintable(store.lastError()));
    QVERIFY(!store.tag(a));
    QVERIFY(!store.tag(aChild)); // merged into Escalation / Nuclear, its namesake
    QCOMPARE(store.tagPath(aOnly), QStringLiteral("Escalation / Cyber"));
    QCOMPARE(store.annotation(firstId)->tagIds, (QVector<qint64>{other, b})); // B took A's place
    QCOMPARE(store.annotation(bothId)->tagIds, (QVector<qint64>{b}));
    QCOMPARE(store.annotation(childId)->tagIds, (QVector<qint64>{bChild}));

    QVERIFY2(store.undoTagChange(*merged), qPrintable(store.lastError()));
    QCOMPARE(store.tags(), tagsBefore);
    QCOMPARE(store.annotations(), annotationsBefore);
    QVERIFY(store.redoTagChange(*merged));
    QVERIFY(!store.tag(a));
    QCOMPARE(store.annotation(childId)->tagIds, (QVector<qint64>{bChild}));
    QVERIFY(store.undoTagChange(*merged));
    QCOMPARE(store.annotations(), annotationsBefore);

    QVERIFY(!store.mergeTag(a, a));
    QVERIFY(!store.mergeTag(a, aChild)); // into its own sub-tag
    QVERIFY(store.mergeTag(aChild, a)); // into its parent is fine
    QCOMPARE(store.annotation(childId)->tagIds, (QVector<qint64>{a}));
}

void AnnotationStoreTest::deleteTagAndUndo()
{
    AnnotationStore store(*m_library);
    const qint64 top = *store.ensureTagPath(QStringLiteral("Escalation"), QStringLiteral("#112233"));
    const qint64 leaf = *store.ensureTagPath(QStringLiteral("Escalation / Nuclear / Tactical"));
    NewAnnotation tagged = newAnnotation(m_first, firstText, QStringLiteral("Moscou"));
    tagged.tagIds = {leaf, top};
    const Annotation annotation = *store.create(tagged);
    const QVector<TagInfo> before = store.tags();

    const std::optional<TagChange> deleted = store.deleteTag(top);
    QVERIFY2(deleted, qPrintable(store.lastError()));
    QVERIFY(store.tags().isEmpty());
    QVERIFY(store.annotation(annotation.id)->tagIds.isEmpty());
    QVERIFY(store.annotation(annotation.id)); // annotations stay
    QVERIFY(store.undoTagChange(*deleted));
    QCOMPARE(store.tags(), before);
    QCOMPARE(store.annotation(annotation.id), annotation);
    QVERIFY(store.redoTagChange(*deleted));
    QVERIFY(store.tags().isEmpty());
    QVERIFY(!store.deleteTag(top));
}

void AnnotationStoreTest::effectiveColor()
{
    AnnotationStore store(*m_library);
    const qint64 plain = *store.ensureTagPath(QStringLiteral("Plain"));
    const qint64 red = *store.ensureTagPath(QStringLiteral("Red"), QStringLiteral("#FF0000"));
    Annotation a;
    QCOMPARE(store.effectiveColor(a), defaultAnnotationColor());
    a.tagIds = {plain, red};
    QCOMPARE(store.effectiveColor(a), QStringLiteral("#FF0000"));
    a.color = QStringLiteral("#00FF00");
    QCOMPARE(store.effectiveColor(a), QStringLiteral("#00FF00"));
    QVERIFY(isValidColor(QStringLiteral("#a1B2c3")));
    QVERIFY(!isValidColor(QStringLiteral("#a1B2c")));
    QVERIFY(!isValidColor(QStringLiteral("a1B2c3f")));
}

void AnnotationStoreTest::filters()
{
    AnnotationStore store(*m_library);
    const qint64 escalation = *store.ensureTagPath(QStringLiteral("Escalation"));
    const qint64 nuclear = *store.ensureTagPath(QStringLiteral("Escalation / Nuclear rhetoric"));
    const qint64 diplomacy = *store.ensureTagPath(QStringLiteral("Diplomacy"));

    NewAnnotation n = newAnnotation(m_first, firstText, QStringLiteral("rhétorique nucléaire"));
    n.tagIds = {nuclear};
    n.note = QStringLiteral("Menace voilée");
    NewAnnotation m = newAnnotation(m_first, firstText, QStringLiteral("Moscou a répondu"));
    m.tagIds = {escalation};
    m.author = QStringLiteral("claire");
    NewAnnotation o = newAnnotation(m_second, secondText, QStringLiteral("OTAN"));
    o.tagIds = {diplomacy};
    o.note = QStringLiteral("Sommet ДИПЛОМАТИЯ");
    const Annotation nuclearOne = *store.create(n);
    const Annotation moscow = *store.create(m);
    const Annotation otan = *store.create(o);
    const auto ids = [](const QVector<Annotation> &list) {
        QVector<qint64> result;
        for (const Annotation &a : list)
            result << a.id;
        return result;
    };

    AnnotationFilter filter;
    QCOMPARE(ids(store.annotations(filter)), (QVector<qint64>{nuclearOne.id, moscow.id, otan.id}));
    filter.tagId = escalation; // includes the descendants
    QCOMPARE(ids(store.annotations(filter)), (QVector<qint64>{nuclearOne.id, moscow.id}));
    filter.tagId = nuclear;
    QCOMPARE(ids(store.annotations(filter)), (QVector<qint64>{nuclearOne.id}));
    filter = {};
    filter.author = QStringLiteral("claire");
    QCOMPARE(ids(store.annotations(filter)), (QVector<qint64>{moscow.id}));
    filter = {};
    filter.text = QStringLiteral("MENACE"); // in the note, any case
    QCOMPARE(ids(store.annotations(filter)), (QVector<qint64>{nuclearOne.id}));
    filter.text = QStringLiteral("moscou a"); // in the quote
    QCOMPARE(ids(store.annotations(filter)), (QVector<qint64>{moscow.id}));
    filter.text = QStringLiteral("дипломатия"); // Cyrillic case folding
    QCOMPARE(ids(store.annotations(filter)), (QVector<qint64>{otan.id}));
    filter = {};
    filter.documentId = m_second;
    QCOMPARE(ids(store.annotations(filter)), (QVector<qint64>{otan.id}));

    // Date range on the creation time: move two annotations back in time.
    QSqlQuery age(m_library->database());
    QVERIFY(age.exec(QStringLiteral("UPDATE annotation SET created_at = '2023-03-01T10:00:00.000Z' WHERE id = %1")
                         .arg(nuclearOne.id)));
    QVERIFY(age.exec(
        QStringLiteral("UPDATE annotation SET created_at = '2023-06-15T08:30:00.250Z' WHERE id = %1").arg(moscow.id)));
    filter = {};
    filter.createdFrom = QDateTime(QDate(2023, 3, 1), QTime(10, 0), Qt::UTC);
    filter.createdTo = QDateTime(QDate(2023, 12, 31), QTime(0, 0), Qt::UTC);
    QCOMPARE(ids(store.annotations(filter)), (QVector<qint64>{nuclearOne.id, moscow.id}));
    filter.createdFrom = QDateTime(QDate(2023, 4, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(ids(store.annotations(filter)), (QVector<qint64>{moscow.id}));
    filter.createdTo = {};
    QCOMPARE(ids(store.annotations(filter)), (QVector<qint64>{moscow.id, otan.id}));

    // Actor: an annotation overlapping one of the actor's mentions (or a mention of an actor merged into it).
    QSqlQuery sql(m_library->database());
    QVERIFY(sql.exec(QStringLiteral("INSERT INTO actor (id, name, type, created_at) VALUES"
                                    " (7, 'Russie', 'place', '2024-01-01'), (8, 'OTAN', 'organization', '2024-01-01'),"
                                    " (9, 'Moscou (ville)', 'place', '2024-01-01')")));
    QVERIFY(sql.exec(QStringLiteral("UPDATE actor SET merged_into = 7 WHERE id = 9")));
    const int moscowAt = offsetOf(firstText, QStringLiteral("Moscou"));
    const int otanAt = offsetOf(secondText, QStringLiteral("OTAN"));
    QVERIFY(sql.exec(QStringLiteral("INSERT INTO mention (document_id, actor_id, start, \"end\", kind, found_by,"
                                    " surface_key) VALUES (%1, 9, %2, %3, 'name', 'gazetteer', 'moscou'),"
                                    " (%4, 8, %5, %6, 'name', 'gazetteer', 'otan'),"
                                    " (%1, 8, 0, 2, 'name', 'gazetteer', 'le')")
                         .arg(m_first)
                         .arg(moscowAt)
                         .arg(moscowAt + 6)
                         .arg(m_second)
                         .arg(otanAt)
                         .arg(otanAt + 4)));
    filter = {};
    filter.actorId = 7;
    QCOMPARE(ids(store.annotations(filter)), (QVector<qint64>{moscow.id}));
    filter.actorId = 8;
    QCOMPARE(ids(store.annotations(filter)), (QVector<qint64>{otan.id})); // the mention at 0–2 touches nothing
    filter.tagId = escalation;
    QVERIFY(store.annotations(filter).isEmpty());
}

void AnnotationStoreTest::persistsAcrossReopening()
{
    const QString path = m_library->path();
    Annotation written;
    {
        AnnotationStore store(*m_library);
        const qint64 tag
            = *store.ensureTagPath(QStringLiteral("Escalation / Nuclear rhetoric"), QStringLiteral("#123ABC"));
        NewAnnotation a = newAnnotation(m_first, firstText, QStringLiteral("rhétorique nucléaire"));
        a.note = QStringLiteral("Note « française » 😡");
        a.tagIds = {tag};
        written = *store.create(a);
    }
    m_library.reset();
    Library::OpenFailure failure;
    m_library = Library::open(path, &failure);
    QVERIFY2(m_library, qPrintable(failure.message));
    QCOMPARE(m_library->schemaVersion(), Library::currentSchemaVersion());
    QVERIFY(Library::currentSchemaVersion() >= 5);
    AnnotationStore store(*m_library);
    QCOMPARE(store.annotation(written.id), written);
    QCOMPARE(store.tagPath(written.tagIds.first()), QStringLiteral("Escalation / Nuclear rhetoric"));
    QVERIFY(written.created.toString(Qt::ISODateWithMs).endsWith(u'Z'));
}

void AnnotationStoreTest::reanchorAfterReplaceText()
{
    AnnotationStore store(*m_library);
    const Annotation kept = *store.create(newAnnotation(m_first, firstText, QStringLiteral("Kyiv demande")));
    const Annotation lost = *store.create(newAnnotation(m_first, firstText, QStringLiteral("Moscou a répondu")));
    const Annotation fuzzy
        = *store.create(newAnnotation(m_first, firstText, QStringLiteral("une rhétorique nucléaire irresponsable")));
    const Annotation elsewhere = *store.create(newAnnotation(m_second, secondText, QStringLiteral("OTAN")));

    QString changed = QStringLiteral("Mise à jour. ") + firstText;
    changed.replace(QStringLiteral("Moscou a répondu par un communiqué. "), QString());
    changed.replace(QStringLiteral("nucléaire irresponsable"), QStringLiteral("nucleaire irresponsable"));
    QSqlDatabase db = m_library->database();
    QVERIFY(db.transaction());
    QVERIFY(DocumentStore(*m_library).replaceText(m_first, changed, {}));
    int placed = -1;
    int orphaned = -1;
    QVERIFY2(store.reanchorDocument(m_first, &placed, &orphaned), qPrintable(store.lastError()));
    QVERIFY(db.commit());
    QCOMPARE(placed, 2);
    QCOMPARE(orphaned, 1);

    const Annotation movedKept = *store.annotation(kept.id);
    QCOMPARE(movedKept.anchor.start, offsetOf(changed, QStringLiteral("Kyiv demande")));
    QCOMPARE(movedKept.anchor.exact, QStringLiteral("Kyiv demande"));
    QVERIFY(!movedKept.anchor.orphan);
    QCOMPARE(movedKept.textHash, textHash(changed));
    QCOMPARE(movedKept.updated, kept.updated); // re-anchoring is not the analyst's edit

    const Annotation orphan = *store.annotation(lost.id);
    QVERIFY(orphan.anchor.orphan);
    QCOMPARE(orphan.anchor.exact, lost.anchor.exact);
    QCOMPARE(orphan.anchor.start, lost.anchor.start);
    QCOMPARE(orphan.textHash, textHash(changed));

    const Annotation edited = *store.annotation(fuzzy.id);
    QVERIFY(!edited.anchor.orphan);
    QCOMPARE(edited.anchor.exact, QStringLiteral("une rhétorique nucleaire irresponsable"));
    QCOMPARE(store.annotation(elsewhere.id), elsewhere);

    // Nothing to do for a text the annotations were made for; orphans stay listed.
    QVERIFY(store.reanchorDocument(m_first, &placed, &orphaned));
    QCOMPARE(placed + orphaned, 0);
    QCOMPARE(store.documentAnnotations(m_first).size(), 3);
    QVERIFY(!store.reanchorDocument(987654));
}

void AnnotationStoreTest::writesJoinTheCallersTransaction()
{
    AnnotationStore store(*m_library);
    QSqlDatabase db = m_library->database();
    QVERIFY(db.transaction());
    QVERIFY(store.create(newAnnotation(m_first, firstText, QStringLiteral("Moscou"))));
    QVERIFY(store.ensureTagPath(QStringLiteral("A / B")));
    QVERIFY(db.rollback()); // the caller's rollback takes the writes with it
    QVERIFY(store.annotations().isEmpty());
    QVERIFY(store.tags().isEmpty());

    // A failing write inside the caller's transaction undoes only itself.
    QVERIFY(db.transaction());
    QVERIFY(store.ensureTagPath(QStringLiteral("Kept")));
    Annotation bad;
    bad.id = 77;
    bad.documentId = 987654; // no such document: the foreign key refuses it
    bad.anchor = makeAnchor(firstText, 0, 2);
    bad.created = bad.updated = QDateTime::currentDateTimeUtc();
    QVERIFY(!store.restore(bad));
    QVERIFY(db.commit());
    QVERIFY(store.tagAt(QStringLiteral("Kept")));
    QVERIFY(!store.annotation(77));
}

QTEST_GUILESS_MAIN(AnnotationStoreTest)
#include "tst_annotationstore.moc"
