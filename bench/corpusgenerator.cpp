// The corpus is built in UTF-8 bytes, so that its size can be exact, and only then decoded into the QStrings that
// recognition reads (the library hands it QStrings too).
#include "corpusgenerator.h"

#include "entities/gazetteer.h"

#include <QByteArrayList>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <memory>
#include <random>

namespace dossier::bench {

namespace {

// std::mt19937_64's sequence is fixed by the standard (its distributions are not), so below() is our own: the same
// seed gives the same corpus with any standard library.
class Dice
{
public:
    explicit Dice(std::uint64_t seed)
        : m_engine(seed)
    {
    }
    qsizetype below(qsizetype n) { return n <= 1 ? 0 : qsizetype(m_engine() % std::uint64_t(n)); }

private:
    std::mt19937_64 m_engine;
};

// The paragraphs of one seed article: blocks of text between blank lines, trimmed.
QByteArrayList paragraphsOf(const QByteArray &text)
{
    QByteArrayList paragraphs;
    QByteArray current;
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                paragraphs.append(current);
            current.clear();
            continue;
        }
        if (!current.isEmpty())
            current.append('\n');
        current.append(line.trimmed());
    }
    if (!current.isEmpty())
        paragraphs.append(current);
    return paragraphs;
}

// A paragraph with names put before some of its words: "… a déclaré Sergueï Lavrov mardi …" reads oddly but tokenizes
// and matches like a real mention, which is all the benchmark needs.
QByteArray sprinkled(const QByteArray &paragraph, const QByteArrayList &names, int bytesPerName, Dice &dice)
{
    const qsizetype count = (paragraph.size() + dice.below(bytesPerName)) / bytesPerName;
    if (count == 0 || names.isEmpty())
        return paragraph;
    QVector<qsizetype> wordStarts{0};
    for (qsizetype i = 1; i < paragraph.size(); ++i) {
        if (paragraph.at(i - 1) == ' ' && paragraph.at(i) != ' ')
            wordStarts.append(i);
    }
    QVector<qsizetype> at;
    for (qsizetype k = 0; k < count; ++k)
        at.append(wordStarts.at(dice.below(wordStarts.size())));
    std::sort(at.begin(), at.end());
    QByteArray result;
    result.reserve(paragraph.size() + count * 24);
    qsizetype copied = 0;
    for (const qsizetype position : at) {
        result.append(paragraph.constData() + copied, position - copied);
        copied = position;
        result.append(names.at(dice.below(names.size())));
        result.append(' ');
    }
    result.append(paragraph.constData() + copied, paragraph.size() - copied);
    return result;
}

