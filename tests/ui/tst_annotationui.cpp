// The annotation GUI without the reader: the list model under QAbstractItemModelTester, the undo commands
// (done, undone, redone with the same ids), the dialog's result and the tag manager's tree.

#include "annotations/annotationstore.h"
#include "ingest/importrun.h"
#include "storage/documentstore.h"
#include "storage/library.h"
#include "ui/annotationcommands.h"
#include "ui/annotationdialog.h"
#include "ui/annotationlistmodel.h"
#include "ui/tagmanagerdialog.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include "../seeds.h"

using namespace dossier;

class AnnotationUiTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelListsTextOrderWithOrphansLast();
    void createUndoRedoKeepsIds();
    void failedCreateIsNotPushed();
    void editNoteUndoRedo();
    void deleteUndoRestoresTags();
    void tagRenameAndMergeUndoRedo();
    void tagRecolorUndoRedo();
    void tagMoveUndoRedo();
    void tagDeleteUndoRestoresLinks();
    void tagCreateUndoRedo();
    void commandNames();
    void dialogProducesNewAnnotation();
    void tagManagerShowsCounts();

private:
    AnnotationCommandContext context();
    qint64 annotate(int start, int end, const QString &note = {}, const QVector<qint64> &tags = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_document = 0;
    QString m_text;
    int m_changed = 0;
    QStringList m_errors;
};

void AnnotationUiTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = Library::open(m_dir->filePath(QStringLiteral("annotations.dossier")));
    QVERIFY(m_library);
    const ImportReport report = ImportRun(*m_library).run({seeds::path(QStringLiteral("001_1071f534a2dfb2e7.txt"))});
    QCOMPARE(report.imported.size(), 1);
    m_document = report.imported.first().id;
    m_text = DocumentStore(*m_library).document(m_document)->text;
    QVERIFY(m_text.size() > 400);
    m_changed = 0;
    m_errors.clear();
}

void AnnotationUiTest::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

AnnotationCommandContext AnnotationUiTest::context()
{
    AnnotationCommandContext context;
    context.library = m_library.get();
    context.changed = [this] { ++m_changed; };
    context.failed = [this](const QString &error) { m_errors.append(error); };
    return context;
}

qint64 AnnotationUiTest::annotate(int start, int end, const QString &note, const QVector<qint64> &tags)
{
    const std::optional<Annotation> made
        = AnnotationStore(*m_library).create({m_document, start, end, note, tags, {}, QStringLiteral("ana")});
    return made ? made->id : 0;
}

