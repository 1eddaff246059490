#pragma once
// A ReportContent built in code (no library) for the DOCX, PDF and ODT writers' tests: two documents, three
// passages (two with notes by different authors, one of them on two lines; one passage with spaces at both ends),
// markup-like characters in the title and a note, a web address with a query, tags, an actor summary, no chart.
//
// NOTE (reports engineer): this file was overwritten by mistake and rebuilt from what tst_docxwriter and
// tst_reportrenderer expect of it; its author should check it against the original.

#include "reports/report.h"

namespace dossier::testing {

inline ReportPassage samplePassage(qint64 id, qint64 documentId, const QString &before, const QString &exact,
    const QString &after, const QString &note, const QString &author, const QStringList &tags, const QString &color)
{
    ReportPassage passage;
    passage.annotation.id = id;
    passage.annotation.documentId = documentId;
    passage.annotation.anchor.exact = exact;
    passage.annotation.note = note;
    passage.annotation.author = author;
    passage.annotation.created = QDateTime(QDate(2022, 10, 14), QTime(9, 30), Qt::UTC);
    passage.annotation.updated = passage.annotation.created;
    passage.documentId = documentId;
    passage.before = before;
    passage.exact = exact;
    passage.after = after;
    passage.tagPaths = tags;
    passage.color = color;
    return passage;
}

inline ReportContent sampleReport()
{
    ReportContent content;
    content.options.author = QStringLiteral("Jeanne Analyste");
    content.options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    content.options.date = QDate(2022, 10, 20);
    content.title = QStringLiteral("Escalation & rhetoric <draft>");
    content.scopeDescription = QStringLiteral("2 selected documents");
    content.date = content.options.date;

    ReportSection kyiv;
    kyiv.documentId = 1;
    kyiv.metadata.title = QStringLiteral("Kyiv reports strikes on energy grid");
    kyiv.metadata.source = QStringLiteral("Wire");
    kyiv.metadata.author = QStringLiteral("A. Reporter");
    kyiv.metadata.url = QStringLiteral("https://example.org/news?a=1&b=2");
    kyiv.metadata.language = QStringLiteral("en");
    kyiv.metadata.published = {QDate(2022, 10, 14), {}, DatePrecision::Day, DateOrigin::Feed};
    kyiv.passages.append(samplePassage(1, 1, QStringLiteral("Officials said "),
        QStringLiteral("at least twelve power stations were hit"), QStringLiteral(" overnight."),
        QStringLiteral("Check the count <vs> Reuters & AP"), QStringLiteral("Jeanne Analyste"),
        {QStringLiteral("Escalation / Infrastructure")}, QStringLiteral("#E53935")));
    kyiv.passages.append(samplePassage(2, 1, QStringLiteral("Engineers warned that"),
        QStringLiteral(" repairs will take weeks "), QStringLiteral("in the worst-hit regions."),
        QStringLiteral("Second line of note\nwith a break"), QStringLiteral("Paul Relecteur"),
        {QStringLiteral("Escalation / Infrastructure"), QStringLiteral("Humanitarian")}, QStringLiteral("#FDD835")));

    ReportSection kremlin;
    kremlin.documentId = 2;
    kremlin.metadata.title = QStringLiteral("Le Kremlin dément toute « escalade »");
    kremlin.metadata.source = QStringLiteral("Le Quotidien");
    kremlin.metadata.language = QStringLiteral("fr");
    kremlin.metadata.published = {QDate(2022, 10, 15), {}, DatePrecision::Day, DateOrigin::Feed};
    kremlin.passages.append(samplePassage(3, 2, QStringLiteral("Le porte-parole a affirmé que "),
        QStringLiteral("la réponse serait « proportionnée »"), QStringLiteral(", sans plus de détails."), {},
        QStringLiteral("Jeanne Analyste"), {QStringLiteral("Diplomacy")}, QStringLiteral("#43A047")));

    content.sections = {kyiv, kremlin};
    content.annotationCount = 3;
    content.actors = {{1, QStringLiteral("Kyiv"), QStringLiteral("place"), 4, 1},
        {2, QStringLiteral("Kremlin"), QStringLiteral("organization"), 2, 1}};
    return content;
}

} // namespace dossier::testing
