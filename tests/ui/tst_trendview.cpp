// The Trends dock in the main window over the seed articles: Vladimir Putin, Ukraine and Belarus by month equal
// counts made here by plain SQL; a click on a point lists that point's articles and opens the first; passages,
// co-occurrence, undated articles, exports; and the screenshot for the docs.

#include "i18n/translations.h"
#include "storage/library.h"
#include "trends/actorlookup.h"
#include "ui/librarymodel.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"
#include "ui/trends/cooccurrencetable.h"
#include "ui/trends/passagelist.h"
#include "ui/trends/trendchart.h"
#include "ui/trends/trendview.h"

#include <QAction>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "../seeds.h"

using namespace dossier;

namespace {

// Name mentions of the actor per month ("2022-10"), or the documents naming it (distinct), straight from the tables.
QHash<QString, int> perMonth(const Library &library, qint64 actorId, bool documents = false)
{
    QSqlQuery query(library.database());
    query.prepare(QStringLiteral("SELECT substr(d.published, 1, 7), %1 FROM mention m JOIN document d ON d.id ="
                                 " m.document_id WHERE m.actor_id = ? AND m.kind = 'name' AND d.published IS NOT NULL"
                                 " GROUP BY 1")
                      .arg(documents ? QStringLiteral("count(DISTINCT d.id)") : QStringLiteral("count(*)")));
    query.addBindValue(actorId);
    QHash<QString, int> counts;
    if (query.exec()) {
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return counts;
}

QVector<qint64> documentsIn(const Library &library, qint64 actorId, const QString &month)
{
    QSqlQuery query(library.database());
    query.prepare(QStringLiteral("SELECT DISTINCT d.id FROM mention m JOIN document d ON d.id = m.document_id"
                                 " WHERE m.actor_id = ? AND m.kind = 'name' AND substr(d.published, 1, 7) = ?"
                                 " ORDER BY d.id"));
    query.addBindValue(actorId);
    query.addBindValue(month);
    QVector<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

QStringList months(QDate first, QDate last)
{
    QStringList labels;
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1))
        labels.append(month.toString(QStringLiteral("yyyy-MM")));
    return labels;
}

// Waits until the view has drawn an answer newer than the spy's count and asks nothing more.
bool waitForChart(TrendView *view, QSignalSpy &updated, int before)
{
    return QTest::qWaitFor([&] { return updated.count() > before && !view->isBusy(); }, 30000);
}

} // namespace

class TrendViewTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedsByMonth();

private:
    QTemporaryDir m_dir;
};

void TrendViewTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QLocale(QLocale::English));
    QSettings().remove(QStringLiteral("mainWindow")); // the dock starts where the code puts it
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(seeds::path(QStringLiteral("manifest.csv"))), "the seed articles are missing");
}

