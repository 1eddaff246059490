#pragma once
// Lists and ranks a search's hits on a thread and a connection of its own. For a word found in most of a million
// articles, bm25 over every hit takes seconds: the window shows the newest hits at once, adds the others when they
// are listed (~0.1 s) and re-sorts them all when the ranking ends.

#include <QHash>
#include <QObject>
#include <QString>
#include <QVector>

#include <memory>

class QThread;

namespace dossier {

class BackgroundRanking final : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundRanking(QObject *parent = nullptr);
    // Interrupts what is running and waits for its thread.
    ~BackgroundRanking() override;

    // Ranks the articles of the library at libraryPath that match searchText, best first. A ranking still running
    // is interrupted; only the newest one is ever reported.
    void start(const QString &libraryPath, const QString &searchText);
    // Interrupts the running ranking, if any; nothing is reported for it.
    void cancel();
    bool isRunning() const { return m_current != nullptr; }

Q_SIGNALS:
    // Every hit, newest imported first (DocumentStore::searchHits), before the ranking.
    void listed(const QString &searchText, const QVector<qint64> &ids);
    // The ranked ids (DocumentStore::documentIds by relevance) for the searchText given to start().
    void ranked(const QString &searchText, const QVector<qint64> &ids);
    // The ranking could not be made (the library could not be opened, the query failed); error is for the analyst.
    void failed(const QString &searchText, const QString &error);

private:
    struct Job;
    std::shared_ptr<Job> m_current;
    QHash<QThread *, std::shared_ptr<Job>> m_threads; // every thread not yet finished, interrupted or not
};

} // namespace dossier
