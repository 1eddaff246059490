// The report dialog on the seed articles: the preview shows the annotated passages (built on a worker thread
// with its own connection), the preview loads nothing from outside, and Save writes the chosen format.
// With DOSSIER_SCREENSHOT_DIR set, it saves the dialog as report-dialog.png there (docs/images).

#include "../seeds.h"
#include "annotations/annotationstore.h"
#include "entities/recognitionrun.h"
#include "ingest/importrun.h"
#include "storage/library.h"
#include "ui/reports/reportdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>

using namespace dossier;

class ReportDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewShowsPassagesThenSaves();

private:
    QTemporaryDir m_dir;
    QString m_libraryPath;
    QVector<qint64> m_documents;
    QStringList m_passages;
};

void ReportDialogTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_libraryPath = m_dir.filePath(QStringLiteral("dialog.dossier"));
    std::unique_ptr<Library> library = Library::open(m_libraryPath);
    QVERIFY(library);
    ImportRun import(*library);
    import.setManifest(seeds::path(QStringLiteral("manifest.csv")));
    const ImportReport report = import.run({seeds::folder()});
    QCOMPARE(report.imported.size(), 5);
    RecognitionRun(*library).runUnrecognized();
    AnnotationStore store(*library);
    const QStringList notes = {QStringLiteral("À recouper avec la dépêche AFP."),
        QStringLiteral("Première mention du sommet."), QStringLiteral("Ton nettement plus dur qu'en janvier.")};
    const QStringList colors = {QStringLiteral("#E53935"), QStringLiteral("#1E88E5"), QStringLiteral("#43A047")};
    for (int i = 0; i < 3; ++i) {
        const qint64 id = report.imported.at(i).id;
        m_documents.append(id);
        NewAnnotation annotation;
        annotation.documentId = id;
        annotation.start = 120;
        annotation.end = 180;
        annotation.note = notes.at(i);
        annotation.color = colors.at(i);
        annotation.author = QStringLiteral("Jeanne Analyste");
        const std::optional<qint64> tag
            = store.ensureTagPath(i == 1 ? QStringLiteral("Diplomatie") : QStringLiteral("Escalade / Rhétorique"));
        QVERIFY(tag);
        annotation.tagIds = {*tag};
        const std::optional<Annotation> created = store.create(annotation);
        QVERIFY(created);
        m_passages.append(created->anchor.exact);
    }
}

void ReportDialogTest::previewShowsPassagesThenSaves()
{
    ReportDialogContext context;
    context.libraryPath = m_libraryPath;
    context.currentDocument = m_documents.first();
    context.selectedDocuments = m_documents;
    context.tagPaths
        = {QStringLiteral("Diplomatie"), QStringLiteral("Escalade"), QStringLiteral("Escalade / Rhétorique")};
    context.actorNames = {QStringLiteral("Vladimir Poutine"), QStringLiteral("Alexandre Loukachenko")};
    context.author = QStringLiteral("Jeanne Analyste");
    context.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    ReportDialog dialog(context);
    QSignalSpy previewReady(&dialog, &ReportDialog::previewReady);
    dialog.show();
    QVERIFY(previewReady.wait(60000));
    QCOMPARE(dialog.scope().kind, ReportScope::Kind::Documents);
    QCOMPARE(dialog.scope().documentIds, m_documents); // the selection, the narrowest scope in view
    const QString shown = dialog.preview()->toPlainText().simplified();
    for (const QString &passage : m_passages)
        QVERIFY2(shown.contains(passage.simplified()), qPrintable(passage));
    QVERIFY(shown.contains(QStringLiteral("Ton nettement plus dur")));

    // With a chart: the preview holds the image the dialog rasterised, as a document resource.
    auto *chartActors = dialog.findChild<QLineEdit *>(QStringLiteral("chartActors"));
    QVERIFY(chartActors);
    QTest::keyClicks(chartActors, QStringLiteral("Vladimir Poutine, Alexandre Loukachenko"));
    QVERIFY(previewReady.wait(60000));
    QVERIFY(!dialog.preview()
                 ->document()
                 ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("dossier-chart.png")))
                 .isNull());
    const QByteArray screenshots = qgetenv("DOSSIER_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        dialog.grab().save(QString::fromLocal8Bit(screenshots) + QStringLiteral("/report-dialog.png"));
    }

    QSignalSpy saved(&dialog, &ReportDialog::saved);
    QSignalSpy failed(&dialog, &ReportDialog::failed);
    for (const ReportFileFormat format : {ReportFileFormat::Pdf, ReportFileFormat::Docx, ReportFileFormat::Csv}) {
        dialog.setFormat(format);
        const QString path = m_dir.filePath(QStringLiteral("out.") + reportFileFormatInfo(format).suffix);
        dialog.saveTo(path);
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() + failed.count() > 0, 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(saved.takeFirst().value(0).toString(), path);
        QVERIFY(QFileInfo(path).size() > 100);
    }
}

QTEST_MAIN(ReportDialogTest)
#include "tst_reportdialog.moc"
