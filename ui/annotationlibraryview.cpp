#include "ui/annotationlibraryview.h"

#include "entities/actorstore.h"
#include "storage/library.h"
#include "ui/annotationdelegate.h"
#include "ui/annotationlistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QTimer>
#include <QVBoxLayout>

namespace dossier {

namespace {
constexpr int textDelayMs = 250; // typing pauses this long before the list is filtered

// Selects the item whose data is value, else the first ("any").
void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}
} // namespace

AnnotationLibraryView::AnnotationLibraryView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_textDelay(new QTimer(this))
    , m_tag(new QComboBox(this))
    , m_author(new QComboBox(this))
    , m_actor(new QComboBox(this))
    , m_dated(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_tagLabel(new QLabel(this))
    , m_authorLabel(new QLabel(this))
    , m_actorLabel(new QLabel(this))
    , m_count(new QLabel(this))
    , m_model(new AnnotationListModel(AnnotationListModel::Scope::Library, this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("annotationLibraryView"));
    m_text->setObjectName(QStringLiteral("annotationTextFilter"));
    m_text->setClearButtonEnabled(true);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(textDelayMs);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_textDelay, &QTimer::timeout, this, &AnnotationLibraryView::applyFilter);
    connect(m_text, &QLineEdit::returnPressed, this, &AnnotationLibraryView::applyFilter);

    m_tag->setObjectName(QStringLiteral("annotationTagFilter"));
    m_author->setObjectName(QStringLiteral("annotationAuthorFilter"));
    m_actor->setObjectName(QStringLiteral("annotationActorFilter"));
    // Hundreds of actors: the analyst types part of a name and picks it.
    m_actor->setEditable(true);
    m_actor->setInsertPolicy(QComboBox::NoInsert);
    m_actor->completer()->setFilterMode(Qt::MatchContains);
    m_actor->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (QComboBox *combo : {m_tag, m_author, m_actor}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        connect(combo, &QComboBox::currentIndexChanged, this, &AnnotationLibraryView::applyFilter);
    }
    m_from->setObjectName(QStringLiteral("annotationFromFilter"));
    m_to->setObjectName(QStringLiteral("annotationToFilter"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &AnnotationLibraryView::applyFilter);
    }
    m_from->setDate(QDate::currentDate().addMonths(-1));
    m_to->setDate(QDate::currentDate());
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });

    m_list->setObjectName(QStringLiteral("libraryAnnotationList"));
    m_list->setModel(m_model);
    (new AnnotationDelegate(this))->attach(m_list);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->installEventFilter(this);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT annotationActivated(index.data(AnnotationListModel::DocumentIdRole).toLongLong(),
            index.data(AnnotationListModel::IdRole).toLongLong());
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &AnnotationLibraryView::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this,
        [this] { m_count->setText(tr("%n annotation(s)", "", m_model->rowCount())); });

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_dated);
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(6, 6, 6, 0);
    form->addRow(m_text);
    form->addRow(m_tagLabel, m_tag);
    form->addRow(m_authorLabel, m_author);
    form->addRow(m_actorLabel, m_actor);
    form->addRow(dates);
    m_count->setContentsMargins(8, 2, 8, 2);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 1);
    retranslateUi();
}

void AnnotationLibraryView::setLibrary(const Library *library)
{
    m_library = library;
    m_model->setLibrary(library);
    fillChoices(true);
    applyFilter();
}

void AnnotationLibraryView::refresh(bool actorsToo)
{
    fillChoices(actorsToo);
    applyFilter();
}

void AnnotationLibraryView::focusFilter()
{
    m_text->setFocus(Qt::OtherFocusReason);
    m_text->selectAll();
}

