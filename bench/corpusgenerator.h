#pragma once
// Makes the benchmarks' corpus: news-like articles of any total size, built deterministically from the seed
// articles' paragraphs with the built-in gazetteer's names sprinkled in, so that every run measures the same text.

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
    };

    // The separator between two documents in the corpus file: a blank line, as between paragraphs.
    static constexpr char documentSeparator[] = "\n\n\n";

    // Reads the seed paragraphs; nullopt with error when the folder has no seed article.
    static std::optional<CorpusGenerator> create(const Options &options, QString *error);

    // The documents; joined with documentSeparator they make exactly options.bytes of UTF-8.
    const QStringList &documents() const { return m_documents; }
    // Every name alias of the built-in gazetteer (demonyms left out), each once, in gazetteer order.
    const QStringList &aliases() const { return m_aliases; }
    qint64 bytes() const { return m_options.bytes; }

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
};

} // namespace dossier::bench
