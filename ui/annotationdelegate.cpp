#include "ui/annotationdelegate.h"

#include "ui/annotationlistmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QTextLayout>

namespace dossier {

namespace {
constexpr int margin = 8; // around the card's content
constexpr int barWidth = 4; // the colour bar on the left
constexpr int gap = 4; // between the card's parts
constexpr int quoteLines = 3; // a long quote is elided after these many lines
constexpr int noteLines = 4;
constexpr int chipPadding = 6;
constexpr int chipSpacing = 4;

// The text broken into lines of at most width pixels, the last allowed line elided if text remains.
QStringList wrappedLines(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    if (text.isEmpty() || width <= 0)
        return lines;
    QString flat = text;
    flat.replace(u'\n', QChar::LineSeparator);
    QTextLayout layout(flat, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            // The last line takes the rest, elided: what is cut off stays one double-click away.
            const QString rest = flat.mid(line.textStart()).simplified();
            lines.append(QFontMetrics(font).elidedText(rest, Qt::ElideRight, width));
            break;
        }
        lines.append(flat.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

int contentWidth(const QStyleOptionViewItem &option)
{
    // The view's viewport, not option.rect: sizeHint() is asked before the item has a rectangle.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    return std::max(80, width - 2 * margin - barWidth - gap);
}
} // namespace

struct AnnotationDelegate::Card
{
    struct Chip
    {
        QRect rect;
        QString text;
        QColor color;
    };
    QFont titleFont, quoteFont, noteFont, chipFont, orphanFont;
    QString title;
    QString meta; // who wrote it, and when
    QRect metaRect;
    QStringList quote, note;
    QString orphan;
    QVector<Chip> chips;
    int titleTop = 0, quoteTop = 0, orphanTop = 0, noteTop = 0, chipsTop = 0, height = 0;
    int left = 0, width = 0;
};

AnnotationDelegate::AnnotationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void AnnotationDelegate::attach(QAbstractItemView *view)
{
    view->setItemDelegate(this);
    view->viewport()->installEventFilter(this);
    view->viewport()->setProperty("annotationCardsView", QVariant::fromValue(static_cast<QObject *>(view)));
}

bool AnnotationDelegate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        auto *view = qobject_cast<QAbstractItemView *>(watched->property("annotationCardsView").value<QObject *>());
        if (view && resize->size().width() != resize->oldSize().width())
            view->doItemsLayout();
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

QColor AnnotationDelegate::textColorOn(const QColor &background)
{
    // Relative luminance (sRGB weights): light tag colours get black text, dark ones white.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

AnnotationDelegate::Card AnnotationDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Card card;
    card.left = margin + barWidth + gap;
    card.width = contentWidth(option);
    card.titleFont = option.font;
    card.titleFont.setBold(true);
    card.titleFont.setPointSizeF(option.font.pointSizeF() * 0.92);
    card.quoteFont = option.font;
    card.quoteFont.setItalic(true);
    card.noteFont = option.font;
    card.chipFont = option.font;
    card.chipFont.setPointSizeF(option.font.pointSizeF() * 0.88);
    card.orphanFont = card.chipFont;
    card.orphanFont.setBold(true);

    int y = margin;
    card.title = index.data(AnnotationListModel::DocumentTitleRole).toString();
    if (!card.title.isEmpty()) {
        card.titleTop = y;
        y += QFontMetrics(card.titleFont).lineSpacing() + gap;
    }
    const QString quote = index.data(AnnotationListModel::QuoteRole).toString().simplified();
    card.quote = wrappedLines(QStringLiteral("“%1”").arg(quote), card.quoteFont, card.width, quoteLines);
    card.quoteTop = y;
    y += int(card.quote.size()) * QFontMetrics(card.quoteFont).lineSpacing();
    if (index.data(AnnotationListModel::OrphanRole).toBool()) {
        card.orphan = tr("⚠ Could not be placed in the current text");
        card.orphanTop = y + gap;
        y = card.orphanTop + QFontMetrics(card.orphanFont).lineSpacing();
    }
    card.note
        = wrappedLines(index.data(AnnotationListModel::NoteRole).toString(), card.noteFont, card.width, noteLines);
    card.noteTop = y + gap;
    if (!card.note.isEmpty())
        y = card.noteTop + int(card.note.size()) * QFontMetrics(card.noteFont).lineSpacing();

    const QStringList names = index.data(AnnotationListModel::TagNamesRole).toStringList();
    const QStringList colors = index.data(AnnotationListModel::TagColorsRole).toStringList();
    if (!names.isEmpty()) {
        const QFontMetrics chipMetrics(card.chipFont);
        const int chipHeight = chipMetrics.height() + 4;
        card.chipsTop = y + gap + 2;
        int x = 0, row = 0;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString text = chipMetrics.elidedText(names.at(i), Qt::ElideRight, card.width - 2 * chipPadding);
            const int w = chipMetrics.horizontalAdvance(text) + 2 * chipPadding;
            if (x > 0 && x + w > card.width) {
                x = 0;
                ++row;
            }
            const QColor color
                = colors.value(i).isEmpty() ? option.palette.color(QPalette::Midlight) : QColor(colors.value(i));
            card.chips.append(
                {QRect(card.left + x, card.chipsTop + row * (chipHeight + chipSpacing), w, chipHeight), text, color});
            x += w + chipSpacing;
        }
        y = card.chips.last().rect.bottom() + 1;
    }
    const QString author = index.data(AnnotationListModel::AuthorRole).toString();
    const QString date = QLocale().toString(
        index.data(AnnotationListModel::CreatedRole).toDateTime().toLocalTime().date(), QLocale::ShortFormat);
    card.meta = author.isEmpty() ? date : author + QStringLiteral(" · ") + date;
    const QFontMetrics metaMetrics(card.chipFont);
    const int metaWidth = metaMetrics.horizontalAdvance(card.meta) + 2;
    const int right = card.left + card.width;
    if (!card.chips.isEmpty() && card.chips.last().rect.right() + 12 + metaWidth <= right) {
        // Beside the last row of chips, on the right, where it takes no height.
        const QRect last = card.chips.last().rect;
        card.metaRect = QRect(right - metaWidth, last.top(), metaWidth, last.height());
    } else {
        card.metaRect = QRect(right - metaWidth, y + gap, metaWidth, metaMetrics.height());
        y = card.metaRect.bottom() + 1;
    }
    card.height = y + margin;
    return card;
}

QSize AnnotationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Card card = layout(opt, index);
    return {card.left + card.width + margin, card.height};
}

void AnnotationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the style draws the selection and hover background only
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const Card card = layout(opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const bool orphan = index.data(AnnotationListModel::OrphanRole).toBool();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(opt.rect.topLeft());
    const int height = opt.rect.height();

    // The bar in the annotation's colour; an orphan's is hatched, as it marks nothing in the text.
    const QColor color = index.data(AnnotationListModel::ColorRole).value<QColor>();
    const QRect bar(margin, margin / 2, barWidth, height - margin);
    const QColor warning(0xb3, 0x4d, 0x00);
    painter->fillRect(bar, orphan ? QBrush(warning, Qt::BDiagPattern) : QBrush(color));
    if (orphan) {
        painter->setPen(QPen(warning, 1));
        painter->drawRect(bar.adjusted(0, 0, -1, -1));
    }

    if (!card.title.isEmpty()) {
        painter->setFont(card.titleFont);
        painter->setPen(selected ? text : opt.palette.color(group, QPalette::PlaceholderText));
        const QFontMetrics metrics(card.titleFont);
        painter->drawText(
            card.left, card.titleTop + metrics.ascent(), metrics.elidedText(card.title, Qt::ElideRight, card.width));
    }
    painter->setFont(card.quoteFont);
    painter->setPen(orphan && !selected ? opt.palette.color(group, QPalette::PlaceholderText) : text);
    const QFontMetrics quoteMetrics(card.quoteFont);
    for (qsizetype i = 0; i < card.quote.size(); ++i)
        painter->drawText(
            card.left, card.quoteTop + int(i) * quoteMetrics.lineSpacing() + quoteMetrics.ascent(), card.quote.at(i));
    if (!card.orphan.isEmpty()) {
        painter->setFont(card.orphanFont);
        painter->setPen(selected ? text : warning);
        painter->drawText(card.left, card.orphanTop + QFontMetrics(card.orphanFont).ascent(), card.orphan);
    }
    painter->setFont(card.noteFont);
    painter->setPen(text);
    const QFontMetrics noteMetrics(card.noteFont);
    for (qsizetype i = 0; i < card.note.size(); ++i)
        painter->drawText(
            card.left, card.noteTop + int(i) * noteMetrics.lineSpacing() + noteMetrics.ascent(), card.note.at(i));

    painter->setFont(card.chipFont);
    for (const Card::Chip &chip : card.chips) {
        QPainterPath path;
        path.addRoundedRect(
            QRectF(chip.rect).adjusted(0.5, 0.5, -0.5, -0.5), chip.rect.height() / 2.0, chip.rect.height() / 2.0);
        painter->fillPath(path, chip.color);
        painter->setPen(QPen(chip.color.darker(125), 1));
        painter->drawPath(path);
        painter->setPen(textColorOn(chip.color));
        painter->drawText(chip.rect, Qt::AlignCenter, chip.text);
    }

    painter->setFont(card.chipFont);
    painter->setPen(selected ? text : opt.palette.color(group, QPalette::PlaceholderText));
    painter->drawText(card.metaRect, Qt::AlignRight | Qt::AlignVCenter, card.meta);

    // A hairline between cards.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(opt.palette.color(QPalette::Midlight));
    painter->drawLine(margin, height - 1, opt.rect.width() - margin, height - 1);
    painter->restore();
}

QWidget *AnnotationDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setObjectName(QStringLiteral("annotationNoteEditor"));
    editor->setTabChangesFocus(true);
    editor->setPlaceholderText(tr("Note"));
    return editor;
}

void AnnotationDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        edit->setPlainText(index.data(AnnotationListModel::NoteRole).toString());
}

void AnnotationDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        model->setData(index, edit->toPlainText(), Qt::EditRole);
}

void AnnotationDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The editor covers the note and what follows it, leaving the quote in sight.
    const Card card = layout(option, index);
    const int lineHeight = QFontMetrics(card.noteFont).lineSpacing();
    const int top = std::min(card.noteTop - gap, option.rect.height() - 3 * lineHeight - 8);
    editor->setGeometry(option.rect.left() + card.left - 2, option.rect.top() + std::max(0, top), card.width + 4,
        std::max(option.rect.height() - std::max(0, top), 3 * lineHeight + 8));
}

} // namespace dossier
