#pragma once
// The cross-document half of cleaning: a short line that a source prints in story after story is that source's
// chrome ("Rubrique International", a newsletter pitch, a copyright line), whatever its wording. Import asks
// before storing an article which of its lines the source has already printed often enough, and tells after
// storing it which lines the new story carried. The counts live in the library (table source_line).

#include "ingest/extraction.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dossier {

class Library;

class RepeatedLines
{
    Q_DECLARE_TR_FUNCTIONS(dossier::RepeatedLines)

public:
    explicit RepeatedLines(Library &library);

    // What an article's lines are known as; keep it from removeKnown() to record().
    struct ArticleLines
    {
        QString source; // sourceKey() of the article; empty when it names no source (nothing is counted)
        QStringList keys; // lineKey() of each distinct candidate line, before any was removed
    };

    // Takes out of the article the lines its source has printed in at least storiesForChrome other stories,
    // adding them to removedBlocks, under TextCleaner's guard (never most of the text). Returns the article's
    // lines for record().
    ArticleLines removeKnown(ExtractedArticle &article);

    // Counts the lines for the source of a document that started a new story (a republished copy of a story
    // would count its lines twice). When this makes a line chrome, the documents that kept it because it was
    // not known yet are cleaned too, as long as nothing points into their text (no recognition ran on them, no
    // annotation). Returns false on a database error (lastError()); the counts are a hint, so the import goes on.
    bool record(const ArticleLines &lines, qint64 documentId);

    QString lastError() const { return m_lastError; }

    // The source an article is counted under: its source name, else its web address's host, folded to lower
    // case; empty when it has neither.
    static QString sourceKey(const DocumentMetadata &metadata);
    // A line's identity across stories (case folded, digits as 0, spaces collapsed), hashed; empty for a line
    // that cannot be chrome: long lines, and full sentences of more than a few words (a wire's background
    // paragraph repeats from story to story, and it is news, not chrome).
    static QString lineKey(const QString &plainLine);

    static constexpr int storiesForChrome = 3;
    static constexpr int maximumLineLength = 160;
    static constexpr int maximumSentenceWords = 8;

private:
    bool cleanHolder(qint64 documentId, const QString &lineKey);

    Library &m_library;
    QString m_lastError;
};

} // namespace dossier
