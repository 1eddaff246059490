#pragma once
// The tag manager: the library's tag tree with how many annotations carry each tag; rename in place, recolour,
// move (drag and drop, or Move To…), merge and delete. Like the annotation panel it changes nothing itself: it
// asks through its signals, the main window runs each change through the undo stack, and reload() shows it.

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dossier {

class Library;

class TagManagerDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn };

    explicit TagManagerDialog(const Library &library, QWidget *parent = nullptr);

    // Reads the tag tree again, keeping the current tag.
    void reload();
    QTreeWidget *tree() const { return m_tree; }
    qint64 currentTag() const;
    void setCurrentTag(qint64 tagId);

Q_SIGNALS:
    void createRequested(const QString &path);
    void renameRequested(qint64 tagId, const QString &name);
    void recolorRequested(qint64 tagId, const QString &color); // empty: no colour
    void moveRequested(qint64 tagId, qint64 newParentId); // 0: top level
    void mergeRequested(qint64 fromId, qint64 intoId);
    void deleteRequested(qint64 tagId);

private:
    void updateButtons();
    void newTag();
    void recolor();
    void moveTo();
    void mergeInto();
    void confirmDelete();
    void showContextMenu(const QPoint &position);
    // The tags that can take tagId (as parent or merge target): all but it and the tags under it.
    QVector<QPair<qint64, QString>> otherTags(qint64 tagId) const;

    const Library &m_library;
    QTreeWidget *m_tree;
    QLabel *m_hint;
    QPushButton *m_new, *m_rename, *m_color, *m_move, *m_merge, *m_delete;
    bool m_reloading = false;
};

} // namespace dossier
