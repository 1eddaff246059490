// Actors in the main window: highlights in the reader, the actor panel, corrections undone and redone.

#include "entities/corrections.h"
#include "i18n/translations.h"
#include "ui/actorlistmodel.h"
#include "ui/actorpanel.h"
#include "ui/librarymodel.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "../seeds.h"
#include "readerpage.h"

using namespace dossier;
using dossier::testing::pageValue;

namespace {

// How many highlights of the page hold exactly this text.
int marksReading(ReaderView *reader, const QString &text)
{
    return pageValue(reader, QStringLiteral("Array.from(document.querySelectorAll('mark.actor'))"
                                            ".filter(m => m.textContent === %1).length")
                                 .arg(QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact))
                                          .mid(1)
                                          .chopped(1)))
        .toInt();
}

} // namespace

class ActorsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void highlightsPanelAndUndo();

private:
    QTemporaryDir m_dir;
};

void ActorsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QLocale(QLocale::English));
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(seeds::path(QStringLiteral("manifest.csv"))), "the seed articles are missing");
}

void ActorsTest::highlightsPanelAndUndo()
{
    MainWindow window;
    QString error;
    QVERIFY2(window.openLibrary(m_dir.filePath(QStringLiteral("actors.dossier")), &error), qPrintable(error));
    window.resize(1500, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy recognized(&window, &MainWindow::recognitionFinished);
    window.importPaths({seeds::folder()});
    QTRY_VERIFY_WITH_TIMEOUT(recognized.count() >= 1 && window.libraryModel()->rowCount() == 5, 60000);

    // The New York Times article, second newest.
    const qint64 nyt = window.libraryModel()->documentId(1);
    window.openDocument(nyt);
    ReaderView *reader = window.reader();
    QTRY_COMPARE_WITH_TIMEOUT(reader->shownDocumentId(), nyt, 20000);
    QVERIFY(pageValue(reader, QStringLiteral("document.querySelectorAll('mark.actor').length")).toInt() > 20);
    QVERIFY(marksReading(reader, QStringLiteral("Loukachenko")) >= 2);
    QCOMPARE(pageValue(reader, QStringLiteral("Array.from(document.querySelectorAll('mark.actor')).find("
                                              "m => m.textContent === 'Minsk').dataset.category"))
                 .toString(),
             QStringLiteral("place"));

    // The panel lists the article's actors, under QAbstractItemModelTester's eye.
    ActorListModel *actors = window.actorPanel()->model();
    QAbstractItemModelTester tester(actors, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(actors->documentId(), nyt);
    int lukashenkoRow = -1;
    for (int row = 0; row < actors->rowCount(); ++row) {
        if (actors->index(row, ActorListModel::NameColumn).data().toString().contains(QStringLiteral("Loukachenko")))
            lukashenkoRow = row;
    }
    QVERIFY(lukashenkoRow >= 0);
    QVERIFY(actors->index(lukashenkoRow, ActorListModel::MentionsColumn).data().toInt() >= 2);
    QCOMPARE(actors->index(lukashenkoRow, ActorListModel::TypeColumn).data().toString(), QStringLiteral("Person"));

    // A correction: the form is rejected everywhere, then undone, then redone.
    const int before = marksReading(reader, QStringLiteral("Loukachenko"));
    recognized.clear();
    window.correct(Correction::rejectForm(QStringLiteral("Loukachenko")));
    QTRY_VERIFY_WITH_TIMEOUT(recognized.count() >= 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(marksReading(reader, QStringLiteral("Loukachenko")), 0, 10000);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Reject “Loukachenko” everywhere"));

    recognized.clear();
    window.undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(recognized.count() >= 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(marksReading(reader, QStringLiteral("Loukachenko")), before, 10000);

    recognized.clear();
    window.undoStack()->redo();
    QTRY_VERIFY_WITH_TIMEOUT(recognized.count() >= 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(marksReading(reader, QStringLiteral("Loukachenko")), 0, 10000);
    window.undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(marksReading(reader, QStringLiteral("Loukachenko")), before, 30000);

    // For the docs: the reader with its highlights, and the actor panel listing the passages of one actor.
    window.actorPanel()->showActor(actors->index(lukashenkoRow, 0).data(ActorListModel::ActorIdRole).toLongLong());
    QTest::qWait(500);
    QVERIFY(window.grab().save(QDir(QStringLiteral(DOSSIER_TEST_OUTPUT_DIR)).filePath(QStringLiteral("actors.png"))));
}

QTEST_MAIN(ActorsTest)
#include "tst_actors.moc"
