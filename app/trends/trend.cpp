#include "trends/trend.h"

namespace dossier {

namespace {

template<typename Enum, size_t N>
std::optional<Enum> fromName(const QString &name, const std::pair<Enum, const char *> (&names)[N])
{
    for (const auto &[value, spelled] : names) {
        if (name == QLatin1String(spelled))
            return value;
    }
    return std::nullopt;
}

template<typename Enum, size_t N> QString toName(Enum value, const std::pair<Enum, const char *> (&names)[N])
{
    for (const auto &[each, spelled] : names) {
        if (each == value)
            return QString::fromLatin1(spelled);
    }
    return {};
}

const std::pair<TrendPeriod, const char *> periodNames[] = {{TrendPeriod::Automatic, "auto"}, {TrendPeriod::Day, "day"},
    {TrendPeriod::Week, "week"}, {TrendPeriod::Month, "month"}, {TrendPeriod::Quarter, "quarter"}};
const std::pair<TrendMeasure, const char *> measureNames[]
    = {{TrendMeasure::Mentions, "mentions"}, {TrendMeasure::Documents, "documents"}, {TrendMeasure::Share, "share"}};
const std::pair<CooccurrenceWindow, const char *> windowNames[]
    = {{CooccurrenceWindow::Document, "document"}, {CooccurrenceWindow::Sentence, "sentence"}};

} // namespace

QString trendPeriodName(TrendPeriod period)
{
    return toName(period, periodNames);
}

std::optional<TrendPeriod> trendPeriodFromName(const QString &name)
{
    return fromName(name, periodNames);
}

QString trendMeasureName(TrendMeasure measure)
{
    return toName(measure, measureNames);
}

std::optional<TrendMeasure> trendMeasureFromName(const QString &name)
{
    return fromName(name, measureNames);
}

QString cooccurrenceWindowName(CooccurrenceWindow window)
{
    return toName(window, windowNames);
}

std::optional<CooccurrenceWindow> cooccurrenceWindowFromName(const QString &name)
{
    return fromName(name, windowNames);
}

} // namespace dossier
