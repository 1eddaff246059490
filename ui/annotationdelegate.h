#pragma once
// Draws one annotation of an AnnotationListModel as a card: a bar in its colour, the document's title (in the
// library-wide list), the quote (a few lines at most), an orphan's warning, the note, and the tags as chips in
// their colours. The note can be edited in place (F2), in a plain-text editor.

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace dossier {

class AnnotationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AnnotationDelegate(QObject *parent = nullptr);

    // Makes the delegate the view's and lays the cards out again whenever the view's width changes: a list
    // flowing top to bottom only does so when its height changes, and wrapped cards change height with width.
    void attach(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // A colour for text drawn on background: black or white, whichever reads better.
    static QColor textColorOn(const QColor &background);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Card;
    Card layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace dossier