void AnnotationLibraryView::fillChoices(bool actorsToo)
{
    const QSignalBlocker tagBlocker(m_tag), authorBlocker(m_author), actorBlocker(m_actor);
    const QVariant tag = m_tag->currentData(), author = m_author->currentData(), actor = m_actor->currentData();
    m_tag->clear();
    m_author->clear();
    if (actorsToo) {
        m_actor->clear();
        m_actor->addItem(tr("Any actor"), 0);
    }
    m_tag->addItem(tr("Any tag"), 0);
    m_author->addItem(tr("Any author"), QString());
    if (m_library) {
        const AnnotationStore store(*m_library);
        // The hierarchy by indentation; a tag matches the annotations of the tags under it too.
        for (const TagInfo &info : store.tags()) {
            m_tag->addItem(QString(info.depth * 3, u' ') + info.tag.name, info.tag.id);
            m_tag->setItemData(m_tag->count() - 1, info.path, Qt::ToolTipRole);
        }
        QStringList authors = store.authors();
        authors.sort(Qt::CaseInsensitive);
        for (const QString &name : std::as_const(authors))
            m_author->addItem(name, name);
    }
    if (m_library && actorsToo) {
        // Only actors the library names: the gazetteer's others would only lengthen the list.
        QVector<ActorRecord> actors = ActorStore(*m_library).actors(0, ActorStore::Counts::SkippedNamedOnly);
        std::sort(actors.begin(), actors.end(),
            [](const ActorRecord &a, const ActorRecord &b) { return a.name.localeAwareCompare(b.name) < 0; });
        for (const ActorRecord &record : std::as_const(actors))
            m_actor->addItem(record.name, record.id);
    }
    selectData(m_tag, tag);
    selectData(m_author, author);
    selectData(m_actor, actor);
}

void AnnotationLibraryView::applyFilter()
{
    m_textDelay->stop();
    AnnotationFilter filter;
    filter.text = m_text->text().trimmed();
    filter.tagId = m_tag->currentData().toLongLong();
    filter.author = m_author->currentData().toString();
    // An actor typed but not picked from the list filters nothing rather than everything.
    filter.actorId = m_actor->currentText() == m_actor->itemText(m_actor->currentIndex())
        ? m_actor->currentData().toLongLong()
        : 0;
    if (m_dated->isChecked()) {
        filter.createdFrom = m_from->date().startOfDay().toUTC();
        filter.createdTo = m_to->date().endOfDay().toUTC();
    }
    m_model->setFilter(filter);
}

bool AnnotationLibraryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete && m_list->currentIndex().isValid()
        && !m_readOnly) {
        Q_EMIT deleteRequested(m_list->currentIndex().data(AnnotationListModel::IdRole).toLongLong());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void AnnotationLibraryView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid())
        return;
    const qint64 id = index.data(AnnotationListModel::IdRole).toLongLong();
    const qint64 documentId = index.data(AnnotationListModel::DocumentIdRole).toLongLong();
    QMenu menu(this);
    connect(menu.addAction(tr("Open in the Reader")), &QAction::triggered, this,
        [this, id, documentId] { Q_EMIT annotationActivated(documentId, id); });
    QAction *edit = menu.addAction(tr("Edit…"));
    edit->setEnabled(!m_readOnly);
    connect(edit, &QAction::triggered, this, [this, id] { Q_EMIT editRequested(id); });
    QAction *remove = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete Annotation"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setEnabled(!m_readOnly);
    connect(remove, &QAction::triggered, this, [this, id] { Q_EMIT deleteRequested(id); });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void AnnotationLibraryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AnnotationLibraryView::retranslateUi()
{
    m_text->setPlaceholderText(tr("Filter by note or quote"));
    m_tagLabel->setText(tr("&Tag:"));
    m_tagLabel->setBuddy(m_tag);
    m_authorLabel->setText(tr("A&uthor:"));
    m_authorLabel->setBuddy(m_author);
    m_actorLabel->setText(tr("A&ctor:"));
    m_actorLabel->setBuddy(m_actor);
    m_dated->setText(tr("Created"));
    m_dated->setToolTip(tr("Only annotations created between these two dates (inclusive)"));
    m_list->setAccessibleName(tr("Annotations in the library"));
    m_count->setText(tr("%n annotation(s)", "", m_model->rowCount()));
    if (m_tag->count() > 0) {
        m_tag->setItemText(0, tr("Any tag"));
        m_author->setItemText(0, tr("Any author"));
        m_actor->setItemText(0, tr("Any actor"));
    }
}

} // namespace dossier