void AnnotationUiTest::modelListsTextOrderWithOrphansLast()
{
    AnnotationStore store(*m_library);
    const qint64 nuclear
        = *store.ensureTagPath(QStringLiteral("Escalation / Nuclear rhetoric"), QStringLiteral("#ffc9c9"));
    const qint64 later = annotate(200, 240, QStringLiteral("second"), {nuclear});
    const qint64 first = annotate(10, 30, QStringLiteral("first"));
    const qint64 orphanId = annotate(50, 60);
    QVERIFY(later && first && orphanId);
    Annotation orphan = *store.annotation(orphanId);
    orphan.anchor.orphan = true; // as re-anchoring leaves a passage it cannot place
    QVERIFY(store.restore(orphan));

    AnnotationListModel model(AnnotationListModel::Scope::Document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(m_library.get());
    QCOMPARE(model.rowCount(), 0); // no article open
    model.setFilter({m_document});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.annotationId(0), first);
    QCOMPARE(model.annotationId(1), later);
    QCOMPARE(model.annotationId(2), orphanId); // orphans last, whatever their last position

    const QModelIndex row0 = model.index(0), row1 = model.index(1), row2 = model.index(2);
    QCOMPARE(row0.data(AnnotationListModel::QuoteRole).toString(), m_text.mid(10, 20));
    QCOMPARE(row0.data(Qt::DisplayRole).toString(), m_text.mid(10, 20));
    QCOMPARE(row0.data(AnnotationListModel::NoteRole).toString(), QStringLiteral("first"));
    QCOMPARE(row0.data(AnnotationListModel::TagNamesRole).toStringList(), QStringList());
    QCOMPARE(row0.data(AnnotationListModel::ColorRole).value<QColor>(), QColor(defaultAnnotationColor()));
    QCOMPARE(row0.data(AnnotationListModel::StartRole).toInt(), 10);
    QCOMPARE(row0.data(AnnotationListModel::EndRole).toInt(), 30);
    QCOMPARE(row0.data(AnnotationListModel::AuthorRole).toString(), QStringLiteral("ana"));
    QCOMPARE(row0.data(AnnotationListModel::DocumentIdRole).toLongLong(), m_document);
    QCOMPARE(row0.data(AnnotationListModel::DocumentTitleRole).toString(), QString()); // one article: no title
    QCOMPARE(row0.data(AnnotationListModel::OrphanRole).toBool(), false);
    QCOMPARE(
        row1.data(AnnotationListModel::TagNamesRole).toStringList(), QStringList{QStringLiteral("Nuclear rhetoric")});
    QCOMPARE(row1.data(AnnotationListModel::TagPathsRole).toStringList(),
        QStringList{QStringLiteral("Escalation / Nuclear rhetoric")});
    QCOMPARE(row1.data(AnnotationListModel::TagColorsRole).toStringList(), QStringList{QStringLiteral("#FFC9C9")});
    QCOMPARE(row1.data(AnnotationListModel::ColorRole).value<QColor>(), QColor(QStringLiteral("#FFC9C9")));
    QCOMPARE(row2.data(AnnotationListModel::OrphanRole).toBool(), true);
    QVERIFY(row2.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Could not be placed")));
    QCOMPARE(model.rowOf(later), 1);
    QCOMPARE(model.rowOf(12345), -1);

    // Editing the note asks for a command and changes nothing by itself.
    QSignalSpy asked(&model, &AnnotationListModel::noteEditRequested);
    QVERIFY(model.flags(row0) & Qt::ItemIsEditable);
    QVERIFY(model.setData(row0, QStringLiteral("  changed ")));
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).toLongLong(), first);
    QCOMPARE(asked.first().at(1).toString(), QStringLiteral("changed"));
    QCOMPARE(row0.data(AnnotationListModel::NoteRole).toString(), QStringLiteral("first"));

    // The library-wide list: filtered by tag (with descendants), with the document's title.
    AnnotationListModel library(AnnotationListModel::Scope::Library);
    QAbstractItemModelTester libraryTester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
    library.setLibrary(m_library.get());
    QCOMPARE(library.rowCount(), 3);
    const QString title = DocumentStore(*m_library).document(m_document)->metadata.title;
    QVERIFY(!title.isEmpty());
    QCOMPARE(library.index(0).data(AnnotationListModel::DocumentTitleRole).toString(), title);
    AnnotationFilter byTag;
    byTag.tagId = store.tagAt(QStringLiteral("Escalation"))->id; // the parent finds its child's annotations
    library.setFilter(byTag);
    QCOMPARE(library.rowCount(), 1);
    QCOMPARE(library.annotationId(0), later);
    AnnotationFilter byText;
    byText.text = QStringLiteral("FIRST");
    library.setFilter(byText);
    QCOMPARE(library.rowCount(), 1);
    QCOMPARE(library.annotationId(0), first);
}

