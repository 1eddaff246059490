#include "ui/trends/trendview.h"

#include "trends/actorlookup.h"
#include "trends/periods.h"
#include "ui/actorlistmodel.h"
#include "ui/trends/cooccurrencetable.h"
#include "ui/trends/passagelist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace dossier {

namespace {
constexpr int refreshDelayMs = 150; // several controls changed at once ask once

QComboBox *combo(QWidget *parent, const char *name, std::initializer_list<int> values)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    for (const int value : values)
        box->addItem(QString(), value);
    return box;
}
} // namespace

TrendView::TrendView(QWidget *parent)
    : QWidget(parent)
    , m_controller(new TrendController(this))
    , m_refreshDelay(new QTimer(this))
    , m_actorEdit(new QLineEdit(this))
    , m_addActor(new QToolButton(this))
    , m_actorList(new QListWidget(this))
    , m_removeActor(new QToolButton(this))
    , m_topActors(new QToolButton(this))
    , m_period(combo(this, "trendPeriod",
          {int(TrendPeriod::Automatic), int(TrendPeriod::Day), int(TrendPeriod::Week), int(TrendPeriod::Month),
              int(TrendPeriod::Quarter)}))
    , m_measure(combo(
          this, "trendMeasure", {int(TrendMeasure::Mentions), int(TrendMeasure::Documents), int(TrendMeasure::Share)}))
    , m_kind(combo(
          this, "trendKind", {int(TrendChartKind::Line), int(TrendChartKind::StackedArea), int(TrendChartKind::Bars)}))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_resetZoom(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_scope(combo(this, "trendScope", {int(Scope::Library), int(Scope::CurrentList)}))
    , m_tag(combo(this, "trendTag", {0}))
    , m_source(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_storiesOnce(new QCheckBox(this))
    , m_demonyms(new QCheckBox(this))
    , m_busy(new QProgressBar(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_chart(new TrendChart(this))
    , m_undated(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_passagesLabel(new QLabel(this))
    , m_passages(new PassageList(this))
    , m_cooccurrence(new CooccurrenceTable(this))
{
    setObjectName(QStringLiteral("trendView"));
    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(refreshDelayMs);
    connect(m_refreshDelay, &QTimer::timeout, this, &TrendView::refresh);

    // Left: the actors charted.
    m_actorEdit->setObjectName(QStringLiteral("trendActorEdit"));
    m_actorEdit->setClearButtonEnabled(true);
    auto *completer = new QCompleter(new QStandardItemModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_actorEdit->setCompleter(completer);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        addActors({index.data(actorIdRole).toLongLong()});
        QTimer::singleShot(0, m_actorEdit, &QLineEdit::clear); // after the completer wrote its text
    });
    connect(m_actorEdit, &QLineEdit::returnPressed, this, &TrendView::addTypedActor);
    m_addActor->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_addActor->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // the text says it where the theme has no icon
    connect(m_addActor, &QToolButton::clicked, this, &TrendView::addTypedActor);
    m_actorList->setObjectName(QStringLiteral("trendActors"));
    m_actorList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_actorList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_removeActor->setObjectName(QStringLiteral("trendRemoveActor"));
    m_removeActor->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_removeActor->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_removeActor, &QToolButton::clicked, this, &TrendView::removeSelectedActors);
    m_topActors->setObjectName(QStringLiteral("trendTopActors"));
    m_topActors->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(
        m_topActors, &QToolButton::clicked, this, [this] { m_controller->requestTopActors(topActorCount, scope()); });
    auto *actorBox = new QWidget(this);
    auto *actorLayout = new QVBoxLayout(actorBox);
    actorLayout->setContentsMargins(0, 0, 0, 0);
    auto *pick = new QHBoxLayout;
    pick->addWidget(m_actorEdit, 1);
    pick->addWidget(m_addActor);
    actorLayout->addLayout(pick);
    actorLayout->addWidget(m_actorList, 1);
    auto *actorButtons = new QHBoxLayout;
    actorButtons->addWidget(m_removeActor);
    actorButtons->addStretch(1);
    actorButtons->addWidget(m_topActors);
    actorLayout->addLayout(actorButtons);

    // Centre: the controls, the chart, the line about undated articles.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(createControls());
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setObjectName(QStringLiteral("trendPlaceholder"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_chart);
    centreLayout->addWidget(m_stack, 1);
    m_undated->setObjectName(QStringLiteral("trendUndated"));
    m_undated->setTextFormat(Qt::RichText);
    m_undated->hide();
    connect(m_undated, &QLabel::linkActivated, this, [this] { m_controller->requestUndated(actorIds(), scope()); });
    centreLayout->addWidget(m_undated);

    // Right: what lies behind a point, and who is named with whom.
    auto *passageBox = new QWidget(this);
    auto *passageLayout = new QVBoxLayout(passageBox);
    passageLayout->setContentsMargins(0, 0, 0, 0);
    m_passagesLabel->setWordWrap(true);
    m_passagesLabel->setObjectName(QStringLiteral("trendPassagesLabel"));
    passageLayout->addWidget(m_passagesLabel);
    passageLayout->addWidget(m_passages, 1);
    m_tabs->setObjectName(QStringLiteral("trendTabs"));
    m_tabs->addTab(passageBox, QString());
    m_tabs->addTab(m_cooccurrence, QString());

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("trendSplitter"));
    split->addWidget(actorBox);
    split->addWidget(centre);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 1);
    split->setSizes({210, 900, 360});
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addWidget(split);

    connect(m_controller, &TrendController::choicesReady, this, &TrendView::showChoices);
    connect(m_controller, &TrendController::seriesReady, this, &TrendView::showAnswer);
    connect(m_controller, &TrendController::drillDownReady, this, &TrendView::showDrillDown);
    connect(m_controller, &TrendController::topActorsReady, this, [this](const QVector<ActorCount> &top) {
        QVector<qint64> ids;
        for (const ActorCount &actor : top)
            ids.append(actor.actorId);
        setActors(ids);
    });
    connect(m_controller, &TrendController::undatedReady, this, [this](const QVector<qint64> &ids) {
        Q_EMIT documentsRequested(
            ids, tr("%n article(s) without a date naming the charted actors", "", int(ids.size())));
    });
    connect(m_controller, &TrendController::cooccurrenceReady, m_cooccurrence, &CooccurrenceTable::setCounts);
    connect(m_controller, &TrendController::busyChanged, m_busy, &QWidget::setVisible);
    connect(m_cooccurrence, &CooccurrenceTable::countsWanted, this, [this](qint64 actorId, CooccurrenceWindow window) {
        m_controller->requestCooccurrence(actorId, window, scope());
    });
    connect(m_cooccurrence, &CooccurrenceTable::addToChartRequested, this, &TrendView::addActors);
    connect(m_chart, &TrendChart::pointClicked, this, [this](qint64 actorId, QDate start, QDate end) {
        m_controller->requestDrillDown(
            actorId, TrendChart::periodText(start, m_chart->answer().result.period), start, end, scope());
    });
    connect(m_chart, &TrendChart::zoomChanged, m_resetZoom, &QWidget::setEnabled);
    connect(m_passages, &PassageList::passageActivated, this, &TrendView::passageActivated);
    retranslateUi();
    updateActorList();
}

void TrendView::setLibraryPath(const QString &path, bool readOnly)
{
    m_controller->setLibraryPath(path, readOnly);
    m_actors.clear();
    m_choices = {};
    m_passages->setPassages({});
    m_passagesLabel->clear();
    updateActorList();
    m_chart->setAnswer({});
    updateUndated();
    if (!path.isEmpty())
        m_controller->requestChoices();
}

void TrendView::setCurrentListProvider(std::function<std::optional<QVector<qint64>>()> provider)
{
    m_currentList = std::move(provider);
}

void TrendView::setActors(const QVector<qint64> &actorIds)
{
    m_actors.clear();
    addActors(actorIds);
    if (actorIds.isEmpty())
        scheduleRefresh();
}

void TrendView::addActors(const QVector<qint64> &actorIds)
{
    for (const qint64 id : actorIds) {
        const std::optional<ActorMatch> actor = m_choices.lookup ? m_choices.lookup->actor(id) : std::nullopt;
        const qint64 effective = actor ? actor->id : id;
        const bool present = std::any_of(
            m_actors.cbegin(), m_actors.cend(), [effective](const auto &chosen) { return chosen.first == effective; });
        if (!present)
            m_actors.append({effective, actor ? actor->name : QString()});
    }
    updateActorList();
    scheduleRefresh();
}

QVector<qint64> TrendView::actorIds() const
{
    QVector<qint64> ids;
    for (const auto &actor : m_actors)
        ids.append(actor.first);
    return ids;
}

void TrendView::setPeriod(TrendPeriod period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void TrendView::setMeasure(TrendMeasure measure)
{
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
}

void TrendView::setKind(TrendChartKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void TrendView::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void TrendView::setDateRange(QDate from, QDate to)
{
    m_from->setDate(from.isValid() ? from : openDate());
    m_to->setDate(to.isValid() ? to : openDate());
}

TrendScope TrendView::scope() const
{
    TrendScope scope;
    if (Scope(m_scope->currentData().toInt()) == Scope::CurrentList && m_currentList)
        scope.documentIds = m_currentList();
    scope.tagId = m_tag->currentData().toLongLong();
    scope.source = m_source->currentData().toString();
    scope.language = m_language->currentData().toString();
    scope.storiesOnce = m_storiesOnce->isChecked();
    scope.includeDemonyms = m_demonyms->isChecked();
    return scope;
}

TrendRequest TrendView::request() const
{
    TrendRequest request;
    request.actorIds = actorIds();
    request.period = TrendPeriod(m_period->currentData().toInt());
    request.measure = TrendMeasure(m_measure->currentData().toInt());
    request.from = m_from->date() == openDate() ? QDate() : m_from->date();
    request.to = m_to->date() == openDate() ? QDate() : m_to->date();
    request.scope = scope();
    return request;
}

void TrendView::scheduleRefresh()
{
    m_refreshDelay->start();
}

void TrendView::refresh()
{
    m_refreshDelay->stop();
    if (!isVisible()) {
        m_stale = true; // a hidden chart costs nothing; it asks when shown
        return;
    }
    m_stale = false;
    if (m_actors.isEmpty()) {
        m_chart->setAnswer({});
        m_stack->setCurrentWidget(m_placeholder);
        updateUndated();
        return;
    }
    m_controller->requestSeries(request());
    m_cooccurrence->setActors(m_actors);
}

void TrendView::annotationsChanged()
{
    m_controller->requestChoices();
    if (m_tag->currentData().toLongLong() != 0)
        scheduleRefresh();
}

void TrendView::currentListChanged()
{
    if (Scope(m_scope->currentData().toInt()) == Scope::CurrentList)
        scheduleRefresh();
}

void TrendView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        scheduleRefresh();
}

bool TrendView::isBusy() const
{
    return m_controller->isBusy() || m_refreshDelay->isActive();
}

void TrendView::showAnswer(const TrendAnswer &answer)
{
    if (!answer.result.error.isEmpty()) {
        m_placeholder->setText(tr("The chart could not be drawn: %1").arg(answer.result.error));
        m_chart->setAnswer({});
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    for (auto &actor : m_actors) {
        for (const TrendSeries &series : answer.result.series) {
            if (series.actorId == actor.first)
                actor.second = series.actor;
        }
    }
    m_chart->setAnswer(answer);
    if (answer.result.series.isEmpty() || answer.result.series.first().points.isEmpty())
        m_placeholder->setText(tr("No dated article in the scope names these actors."));
    updateActorList();
    updateUndated();
    Q_EMIT chartUpdated();
}

void TrendView::showDrillDown(const TrendDrillDown &drill)
{
    m_passages->setPassages(drill.passages);
    m_passagesLabel->setText(
        tr("%n passage(s) naming %1 in %2", "", int(drill.passages.size())).arg(drill.actor, drill.period));
    m_tabs->setCurrentIndex(0);
    m_cooccurrence->setActorId(drill.actorId);
    Q_EMIT documentsRequested(drill.documents,
        tr("%n article(s) naming %1 in %2", "", int(drill.documents.size())).arg(drill.actor, drill.period));
    Q_EMIT drillDownShown(drill);
}

QString TrendView::undatedText() const
{
    return m_undated->isVisible() || !m_undated->text().isEmpty() ? m_undated->text() : QString();
}

void TrendView::updateUndated()
{
    const int undated = m_actors.isEmpty() ? 0 : m_chart->answer().result.undated;
    m_undated->setVisible(undated > 0);
    m_undated->setText(undated > 0
            ? tr("%n article(s) without a date are not shown. <a href=\"#undated\">List them</a>", "", undated)
            : QString());
}

} // namespace dossier
