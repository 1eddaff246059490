// Annotations in the main window: a passage selected in the reader annotated through Ctrl+M's action and the
// dialog, shown in the panel and the reader, undone from the Edit menu; tags recoloured through the tag manager;
// screenshots of the panel and the tag manager for the docs.

#include "annotations/annotationstore.h"
#include "i18n/translations.h"
#include "storage/documentstore.h"
#include "ui/annotationdialog.h"
#include "ui/annotationlibraryview.h"
#include "ui/annotationlistmodel.h"
#include "ui/annotationpanel.h"
#include "ui/librarymodel.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"
#include "ui/tagmanagerdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include "../seeds.h"
#include "readerpage.h"

using namespace dossier;
using dossier::testing::pageValue;

namespace {

// Selects [start, end) of the document text in the page, as the analyst would with the mouse.
QString selectScript(int start, int end)
{
    return QStringLiteral(
        "(function () {"
        " function at(offset) {"
        "  for (const p of document.querySelectorAll('#document-text p')) {"
        "   const first = Number(p.dataset.start);"
        "   if (offset < first || offset > first + p.textContent.length) continue;"
        "   const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);"
        "   let rest = offset - first, node;"
        "   while ((node = walker.nextNode())) { if (rest <= node.length) return [node, rest]; rest -= node.length; }"
        "  }"
        "  return null; }"
        " const a = at(%1), b = at(%2); if (!a || !b) return false;"
        " const range = document.createRange(); range.setStart(a[0], a[1]); range.setEnd(b[0], b[1]);"
        " const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);"
        " return true; })()")
        .arg(start)
        .arg(end);
}

// Fills the open annotation dialog and accepts it.
bool fillDialog(MainWindow &window, const QString &note, const QStringList &tags, const QString &color = {},
    const QString &screenshot = {})
{
    AnnotationDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = window.findChild<AnnotationDialog *>()) && dialog->isVisible(); }))
        return false;
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("annotationNote"))->setPlainText(note);
    auto *tagEdit = dialog->findChild<QLineEdit *>(QStringLiteral("annotationTagEdit"));
    for (const QString &tag : tags) {
        tagEdit->setText(tag);
        QTest::keyClick(tagEdit, Qt::Key_Return);
    }
    dialog->setColor(color);
    if (!screenshot.isEmpty()) {
        QTest::qWait(100);
        dialog->grab().save(QDir(QStringLiteral(DOSSIER_TEST_OUTPUT_DIR)).filePath(screenshot));
    }
    dialog->accept();
    return QTest::qWaitFor([&] { return !window.findChild<AnnotationDialog *>(); });
}

// The first sentence of the paragraph holding the first occurrence of word after from: a passage an analyst
// would pick (a sentence ends after a lower-case word, so "M. Poutine" does not end one).
QPair<int, int> sentenceAround(const QString &text, const QString &word, int from = 0)
{
    const int at = int(text.indexOf(word, from));
    const int start = int(text.lastIndexOf(u'\n', at)) + 1;
    static const QRegularExpression end(QStringLiteral("\\p{Ll}{2,}[.!?](?=\\s|$)"));
    const QRegularExpressionMatch match = end.match(text, at);
    return {start, match.hasMatch() ? int(match.capturedEnd()) : -1};
}

} // namespace

class AnnotationWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void annotateUndoAndScreenshots();
    void libraryWideList();

private:
    QTemporaryDir m_dir;
};

void AnnotationWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QLocale(QLocale::English));
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(seeds::path(QStringLiteral("manifest.csv"))), "the seed articles are missing");
}