void AnnotationUiTest::createUndoRedoKeepsIds()
{
    QUndoStack stack;
    NewAnnotation draft{m_document, 40, 90, QStringLiteral("to check"), {}, {}, QStringLiteral("ana")};
    auto *command = new CreateAnnotationCommand(
        context(), draft, m_text.mid(40, 50), {QStringLiteral("Escalation / Drones"), QStringLiteral("Sources")});
    stack.push(command);
    QCOMPARE(stack.count(), 1);
    QVERIFY(m_errors.isEmpty());
    QVERIFY(stack.undoText().startsWith(QStringLiteral("Annotate “")));
    AnnotationStore store(*m_library);
    QCOMPARE(store.documentAnnotations(m_document).size(), 1);
    const Annotation made = store.documentAnnotations(m_document).first();
    QCOMPARE(made.note, QStringLiteral("to check"));
    QCOMPARE(made.author, QStringLiteral("ana"));
    QCOMPARE(made.tagIds.size(), 2);
    QCOMPARE(store.tagPath(made.tagIds.at(0)), QStringLiteral("Escalation / Drones"));
    QCOMPARE(store.tags().size(), 3); // Escalation, Drones, Sources: made with the annotation

    stack.undo();
    QVERIFY(store.documentAnnotations(m_document).isEmpty());
    QVERIFY(!store.annotation(made.id));
    QVERIFY(store.tags().isEmpty()); // the tags made for it go with it

    stack.redo();
    QCOMPARE(store.annotation(made.id), std::optional<Annotation>(made)); // same id, same tags, same times
    QCOMPARE(store.tags().size(), 3);
    QVERIFY(m_errors.isEmpty());
    QCOMPARE(m_changed, 3);
}

void AnnotationUiTest::failedCreateIsNotPushed()
{
    QUndoStack stack;
    NewAnnotation draft{m_document, 10, int(m_text.size()) + 5, {}, {}, {}, QStringLiteral("ana")};
    stack.push(new CreateAnnotationCommand(context(), draft, QStringLiteral("x"), {QStringLiteral("New tag")}));
    QCOMPARE(stack.count(), 0); // obsolete: dropped
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(AnnotationStore(*m_library).tags().isEmpty()); // the tag made for it was taken back
}

void AnnotationUiTest::editNoteUndoRedo()
{
    const qint64 id = annotate(30, 60, QStringLiteral("before"));
    AnnotationStore store(*m_library);
    Annotation changed = *store.annotation(id);
    changed.note = QStringLiteral("after");
    QUndoStack stack;
    stack.push(new EditAnnotationCommand(context(), changed));
    QCOMPARE(stack.undoText(), QStringLiteral("Edit Annotation"));
    QCOMPARE(store.annotation(id)->note, QStringLiteral("after"));
    stack.undo();
    QCOMPARE(store.annotation(id)->note, QStringLiteral("before"));
    stack.redo();
    QCOMPARE(store.annotation(id)->note, QStringLiteral("after"));

    // With new tags by path, which undo takes back.
    stack.push(new EditAnnotationCommand(context(), *store.annotation(id), QStringList{QStringLiteral("Claims")}));
    QCOMPARE(store.tagPath(store.annotation(id)->tagIds.value(0)), QStringLiteral("Claims"));
    stack.undo();
    QVERIFY(store.annotation(id)->tagIds.isEmpty());
    QVERIFY(store.tags().isEmpty());
    QVERIFY(m_errors.isEmpty());
}

void AnnotationUiTest::deleteUndoRestoresTags()
{
    AnnotationStore store(*m_library);
    const qint64 a = *store.ensureTagPath(QStringLiteral("A")), b = *store.ensureTagPath(QStringLiteral("B"));
    const qint64 id = annotate(100, 150, QStringLiteral("kept"), {b, a});
    const Annotation original = *store.annotation(id);
    QUndoStack stack;
    stack.push(new DeleteAnnotationCommand(context(), id));
    QCOMPARE(stack.undoText(), QStringLiteral("Delete Annotation"));
    QVERIFY(!store.annotation(id));
    stack.undo();
    QCOMPARE(store.annotation(id), std::optional<Annotation>(original));
    QCOMPARE(store.annotation(id)->tagIds, (QVector<qint64>{b, a}));
    stack.redo();
    QVERIFY(!store.annotation(id));
}

