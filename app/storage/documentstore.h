#pragma once
// Reads and writes the articles of a library: adding imported text, listing, sorting and searching.

#include "storage/document.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

#include <optional>

namespace dossier {

class Library;

enum class DocumentColumn { Title, Source, Published, Language, Words, Imported, Relevance };

class DocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(dossier::DocumentStore)

public:
    explicit DocumentStore(const Library &library);

    struct AddResult
    {
        enum class Outcome { Added, Duplicate, Failed };
        Outcome outcome = Outcome::Failed;
        qint64 id = 0; // the new document, or the one already holding the same text
        QString error; // for Failed
        qint64 storyId = 0; // for Added: the story the new document belongs to
        bool nearDuplicate = false; // for Added: it joined the story of a document already there
    };

    // What add() derives from a text without the database. An import works them out on its reading thread, so
    // that they cost the thread that writes nothing.
    struct TextFacts
    {
        QString contentHash;
        quint64 storyFingerprint = 0; // 0: too short to group
        int wordCount = 0;
    };
    static TextFacts textFacts(const QString &text);

    // Adds the document in one transaction, unless a document with the same text (whitespace aside) is there.
    // A near-duplicate (StoryFingerprint) of a stored document joins that document's story in the same
    // transaction.
    AddResult add(const NewDocument &document);
    // The same with facts worked out beforehand: they must be textFacts(document.text).
    AddResult add(const NewDocument &document, const TextFacts &facts);

    // Fingerprints and groups up to batch documents stored before stories existed (oldest first), in one
    // transaction. Returns how many it did: 0 when none is left, -1 on error (lastError()).
    int fingerprintMissing(int batch);

    // The other documents of the document's story, oldest first, with their sources ("also published by …").
    QVector<DocumentSummary> storyMembers(qint64 documentId) const;

    std::optional<Document> document(qint64 id) const;
    // The original bytes as imported, for reading them again (cleaning undone, better cleaning).
    QByteArray original(qint64 id) const;

    // A new reading text for the document (the FTS index follows by trigger). The content hash stays the one of
    // the import, so importing the same file again is still recognised as a duplicate.
    bool replaceText(qint64 id, const QString &text, const QStringList &removedBlocks);
    int count() const;

    // Ids of all documents (or of those matching searchText) in the given order; ties broken by id.
    // Relevance is only meaningful with a search and falls back to import order without one.
    QVector<qint64> documentIds(DocumentColumn column, Qt::SortOrder order, const QString &searchText = {}) const;
    // The ids of the documents matching searchText, newest imported first, without ranking them (at most limit of
    // them unless it is negative): cheap even for a word in every article of a million.
    QVector<qint64> searchHits(const QString &searchText, qsizetype limit = -1) const;
    // What a window shows first for a search. Up to rankLimit hits: all of them ranked by relevance (*complete
    // set). More: the rankLimit + 1 newest imported, unranked (*complete cleared); the caller lists the others and
    // ranks them all in the background (searchHits(), then documentIds() by relevance).
    QVector<qint64> firstSearchOrder(const QString &searchText, qsizetype rankLimit, bool *complete) const;
    // The window's rankLimit: 20,000 hits rank in ~30 ms, a million in over a second.
    static constexpr qsizetype rankAtOnceLimit = 20000;

    // The list rows of these documents, in the order given; unknown ids are left out.
    QVector<DocumentSummary> summaries(const QVector<qint64> &ids) const;

    // A few words around what searchText matched in each of these documents.
    QHash<qint64, SearchSnippet> snippets(const QString &searchText, const QVector<qint64> &ids) const;

    // Whitespace runs collapsed and Unicode normalised (NFC), then SHA-256: the same article saved twice with
    // different line breaks is one document.
    static QString contentHash(const QString &text);
    static int countWords(const QString &text);

    // The last query error, for the analyst (empty if the last call succeeded).
    QString lastError() const { return m_lastError; }

private:
    const Library &m_library;
    mutable QString m_lastError;
};

} // namespace dossier
