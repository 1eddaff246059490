#pragma once
// The passages behind a point of the trend chart: each mention's sentence with the mention in bold, under its
// article's title and date; activating one opens the article there.

#include "trends/trend.h"

#include <QListView>
#include <QStyledItemDelegate>

class QStandardItemModel;

namespace dossier {

// Draws a passage as rich text. The markup is built here from escaped pieces of the article (title, sentence
// around the mention, the mention), never taken from the article: a sentence holding "<b>" shows "<b>".
class PassageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QString html(const TrendPassage &passage);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

class PassageList final : public QListView
{
    Q_OBJECT

public:
    enum Role { DocumentIdRole = Qt::UserRole + 1, StartRole, EndRole, HtmlRole };

    explicit PassageList(QWidget *parent = nullptr);

    void setPassages(const QVector<TrendPassage> &passages);
    int passageCount() const;
    // What activating the row does (for tests and the keyboard).
    void activateRow(int row);

Q_SIGNALS:
    void passageActivated(qint64 documentId, int start, int end);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QStandardItemModel *m_model;
};

} // namespace dossier