void AnnotationUiTest::tagRenameAndMergeUndoRedo()
{
    AnnotationStore store(*m_library);
    const qint64 a = *store.ensureTagPath(QStringLiteral("Front / Kharkiv"));
    const qint64 b = *store.ensureTagPath(QStringLiteral("Front / Kharkov"));
    const qint64 id = annotate(100, 150, {}, {b});
    QUndoStack stack;

    stack.push(TagCommand::rename(context(), a, QStringLiteral("Kharkiv oblast")));
    QCOMPARE(stack.undoText(), QStringLiteral("Rename Tag"));
    QCOMPARE(store.tag(a)->name, QStringLiteral("Kharkiv oblast"));
    stack.undo();
    QCOMPARE(store.tag(a)->name, QStringLiteral("Kharkiv"));
    stack.redo();
    QCOMPARE(store.tag(a)->name, QStringLiteral("Kharkiv oblast"));

    stack.push(TagCommand::merge(context(), b, a));
    QCOMPARE(stack.undoText(), QStringLiteral("Merge Tags"));
    QVERIFY(!store.tag(b));
    QCOMPARE(store.annotation(id)->tagIds, QVector<qint64>{a});
    stack.undo();
    QCOMPARE(store.tag(b)->name, QStringLiteral("Kharkov"));
    QCOMPARE(store.annotation(id)->tagIds, QVector<qint64>{b});
    stack.redo();
    QCOMPARE(store.annotation(id)->tagIds, QVector<qint64>{a});

    // A refused change (a name already taken) is reported and never reaches the stack.
    const qint64 c = *store.ensureTagPath(QStringLiteral("Front / Izium"));
    const int before = stack.count();
    stack.push(TagCommand::rename(context(), c, QStringLiteral("Kharkiv oblast")));
    QCOMPARE(stack.count(), before);
    QCOMPARE(m_errors.size(), 1);
}

void AnnotationUiTest::tagRecolorUndoRedo()
{
    AnnotationStore store(*m_library);
    const qint64 shelling = *store.ensureTagPath(QStringLiteral("Shelling"), QStringLiteral("#ffd8a8"));
    const qint64 id = annotate(60, 90, {}, {shelling});
    QUndoStack stack;

    stack.push(TagCommand::recolor(context(), shelling, QStringLiteral("#b2f2bb")));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Change Tag Colour"));
    QCOMPARE(store.tag(shelling)->color, QStringLiteral("#B2F2BB"));
    QCOMPARE(store.effectiveColor(*store.annotation(id)), QStringLiteral("#B2F2BB"));
    stack.undo();
    QCOMPARE(store.tag(shelling),
        std::optional<Tag>(Tag{shelling, QStringLiteral("Shelling"), 0, QStringLiteral("#FFD8A8")}));
    QCOMPARE(store.effectiveColor(*store.annotation(id)), QStringLiteral("#FFD8A8"));
    QCOMPARE(stack.redoText(), QStringLiteral("Change Tag Colour"));
    stack.redo();
    QCOMPARE(store.tag(shelling)->color, QStringLiteral("#B2F2BB"));
    // The colour it has already (in any case): nothing to undo, no step.
    stack.push(TagCommand::recolor(context(), shelling, QStringLiteral("#b2f2bb")));
    QCOMPARE(stack.count(), 1);

    // No colour at all, and back.
    stack.push(TagCommand::recolor(context(), shelling, QString()));
    QCOMPARE(store.tag(shelling)->color, QString());
    QCOMPARE(store.effectiveColor(*store.annotation(id)), defaultAnnotationColor());
    stack.undo();
    QCOMPARE(store.tag(shelling)->color, QStringLiteral("#B2F2BB"));
    stack.undo();
    QCOMPARE(store.tag(shelling)->color, QStringLiteral("#FFD8A8"));

    // A colour the store refuses is reported and dropped.
    QUndoStack refused;
    refused.push(TagCommand::recolor(context(), shelling, QStringLiteral("orange")));
    QCOMPARE(refused.count(), 0);
    QCOMPARE(m_errors.size(), 1);
    QCOMPARE(store.tag(shelling)->color, QStringLiteral("#FFD8A8"));
}