// Document i's own seed: splitmix64 of (seed, i), so that neighbouring indexes get unrelated sequences and any
// document can be made without making the ones before it.
std::uint64_t documentSeed(std::uint64_t seed, qint64 index)
{
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (std::uint64_t(index) + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// name put before a word of paragraph chosen by dice.
QByteArray withNameAt(const QByteArray &paragraph, const QByteArray &name, Dice &dice)
{
    QVector<qsizetype> wordStarts{0};
    for (qsizetype i = 1; i < paragraph.size(); ++i) {
        if (paragraph.at(i - 1) == ' ' && paragraph.at(i) != ' ')
            wordStarts.append(i);
    }
    const qsizetype at = wordStarts.at(dice.below(wordStarts.size()));
    return paragraph.left(at) + name + ' ' + paragraph.mid(at);
}

// A headline from the article's first paragraph: its first sentence, at most about 110 characters, cut at a word.
QString headlineOf(const QByteArray &paragraph)
{
    QString line = QString::fromUtf8(paragraph).section(u'\n', 0, 0).simplified();
    const qsizetype stop = line.indexOf(QLatin1String(". "));
    if (stop > 20)
        line.truncate(stop + 1);
    if (line.size() > 110) {
        line.truncate(110);
        const qsizetype space = line.lastIndexOf(u' ');
        if (space > 40)
            line.truncate(space);
        line.append(QChar(0x2026));
    }
    return line;
}

// Cuts UTF-8 text to at most size bytes without splitting a character.
void truncateUtf8(QByteArray &text, qsizetype size)
{
    if (text.size() <= size)
        return;
    while (size > 0 && (quint8(text.at(size)) & 0xC0) == 0x80)
        --size;
    text.truncate(size);
}

bool writeFile(const QString &path, const QByteArrayList &parts, const QByteArray &separator, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            file.write(separator);
        file.write(parts.at(i));
    }
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

std::optional<CorpusGenerator> CorpusGenerator::create(const Options &options, QString *error)
{
    const QDir dir(options.seedsDir);
    const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QStringList paragraphs;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
            return std::nullopt;
        }
        for (const QByteArray &paragraph : paragraphsOf(file.readAll()))
            paragraphs.append(QString::fromUtf8(paragraph));
    }
    if (paragraphs.isEmpty()) {
        *error = QStringLiteral("no seed article (*.txt) in %1").arg(dir.absolutePath());
        return std::nullopt;
    }
    if ((options.documents < 1 && options.bytes < 1) || options.minParagraphs < 1
        || options.maxParagraphs < options.minParagraphs || options.bytesPerName < 1
        || (options.documents > 0
            && (options.sources < 1 || options.sources > sourceNames().size() || !options.firstDay.isValid()
                || !options.lastDay.isValid() || options.lastDay < options.firstDay
                || options.documentsPerUnlistedName < 1))) {
        *error = QStringLiteral("invalid corpus options");
        return std::nullopt;
    }

    CorpusGenerator generator(options);
    QSet<QString> seen;
    for (const GazetteerActor &actor : Gazetteer::builtIn().actors()) {
        for (const QString &alias : actor.aliases) {
            if (!alias.isEmpty() && !seen.contains(alias)) {
                seen.insert(alias);
                generator.m_aliases.append(alias);
            }
        }
    }
    if (generator.m_aliases.isEmpty()) {
        *error = QStringLiteral("the built-in gazetteer has no alias");
        return std::nullopt;
    }
    if (options.documents > 0) {
        for (const QString &paragraph : std::as_const(paragraphs))
            generator.m_paragraphBytes.append(paragraph.toUtf8());
        for (const QString &alias : std::as_const(generator.m_aliases))
            generator.m_nameBytes.append(alias.toUtf8());
        QSet<QString> folded;
        for (const QString &alias : std::as_const(generator.m_aliases))
            folded.insert(alias.toCaseFolded());
        for (const QString &name : unlistedNames()) {
            if (!folded.contains(name.toCaseFolded()))
                generator.m_unlistedBytes.append(name.toUtf8());
        }
    } else {
        generator.generate(paragraphs);
    }
    return generator;
}

void CorpusGenerator::generate(const QStringList &paragraphTexts)
{
    QByteArrayList paragraphs;
    for (const QString &paragraph : paragraphTexts)
        paragraphs.append(paragraph.toUtf8());
    QByteArrayList names;
    for (const QString &alias : m_aliases)
        names.append(alias.toUtf8());

    Dice dice(m_options.seed);
    const qsizetype separator = qsizetype(sizeof(documentSeparator) - 1);
    const qsizetype spread = m_options.maxParagraphs - m_options.minParagraphs + 1;
    QByteArrayList documents;
    qint64 used = 0;
    while (used < m_options.bytes) {
        if (!documents.isEmpty())
            used += separator;
        QByteArray document;
        const qsizetype count = 1 + m_options.minParagraphs + dice.below(spread);
        for (qsizetype k = 0; k < count; ++k) {
            if (k > 0)
                document.append("\n\n");
            document.append(
                sprinkled(paragraphs.at(dice.below(paragraphs.size())), names, m_options.bytesPerName, dice));
        }
        truncateUtf8(document, qsizetype(m_options.bytes - used));
        used += document.size();
        // Too little room left for another separator and a word: the last document takes the rest as spaces.
        if (m_options.bytes - used <= separator) {
            document.append(QByteArray(qsizetype(m_options.bytes - used), ' '));
            used = m_options.bytes;
        }
        documents.append(document);
    }

    m_documents.clear();
    m_documents.reserve(documents.size());
    for (const QByteArray &document : std::as_const(documents))
        m_documents.append(QString::fromUtf8(document));
}

