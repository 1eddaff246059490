// Editing articles' metadata: one article, or a field set across a selection.

#include "storage/documentstore.h"
#include "storage/library.h"
#include "storage/metadatachange.h"
#include "ui/metadatadialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace dossier;

class MetadataEditingTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void changeAppliesToEverySelectedDocument();
    void emptyTitleIsRefusedAndNothingWritten();
    void dialogForOneArticle();
    void dialogForSeveralArticles();

private:
    QVector<qint64> m_ids;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void MetadataEditingTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = Library::open(m_dir->filePath(QStringLiteral("meta.dossier")));
    QVERIFY(m_library);
    DocumentStore store(*m_library);
    m_ids.clear();
    for (int i = 0; i < 3; ++i) {
        NewDocument doc;
        doc.metadata.title = QStringLiteral("Article %1").arg(i);
        doc.metadata.source = QStringLiteral("Agence");
        doc.metadata.published = PublicationDate::fromIso(QStringLiteral("2022-10-14"), DateOrigin::Manifest);
        doc.text = QStringLiteral("Texte numéro %1 sur Kherson.").arg(i);
        m_ids.append(store.add(doc).id);
    }
}

void MetadataEditingTest::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void MetadataEditingTest::changeAppliesToEverySelectedDocument()
{
    MetadataChange change;
    change.fields = MetadataChange::Source | MetadataChange::Published;
    change.values.source = QStringLiteral("  Le Monde ");
    change.values.published = PublicationDate::fromIso(QStringLiteral("2022-11"), DateOrigin::User);
    QString error;
    QVERIFY2(change.apply(*m_library, {m_ids[0], m_ids[2]}, &error), qPrintable(error));

    DocumentStore store(*m_library);
    for (const qint64 id : {m_ids[0], m_ids[2]}) {
        const Document doc = *store.document(id);
        QCOMPARE(doc.metadata.source, QStringLiteral("Le Monde"));
        QCOMPARE(doc.metadata.published.toIso(), QStringLiteral("2022-11"));
        QCOMPARE(doc.metadata.published.origin, DateOrigin::User);
        QVERIFY(doc.metadata.title.startsWith(QStringLiteral("Article")));   // untouched
    }
    QCOMPARE(store.document(m_ids[1])->metadata.source, QStringLiteral("Agence"));

    // An empty value clears the field: the article becomes undated.
    MetadataChange undate;
    undate.fields = MetadataChange::Published;
    QVERIFY(undate.apply(*m_library, {m_ids[1]}, &error));
    QVERIFY(!store.document(m_ids[1])->metadata.published.isValid());
}

void MetadataEditingTest::emptyTitleIsRefusedAndNothingWritten()
{
    MetadataChange change;
    change.fields = MetadataChange::Title | MetadataChange::Author;
    change.values.author = QStringLiteral("Quelqu’un");
    QString error;
    QVERIFY(!change.apply(*m_library, m_ids, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(DocumentStore(*m_library).document(m_ids[0])->metadata.author.isEmpty());
}

void MetadataEditingTest::dialogForOneArticle()
{
    const Document doc = *DocumentStore(*m_library).document(m_ids[0]);
    MetadataDialog dialog({doc});
    const QList<QLineEdit *> editors = dialog.findChildren<QLineEdit *>();
    QCOMPARE(editors.size(), 6);
    QCOMPARE(editors.at(0)->text(), QStringLiteral("Article 0"));
    QCOMPARE(editors.at(3)->text(), QStringLiteral("2022-10-14"));
    QCOMPARE(dialog.change().fields, 0);   // nothing edited, nothing changes

    editors.at(1)->clear();
    QTest::keyClicks(editors.at(1), QStringLiteral("Kyiv Independent"));
    editors.at(3)->clear();
    QTest::keyClicks(editors.at(3), QStringLiteral("14 octobre 2022"));
    const MetadataChange change = dialog.change();
    QCOMPARE(change.fields, MetadataChange::Source | MetadataChange::Published);
    QCOMPARE(change.values.source, QStringLiteral("Kyiv Independent"));
    QCOMPARE(change.values.published.toIso(), QStringLiteral("2022-10-14"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("dateHint"))->text(), QStringLiteral("Read as 2022-10-14."));

    editors.at(3)->setText(QStringLiteral("hier soir"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("dateHint"))->text(),
             QStringLiteral("Dossier cannot read this date."));
}

void MetadataEditingTest::dialogForSeveralArticles()
{
    DocumentStore store(*m_library);
    MetadataDialog dialog({*store.document(m_ids[0]), *store.document(m_ids[1])});
    const QList<QLineEdit *> editors = dialog.findChildren<QLineEdit *>();
    for (QLineEdit *editor : editors)
        QVERIFY(editor->text().isEmpty());   // several values: nothing shown, nothing changed
    QCOMPARE(dialog.change().fields, 0);
    QTest::keyClicks(editors.at(2), QStringLiteral("Anne Nivat"));
    // Ticking a field with nothing typed sets it empty on every article.
    dialog.findChildren<QCheckBox *>().at(4)->setChecked(true);
    const MetadataChange change = dialog.change();
    QCOMPARE(change.fields, MetadataChange::Author | MetadataChange::Url);
    QCOMPARE(change.values.author, QStringLiteral("Anne Nivat"));
    QVERIFY(change.values.url.isEmpty());
}

QTEST_MAIN(MetadataEditingTest)
#include "tst_metadataediting.moc"
