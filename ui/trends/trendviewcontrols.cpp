// The Trends dock's controls: building them, their words, the actor picker (the rest of TrendView is in trendview.cpp).

#include "ui/trends/trendview.h"

#include "trends/actorlookup.h"

#include "ui/trends/cooccurrencetable.h"
#include "ui/trends/passagelist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace dossier {

namespace {

// The width a box needs to show the longest of texts in full, as the style draws a combo box (a date box with a
// calendar pop-up is drawn as one). The boxes' own minimum sizes do not follow their words: a combo box keeps the
// minimum of the texts it first had, and a date box's ignores its "first" and "last", so a longer translation was
// clipped or squeezed under the label beside it.
int boxWidthFor(QWidget *box, const QStringList &texts)
{
    const QFontMetrics metrics = box->fontMetrics();
    int width = 0;
    for (const QString &text : texts)
        width = std::max(width, metrics.horizontalAdvance(text));
    auto *combo = qobject_cast<QComboBox *>(box);
    QStyleOptionComboBox option;
    option.initFrom(box);
    option.editable = !combo || combo->isEditable();
    if (option.editable) // the line edit's margins and the cursor
        width += metrics.horizontalAdvance(u' ') + 4;
    return box->style()
        ->sizeFromContents(QStyle::CT_ComboBox, &option, QSize(width, metrics.height() + 2), box)
        .width();
}

} // namespace

QWidget *TrendView::createControls()
{
    auto *box = new QWidget(this);
    m_period->setCurrentIndex(m_period->findData(int(TrendPeriod::Month)));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(openDate());
        edit->setDate(openDate());
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &TrendView::scheduleRefresh);
    }
    m_from->setObjectName(QStringLiteral("trendFrom"));
    m_to->setObjectName(QStringLiteral("trendTo"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_resetZoom->setObjectName(QStringLiteral("trendResetZoom"));
    m_resetZoom->setIcon(QIcon::fromTheme(QStringLiteral("zoom-original")));
    m_resetZoom->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_resetZoom->setEnabled(false);
    connect(m_resetZoom, &QToolButton::clicked, m_chart, &TrendChart::resetZoom);
    m_export->setObjectName(QStringLiteral("trendExport"));
    m_export->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    for (const char *format : {"png", "svg", "csv"}) {
        QAction *action = exportMenu->addAction(QString());
        action->setData(QLatin1String(format));
        connect(action, &QAction::triggered, this, [this, format] { chooseExport(QLatin1String(format)); });
    }
    m_export->setMenu(exportMenu);
    m_busy->setObjectName(QStringLiteral("trendBusy"));
    m_busy->setRange(0, 0); // indeterminate: a query has no steps to count
    m_busy->setMaximumSize(90, 12);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_source->setObjectName(QStringLiteral("trendSource"));
    m_source->addItem(QString(), QString()); // "Any source"
    m_language->addItem(QString(), QString());
    m_language->setObjectName(QStringLiteral("trendLanguage"));
    m_storiesOnce->setObjectName(QStringLiteral("trendStoriesOnce"));
    m_demonyms->setObjectName(QStringLiteral("trendDemonyms"));
    for (QComboBox *box : {m_period, m_measure, m_scope, m_tag, m_source, m_language})
        connect(box, &QComboBox::currentIndexChanged, this, &TrendView::scheduleRefresh);
    for (QComboBox *box : {m_tag, m_source, m_language})
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon), box->setMinimumContentsLength(12);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
        [this] { m_chart->setKind(TrendChartKind(m_kind->currentData().toInt())); });
    connect(m_storiesOnce, &QCheckBox::toggled, this, &TrendView::scheduleRefresh);
    connect(m_demonyms, &QCheckBox::toggled, this, &TrendView::scheduleRefresh);

    auto *rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(2);
    auto *first = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_period, m_measure, m_kind})
        first->addWidget(widget);
    first->addSpacing(8);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_fromLabel, m_from, m_toLabel, m_to, m_resetZoom})
        first->addWidget(widget);
    first->addStretch(1);
    first->addWidget(m_busy);
    first->addWidget(m_export);
    auto *second = new QHBoxLayout;
    for (QWidget *widget :
        std::initializer_list<QWidget *>{m_scope, m_tag, m_source, m_language, m_storiesOnce, m_demonyms})
        second->addWidget(widget);
    second->addStretch(1);
    rows->addLayout(first);
    rows->addLayout(second);
    return box;
}