void TrendViewTest::seedsByMonth()
{
    MainWindow window;
    QString error;
    QVERIFY2(window.openLibrary(m_dir.filePath(QStringLiteral("trends.dossier")), &error), qPrintable(error));
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy recognized(&window, &MainWindow::recognitionFinished);
    window.importPaths({seeds::folder()});
    QTRY_VERIFY_WITH_TIMEOUT(recognized.count() >= 1 && window.libraryModel()->rowCount() == 5, 60000);
    const Library &library = *window.library();

    // View › Trends (Ctrl+T) shows the dock.
    auto *toggle = window.findChild<QAction *>(QStringLiteral("trendsAction"));
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
    QVERIFY(!window.trendDock()->isVisible());
    toggle->trigger();
    QVERIFY(window.trendDock()->isVisible());
    window.resizeDocks({window.trendDock()}, {430}, Qt::Vertical);

    TrendView *view = window.trendView();
    const ActorLookup lookup(library);
    QVector<qint64> actors;
    QStringList names;
    for (const QString &name :
        {QStringLiteral("Vladimir Putin"), QStringLiteral("Ukraine"), QStringLiteral("Belarus")}) {
        const std::optional<ActorMatch> actor = lookup.find(name);
        QVERIFY2(actor, qPrintable(name));
        actors.append(actor->id);
        names.append(actor->name);
    }
    QSignalSpy updated(view, &TrendView::chartUpdated);
    view->setPeriod(TrendPeriod::Month);
    view->setActors(actors);
    QVERIFY(waitForChart(view, updated, 0));

    // The chart: one line per actor, named as the library names it, a point per month from the first seed's
    // month to the last's, each equal to the mentions counted here.
    TrendChart *chart = view->chart();
    QVERIFY(chart->isVisible());
    const QStringList expectedMonths = months(QDate(2022, 1, 1), QDate(2023, 2, 1));
    const QList<QAbstractSeries *> drawn = chart->chart()->series();
    QCOMPARE(drawn.size(), 3);
    for (int i = 0; i < 3; ++i) {
        auto *line = qobject_cast<QLineSeries *>(drawn.at(i));
        QVERIFY(line);
        QCOMPARE(line->name(), names.at(i));
        const QHash<QString, int> expected = perMonth(library, actors.at(i));
        QVERIFY2(!expected.isEmpty(), qPrintable(names.at(i)));
        QCOMPARE(line->count(), expectedMonths.size());
        const TrendSeries &series = chart->answer().result.series.at(i);
        for (int j = 0; j < expectedMonths.size(); ++j) {
            QCOMPARE(series.points.at(j).period, expectedMonths.at(j));
            QCOMPARE(line->at(j).y(), double(expected.value(expectedMonths.at(j))));
        }
    }
    QVERIFY(view->undatedText().isEmpty());

    // The CSV export, row for row as counted here.
    QString csv = QStringLiteral("period,start,actor,value\r\n");
    for (int i = 0; i < 3; ++i) {
        const QHash<QString, int> expected = perMonth(library, actors.at(i));
        for (const QString &month : expectedMonths)
            csv += QStringLiteral("%1,%1-01,%2,%3\r\n").arg(month, names.at(i)).arg(expected.value(month));
    }
    const QString csvPath = m_dir.filePath(QStringLiteral("mentions.csv"));
    QVERIFY(view->exportCsv(csvPath));
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(csvFile.readAll()), csv);
    // PNG and SVG of the chart.
    const QString pngPath = m_dir.filePath(QStringLiteral("mentions.png"));
    QVERIFY(view->exportPng(pngPath));
    QVERIFY(QFileInfo(pngPath).size() > 0);
    QVERIFY(!QImage(pngPath).isNull());
    const QString svgPath = m_dir.filePath(QStringLiteral("mentions.svg"));
    QVERIFY(view->exportSvg(svgPath));
    QFile svgFile(svgPath);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svg = svgFile.readAll();
    QVERIFY(svg.startsWith("<?xml"));
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains(names.at(0).toUtf8()));

    // Drill-down: a click on Putin's busiest month lists exactly that month's articles naming him, opens the first
    // and lists his passages there.
    const QHash<QString, int> putin = perMonth(library, actors.at(0));
    QString busiest = expectedMonths.first();
    for (const QString &month : expectedMonths)
        busiest = putin.value(month) > putin.value(busiest) ? month : busiest;
    const int point = int(expectedMonths.indexOf(busiest));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->pointPosition(0, point));
    LibraryModel *model = window.libraryModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->isRestricted(), 10000);
    QVector<qint64> listed = model->documentIds();
    std::sort(listed.begin(), listed.end());
    QCOMPARE(listed, documentsIn(library, actors.at(0), busiest));
    QTRY_COMPARE_WITH_TIMEOUT(window.reader()->shownDocumentId(), model->documentId(0), 20000);
    auto *bar = window.findChild<QLabel *>(QStringLiteral("libraryRestrictionLabel"));
    QVERIFY(bar && bar->isVisible());
    QVERIFY2(bar->text().contains(names.at(0))
            && bar->text().contains(TrendChart::periodText(
                QDate::fromString(busiest + QStringLiteral("-01"), Qt::ISODate), TrendPeriod::Month)),
        qPrintable(bar->text()));
    QCOMPARE(view->passages()->passageCount(), putin.value(busiest));

    // Named with Putin: the actors sharing the most articles with him, counted here too.
    CooccurrenceTable *cooccurrence = view->cooccurrence();
    QCOMPARE(cooccurrence->actorId(), actors.at(0));
    QTRY_VERIFY_WITH_TIMEOUT(cooccurrence->table()->rowCount() > 0, 10000);
    QSqlQuery shared(library.database());
    QVERIFY(shared.exec(QStringLiteral("SELECT count(DISTINCT b.document_id) AS n FROM mention a JOIN mention b ON"
                                       " b.document_id = a.document_id WHERE a.actor_id = %1 AND a.kind = 'name' AND"
                                       " b.kind = 'name' AND b.actor_id IS NOT NULL AND b.actor_id <> %1"
                                       " GROUP BY b.actor_id ORDER BY n DESC LIMIT 1")
                            .arg(actors.at(0))));
    QVERIFY(shared.next());
    QCOMPARE(cooccurrence->table()->item(0, 1)->text().toInt(), shared.value(0).toInt());
    shared.finish(); // an open statement would keep this connection on a snapshot without the next import

    // The screenshot, with a point's articles listed and its passages beside the chart.
    QTest::qWait(300);
    const QString screenshot = QDir(QStringLiteral(DOSSIER_TEST_OUTPUT_DIR)).filePath(QStringLiteral("trend-view.png"));
    QVERIFY(window.grab().save(screenshot));

    // A passage opens its article at the mention.
    const int last = view->passages()->passageCount() - 1;
    const qint64 passageDocument
        = view->passages()->model()->index(last, 0).data(PassageList::DocumentIdRole).toLongLong();
    QVERIFY(listed.contains(passageDocument));
    view->passages()->activateRow(last);
    QCOMPARE(window.openDocumentId(), passageDocument);
    QTRY_COMPARE_WITH_TIMEOUT(window.reader()->shownDocumentId(), passageDocument, 20000);

    // Adding a companion from the table puts it on the chart.
    int companionRow = -1;
    for (int row = 0; row < cooccurrence->table()->rowCount() && companionRow < 0; ++row) {
        if (!actors.contains(cooccurrence->table()->item(row, 0)->data(Qt::UserRole + 1).toLongLong()))
            companionRow = row;
    }
    QVERIFY(companionRow >= 0);
    const qint64 companion = cooccurrence->table()->item(companionRow, 0)->data(Qt::UserRole + 1).toLongLong();
    cooccurrence->selectActors({companion});
    int before = int(updated.count());
    cooccurrence->addSelectedToChart();
    QCOMPARE(view->actorIds(), actors + QVector<qint64>{companion});
    QVERIFY(waitForChart(view, updated, before));
    QCOMPARE(chart->chart()->series().size(), 4);

    // Show All lists the library again.
    window.findChild<QPushButton *>(QStringLiteral("libraryRestrictionClear"))->click();
    QVERIFY(!model->isRestricted());
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(!bar->isVisible());

    // An article without a date is counted apart, said under the chart, and listed on request.
    const QString extra = m_dir.filePath(QStringLiteral("extra"));
    QVERIFY(QDir().mkpath(extra));
    QFile undated(QDir(extra).filePath(QStringLiteral("sans-date.txt")));
    QVERIFY(undated.open(QIODevice::WriteOnly));
    undated.write("Une rencontre discrète\n\nVladimir Poutine a reçu Alexandre Loukachenko, selon le Kremlin, "
                  "pour parler de l'Ukraine et des sanctions.\n");
    undated.close();
    view->setActors(actors);
    recognized.clear();
    before = int(updated.count());
    QSignalSpy imported(&window, &MainWindow::importFinished);
    window.importPaths({undated.fileName()});
    QTRY_VERIFY_WITH_TIMEOUT(imported.count() == 1, 30000);
    const auto report = imported.first().first().value<ImportReport>();
    QVERIFY2(report.failed.isEmpty(), qPrintable(report.failed.value(0).error));
    QCOMPARE(report.imported.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(recognized.count() >= 1, 60000);
    QVERIFY(waitForChart(view, updated, before));
    QTRY_VERIFY_WITH_TIMEOUT(!view->undatedText().isEmpty(), 10000);
    QVERIFY2(view->undatedText().startsWith(QStringLiteral("1 article")), qPrintable(view->undatedText()));
    QVERIFY(view->undatedText().contains(QStringLiteral("without a date")));
    QSqlQuery undatedId(library.database());
    QVERIFY(undatedId.exec(QStringLiteral("SELECT id FROM document WHERE published IS NULL")));
    QVERIFY(undatedId.next());
    auto *undatedLabel = view->findChild<QLabel *>(QStringLiteral("trendUndated"));
    Q_EMIT undatedLabel->linkActivated(QStringLiteral("#undated"));
    QTRY_VERIFY_WITH_TIMEOUT(model->isRestricted(), 10000);
    QCOMPARE(model->documentIds(), QVector<qint64>{undatedId.value(0).toLongLong()});
    QCOMPARE(window.openDocumentId(), undatedId.value(0).toLongLong());
}

QTEST_MAIN(TrendViewTest)
#include "tst_trendview.moc"