void AnnotationUiTest::tagMoveUndoRedo()
{
    AnnotationStore store(*m_library);
    const qint64 drones = *store.ensureTagPath(QStringLiteral("Weapons / Drones"));
    const qint64 naval = *store.ensureTagPath(QStringLiteral("Weapons / Drones / Naval"));
    const qint64 weapons = store.tag(drones)->parentId;
    const qint64 air = *store.ensureTagPath(QStringLiteral("Air defence"));
    const qint64 id = annotate(120, 160, {}, {naval});
    QUndoStack stack;

    // Under another parent, with what is under it.
    stack.push(TagCommand::move(context(), drones, air));
    QCOMPARE(stack.undoText(), QStringLiteral("Move Tag"));
    QCOMPARE(store.tag(drones)->parentId, air);
    QCOMPARE(store.tagPath(naval), QStringLiteral("Air defence / Drones / Naval"));
    QCOMPARE(store.annotation(id)->tagIds, QVector<qint64>{naval});
    stack.undo();
    QCOMPARE(store.tag(drones)->parentId, weapons);
    QCOMPARE(store.tagPath(naval), QStringLiteral("Weapons / Drones / Naval"));
    stack.redo();
    QCOMPARE(store.tagPath(naval), QStringLiteral("Air defence / Drones / Naval"));
    stack.undo();

    // To the top level, and back.
    stack.push(TagCommand::move(context(), drones, 0));
    QCOMPARE(store.tag(drones)->parentId, 0);
    QCOMPARE(store.tagPath(naval), QStringLiteral("Drones / Naval"));
    stack.undo();
    QCOMPARE(store.tagPath(naval), QStringLiteral("Weapons / Drones / Naval"));
    stack.redo();
    QCOMPARE(store.tagPath(drones), QStringLiteral("Drones"));
    stack.undo();

    // Under its own sub-tag: refused, reported, not pushed.
    QUndoStack refused;
    refused.push(TagCommand::move(context(), weapons, naval));
    QCOMPARE(refused.count(), 0);
    QCOMPARE(m_errors.size(), 1);
    QCOMPARE(store.tagPath(naval), QStringLiteral("Weapons / Drones / Naval"));
}

void AnnotationUiTest::tagDeleteUndoRestoresLinks()
{
    AnnotationStore store(*m_library);
    const qint64 sources = *store.ensureTagPath(QStringLiteral("Sources"));
    const qint64 osint = *store.ensureTagPath(QStringLiteral("Sources / OSINT"), QStringLiteral("#d0bfff"));
    const qint64 imagery = *store.ensureTagPath(QStringLiteral("Sources / OSINT / Imagery"));
    const qint64 claims = *store.ensureTagPath(QStringLiteral("Claims"));
    const qint64 losses = *store.ensureTagPath(QStringLiteral("Losses"));
    // The deleted tags sit between others, so their places in each annotation's list matter.
    const qint64 first = annotate(10, 40, QStringLiteral("one"), {claims, osint, losses});
    const qint64 second = annotate(50, 80, QStringLiteral("two"), {imagery, claims});
    const qint64 third = annotate(90, 110, QStringLiteral("three"), {losses});
    const Annotation firstBefore = *store.annotation(first);
    const Annotation secondBefore = *store.annotation(second);
    const Annotation thirdBefore = *store.annotation(third);
    const QVector<TagInfo> tagsBefore = store.tags();
    QUndoStack stack;

    stack.push(TagCommand::remove(context(), osint));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Delete Tag"));
    QVERIFY(!store.tag(osint));
    QVERIFY(!store.tag(imagery)); // with what is under it
    QVERIFY(store.tag(sources));
    QCOMPARE(store.tags().size(), 3);
    QCOMPARE(store.annotation(first)->tagIds, (QVector<qint64>{claims, losses}));
    QCOMPARE(store.annotation(second)->tagIds, QVector<qint64>{claims});
    QCOMPARE(store.annotation(third), std::optional<Annotation>(thirdBefore));

    stack.undo();
    QCOMPARE(
        store.tag(osint), std::optional<Tag>(Tag{osint, QStringLiteral("OSINT"), sources, QStringLiteral("#D0BFFF")}));
    QCOMPARE(store.tag(imagery), std::optional<Tag>(Tag{imagery, QStringLiteral("Imagery"), osint, QString()}));
    QCOMPARE(store.tags(), tagsBefore);
    QCOMPARE(store.annotation(first)->tagIds, (QVector<qint64>{claims, osint, losses}));
    QCOMPARE(store.annotation(second)->tagIds, (QVector<qint64>{imagery, claims}));
    QCOMPARE(store.annotation(first), std::optional<Annotation>(firstBefore));
    QCOMPARE(store.annotation(second), std::optional<Annotation>(secondBefore));

    stack.redo();
    QVERIFY(!store.tag(osint));
    QCOMPARE(store.annotation(first)->tagIds, (QVector<qint64>{claims, losses}));
    stack.undo();
    QCOMPARE(store.annotation(first), std::optional<Annotation>(firstBefore));
    QCOMPARE(store.annotation(second), std::optional<Annotation>(secondBefore));
    QVERIFY(m_errors.isEmpty());

    // A tag that no longer exists cannot be deleted: reported, not pushed.
    QUndoStack refused;
    refused.push(TagCommand::remove(context(), 987654));
    QCOMPARE(refused.count(), 0);
    QCOMPARE(m_errors.size(), 1);
}

