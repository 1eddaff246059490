// dossier-bench-gui: the window on a library that dossier-bench-library made. Prints one JSON object:
//   openMs            MainWindow::openLibrary + show, until the library table has painted rows
//   firstDocumentMs   the first openDocument → ReaderView::documentShown (the renderer starts)
//   switchMs[]        openDocument → documentShown for each further document, half of them annotated
//   rssKb, childrenRssKb   VmRSS of this process, and summed over its descendants (WebEngine's processes)
// Run it under xvfb-run with QTWEBENGINE_DISABLE_SANDBOX=1 (dossier-bench-library does).
#include "benchsupport.h"

#include "storage/library.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <random>

namespace dossier::bench {

namespace {

// Quits the loop once the view has painted with rows: the first page of the table is on screen.
class PaintWatcher final : public QObject
{
public:
    PaintWatcher(QTableView *view, QEventLoop *loop)
        : m_view(view)
        , m_loop(loop)
    {
        view->viewport()->installEventFilter(this);
    }
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!painted && event->type() == QEvent::Paint && m_view->model() && m_view->model()->rowCount() > 0) {
            painted = true;
            // Queued, so that the loop ends after this paint, not before it.
            QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    QEventLoop *m_loop;
};

// openDocument until the reader says it has shown it; -1 after timeoutMs.
double showDocument(MainWindow &window, qint64 id, int timeoutMs)
{
    QEventLoop loop;
    bool shown = false;
    const QMetaObject::Connection connection
        = QObject::connect(window.reader(), &ReaderView::documentShown, &loop, [&](qint64 documentId) {
              if (documentId == id) {
                  shown = true;
                  loop.quit();
              }
          });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    window.openDocument(id);
    if (!shown)
        loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QObject::disconnect(connection);
    return shown ? ms : -1;
}

int run(QApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption libraryOption(
        QStringLiteral("library"), QStringLiteral("The library file."), QStringLiteral("PATH"));
    const QCommandLineOption switchesOption(QStringLiteral("switches"), QStringLiteral("Documents to switch to."),
        QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({libraryOption, switchesOption});
    parser.process(app);
    QTextStream out(stdout);
    const auto fail = [&](const QString &message) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact)
            << Qt::endl;
        return 0; // the driver reports the error as the reason
    };

    MainWindow window;
    window.resize(1400, 900);
    auto *table = window.findChild<QTableView *>(QStringLiteral("libraryTable"));
    if (!table)
        return fail(QStringLiteral("no library table in the main window"));

    QEventLoop paintLoop;
    PaintWatcher watcher(table, &paintLoop);
    QTimer::singleShot(60000, &paintLoop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!window.openLibrary(parser.value(libraryOption), &error))
        return fail(error);
    window.show();
    if (!watcher.painted)
        paintLoop.exec();
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    if (!watcher.painted)
        return fail(QStringLiteral("the table did not paint rows within 60 s"));

    // Half annotated documents (dossier-bench-library made some), half random ones, the same on every run.
    QVector<qint64> ids;
    const int switches = parser.value(switchesOption).toInt();
    QSqlQuery query(window.library()->database());
    query.exec(
        QStringLiteral("SELECT DISTINCT document_id FROM annotation ORDER BY document_id LIMIT %1").arg(switches / 2));
    while (query.next())
        ids.append(query.value(0).toLongLong());
    const int annotated = int(ids.size());
    query.exec(QStringLiteral("SELECT max(id) FROM document"));
    const qint64 maxId = query.next() ? query.value(0).toLongLong() : 0;
    QRandomGenerator dice(20240603);
    QSqlQuery next(window.library()->database());
    next.prepare(QStringLiteral("SELECT id FROM document WHERE id >= ? ORDER BY id LIMIT 1"));
    while (maxId > 0 && ids.size() < switches + 1) {
        next.addBindValue(1 + qint64(dice.bounded(quint64(maxId))));
        if (next.exec() && next.next())
            ids.append(next.value(0).toLongLong());
    }
    std::shuffle(ids.begin(), ids.end(), std::mt19937(20240604));
    if (ids.isEmpty())
        return fail(QStringLiteral("no document in the library"));

    const double firstDocumentMs = showDocument(window, ids.takeFirst(), 60000);
    QJsonArray switchMs;
    int timeouts = 0;
    for (const qint64 id : std::as_const(ids)) {
        if (id == window.openDocumentId())
            continue;
        const double ms = showDocument(window, id, 10000);
        if (ms < 0)
            ++timeouts;
        else
            switchMs.append(ms);
    }
    const qint64 pid = selfPid();
    out << QJsonDocument(
        QJsonObject{{QStringLiteral("openMs"), openMs}, {QStringLiteral("firstDocumentMs"), firstDocumentMs},
            {QStringLiteral("switchMs"), switchMs}, {QStringLiteral("annotatedDocuments"), annotated},
            {QStringLiteral("timeouts"), timeouts}, {QStringLiteral("rssKb"), procStatusKb(pid, "VmRSS")},
            {QStringLiteral("peakRssKb"), procStatusKb(pid, "VmHWM")},
            {QStringLiteral("childrenRssKb"), descendantsRssKb(pid)}})
               .toJson(QJsonDocument::Compact)
        << Qt::endl;
    return 0;
}

} // namespace

} // namespace dossier::bench

int main(int argc, char *argv[])
{
    // Settings (window layout, author name) go to a folder of their own, never to the analyst's.
    QTemporaryDir settingsHome;
    if (settingsHome.isValid())
        qputenv("XDG_CONFIG_HOME", settingsHome.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("dossier-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("dossier-bench-gui"));
    return dossier::bench::run(app);
}
