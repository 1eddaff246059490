#include "corpus.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QStringList>

namespace dossier::crash {

namespace {

QStringList seedParagraphs(const QString &seedsFolder)
{
    static QStringList paragraphs;
    if (!paragraphs.isEmpty())
        return paragraphs;
    const QDir seeds(seedsFolder);
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(seeds.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QString &paragraph : QString::fromUtf8(file.readAll()).split(QStringLiteral("\n\n"))) {
            // Short lines are bylines and site chrome; the harness wants sentences that name actors.
            if (paragraph.trimmed().size() > 80)
                paragraphs.append(paragraph.trimmed());
        }
    }
    return paragraphs;
}

} // namespace

bool writeCorpus(const QString &seedsFolder, const QString &folder, int first, int count, std::mt19937_64 &random)
{
    const QStringList paragraphs = seedParagraphs(seedsFolder);
    if (paragraphs.size() < 8 || !QDir().mkpath(folder))
        return false;
    QFile manifest(QDir(folder).filePath(QStringLiteral("manifest.csv")));
    if (!manifest.open(QIODevice::WriteOnly))
        return false;
    manifest.write("file,source,published,language,url\n");
    std::uniform_int_distribution<qsizetype> pick(0, paragraphs.size() - 1);
    std::uniform_int_distribution<int> length(4, 12);
    std::uniform_int_distribution<int> day(0, 365);
    for (int n = first; n < first + count; ++n) {
        QStringList body{QStringLiteral("Dépêche numéro %1 sur la guerre en Ukraine").arg(n), QString()};
        for (int i = length(random); i > 0; --i)
            body << paragraphs.at(pick(random)) << QString();
        body << QStringLiteral("Référence de la dépêche : %1.").arg(n);
        const QString name = QStringLiteral("article-%1.txt").arg(n, 5, 10, QLatin1Char('0'));
        QFile article(QDir(folder).filePath(name));
        if (!article.open(QIODevice::WriteOnly) || article.write(body.join(u'\n').toUtf8()) < 0)
            return false;
        const QString published = QDate(2022, 1, 1).addDays(day(random)).toString(Qt::ISODate);
        manifest.write(QStringLiteral("%1,Agence %2,%3,fr,\n").arg(name).arg(n % 7).arg(published).toUtf8());
    }
    return true;
}

} // namespace dossier::crash
