#include "ui/tagmanagerdialog.h"

#include "annotations/annotationstore.h"
#include "storage/library.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dossier {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QIcon colorIcon(const QString &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (color.isEmpty()) {
        painter.setPen(QPen(Qt::gray, 1, Qt::DashLine));
        painter.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    } else {
        painter.setPen(QColor(color).darker(140));
        painter.setBrush(QColor(color));
        painter.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    }
    return QIcon(pixmap);
}

// A tree whose drops ask for a move instead of moving items: the store decides, and the tree is read again.
class TagTree final : public QTreeWidget
{
public:
    explicit TagTree(TagManagerDialog *dialog)
        : QTreeWidget(dialog)
        , m_dialog(dialog)
    {
    }

protected:
    void dropEvent(QDropEvent *event) override
    {
        QTreeWidgetItem *dragged = currentItem();
        QTreeWidgetItem *target = itemAt(event->position().toPoint());
        event->setDropAction(Qt::IgnoreAction);
        event->accept();
        if (!dragged)
            return;
        qint64 parent = 0;
        if (target) {
            parent = dropIndicatorPosition() == OnItem ? target->data(0, IdRole).toLongLong()
                : target->parent()                     ? target->parent()->data(0, IdRole).toLongLong()
                                                       : 0;
        }
        const qint64 id = dragged->data(0, IdRole).toLongLong();
        const qint64 oldParent = dragged->parent() ? dragged->parent()->data(0, IdRole).toLongLong() : 0;
        if (parent != oldParent && parent != id)
            Q_EMIT m_dialog->moveRequested(id, parent);
    }

private:
    TagManagerDialog *m_dialog;
};
} // namespace

TagManagerDialog::TagManagerDialog(const Library &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_tree(new TagTree(this))
    , m_hint(new QLabel(this))
    , m_new(new QPushButton(tr("&New Tag…"), this))
    , m_rename(new QPushButton(tr("&Rename"), this))
    , m_color(new QPushButton(tr("&Colour…"), this))
    , m_move(new QPushButton(tr("&Move To…"), this))
    , m_merge(new QPushButton(tr("Mer&ge Into…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("tagManager"));
    setWindowTitle(tr("Tags"));
    resize(520, 520);
    m_tree->setObjectName(QStringLiteral("tagTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Tag"), tr("Annotations")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(tr("Double-click a name to rename it; drag a tag onto another to move it there. Every change "
                       "can be undone with Ctrl+Z."));

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TagManagerDialog::updateButtons);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        const QString name = item->text(NameColumn).trimmed();
        if (m_reloading || column != NameColumn || name == item->data(NameColumn, Qt::UserRole).toString())
            return;
        Q_EMIT renameRequested(item->data(0, IdRole).toLongLong(), name);
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &TagManagerDialog::showContextMenu);
    connect(m_new, &QPushButton::clicked, this, &TagManagerDialog::newTag);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            m_tree->editItem(item, NameColumn);
    });
    connect(m_color, &QPushButton::clicked, this, &TagManagerDialog::recolor);
    connect(m_move, &QPushButton::clicked, this, &TagManagerDialog::moveTo);
    connect(m_merge, &QPushButton::clicked, this, &TagManagerDialog::mergeInto);
    connect(m_delete, &QPushButton::clicked, this, &TagManagerDialog::confirmDelete);
    m_delete->setObjectName(QStringLiteral("deleteTagButton"));

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_new, m_rename, m_color, m_move, m_merge, m_delete}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addWidget(m_tree, 1);
    top->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_hint);
    layout->addWidget(close);
    reload();
}

void TagManagerDialog::reload()
{
    const qint64 current = currentTag();
    m_reloading = true;
    m_tree->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    for (const TagInfo &info : AnnotationStore(m_library).tags()) { // parents come before their children
        QTreeWidgetItem *parent = items.value(info.tag.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(NameColumn, info.tag.name);
        item->setData(NameColumn, Qt::UserRole, info.tag.name);
        item->setData(0, IdRole, info.tag.id);
        item->setIcon(NameColumn, colorIcon(info.tag.color));
        item->setToolTip(NameColumn, info.path);
        item->setText(CountColumn, QString::number(info.annotations));
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
        items.insert(info.tag.id, item);
    }
    // A parent's own count, and what its sub-tags add: the library-wide filter counts them together.
    const AnnotationStore store(m_library);
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        QTreeWidgetItem *item = it.value();
        if (item->childCount() == 0)
            continue;
        AnnotationFilter filter;
        filter.tagId = it.key();
        const int all = int(store.annotations(filter).size());
        const int own = item->text(CountColumn).toInt();
        if (all > own)
            item->setText(CountColumn, tr("%1 (%2 with sub-tags)").arg(own).arg(all));
        item->setToolTip(CountColumn, tr("%n annotation(s) carry this tag or one under it", "", all));
    }
    m_tree->expandAll();
    m_reloading = false;
    setCurrentTag(current);
    updateButtons();
}

qint64 TagManagerDialog::currentTag() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toLongLong() : 0;
}

