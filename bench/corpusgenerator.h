#pragma once
// Makes the benchmarks' corpus: news-like articles of any total size, built deterministically from the seed
// articles' paragraphs with the built-in gazetteer's names sprinkled in, so that every run measures the same text.

#include <QByteArrayList>
#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace dossier::bench {

class CorpusGenerator
{
public:
    struct Options
    {
        QString seedsDir; // the folder holding the seed articles (*.txt); other files in it are ignored
        qint64 bytes = 50'000'000; // the UTF-8 size of the corpus file, exactly
        std::uint64_t seed = 20240601; // fixed, so that two runs (and two machines) measure the same text
        int minParagraphs = 8; // per document, after a heading paragraph: 3–8 KB, the size of the seeds
        int maxParagraphs = 24;
        int bytesPerName = 600; // on average, one gazetteer name inserted per this many bytes of seed text

        // Document-count mode (documents > 0): bytes is ignored and nothing is kept in memory; article(i) makes
        // document i on demand from (seed, i) alone, so a million documents can be streamed to disk in any order.
        qint64 documents = 0;
        QDate firstDay = QDate(2019, 1, 1); // publication dates spread uniformly over [firstDay, lastDay]
        QDate lastDay = QDate(2025, 12, 31);
        int sources = 8; // the first this many of sourceNames()
        // One document in this many carries one of unlistedNames(): names no gazetteer actor has, so that a
        // correction ("add this form as an alias") touches a realistic few documents, found through the index.
        int documentsPerUnlistedName = 50;
    };

    // One generated article of the document-count mode.
    struct Article
    {
        QString title;
        QString source;
        QDate published;
        QString text;
    };

    // The separator between two documents in the corpus file: a blank line, as between paragraphs.
    static constexpr char documentSeparator[] = "\n\n\n";

    // Reads the seed paragraphs; nullopt with error when the folder has no seed article.
    static std::optional<CorpusGenerator> create(const Options &options, QString *error);

    // The documents; joined with documentSeparator they make exactly options.bytes of UTF-8. Empty in
    // document-count mode.
    const QStringList &documents() const { return m_documents; }
    // Every name alias of the built-in gazetteer (demonyms left out), each once, in gazetteer order.
    const QStringList &aliases() const { return m_aliases; }
    qint64 bytes() const { return m_options.bytes; }

    // Document-count mode: how many documents, and document index (0-based), the same on every run and machine.
    qint64 documentCount() const { return m_options.documents; }
    Article article(qint64 index) const;
    static QStringList sourceNames();
    static QStringList unlistedNames();

    // Document-count mode: streams every article into dir as corpus/part-NNNN.jsonl, documentsPerPart a file (one
    // JSON object a line: title, source, published, text; what `dossier-cli import` reads) and load.sql (the same rows for the bare sqlite3 shell:
    // a table, an FTS5 index over title and text kept by a trigger as Dossier's is, one transaction). Returns the
    // UTF-8 size of all texts, or -1 with error.
    qint64 writeArticleFiles(const QString &dir, QString *error) const;
    static constexpr qint64 documentsPerPart = 100000;

    // corpus.txt: the documents joined, UTF-8. Returns its path, or an empty string with error.
    QString writeCorpusFile(const QString &dir, QString *error) const;
    // aliases.txt: one alias a line, UTF-8, for `rg -F -f` and Hyperscan.
    QString writeAliasesFile(const QString &dir, QString *error) const;
    // One file per document (documents/000001.txt …), for benchmarks that import files.
    QString writeDocuments(const QString &dir, QString *error) const;

private:
    explicit CorpusGenerator(const Options &options)
        : m_options(options)
    {
    }
    void generate(const QStringList &paragraphs);

    Options m_options;
    QStringList m_aliases;
    QStringList m_documents;
    // Document-count mode makes its articles on demand from these, in UTF-8 as the byte mode works.
    QByteArrayList m_paragraphBytes;
    QByteArrayList m_nameBytes;
    QByteArrayList m_unlistedBytes; // unlistedNames() that no gazetteer alias covers
};

} // namespace dossier::bench
