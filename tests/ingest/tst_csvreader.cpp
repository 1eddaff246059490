// CSV as spreadsheets export it: quoting, line ends, separators.

#include "ingest/csvreader.h"

#include <QTest>

using namespace dossier;

using Rows = QList<QStringList>;

class CsvReaderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void parsesWithSemicolons();
    void detectsSeparator_data();
    void detectsSeparator();
};

void CsvReaderTest::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Rows>("rows");

    QTest::newRow("empty") << QString() << Rows();
    QTest::newRow("only line breaks") << QStringLiteral("\n\r\n\n") << Rows();
    QTest::newRow("simple") << QStringLiteral("a,b,c\n1,2,3\n")
                            << Rows{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                   {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}};
    QTest::newRow("no final line break") << QStringLiteral(
        "a,b\n1,2") << Rows{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("crlf and blank lines")
        << QStringLiteral("a,b\r\n\r\n1,2\r\n\r\n")
        << Rows{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("lone cr") << QStringLiteral(
        "a,b\r1,2") << Rows{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("bom") << QStringLiteral("\uFEFFfile,title\n")
                         << Rows{{QStringLiteral("file"), QStringLiteral("title")}};
    QTest::newRow("empty fields") << QStringLiteral(",a,,\n")
                                  << Rows{{QString(), QStringLiteral("a"), QString(), QString()}};
    QTest::newRow("quoted separator") << QStringLiteral("\"Kiev, Ukraine\",x")
                                      << Rows{{QStringLiteral("Kiev, Ukraine"), QStringLiteral("x")}};
    QTest::newRow("doubled quotes") << QStringLiteral("\"Il a dit \"\"non\"\".\",2")
                                    << Rows{{QStringLiteral("Il a dit \"non\"."), QStringLiteral("2")}};
    QTest::newRow("line break inside quotes") << QStringLiteral("\"ligne 1\r\nligne 2\",b\nc,d")
                                              << Rows{{QStringLiteral("ligne 1\r\nligne 2"), QStringLiteral("b")},
                                                     {QStringLiteral("c"), QStringLiteral("d")}};
    QTest::newRow("quoted empty") << QStringLiteral("\"\",a") << Rows{{QString(), QStringLiteral("a")}};
    QTest::newRow("quote inside unquoted field")
        << QStringLiteral("l'\"OTAN\",b") << Rows{{QStringLiteral("l'\"OTAN\""), QStringLiteral("b")}};
    QTest::newRow("text after closing quote")
        << QStringLiteral("\"a\"b,c") << Rows{{QStringLiteral("ab"), QStringLiteral("c")}};
    QTest::newRow("spaces kept") << QStringLiteral(" a , b ") << Rows{{QStringLiteral(" a "), QStringLiteral(" b ")}};
    QTest::newRow("unterminated quote takes the rest")
        << QStringLiteral("a,\"b\nc,d") << Rows{{QStringLiteral("a"), QStringLiteral("b\nc,d")}};
    QTest::newRow("ragged rows") << QStringLiteral(
        "a,b,c\n1\n") << Rows{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, {QStringLiteral("1")}};
    QTest::newRow("non-ascii") << QString::fromUtf8("Київ,« été »\n")
                               << Rows{{QString::fromUtf8("Київ"), QString::fromUtf8("« été »")}};
}

void CsvReaderTest::parses()
{
    QFETCH(QString, text);
    QFETCH(Rows, rows);
    QCOMPARE(CsvReader::parse(text), rows);
}

void CsvReaderTest::parsesWithSemicolons()
{
    const QString text = QStringLiteral("file;title\r\na.txt;\"Un titre; avec point-virgule\"\r\n");
    const Rows expected{{QStringLiteral("file"), QStringLiteral("title")},
        {QStringLiteral("a.txt"), QStringLiteral("Un titre; avec point-virgule")}};
    QCOMPARE(CsvReader::parse(text, u';'), expected);
    QCOMPARE(CsvReader::parse(QStringLiteral("a\tb,c\n"), u'\t'), (Rows{{QStringLiteral("a"), QStringLiteral("b,c")}}));
}

void CsvReaderTest::detectsSeparator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("separator");

    QTest::newRow("empty") << QString() << QChar(u',');
    QTest::newRow("comma") << QStringLiteral("file,title,date\na;b;c;d;e,f,g\n") << QChar(u',');
    QTest::newRow("semicolon") << QStringLiteral("file;title;date\n1,2;3\n") << QChar(u';');
    QTest::newRow("tab") << QStringLiteral("file\ttitle\tdate\n") << QChar(u'\t');
    QTest::newRow("quoted commas ignored") << QStringLiteral("\"a,b,c\";\"d\"\n") << QChar(u';');
    QTest::newRow("tie keeps comma") << QStringLiteral("a,b;c\n") << QChar(u',');
    QTest::newRow("bom") << QStringLiteral("\uFEFFfile;title\n") << QChar(u';');
}

void CsvReaderTest::detectsSeparator()
{
    QFETCH(QString, text);
    QFETCH(QChar, separator);
    QCOMPARE(CsvReader::detectSeparator(text), separator);
}

QTEST_GUILESS_MAIN(CsvReaderTest)
#include "tst_csvreader.moc"