void TrendView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TrendView::retranslateUi()
{
    m_actorEdit->setPlaceholderText(tr("Add an actor…"));
    m_actorEdit->setToolTip(tr("Type a name or an alias in any language (Poutine, Putin, Путин)"));
    m_addActor->setText(tr("Add"));
    m_addActor->setToolTip(tr("Add the actor typed"));
    m_actorList->setAccessibleName(tr("Charted actors"));
    m_removeActor->setText(tr("Remove"));
    m_topActors->setText(tr("Top %1").arg(topActorCount));
    m_topActors->setToolTip(tr("Chart the %1 actors named in the most articles of the scope").arg(topActorCount));
    const QStringList periods{tr("Automatic"), tr("By day"), tr("By week"), tr("By month"), tr("By quarter")};
    const QStringList measures{tr("Mentions"), tr("Articles naming"), tr("Share of articles")};
    const QStringList kinds{tr("Lines"), tr("Stacked areas"), tr("Bars")};
    for (int i = 0; i < periods.size(); ++i)
        m_period->setItemText(i, periods.at(i));
    for (int i = 0; i < measures.size(); ++i)
        m_measure->setItemText(i, measures.at(i));
    for (int i = 0; i < kinds.size(); ++i)
        m_kind->setItemText(i, kinds.at(i));
    m_measure->setToolTip(tr("Share: articles naming the actor out of all the period’s dated articles in the scope"));
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    m_from->setSpecialValueText(tr("first"));
    m_to->setSpecialValueText(tr("last"));
    m_resetZoom->setText(tr("Reset Zoom"));
    m_resetZoom->setToolTip(tr("Show every period again (drag across the chart to zoom, scroll the wheel, "
                               "pan with the middle button)"));
    m_export->setText(tr("Export"));
    const QStringList exports{tr("Chart as PNG Image…"), tr("Chart as SVG Drawing…"), tr("Data as CSV…")};
    for (int i = 0; i < exports.size(); ++i)
        m_export->menu()->actions().at(i)->setText(exports.at(i));
    m_scope->setItemText(0, tr("Whole library"));
    m_scope->setItemText(1, tr("Articles listed"));
    m_scope->setToolTip(tr("Count in the whole library, or only in the articles the library table lists now (a "
                           "search, or a point of the chart)"));
    m_tag->setItemText(0, tr("Any tag"));
    m_tag->setToolTip(tr("Only articles with an annotation carrying this tag (or a tag under it)"));
    m_source->setItemText(0, tr("Any source"));
    m_language->setItemText(0, tr("Any language"));
    m_storiesOnce->setText(tr("Count each story once"));
    m_storiesOnce->setToolTip(tr("A wire story republished by several outlets counts once, on its earliest date"));
    m_demonyms->setText(tr("Count demonyms"));
    m_demonyms->setToolTip(tr("“Russian” and “russe” count as mentions of Russia"));
    for (QComboBox *box : {m_period, m_measure, m_kind, m_scope}) {
        QStringList texts;
        for (int i = 0; i < box->count(); ++i)
            texts.append(box->itemText(i));
        box->setMinimumWidth(boxWidthFor(box, texts));
    }
    for (QComboBox *box : {m_tag, m_source, m_language}) // the other items, paths and names, may be elided
        box->setMinimumWidth(boxWidthFor(box, {box->itemText(0)}));
    const QString someDate = QDate(2022, 12, 28).toString(m_from->displayFormat());
    for (QDateEdit *edit : {m_from, m_to})
        edit->setMinimumWidth(boxWidthFor(edit, {edit->specialValueText(), someDate}));
    m_tabs->setTabText(0, tr("Passages"));
    m_tabs->setTabText(1, tr("Named With"));
    m_placeholder->setText(tr("Add actors on the left (type a name, or Top %1) to chart how often the articles "
                              "name them.\nClick a point to list its articles and passages.")
                               .arg(topActorCount));
    if (m_passages->passageCount() == 0)
        m_passagesLabel->setText(tr("Click a point of the chart to read the passages behind it."));
    updateUndated();
}