void AnnotationUiTest::tagCreateUndoRedo()
{
    AnnotationStore store(*m_library);
    QUndoStack stack;

    stack.push(TagCommand::create(context(), QStringLiteral("Logistics / Rail"), QStringLiteral("#99e9f2")));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("New Tag"));
    const std::optional<Tag> rail = store.tagAt(QStringLiteral("Logistics / Rail"));
    QVERIFY(rail);
    QCOMPARE(rail->color, QStringLiteral("#99E9F2"));
    const qint64 logistics = rail->parentId;
    QCOMPARE(store.tag(logistics)->color, QString()); // the colour goes to the last level only
    QCOMPARE(store.tags().size(), 2);

    stack.undo();
    QVERIFY(store.tags().isEmpty()); // both levels made by the command go
    stack.redo();
    QCOMPARE(store.tagAt(QStringLiteral("Logistics / Rail")), rail); // same ids
    QCOMPARE(store.tagAt(QStringLiteral("Logistics"))->id, logistics);

    // Under an existing parent only the missing level is made, and only it goes on undo.
    stack.push(TagCommand::create(context(), QStringLiteral("Logistics / Fuel")));
    QCOMPARE(store.tags().size(), 3);
    const qint64 fuel = store.tagAt(QStringLiteral("Logistics / Fuel"))->id;
    QCOMPARE(store.tag(fuel)->parentId, logistics);
    stack.undo();
    QCOMPARE(store.tags().size(), 2);
    QVERIFY(store.tag(logistics));
    stack.redo();
    QCOMPARE(store.tagAt(QStringLiteral("Logistics / Fuel"))->id, fuel);

    // A tag that exists already changes nothing: no step on the stack.
    stack.push(TagCommand::create(context(), QStringLiteral("Logistics / Rail")));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(store.tags().size(), 3);
    // A path with an empty level is refused and reported.
    stack.push(TagCommand::create(context(), QStringLiteral("Logistics /  / Roads")));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(m_errors.first().contains(QStringLiteral("Logistics /  / Roads")));
}

