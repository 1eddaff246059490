#include "ui/actorpanel.h"

#include "entities/actorstore.h"
#include "entities/corrections.h"
#include "storage/library.h"
#include "ui/actorlistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QFont>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dossier {

namespace {
enum PassageRole { DocumentRole = Qt::UserRole + 1, StartRole, EndRole, SurfaceRole };
constexpr ActorType allTypes[] = {ActorType::Person, ActorType::Organization, ActorType::Place, ActorType::Group};
} // namespace

ActorPanel::ActorPanel(QWidget *parent)
    : QWidget(parent)
    , m_scope(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_model(new ActorListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_passagesLabel(new QLabel(this))
    , m_passages(new QListWidget(this))
{
    setObjectName(QStringLiteral("actorPanel"));
    m_scope->setObjectName(QStringLiteral("actorScope"));
    m_scope->addItems({QString(), QString()});
    m_filter->setObjectName(QStringLiteral("actorFilter"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ActorListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(ActorListModel::NameColumn);
    m_table->setObjectName(QStringLiteral("actorTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActorListModel::MentionsColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ActorListModel::NameColumn, QHeaderView::Stretch);
    // The dot before each name gives the type (its tooltip names it), which leaves the narrow dock to the names.
    m_table->setColumnHidden(ActorListModel::TypeColumn, true);

    m_passages->setObjectName(QStringLiteral("actorPassages"));
    // Whole sentences, wrapped to the dock's width: an elided sentence hides the words around the name.
    m_passages->setWordWrap(true);
    m_passages->setTextElideMode(Qt::ElideNone);
    m_passages->setResizeMode(QListView::Adjust);
    m_passages->setSpacing(2);
    m_passages->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addWidget(m_filter, 1);
    auto *passageBox = new QWidget(this);
    auto *passageLayout = new QVBoxLayout(passageBox);
    passageLayout->setContentsMargins(0, 0, 0, 0);
    passageLayout->addWidget(m_passagesLabel);
    passageLayout->addWidget(m_passages, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(passageBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ActorPanel::reloadList);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActorPanel::showPassages);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ActorPanel::showActorMenu);
    connect(m_passages, &QWidget::customContextMenuRequested, this, &ActorPanel::showPassageMenu);
    connect(m_passages, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->data(EndRole).toInt() > 0)
            Q_EMIT passageActivated(item->data(DocumentRole).toLongLong(), item->data(StartRole).toInt(),
                                    item->data(EndRole).toInt());
    });
    retranslateUi();
}

void ActorPanel::setLibrary(const Library *library)
{
    m_library = library;
    m_documentId = 0;
    reloadList();
}

void ActorPanel::setDocument(qint64 documentId)
{
    m_documentId = documentId;
    if (m_scope->currentIndex() == 0)
        reloadList();
}

void ActorPanel::refresh()
{
    reloadList();
}

void ActorPanel::setCorrectionHandler(std::function<void(std::unique_ptr<Correction>)> handler)
{
    m_correctionHandler = std::move(handler);
}

void ActorPanel::reloadList()
{
    // Keep the selected actor selected across a reload.
    const QModelIndex current = m_table->currentIndex();
    const qint64 selectedActor = current.data(ActorListModel::ActorIdRole).toLongLong();
    const QString selectedDiscovery = current.data(ActorListModel::DiscoveryKeyRole).toString();

    const bool wholeLibrary = m_scope->currentIndex() == 1;
    if (wholeLibrary)
        m_model->load(m_library, 0);
    else
        m_model->load(m_documentId > 0 ? m_library : nullptr, m_documentId);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const bool same = selectedActor ? index.data(ActorListModel::ActorIdRole).toLongLong() == selectedActor
                                        : !selectedDiscovery.isEmpty()
                && index.data(ActorListModel::DiscoveryKeyRole).toString() == selectedDiscovery;
        if (same) {
            m_table->setCurrentIndex(index);
            break;
        }
    }
    showPassages();
}

void ActorPanel::showActor(qint64 actorId)
{
    int row = m_model->rowOfActor(actorId);
    if (row < 0 && m_scope->currentIndex() == 0) {
        m_scope->setCurrentIndex(1);
        row = m_model->rowOfActor(actorId);
    }
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void ActorPanel::showPassages()
{
    m_passages->clear();
    const QModelIndex current = m_table->currentIndex();
    if (!m_library || !current.isValid()) {
        m_passagesLabel->setText(tr("Select an actor to see the passages that name it."));
        return;
    }
    const qint64 actorId = current.data(ActorListModel::ActorIdRole).toLongLong();
    const QString discoveryKey = current.data(ActorListModel::DiscoveryKeyRole).toString();
    const QVector<MentionInContext> passages = ActorStore(*m_library).passages(actorId, discoveryKey);
    m_passagesLabel->setText(tr("%n passage(s) naming %1", "", int(passages.size()))
                                 .arg(current.siblingAtColumn(ActorListModel::NameColumn).data().toString()));
    // The passages come grouped by document: a title line (not selectable), then its sentences.
    qint64 previousDocument = 0;
    for (const MentionInContext &passage : passages) {
        if (passage.documentId != previousDocument) {
            auto *title = new QListWidgetItem(passage.documentTitle, m_passages);
            QFont bold = title->font();
            bold.setBold(true);
            title->setFont(bold);
            title->setFlags(Qt::ItemIsEnabled);
            title->setData(DocumentRole, passage.documentId);
            previousDocument = passage.documentId;
        }
        auto *item = new QListWidgetItem(QStringLiteral("  ") + passage.sentence, m_passages);
        item->setData(DocumentRole, passage.documentId);
        item->setData(StartRole, passage.start);
        item->setData(EndRole, passage.end);
        item->setData(SurfaceRole, passage.sentence.mid(passage.startInSentence, passage.end - passage.start));
        item->setToolTip(tr("Double-click to read it in the article"));
    }
}

void ActorPanel::correct(std::unique_ptr<Correction> correction)
{
    if (m_correctionHandler && correction)
        m_correctionHandler(std::move(correction));
}

void ActorPanel::showActorMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid() || !m_library)
        return;
    const qint64 actorId = index.data(ActorListModel::ActorIdRole).toLongLong();
    const QString name = index.siblingAtColumn(ActorListModel::NameColumn).data().toString();
    const auto type = ActorType(index.data(ActorListModel::ActorTypeRole).toInt());
    QMenu menu(this);
    if (actorId == 0) {
        for (const ActorType accepted : allTypes) {
            QAction *action = menu.addAction(tr("Accept as %1").arg(ActorListModel::typeLabel(accepted)));
            connect(action, &QAction::triggered, this,
                    [this, name, accepted] { correct(Correction::acceptDiscovery(name, accepted)); });
            if (accepted == type)
                menu.setDefaultAction(action);
        }
        menu.addSeparator();
        connect(menu.addAction(tr("Reject “%1” Everywhere").arg(name)), &QAction::triggered, this,
                [this, name] { correct(Correction::rejectForm(name)); });
    } else {
        connect(menu.addAction(tr("Add to Trend Chart")), &QAction::triggered, this,
            [this, actorId] { Q_EMIT addToTrendChartRequested(actorId); });
        menu.addSeparator();
        QMenu *typeMenu = menu.addMenu(tr("Change Type"));
        for (const ActorType to : allTypes) {
            if (to == type)
                continue;
            connect(typeMenu->addAction(ActorListModel::typeLabel(to)), &QAction::triggered, this,
                    [this, actorId, name, type, to] { correct(Correction::changeType(actorId, name, type, to)); });
        }
        connect(menu.addAction(tr("Merge Into…")), &QAction::triggered, this, [this, actorId, name] {
            const QVector<ActorRecord> actors = ActorStore(*m_library).actors(0, ActorStore::Counts::Skipped);
            QStringList names;
            QVector<const ActorRecord *> choices;
            for (const ActorRecord &other : actors) {
                if (other.id != actorId) {
                    names.append(other.name);
                    choices.append(&other);
                }
            }
            bool ok = false;
            const QString chosen = QInputDialog::getItem(this, tr("Merge Actors"),
                                                         tr("Merge %1 into:").arg(name), names, 0, true, &ok);
            const qsizetype at = names.indexOf(chosen);
            if (ok && at >= 0)
                correct(Correction::mergeActors(actorId, name, choices.at(at)->id, chosen));
        });
        QMenu *splitMenu = menu.addMenu(tr("Split Alias Off"));
        QMenu *rejectMenu = menu.addMenu(tr("Reject a Name Everywhere"));
        if (const std::optional<ActorRecord> actor = ActorStore(*m_library).actor(actorId)) {
            for (const ActorAlias &alias : actor->aliases) {
                if (alias.kind != MentionKind::Name)
                    continue;
                connect(rejectMenu->addAction(alias.text), &QAction::triggered, this,
                        [this, alias] { correct(Correction::rejectForm(alias.text)); });
                if (actor->aliases.size() > 1) {
                    connect(splitMenu->addAction(alias.text), &QAction::triggered, this,
                            [this, alias, type] { correct(Correction::splitAlias(alias.id, alias.text, type)); });
                }
            }
        }
        splitMenu->setEnabled(!splitMenu->isEmpty());
        rejectMenu->setEnabled(!rejectMenu->isEmpty());
    }
    // Every entry but "Add to Trend Chart" is a correction, which writes to the library.
    if (m_readOnly) {
        for (QAction *action : menu.actions()) {
            if (action->text() != tr("Add to Trend Chart"))
                action->setEnabled(false);
        }
    }
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void ActorPanel::showPassageMenu(const QPoint &position)
{
    QListWidgetItem *item = m_passages->itemAt(position);
    if (!item || item->data(EndRole).toInt() == 0)
        return;
    QMenu menu(this);
    QAction *reject = menu.addAction(tr("Reject This Mention"));
    reject->setEnabled(!m_readOnly);
    connect(reject, &QAction::triggered, this, [this, item] {
        correct(Correction::rejectMention(item->data(DocumentRole).toLongLong(), item->data(StartRole).toInt(),
                                          item->data(EndRole).toInt(), item->data(SurfaceRole).toString()));
    });
    menu.exec(m_passages->viewport()->mapToGlobal(position));
}

void ActorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActorPanel::retranslateUi()
{
    m_scope->setItemText(0, tr("This article"));
    m_scope->setItemText(1, tr("Library"));
    m_filter->setPlaceholderText(tr("Filter actors"));
    m_table->setAccessibleName(tr("Actors"));
    m_passages->setAccessibleName(tr("Passages naming the selected actor"));
    // The heading counts passages in the language's plural forms: read again rather than patched.
    showPassages();
}

} // namespace dossier