void AnnotationWindowTest::annotateUndoAndScreenshots()
{
    // The author's name comes from the settings (Annotations › Author Name…).
    QSettings().setValue(QStringLiteral("annotations/author"), QStringLiteral("C. Martin"));
    MainWindow window;
    QString error;
    QVERIFY2(window.openLibrary(m_dir.filePath(QStringLiteral("annotations.dossier")), &error), qPrintable(error));
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy recognized(&window, &MainWindow::recognitionFinished);
    window.importPaths({seeds::folder()});
    QTRY_VERIFY_WITH_TIMEOUT(recognized.count() >= 1 && window.libraryModel()->rowCount() == 5, 60000);

    const qint64 documentId = window.libraryModel()->documentId(1);
    window.openDocument(documentId);
    ReaderView *reader = window.reader();
    QTRY_COMPARE_WITH_TIMEOUT(reader->shownDocumentId(), documentId, 20000);
    const QString text = DocumentStore(*window.library()).document(documentId)->text;

    // The analyst selects a sentence; Ctrl+M's action becomes available and opens the dialog.
    auto *annotate = window.findChild<QAction *>(QStringLiteral("annotateAction"));
    QVERIFY(annotate);
    QCOMPARE(annotate->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(!annotate->isEnabled());
    const auto [start, end] = sentenceAround(text, QStringLiteral("Loukachenko"));
    QVERIFY(start >= 0 && end > start);
    QVERIFY(pageValue(reader, selectScript(start, end)).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(annotate->isEnabled(), 5000);
    QCOMPARE(reader->selectedRange(), (ReaderRange{start, end}));
    annotate->trigger();
    QVERIFY(fillDialog(
        window, QStringLiteral("Who speaks here, and for whom?"), {QStringLiteral("Escalation / Nuclear rhetoric")}));

    // In the store, the panel and the reader.
    AnnotationStore store(*window.library());
    QCOMPARE(store.documentAnnotations(documentId).size(), 1);
    const Annotation made = store.documentAnnotations(documentId).first();
    QCOMPARE(made.anchor.start, start);
    QCOMPARE(made.anchor.end, end);
    QCOMPARE(made.author, QStringLiteral("C. Martin"));
    AnnotationListModel *panel = window.annotationPanel()->model();
    QCOMPARE(panel->rowCount(), 1);
    QCOMPARE(panel->annotationId(0), made.id);
    QCOMPARE(window.annotationPanel()->selectedAnnotation(), made.id);
    QCOMPARE(reader->annotations().size(), 1);
    QCOMPARE(reader->annotations().first().id, made.id);
    QCOMPARE(reader->annotations().first().start, start);
    QVERIFY(reader->annotations().first().tooltip.contains(QStringLiteral("Nuclear rhetoric")));
    QTRY_VERIFY_WITH_TIMEOUT(
        pageValue(reader, QStringLiteral("document.querySelectorAll('mark.annotation').length")).toInt() >= 1, 10000);

    // Undone from the Edit menu, redone with the same id.
    QAction *undo = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Edit"))
            undo = menu->menu()->actions().value(0);
    }
    QVERIFY(undo);
    QVERIFY2(undo->text().startsWith(QStringLiteral("Undo Annotate “")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(panel->rowCount(), 0);
    QVERIFY(reader->annotations().isEmpty());
    QVERIFY(store.documentAnnotations(documentId).isEmpty());
    window.undoStack()->redo();
    QCOMPARE(panel->rowCount(), 1);
    QCOMPARE(reader->annotations().first().id, made.id);

    // Two more for the screenshot: one of them re-anchoring could not place.
    const auto [start2, end2] = sentenceAround(text, QStringLiteral("Minsk"), end);
    window.annotatePassage(start2, end2);
    QVERIFY(fillDialog(window, QStringLiteral("Official line — compare with the opposition's account."),
        {QStringLiteral("Sources / Official statement"), QStringLiteral("Belarus")}, {},
        QStringLiteral("annotation-dialog.png")));
    const int start3 = int(text.indexOf(u'\n', end2 + 200)) + 1;
    window.annotatePassage(start3, start3 + 90);
    QVERIFY(fillDialog(window, QStringLiteral("Figures to check against the ministry's report."),
        {QStringLiteral("To verify")}, QStringLiteral("#FFD8A8")));
    QCOMPARE(panel->rowCount(), 3);

    // Tag colours through the tag manager, each change on the window's undo stack.
    window.findChild<QAction *>(QStringLiteral("manageTagsAction"))->trigger();
    TagManagerDialog *tags = window.tagManager();
    QVERIFY(tags);
    QVERIFY(QTest::qWaitForWindowExposed(tags));
    Q_EMIT tags->recolorRequested(
        store.tagAt(QStringLiteral("Escalation / Nuclear rhetoric"))->id, QStringLiteral("#FFA8A8"));
    Q_EMIT tags->recolorRequested(
        store.tagAt(QStringLiteral("Sources / Official statement"))->id, QStringLiteral("#A5D8FF"));
    Q_EMIT tags->recolorRequested(store.tagAt(QStringLiteral("Belarus"))->id, QStringLiteral("#B2F2BB"));
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Change Tag Colour"));
    QCOMPARE(reader->annotations().first().color, QStringLiteral("#FFA8A8"));
    tags->setCurrentTag(store.tagAt(QStringLiteral("Escalation / Nuclear rhetoric"))->id);
    tags->resize(520, 420);
    QTest::qWait(200);
    QVERIFY(
        tags->grab().save(QDir(QStringLiteral(DOSSIER_TEST_OUTPUT_DIR)).filePath(QStringLiteral("tag-manager.png"))));
    tags->close();

    // The third one as an orphan, as re-anchoring leaves a passage it cannot find in a new text.
    Annotation orphan = store.documentAnnotations(documentId).last();
    orphan.anchor.orphan = true;
    QVERIFY(store.restore(orphan));
    window.openDocument(documentId);
    QCOMPARE(panel->rowCount(), 3);
    QVERIFY(panel->index(2).data(AnnotationListModel::OrphanRole).toBool());
    QCOMPARE(reader->annotations().size(), 2); // an orphan marks nothing in the text

    auto *dock = qobject_cast<QDockWidget *>(window.annotationPanel()->parentWidget());
    QVERIFY(dock);
    dock->raise();
    window.resizeDocks({dock}, {430}, Qt::Horizontal);
    window.annotationPanel()->selectAnnotation(made.id);
    reader->flashAnnotation(made.id);
    QTest::qWait(1500);
    QVERIFY(window.grab().save(
        QDir(QStringLiteral(DOSSIER_TEST_OUTPUT_DIR)).filePath(QStringLiteral("annotations-panel.png"))));
}

void AnnotationWindowTest::libraryWideList()
{
    MainWindow window;
    QString error;
    QVERIFY2(window.openLibrary(m_dir.filePath(QStringLiteral("annotations.dossier")), &error), qPrintable(error));
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Ctrl+Shift+A: every annotation of the library (the three of the test before), filtered by tag.
    window.findChild<QAction *>(QStringLiteral("allAnnotationsAction"))->trigger();
    AnnotationLibraryView *all = window.annotationPanel()->libraryView();
    QTRY_VERIFY(all->isVisible());
    QCOMPARE(all->model()->rowCount(), 3);
    QVERIFY(!all->model()->index(0).data(AnnotationListModel::DocumentTitleRole).toString().isEmpty());
    all->tagFilter()->setCurrentIndex(all->tagFilter()->findText(QStringLiteral("Escalation")));
    QCOMPARE(all->model()->rowCount(), 1);
    all->tagFilter()->setCurrentIndex(0);
    all->authorFilter()->setCurrentIndex(all->authorFilter()->findData(QStringLiteral("C. Martin")));
    QCOMPARE(all->model()->rowCount(), 3);

    // Activating one opens its article there.
    const QModelIndex first = all->model()->index(0);
    QCOMPARE(window.openDocumentId(), 0);
    Q_EMIT all->listView()->activated(first);
    QCOMPARE(window.openDocumentId(), first.data(AnnotationListModel::DocumentIdRole).toLongLong());
    QTRY_COMPARE_WITH_TIMEOUT(window.reader()->shownDocumentId(), window.openDocumentId(), 20000);
    QCOMPARE(window.reader()->annotations().size(), 2);
    window.annotationPanel()->showLibraryWide();
    auto *dock = qobject_cast<QDockWidget *>(window.annotationPanel()->parentWidget());
    dock->raise();
    window.resizeDocks({dock}, {430}, Qt::Horizontal);
    QTest::qWait(800);
    QVERIFY(window.grab().save(
        QDir(QStringLiteral(DOSSIER_TEST_OUTPUT_DIR)).filePath(QStringLiteral("annotations-library.png"))));
}

QTEST_MAIN(AnnotationWindowTest)
#include "tst_annotationwindow.moc"