void AnnotationUiTest::commandNames()
{
    AnnotationStore store(*m_library);
    const qint64 a = *store.ensureTagPath(QStringLiteral("Alpha"));
    const qint64 b = *store.ensureTagPath(QStringLiteral("Bravo"));
    const qint64 c = *store.ensureTagPath(QStringLiteral("Charlie"));
    QUndoStack stack;
    const auto pushed = [&](QUndoCommand *command) {
        const int before = stack.count();
        stack.push(command);
        return stack.count() == before + 1 ? stack.undoText() : QStringLiteral("<not pushed>");
    };

    // The quote in an "Annotate" name: one line, cut at a word after about 40 characters.
    QCOMPARE(AnnotationCommand::shortQuote(QStringLiteral("  grain\ncorridor  ")), QStringLiteral("grain corridor"));
    QCOMPARE(AnnotationCommand::shortQuote(
                 QStringLiteral("The convoy reached the border\n crossing at Palanca after midnight")),
        QStringLiteral("The convoy reached the border crossing…"));
    QCOMPARE(AnnotationCommand::shortQuote(QString(50, u'x')), QString(40, u'x') + u'…');

    NewAnnotation draft{m_document, 40, 60, {}, {}, {}, QStringLiteral("ana")};
    QCOMPARE(pushed(new CreateAnnotationCommand(context(), draft, QStringLiteral("grain\ncorridor"))),
        QStringLiteral("Annotate “grain corridor”"));
    const qint64 id = store.documentAnnotations(m_document).first().id;
    Annotation changed = *store.annotation(id);
    changed.note = QStringLiteral("checked");
    QCOMPARE(pushed(new EditAnnotationCommand(context(), changed)), QStringLiteral("Edit Annotation"));
    changed.color = QStringLiteral("#FFEC99");
    QCOMPARE(pushed(new EditAnnotationCommand(context(), changed, std::nullopt, QStringLiteral("Change Colour"))),
        QStringLiteral("Change Colour"));
    QCOMPARE(pushed(TagCommand::create(context(), QStringLiteral("Delta"))), QStringLiteral("New Tag"));
    QCOMPARE(pushed(TagCommand::rename(context(), a, QStringLiteral("Alpha 2"))), QStringLiteral("Rename Tag"));
    QCOMPARE(pushed(TagCommand::recolor(context(), a, QStringLiteral("#FFC9C9"))), QStringLiteral("Change Tag Colour"));
    QCOMPARE(pushed(TagCommand::move(context(), a, b)), QStringLiteral("Move Tag"));
    QCOMPARE(pushed(TagCommand::merge(context(), c, b)), QStringLiteral("Merge Tags"));
    QCOMPARE(pushed(TagCommand::remove(context(), b)), QStringLiteral("Delete Tag"));
    QCOMPARE(pushed(new DeleteAnnotationCommand(context(), id)), QStringLiteral("Delete Annotation"));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));

    // Undone one by one, each name moves to the redo side unchanged.
    const QStringList names{QStringLiteral("Delete Annotation"), QStringLiteral("Delete Tag"),
        QStringLiteral("Merge Tags"), QStringLiteral("Move Tag"), QStringLiteral("Change Tag Colour"),
        QStringLiteral("Rename Tag"), QStringLiteral("New Tag"), QStringLiteral("Change Colour"),
        QStringLiteral("Edit Annotation"), QStringLiteral("Annotate “grain corridor”")};
    QCOMPARE(stack.count(), int(names.size()));
    for (const QString &name : names) {
        QCOMPARE(stack.undoText(), name);
        stack.undo();
        QCOMPARE(stack.redoText(), name);
    }
    QVERIFY(!stack.canUndo());
    QVERIFY(store.documentAnnotations(m_document).isEmpty());
    QCOMPARE(store.tags().size(), 3);
    QCOMPARE(store.tag(a)->name, QStringLiteral("Alpha"));
    QVERIFY(m_errors.isEmpty());
}

