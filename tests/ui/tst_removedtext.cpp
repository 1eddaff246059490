// Putting back what cleaning removed: the text, the analyst's rejected mentions moved with it, recognition again.

#include "entities/actorstore.h"
#include "entities/corrections.h"
#include "entities/recognitionrun.h"
#include "ingest/importrun.h"
#include "storage/documentstore.h"
#include "storage/library.h"
#include "ui/removedtextdialog.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include "../seeds.h"

using namespace dossier;

class RemovedTextTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void putsTheTextBackAndKeepsDecisions();
};

void RemovedTextTest::putsTheTextBackAndKeepsDecisions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::unique_ptr<Library> library = Library::open(dir.filePath(QStringLiteral("restore.dossier")));
    QVERIFY(library);
    const QString file = QStringLiteral("000_d1409d0cbd35c96d.txt");
    ImportRun import(*library);
    const ImportReport report = import.run({seeds::path(file)});
    QCOMPARE(report.imported.size(), 1);
    const qint64 id = report.imported.first().id;
    QVERIFY(RecognitionRun(*library).runUnrecognized().error.isEmpty());

    DocumentStore documents(*library);
    const Document cleaned = *documents.document(id);
    QCOMPARE(cleaned.removedBlocks.size(), 2);
    QVERIFY(RemovedTextDialog::canRestore(cleaned));

    // The dialog lists the blocks and offers to put them back.
    RemovedTextDialog dialog(cleaned);
    QVERIFY(dialog.findChild<QPlainTextEdit *>()->toPlainText().contains(QStringLiteral("Related Articles")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("restoreButton")));

    // The analyst rejected one mention of Poutine before putting the text back.
    const int start = int(cleaned.text.indexOf(QStringLiteral("Poutine"), 200));
    QVERIFY(start > 0);
    ActorStore actors(*library);
    QVERIFY(Correction::rejectMention(id, start, start + 7, QStringLiteral("Poutine"))->apply(actors));

    QString error;
    QVERIFY2(RemovedTextDialog::restore(*library, id, &error), qPrintable(error));
    const Document restored = *documents.document(id);
    QVERIFY(restored.text.startsWith(seeds::nonEmptyLine(file, 0))); // the breadcrumb is back
    QVERIFY(restored.text.contains(QStringLiteral("Related Articles")));
    QVERIFY(restored.removedBlocks.isEmpty());
    QCOMPARE(restored.contentHash, cleaned.contentHash); // a re-import is still a duplicate
    QVERIFY(actors.mentions(id).isEmpty());
    QVERIFY(actors.unrecognizedDocuments().contains(id));

    // Recognition again: the rejected mention moved with the text and is still rejected.
    QVERIFY(RecognitionRun(*library).runUnrecognized().error.isEmpty());
    const QVector<QPair<int, int>> rejected = actors.rejectedMentions(id);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(restored.text.mid(rejected.first().first, 7), QStringLiteral("Poutine"));
    int poutine = 0;
    for (const StoredMention &m : actors.mentions(id)) {
        QVERIFY(!(m.mention.start == rejected.first().first && m.mention.end == rejected.first().second));
        poutine += restored.text.mid(m.mention.start, m.mention.end - m.mention.start) == QLatin1String("Poutine");
    }
    QVERIFY(poutine > 3);

    QVERIFY(!RemovedTextDialog::restore(*library, id, &error)); // nothing left to put back
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(RemovedTextTest)
#include "tst_removedtext.moc"
