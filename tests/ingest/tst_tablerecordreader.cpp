// Record-at-a-time reading of CSV bytes: the same rows as CsvReader, plus where each record is.

#include "ingest/csvreader.h"
#include "ingest/tablerecordreader.h"

#include <QTest>

using namespace dossier;

using Rows = QList<QStringList>;

class TableRecordReaderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAsCsvReaderParses_data();
    void readsAsCsvReaderParses();
    void numbersRowsAsSpreadsheetsDo();
    void keepsEachRecordsBytes();
    void saysWhenTheFileEndsInsideQuotes();
    void readsSemicolonsAndTabs();
};

namespace {

Rows readAll(const QByteArray &bytes, char separator)
{
    Rows rows;
    TableRecordReader reader(bytes, separator);
    while (reader.next()) {
        QStringList row;
        for (const QByteArray &field : reader.fields())
            row.append(QString::fromUtf8(field));
        rows.append(row);
    }
    return rows;
}

} // namespace

void TableRecordReaderTest::readsAsCsvReaderParses_data()
{
    // The cases of tst_csvreader: the two readers must never disagree about what a row is.
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("only line breaks") << QStringLiteral("\n\r\n\n");
    QTest::newRow("simple") << QStringLiteral("a,b,c\n1,2,3\n");
    QTest::newRow("no final line break") << QStringLiteral("a,b\n1,2");
    QTest::newRow("crlf and blank lines") << QStringLiteral("a,b\r\n\r\n1,2\r\n\r\n");
    QTest::newRow("lone cr") << QStringLiteral("a,b\r1,2");
    QTest::newRow("bom") << QStringLiteral("\uFEFFfile,title\n");
    QTest::newRow("empty fields") << QStringLiteral(",a,,\n");
    QTest::newRow("quoted separator") << QStringLiteral("\"Kiev, Ukraine\",x");
    QTest::newRow("doubled quotes") << QStringLiteral("\"Il a dit \"\"non\"\".\",2");
    QTest::newRow("line break inside quotes") << QStringLiteral("\"ligne 1\r\nligne 2\",b\nc,d");
    QTest::newRow("quoted empty") << QStringLiteral("\"\",a");
    QTest::newRow("quote inside unquoted field") << QStringLiteral("l'\"OTAN\",b");
    QTest::newRow("text after closing quote") << QStringLiteral("\"a\"b,c");
    QTest::newRow("spaces kept") << QStringLiteral(" a , b ");
    QTest::newRow("unterminated quote takes the rest") << QStringLiteral("a,\"b\nc,d");
    QTest::newRow("ragged rows") << QStringLiteral("a,b,c\n1\n");
    QTest::newRow("non-ascii") << QString::fromUtf8("Київ,« été »\n");
    QTest::newRow("only a separator") << QStringLiteral(",\n");
    QTest::newRow("quote at the very end") << QStringLiteral("a,\"");
    QTest::newRow("doubled quote at the end") << QStringLiteral("\"a\"\"");
}

void TableRecordReaderTest::readsAsCsvReaderParses()
{
    QFETCH(QString, text);
    QCOMPARE(readAll(text.toUtf8(), ','), CsvReader::parse(text));
}

void TableRecordReaderTest::numbersRowsAsSpreadsheetsDo()
{
    // Header on row 1, a blank line is row 3, the quoted line break keeps row 4 one row, then row 5.
    const QByteArray bytes("h1,h2\r\na,b\r\n\r\n\"x\r\ny\",z\r\nlast,row");
    TableRecordReader reader(bytes, ',');
    QList<qsizetype> rows;
    while (reader.next())
        rows.append(reader.rowNumber());
    QCOMPARE(rows, (QList<qsizetype>{1, 2, 4, 5}));
}

void TableRecordReaderTest::keepsEachRecordsBytes()
{
    const QByteArray bytes("\xEF\xBB\xBFh1;h2\n\"a;\"\"b\"\"\";c\nd\n");
    TableRecordReader reader(bytes, ';');
    QVERIFY(reader.next());
    QCOMPARE(reader.record(), QByteArrayView("h1;h2"));
    QVERIFY(reader.next());
    QCOMPARE(reader.record(), QByteArrayView("\"a;\"\"b\"\"\";c"));
    QCOMPARE(reader.fields(), (QList<QByteArray>{QByteArray("a;\"b\""), QByteArray("c")}));
    QVERIFY(reader.next());
    QCOMPARE(reader.record(), QByteArrayView("d"));
    QVERIFY(!reader.next());
    QVERIFY(reader.record().isEmpty());
    QVERIFY(!reader.next());
}

void TableRecordReaderTest::saysWhenTheFileEndsInsideQuotes()
{
    const QByteArray bytes("a,b\n1,\"cut\nshort");
    TableRecordReader reader(bytes, ',');
    QVERIFY(reader.next());
    QVERIFY(!reader.endedInsideQuotes());
    QVERIFY(reader.next());
    QVERIFY(reader.endedInsideQuotes());
    QCOMPARE(reader.fields(), (QList<QByteArray>{QByteArray("1"), QByteArray("cut\nshort")}));
    QCOMPARE(reader.record(), QByteArrayView("1,\"cut\nshort"));
}

void TableRecordReaderTest::readsSemicolonsAndTabs()
{
    QCOMPARE(readAll("file;title\r\na.txt;\"Un titre; avec point-virgule\"\r\n", ';'),
        CsvReader::parse(QStringLiteral("file;title\r\na.txt;\"Un titre; avec point-virgule\"\r\n"), u';'));
    QCOMPARE(readAll("a\tb,c\n", '\t'), (Rows{{QStringLiteral("a"), QStringLiteral("b,c")}}));
}

QTEST_GUILESS_MAIN(TableRecordReaderTest)
#include "tst_tablerecordreader.moc"