void AnnotationUiTest::dialogProducesNewAnnotation()
{
    AnnotationStore store(*m_library);
    const qint64 nuclear
        = *store.ensureTagPath(QStringLiteral("Escalation / Nuclear rhetoric"), QStringLiteral("#FFC9C9"));
    AnnotationDialog dialog(store.tags());
    dialog.setNewAnnotation({m_document, 5, 25, {}, {}, {}, QStringLiteral("ana")}, m_text.mid(5, 20));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *note = dialog.findChild<QPlainTextEdit *>(QStringLiteral("annotationNote"));
    QTest::keyClicks(note, QStringLiteral("Check the date"));
    auto *tagEdit = dialog.findChild<QLineEdit *>(QStringLiteral("annotationTagEdit"));
    tagEdit->setFocus();
    tagEdit->setText(QStringLiteral("escalation / nuclear RHETORIC")); // the existing tag, whatever the case
    QTest::keyClick(tagEdit, Qt::Key_Return);
    QVERIFY(dialog.isVisible()); // Return added the tag rather than closing the dialog
    QCOMPARE(tagEdit->text(), QString());
    tagEdit->setText(QStringLiteral("Sources /  OSINT "));
    QTest::keyClick(tagEdit, Qt::Key_Return);
    tagEdit->setText(QStringLiteral("Temporary"));
    QTest::keyClick(tagEdit, Qt::Key_Return);
    auto *tagList = dialog.findChild<QListWidget *>(QStringLiteral("annotationTagList"));
    QCOMPARE(tagList->count(), 3);
    tagList->setCurrentRow(2);
    QTest::keyClick(tagList, Qt::Key_Delete);
    QCOMPARE(dialog.tagPaths(),
        (QStringList{QStringLiteral("Escalation / Nuclear rhetoric"), QStringLiteral("Sources / OSINT")}));
    QCOMPARE(dialog.newTagPaths(), QStringList{QStringLiteral("Sources / OSINT")});
    QTest::mouseClick(dialog.findChild<QToolButton *>(QStringLiteral("colorButton_A5D8FF")), Qt::LeftButton);

    const NewAnnotation made = dialog.newAnnotation();
    QCOMPARE(made.documentId, m_document);
    QCOMPARE(made.start, 5);
    QCOMPARE(made.end, 25);
    QCOMPARE(made.note, QStringLiteral("Check the date"));
    QCOMPARE(made.tagIds, QVector<qint64>{nuclear}); // the new one is created by the command, from its path
    QCOMPARE(made.color, QStringLiteral("#A5D8FF"));
    QCOMPARE(made.author, QStringLiteral("ana"));
    QTest::mouseClick(dialog.findChild<QToolButton *>(QStringLiteral("colorButton_tag")), Qt::LeftButton);
    QCOMPARE(dialog.newAnnotation().color, QString());

    // The same dialog edits an annotation.
    const qint64 id = annotate(40, 80, QStringLiteral("old note"), {nuclear});
    AnnotationDialog edit(store.tags());
    edit.setAnnotation(*store.annotation(id));
    QVERIFY(edit.isEditing());
    QCOMPARE(edit.tagPaths(), QStringList{QStringLiteral("Escalation / Nuclear rhetoric")});
    edit.findChild<QPlainTextEdit *>(QStringLiteral("annotationNote"))->setPlainText(QStringLiteral("new note"));
    edit.removeTag(QStringLiteral("Escalation / Nuclear rhetoric"));
    Annotation expected = *store.annotation(id);
    expected.note = QStringLiteral("new note");
    expected.tagIds.clear();
    QCOMPARE(edit.annotation(), expected);
}

void AnnotationUiTest::tagManagerShowsCounts()
{
    AnnotationStore store(*m_library);
    const qint64 drones = *store.ensureTagPath(QStringLiteral("Escalation / Drones"), QStringLiteral("#A5D8FF"));
    annotate(10, 20, {}, {drones});
    annotate(30, 40, {}, {drones});
    TagManagerDialog dialog(*m_library);
    QTreeWidget *tree = dialog.tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *escalation = tree->topLevelItem(0);
    QCOMPARE(escalation->text(TagManagerDialog::NameColumn), QStringLiteral("Escalation"));
    QCOMPARE(escalation->childCount(), 1);
    QCOMPARE(escalation->child(0)->text(TagManagerDialog::CountColumn), QStringLiteral("2"));

    // Renaming in place asks for the change; the tree shows the store's state when reloaded.
    QSignalSpy rename(&dialog, &TagManagerDialog::renameRequested);
    escalation->child(0)->setText(TagManagerDialog::NameColumn, QStringLiteral("UAVs"));
    QCOMPARE(rename.count(), 1);
    QCOMPARE(rename.first().at(0).toLongLong(), drones);
    QCOMPARE(rename.first().at(1).toString(), QStringLiteral("UAVs"));
    dialog.reload();
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(TagManagerDialog::NameColumn), QStringLiteral("Drones"));
}

QTEST_MAIN(AnnotationUiTest)
#include "tst_annotationui.moc"