void TagManagerDialog::setCurrentTag(qint64 tagId)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).toLongLong() == tagId) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void TagManagerDialog::updateButtons()
{
    const bool selected = currentTag() != 0;
    for (QPushButton *button : {m_rename, m_color, m_move, m_merge, m_delete})
        button->setEnabled(selected);
}

QVector<QPair<qint64, QString>> TagManagerDialog::otherTags(qint64 tagId) const
{
    const AnnotationStore store(m_library);
    const QVector<qint64> excluded = store.tagWithDescendants(tagId);
    QVector<QPair<qint64, QString>> result;
    for (const TagInfo &info : store.tags()) {
        if (!excluded.contains(info.tag.id))
            result.append({info.tag.id, info.path});
    }
    return result;
}

void TagManagerDialog::newTag()
{
    const QString parent = currentTag() ? AnnotationStore(m_library).tagPath(currentTag()) : QString();
    bool ok = false;
    const QString path = QInputDialog::getText(this, tr("New Tag"),
        tr("Name of the new tag (levels separated by “%1”):").arg(tagPathSeparator.toString()), QLineEdit::Normal,
        parent.isEmpty() ? QString() : parent + tagPathSeparator.toString(), &ok);
    if (ok && !path.trimmed().isEmpty())
        Q_EMIT createRequested(path.trimmed());
}

void TagManagerDialog::recolor()
{
    const qint64 id = currentTag();
    const std::optional<Tag> tag = AnnotationStore(m_library).tag(id);
    if (!tag)
        return;
    QColorDialog dialog(tag->color.isEmpty() ? QColor(defaultAnnotationColor()) : QColor(tag->color), this);
    dialog.setOption(QColorDialog::DontUseNativeDialog); // the "No Colour" button goes into its button box
    dialog.setWindowTitle(tr("Colour of “%1”").arg(tag->name));
    // A tag can also have no colour: its annotations then take another tag's, or their own.
    QPushButton *none = nullptr;
    if (!tag->color.isEmpty()) {
        if (auto *box = dialog.findChild<QDialogButtonBox *>())
            none = box->addButton(tr("No Colour"), QDialogButtonBox::ResetRole);
    }
    bool cleared = false;
    if (none)
        connect(none, &QPushButton::clicked, &dialog, [&] {
            cleared = true;
            dialog.reject();
        });
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT recolorRequested(id, dialog.selectedColor().name(QColor::HexRgb).toUpper());
    else if (cleared)
        Q_EMIT recolorRequested(id, QString());
}

void TagManagerDialog::moveTo()
{
    const qint64 id = currentTag();
    const QVector<QPair<qint64, QString>> candidates = otherTags(id);
    QStringList names{tr("(top level)")};
    for (const auto &candidate : candidates)
        names.append(candidate.second);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Move Tag"),
        tr("Move “%1” under:").arg(m_tree->currentItem()->text(NameColumn)), names, 0, false, &ok);
    const qsizetype at = names.indexOf(chosen);
    if (ok && at >= 0)
        Q_EMIT moveRequested(id, at == 0 ? 0 : candidates.at(at - 1).first);
}

void TagManagerDialog::mergeInto()
{
    const qint64 id = currentTag();
    const QVector<QPair<qint64, QString>> candidates = otherTags(id);
    QStringList names;
    for (const auto &candidate : candidates)
        names.append(candidate.second);
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString from = m_tree->currentItem()->text(NameColumn);
    const QString chosen = QInputDialog::getItem(this, tr("Merge Tags"),
        tr("Merge “%1” into (its annotations and sub-tags move there, and “%1” is deleted):").arg(from), names, 0,
        false, &ok);
    const qsizetype at = names.indexOf(chosen);
    if (ok && at >= 0)
        Q_EMIT mergeRequested(id, candidates.at(at).first);
}

void TagManagerDialog::confirmDelete()
{
    const qint64 id = currentTag();
    const AnnotationStore store(m_library);
    AnnotationFilter filter;
    filter.tagId = id;
    const int annotations = int(store.annotations(filter).size());
    const int subTags = int(store.tagWithDescendants(id).size()) - 1;
    QString text = tr("Delete the tag “%1”?").arg(store.tagPath(id));
    QString details = tr("%n annotation(s) will lose it; the annotations themselves are kept.", "", annotations);
    if (subTags > 0)
        details = tr("Its %n sub-tag(s) are deleted with it. ", "", subTags) + details;
    QMessageBox box(QMessageBox::Question, tr("Delete Tag"), text, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmTagDelete"));
    box.setInformativeText(details + u' ' + tr("You can undo this with Ctrl+Z."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        Q_EMIT deleteRequested(id);
}

void TagManagerDialog::showContextMenu(const QPoint &position)
{
    if (!m_tree->itemAt(position))
        return;
    QMenu menu(this);
    for (QPushButton *button : {m_new, m_rename, m_color, m_move, m_merge, m_delete})
        connect(menu.addAction(button->text()), &QAction::triggered, button, &QPushButton::click);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

} // namespace dossier
