#include "ui/trends/cooccurrencetable.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dossier {

namespace {
constexpr int actorIdRole = Qt::UserRole + 1;
}

CooccurrenceTable::CooccurrenceTable(QWidget *parent)
    : QWidget(parent)
    , m_actor(new QComboBox(this))
    , m_window(new QComboBox(this))
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("trendCooccurrence"));
    m_actor->setObjectName(QStringLiteral("cooccurrenceActor"));
    m_window->setObjectName(QStringLiteral("cooccurrenceWindow"));
    m_window->addItem(QString(), int(CooccurrenceWindow::Document));
    m_window->addItem(QString(), int(CooccurrenceWindow::Sentence));
    m_table->setObjectName(QStringLiteral("cooccurrenceTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *addAction = new QAction(m_table);
    addAction->setObjectName(QStringLiteral("cooccurrenceAddAction"));
    m_table->addAction(addAction);
    connect(addAction, &QAction::triggered, this, &CooccurrenceTable::addSelectedToChart);
    m_add->setObjectName(QStringLiteral("cooccurrenceAdd"));
    m_add->setEnabled(false);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_actor, 1);
    top->addWidget(m_window);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_add, 0, Qt::AlignRight);

    const auto wanted = [this] {
        m_table->setRowCount(0);
        if (actorId() != 0)
            Q_EMIT countsWanted(actorId(), window());
    };
    connect(m_actor, &QComboBox::currentIndexChanged, this, wanted);
    connect(m_window, &QComboBox::currentIndexChanged, this, wanted);
    connect(m_add, &QPushButton::clicked, this, &CooccurrenceTable::addSelectedToChart);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &CooccurrenceTable::addSelectedToChart);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_add->setEnabled(m_table->selectionModel()->hasSelection()); });
    retranslateUi();
}

void CooccurrenceTable::setActors(const QVector<QPair<qint64, QString>> &actors)
{
    const qint64 chosen = actorId();
    const QSignalBlocker blocker(m_actor);
    m_actor->clear();
    for (const auto &[id, name] : actors)
        m_actor->addItem(name, id);
    const int keep = m_actor->findData(chosen);
    m_actor->setCurrentIndex(keep >= 0 ? keep : 0);
    m_table->setRowCount(0);
    if (actorId() != 0)
        Q_EMIT countsWanted(actorId(), window());
}

qint64 CooccurrenceTable::actorId() const
{
    return m_actor->currentData().toLongLong();
}

void CooccurrenceTable::setActorId(qint64 actorId)
{
    const int index = m_actor->findData(actorId);
    if (index >= 0)
        m_actor->setCurrentIndex(index);
}

CooccurrenceWindow CooccurrenceTable::window() const
{
    return CooccurrenceWindow(m_window->currentData().toInt());
}

void CooccurrenceTable::setWindow(CooccurrenceWindow window)
{
    m_window->setCurrentIndex(m_window->findData(int(window)));
}

void CooccurrenceTable::setCounts(qint64 actorId, const QVector<ActorCount> &counts)
{
    if (actorId != this->actorId())
        return;
    m_table->setRowCount(int(counts.size()));
    for (int row = 0; row < counts.size(); ++row) {
        auto *name = new QTableWidgetItem(counts.at(row).actor);
        name->setData(actorIdRole, counts.at(row).actorId);
        auto *count = new QTableWidgetItem(QLocale().toString(counts.at(row).count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, count);
    }
    m_empty->setVisible(counts.isEmpty());
}

void CooccurrenceTable::selectActors(const QVector<qint64> &actorIds)
{
    m_table->clearSelection();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (actorIds.contains(m_table->item(row, 0)->data(actorIdRole).toLongLong()))
            m_table->selectionModel()->select(
                m_table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void CooccurrenceTable::addSelectedToChart()
{
    QVector<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_table->item(index.row(), 0)->data(actorIdRole).toLongLong());
    if (!ids.isEmpty())
        Q_EMIT addToChartRequested(ids);
}

void CooccurrenceTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CooccurrenceTable::retranslateUi()
{
    m_actor->setToolTip(tr("The actor whose companions are counted"));
    m_window->setItemText(0, tr("Same article"));
    m_window->setItemText(1, tr("Same sentence"));
    m_window->setToolTip(tr("Count the articles naming both actors, or the sentences naming both"));
    m_table->setHorizontalHeaderLabels(
        {tr("Named with"), m_window->currentIndex() == 1 ? tr("Sentences") : tr("Articles")});
    m_table->actions().constFirst()->setText(tr("Add to Chart"));
    m_add->setText(tr("Add to Chart"));
    m_empty->setText(tr("No other actor is named with this one in the scope."));
}

} // namespace dossier
