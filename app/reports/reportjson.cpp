#include "reports/reportjson.h"

#include "reports/htmlreport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace dossier {

namespace {

struct RenderJobText
{
    Q_DECLARE_TR_FUNCTIONS(dossier::RenderJob)
};

// Bumped when a field changes meaning; a desktop binary of another version refuses rather than misprints.
constexpr int jobVersion = 1;

} // namespace

RenderJob renderJobFor(const ReportContent &content)
{
    RenderJob job;
    job.html = reportHtml(content, HtmlFlavor::RichText);
    if (content.chart)
        job.chartSvg = content.chart->svg;
    job.title = content.title;
    job.author = content.options.author;
    job.localeName = content.options.locale.name();
    return job;
}

QByteArray renderJobToJson(const RenderJob &job)
{
    const QJsonObject object{
        {QStringLiteral("dossierRenderJob"), jobVersion},
        {QStringLiteral("html"), job.html},
        {QStringLiteral("chartSvg"), job.chartSvg},
        {QStringLiteral("title"), job.title},
        {QStringLiteral("author"), job.author},
        {QStringLiteral("locale"), job.localeName},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<RenderJob> renderJobFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = RenderJobText::tr("The report to render is not valid JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    if (object.value(QStringLiteral("dossierRenderJob")).toInt() != jobVersion
        || !object.value(QStringLiteral("html")).isString()) {
        if (error)
            *error = RenderJobText::tr("The report to render comes from another version of Dossier.");
        return std::nullopt;
    }
    RenderJob job;
    job.html = object.value(QStringLiteral("html")).toString();
    job.chartSvg = object.value(QStringLiteral("chartSvg")).toString();
    job.title = object.value(QStringLiteral("title")).toString();
    job.author = object.value(QStringLiteral("author")).toString();
    job.localeName = object.value(QStringLiteral("locale")).toString();
    return job;
}

} // namespace dossier