QStringList CorpusGenerator::sourceNames()
{
    return {QStringLiteral("Agence France-Presse"), QStringLiteral("Le Monde"), QStringLiteral("Reuters"),
        QStringLiteral("RFI"), QStringLiteral("Ukrinform"), QStringLiteral("Meduza"), QStringLiteral("Le Figaro"),
        QStringLiteral("Courrier international"), QStringLiteral("Libération"), QStringLiteral("Euronews")};
}

QStringList CorpusGenerator::unlistedNames()
{
    // Invented, so that no gazetteer ever lists them.
    return {QStringLiteral("Ostap Hnatiouk"), QStringLiteral("Mykyta Zabolotny"), QStringLiteral("Iryna Vovkotroub"),
        QStringLiteral("Danylo Kravets"), QStringLiteral("Arseni Polianski"), QStringLiteral("Taras Bilokin"),
        QStringLiteral("Olena Martchouk"), QStringLiteral("Nurlan Sapargali"), QStringLiteral("Giorgi Abachidze"),
        QStringLiteral("Ales Kazlou")};
}

CorpusGenerator::Article CorpusGenerator::article(qint64 index) const
{
    Article result;
    if (m_paragraphBytes.isEmpty())
        return result;
    Dice dice(documentSeed(m_options.seed, index));
    const qsizetype spread = m_options.maxParagraphs - m_options.minParagraphs + 1;
    const qsizetype count = 1 + m_options.minParagraphs + dice.below(spread);
    QByteArrayList paragraphs;
    for (qsizetype k = 0; k < count; ++k) {
        paragraphs.append(sprinkled(
            m_paragraphBytes.at(dice.below(m_paragraphBytes.size())), m_nameBytes, m_options.bytesPerName, dice));
    }
    if (!m_unlistedBytes.isEmpty() && dice.below(m_options.documentsPerUnlistedName) == 0) {
        const qsizetype k = 1 + dice.below(count - 1); // not in the headline
        paragraphs[k] = withNameAt(paragraphs.at(k), m_unlistedBytes.at(dice.below(m_unlistedBytes.size())), dice);
    }
    const qint64 days = m_options.firstDay.daysTo(m_options.lastDay) + 1;
    result.published = m_options.firstDay.addDays(dice.below(days));
    result.source = sourceNames().at(dice.below(m_options.sources));
    result.title = headlineOf(paragraphs.first());
    result.text = QString::fromUtf8(paragraphs.join("\n\n"));
    return result;
}