void TrendView::addTypedActor()
{
    const QString text = m_actorEdit->text().trimmed();
    if (text.isEmpty() || !m_choices.lookup)
        return;
    if (const std::optional<ActorMatch> actor = m_choices.lookup->find(text)) {
        addActors({actor->id});
        m_actorEdit->clear();
    } else {
        QToolTip::showText(m_actorEdit->mapToGlobal(QPoint(0, m_actorEdit->height())),
            m_choices.lookup->unknownActorMessage(text), m_actorEdit);
    }
}

void TrendView::removeSelectedActors()
{
    for (QListWidgetItem *item : m_actorList->selectedItems()) {
        const qint64 id = item->data(actorIdRole).toLongLong();
        m_actors.erase(std::remove_if(m_actors.begin(), m_actors.end(), [id](const auto &a) { return a.first == id; }),
            m_actors.end());
    }
    updateActorList();
    scheduleRefresh();
}

void TrendView::showChoices(const TrendChoices &choices)
{
    m_choices = choices;
    auto *names = static_cast<QStandardItemModel *>(m_actorEdit->completer()->model());
    names->clear();
    for (const TrendChoices::Name &name : choices.names) {
        // An alias shows the name it stands for: "Poutine — Vladimir Poutine".
        auto *item = new QStandardItem(
            name.text == name.actor ? name.text : tr("%1 — %2", "alias — canonical name").arg(name.text, name.actor));
        item->setData(name.actorId, actorIdRole);
        names->appendRow(item);
    }
    // Names of actors added before the names arrived.
    for (auto &actor : m_actors) {
        if (const std::optional<ActorMatch> match = choices.lookup ? choices.lookup->actor(actor.first) : std::nullopt)
            actor = {match->id, match->name};
    }
    const auto refill = [](QComboBox *box, const QVector<QPair<QVariant, QString>> &items) {
        const QVariant chosen = box->currentData();
        const QSignalBlocker blocker(box);
        while (box->count() > 1)
            box->removeItem(1);
        for (const auto &[value, text] : items)
            box->addItem(text, value);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    };
    QVector<QPair<QVariant, QString>> tags, sources, languages;
    for (const auto &[id, path] : choices.tags)
        tags.append({id, path});
    for (const QString &source : choices.sources)
        sources.append({source, source});
    for (const QString &language : choices.languages)
        languages.append({language, tr("%1 (%2)").arg(QLocale(language).nativeLanguageName(), language)});
    refill(m_tag, tags);
    refill(m_source, sources);
    refill(m_language, languages);
    updateActorList();
}

void TrendView::updateActorList()
{
    m_actorList->clear();
    TrendAnswer colouring = m_chart->answer();
    const QVector<QColor> colours = TrendChart::seriesColours(colouring);
    for (const auto &[id, name] : m_actors) {
        auto *item = new QListWidgetItem(name.isEmpty() ? tr("Actor %1").arg(id) : name, m_actorList);
        item->setData(actorIdRole, id);
        // The chart's colour of the actor, once the chart has drawn it.
        for (qsizetype i = 0; i < colouring.result.series.size(); ++i) {
            if (colouring.result.series.at(i).actorId == id) {
                QPixmap dot(12, 12);
                dot.fill(colours.at(i));
                item->setIcon(QIcon(dot));
            }
        }
    }
    m_removeActor->setEnabled(!m_actors.isEmpty());
    m_stack->setCurrentWidget(
        m_actors.isEmpty() || colouring.result.series.isEmpty() ? static_cast<QWidget *>(m_placeholder) : m_chart);
}

} // namespace dossier
