#include "ui/trends/passagelist.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QStandardItemModel>
#include <QTextDocument>

namespace dossier {

namespace {
constexpr int padding = 4;

QTextDocument *layoutFor(const QString &html, const QFont &font, int width)
{
    static QTextDocument document; // GUI thread only; one is enough for painting and measuring
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setTextWidth(std::max(40, width - 2 * padding));
    return &document;
}
} // namespace

QString PassageDelegate::html(const TrendPassage &passage)
{
    const QString &sentence = passage.sentence;
    const int at = std::clamp(passage.startInSentence, 0, int(sentence.size()));
    const int end = std::clamp(passage.endInSentence, at, int(sentence.size()));
    QString date = passage.published.left(10);
    if (const QDate day = QDate::fromString(date, Qt::ISODate); day.isValid())
        date = QLocale().toString(day, QLocale::ShortFormat);
    const QString title = passage.title.isEmpty() ? PassageList::tr("(untitled)") : passage.title;
    return QStringLiteral("<div><small><i>%1%2</i></small></div><div>%3<b>%4</b>%5</div>")
        .arg(title.toHtmlEscaped(), date.isEmpty() ? QString() : QStringLiteral(" · ") + date.toHtmlEscaped(),
            sentence.left(at).toHtmlEscaped(), sentence.mid(at, end - at).toHtmlEscaped(),
            sentence.mid(end).toHtmlEscaped());
}

void PassageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    QTextDocument *document = layoutFor(index.data(PassageList::HtmlRole).toString(), option.font, option.rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state & QStyle::State_Selected;
    context.palette = option.palette;
    context.palette.setColor(
        QPalette::Text, option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(padding, padding));
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    document->documentLayout()->draw(painter, context);
    painter->restore();
}

QSize PassageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = option.widget ? option.widget->width() - 24 : 300;
    const QTextDocument *document = layoutFor(index.data(PassageList::HtmlRole).toString(), option.font, width);
    return {width, int(std::ceil(document->size().height())) + 2 * padding + 2};
}

PassageList::PassageList(QWidget *parent)
    : QListView(parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("trendPassages"));
    setModel(m_model);
    setItemDelegate(new PassageDelegate(this));
    setEditTriggers(NoEditTriggers);
    setVerticalScrollMode(ScrollPerPixel);
    setUniformItemSizes(false);
    setWordWrap(true);
    setAlternatingRowColors(true);
    connect(this, &QListView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });
}

void PassageList::setPassages(const QVector<TrendPassage> &passages)
{
    m_model->clear();
    for (const TrendPassage &passage : passages) {
        auto *item = new QStandardItem;
        item->setData(passage.documentId, DocumentIdRole);
        item->setData(passage.start, StartRole);
        item->setData(passage.end, EndRole);
        item->setData(PassageDelegate::html(passage), HtmlRole);
        // Plain text for screen readers and for searching the list by typing.
        item->setData(passage.sentence, Qt::DisplayRole);
        item->setToolTip(tr("Double-click to read it in the article"));
        m_model->appendRow(item);
    }
}

int PassageList::passageCount() const
{
    return m_model->rowCount();
}

void PassageList::activateRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (index.isValid())
        Q_EMIT passageActivated(
            index.data(DocumentIdRole).toLongLong(), index.data(StartRole).toInt(), index.data(EndRole).toInt());
}

void PassageList::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    scheduleDelayedItemsLayout(); // wrapped sentences change height with the width
}

} // namespace dossier