qint64 CorpusGenerator::writeArticleFiles(const QString &dir, QString *error) const
{
    // The JSON Lines go into parts of documentsPerPart rows, well under the importer's limit for one table file
    // (ArticleReader::maximumTableFileSize): a million documents make 5 GB.
    QDir corpus(QDir(dir).filePath(QStringLiteral("corpus")));
    if ((corpus.exists() && !corpus.removeRecursively()) || !QDir().mkpath(corpus.path())) {
        *error = QStringLiteral("cannot make the folder %1").arg(corpus.path());
        return -1;
    }
    QSaveFile sql(QDir(dir).filePath(QStringLiteral("load.sql")));
    if (!sql.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(sql.fileName(), sql.errorString());
        return -1;
    }
    std::unique_ptr<QSaveFile> jsonl;
    const auto finishPart = [&] {
        if (jsonl && !jsonl->commit()) {
            *error = QStringLiteral("cannot write %1: %2").arg(jsonl->fileName(), jsonl->errorString());
            return false;
        }
        jsonl.reset();
        return true;
    };
    // The same table and index as Dossier's document_fts (migration 0001): external content, unicode61 with
    // diacritics removed, kept by a trigger; WAL as Dossier's library. One transaction for all rows.
    sql.write("PRAGMA journal_mode = WAL;\n"
              "CREATE TABLE document (id INTEGER PRIMARY KEY, title TEXT, source TEXT, published TEXT, "
              "text TEXT NOT NULL);\n"
              "CREATE VIRTUAL TABLE document_fts USING fts5(title, text, content = 'document', "
              "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');\n"
              "CREATE TRIGGER document_ai AFTER INSERT ON document BEGIN INSERT INTO document_fts(rowid, title, "
              "text) VALUES (new.id, new.title, new.text); END;\n"
              "BEGIN;\n");
    const auto quoted = [](const QString &value) -> QByteArray {
        QByteArray bytes = value.toUtf8();
        bytes.replace('\'', "''");
        return '\'' + bytes + '\'';
    };
    qint64 textBytes = 0;
    for (qint64 i = 0; i < m_options.documents; ++i) {
        if (i % documentsPerPart == 0) {
            if (!finishPart())
                return -1;
            // Numbered from 1, zero-padded so that the import (in name order) reads them in document order.
            jsonl = std::make_unique<QSaveFile>(
                corpus.filePath(QStringLiteral("part-%1.jsonl").arg(i / documentsPerPart + 1, 4, 10, QLatin1Char('0'))));
            if (!jsonl->open(QIODevice::WriteOnly)) {
                *error = QStringLiteral("cannot write %1: %2").arg(jsonl->fileName(), jsonl->errorString());
                return -1;
            }
        }
        const Article a = article(i);
        const QString published = a.published.toString(Qt::ISODate);
        const QJsonObject object{{QStringLiteral("title"), a.title}, {QStringLiteral("source"), a.source},
            {QStringLiteral("published"), published}, {QStringLiteral("text"), a.text}};
        jsonl->write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        jsonl->write("\n");
        sql.write("INSERT INTO document (title, source, published, text) VALUES (" + quoted(a.title) + ", "
            + quoted(a.source) + ", " + quoted(published) + ", " + quoted(a.text) + ");\n");
        textBytes += a.text.toUtf8().size();
    }
    sql.write("COMMIT;\n");
    if (!finishPart())
        return -1;
    if (!sql.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(sql.fileName(), sql.errorString());
        return -1;
    }
    return textBytes;
}

QString CorpusGenerator::writeCorpusFile(const QString &dir, QString *error) const
{
    QByteArrayList parts;
    parts.reserve(m_documents.size());
    for (const QString &document : m_documents)
        parts.append(document.toUtf8());
    const QString path = QDir(dir).filePath(QStringLiteral("corpus.txt"));
    return writeFile(path, parts, QByteArray(documentSeparator), error) ? path : QString();
}

QString CorpusGenerator::writeAliasesFile(const QString &dir, QString *error) const
{
    QByteArrayList parts;
    for (const QString &alias : m_aliases)
        parts.append(alias.toUtf8());
    parts.append(QByteArray()); // a final line end
    const QString path = QDir(dir).filePath(QStringLiteral("aliases.txt"));
    return writeFile(path, parts, QByteArray("\n"), error) ? path : QString();
}

QString CorpusGenerator::writeDocuments(const QString &dir, QString *error) const
{
    const QString folder = QDir(dir).filePath(QStringLiteral("documents"));
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create %1").arg(folder);
        return {};
    }
    for (qsizetype i = 0; i < m_documents.size(); ++i) {
        const QString name = QStringLiteral("%1.txt").arg(i + 1, 6, 10, QLatin1Char('0'));
        if (!writeFile(QDir(folder).filePath(name), {m_documents.at(i).toUtf8()}, {}, error))
            return {};
    }
    return folder;
}

} // namespace dossier::bench
