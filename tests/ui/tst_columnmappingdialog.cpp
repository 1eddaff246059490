// Choosing a table's columns before importing it.

#include "ui/columnmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

using namespace dossier;

class ColumnMappingDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheHeaderOfTableFiles();
    void startsFromTheGuessAndFollowsTheChoices();
};

void ColumnMappingDialogTest::readsTheHeaderOfTableFiles()
{
    const QString tables = QStringLiteral(DOSSIER_TEST_DATA_DIR) + QStringLiteral("/ingest/tables/");
    QCOMPARE(ColumnMappingDialog::tableHeader(tables + QStringLiteral("mapped.csv")),
             (QStringList{QStringLiteral("Id"), QStringLiteral("Headline"), QStringLiteral("Story"),
                          QStringLiteral("Notes")}));
    QVERIFY(ColumnMappingDialog::tableHeader(QStringLiteral(DOSSIER_SEEDS_DIR) + QStringLiteral("/002_bfcca99e1c7093f0.txt"))
                .isEmpty());
    QVERIFY(ColumnMappingDialog::tableHeader(tables + QStringLiteral("does-not-exist.csv")).isEmpty());
}

void ColumnMappingDialogTest::startsFromTheGuessAndFollowsTheChoices()
{
    const QStringList header{QStringLiteral("Id"), QStringLiteral("Headline"), QStringLiteral("Story"),
                             QStringLiteral("Date")};
    const ColumnMapping guessed = ColumnMapping::guess(header);
    ColumnMappingDialog dialog(QStringLiteral("export.csv"), guessed);
    auto *text = dialog.findChild<QComboBox *>(QStringLiteral("column-text"));
    auto *title = dialog.findChild<QComboBox *>(QStringLiteral("column-title"));
    auto *published = dialog.findChild<QComboBox *>(QStringLiteral("column-published"));
    QVERIFY(text && title && published);
    QCOMPARE(text->count(), 5);   // (none) and the four columns
    QCOMPARE(title->currentText(), QStringLiteral("Headline"));
    QCOMPARE(published->currentText(), QStringLiteral("Date"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->isEnabled(), guessed.hasText());

    text->setCurrentIndex(0);
    QVERIFY(!ok->isEnabled());   // no article without its text
    text->setCurrentText(QStringLiteral("Story"));
    QVERIFY(ok->isEnabled());
    title->setCurrentIndex(0);
    const ColumnMapping chosen = dialog.mapping();
    QCOMPARE(chosen.column(ColumnMapping::Field::Text), 2);
    QVERIFY(!chosen.isMapped(ColumnMapping::Field::Title));
    QCOMPARE(chosen.column(ColumnMapping::Field::Published), 3);
    QCOMPARE(chosen.describe(), QStringLiteral("text=Story,published=Date"));
}

QTEST_MAIN(ColumnMappingDialogTest)
#include "tst_columnmappingdialog.moc"
