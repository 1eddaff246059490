#include "ui/annotationdialog.h"

#include <QButtonGroup>
#include <QColorDialog>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace dossier {

namespace {
constexpr int quoteShownLength = 420; // the dialog shows the start of a long quote; the reader has the rest

QIcon swatchIcon(const QColor &color, int size = 16)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.isValid() ? color.darker(140) : QColor(Qt::gray), 1));
    painter.setBrush(color.isValid() ? QBrush(color) : QBrush(Qt::white, Qt::BDiagPattern));
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
    return QIcon(pixmap);
}
} // namespace

QVector<QPair<QString, QString>> AnnotationDialog::swatches()
{
    // Light enough that black text stays readable over them in the reader.
    return {
        {defaultAnnotationColor(), tr("Yellow")},
        {QStringLiteral("#B2F2BB"), tr("Green")},
        {QStringLiteral("#A5D8FF"), tr("Blue")},
        {QStringLiteral("#FCC2D7"), tr("Pink")},
        {QStringLiteral("#FFD8A8"), tr("Orange")},
        {QStringLiteral("#D0BFFF"), tr("Violet")},
    };
}

AnnotationDialog::AnnotationDialog(const QVector<TagInfo> &tags, QWidget *parent)
    : QDialog(parent)
    , m_tags(tags)
    , m_quote(new QLabel(this))
    , m_details(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_tagEdit(new QLineEdit(this))
    , m_tagList(new QListWidget(this))
    , m_removeTag(new QPushButton(tr("Remove"), this))
    , m_colorGroup(new QButtonGroup(this))
    , m_customColor(new QToolButton(this))
{
    setObjectName(QStringLiteral("annotationDialog"));
    setMinimumWidth(460);

    m_quote->setObjectName(QStringLiteral("annotationQuote"));
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("annotationDetails"));
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->hide();

    m_note->setObjectName(QStringLiteral("annotationNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What this passage shows, what to check…"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 5 + 12);

    QStringList paths;
    for (const TagInfo &info : m_tags)
        paths.append(info.path);
    auto *completer = new QCompleter(new QStringListModel(paths, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains); // "nuclear" finds "Escalation / Nuclear rhetoric"
    m_tagEdit->setObjectName(QStringLiteral("annotationTagEdit"));
    m_tagEdit->setCompleter(completer);
    m_tagEdit->setPlaceholderText(tr("Type to find a tag, or a new path “Topic / Subtopic”"));
    m_tagEdit->installEventFilter(this);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &path) {
        addTag(path);
        // The completer writes its choice into the field after this signal: clear it once it has.
        QMetaObject::invokeMethod(m_tagEdit, &QLineEdit::clear, Qt::QueuedConnection);
    });
    m_tagList->setObjectName(QStringLiteral("annotationTagList"));
    m_tagList->setFixedHeight(m_tagList->fontMetrics().lineSpacing() * 4 + 10);
    m_tagList->installEventFilter(this);
    m_removeTag->setObjectName(QStringLiteral("removeTagButton"));
    m_removeTag->setEnabled(false);
    connect(m_removeTag, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_tagList->currentItem())
            removeTag(item->data(Qt::UserRole).toString());
    });
    connect(m_tagList, &QListWidget::currentRowChanged, this, [this](int row) { m_removeTag->setEnabled(row >= 0); });

    auto *colors = new QHBoxLayout;
    colors->setSpacing(2);
    auto *tagColor = new QToolButton(this);
    tagColor->setObjectName(QStringLiteral("colorButton_tag"));
    tagColor->setText(tr("Tag colour"));
    tagColor->setToolTip(tr("The colour of the first tag that has one, else yellow"));
    tagColor->setCheckable(true);
    tagColor->setProperty("color", QString());
    m_colorGroup->addButton(tagColor);
    colors->addWidget(tagColor);
    for (const auto &[color, name] : swatches()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("colorButton_%1").arg(color.mid(1)));
        button->setIcon(swatchIcon(QColor(color), 18));
        button->setIconSize(QSize(18, 18));
        button->setToolTip(name);
        button->setAccessibleName(name);
        button->setCheckable(true);
        button->setProperty("color", color);
        m_colorGroup->addButton(button);
        colors->addWidget(button);
    }
    m_customColor->setObjectName(QStringLiteral("colorButton_custom"));
    m_customColor->setText(tr("Custom…"));
    m_customColor->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_customColor->setCheckable(true);
    colors->addWidget(m_customColor);
    colors->addStretch(1);
    connect(m_colorGroup, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *button) {
        if (button == m_customColor)
            chooseCustomColor();
        else
            setColor(button->property("color").toString());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return makes a new line in the note; Ctrl+Return saves from anywhere in the dialog.
    connect(
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this, &QDialog::accept);

    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_tagList, 1);
    tagRow->addWidget(m_removeTag, 0, Qt::AlignTop);
    auto *form = new QFormLayout;
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Tags:"), m_tagEdit);
    form->addRow(QString(), tagRow);
    form->addRow(tr("Colour:"), colors);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_quote);
    layout->addWidget(m_details);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setColor({});
    m_note->setFocus();
}

void AnnotationDialog::setNewAnnotation(const NewAnnotation &draft, const QString &quote)
{
    m_draft = draft;
    m_editing = {};
    setWindowTitle(tr("Annotate Selection"));
    m_ok->setText(tr("Annotate"));
    QString shown = quote.simplified();
    if (shown.size() > quoteShownLength)
        shown = shown.left(quoteShownLength) + u'…';
    m_quote->setText(QStringLiteral("“%1”").arg(shown));
    m_note->setPlainText(draft.note);
    m_tagList->clear();
    for (const qint64 id : draft.tagIds) {
        for (const TagInfo &info : std::as_const(m_tags)) {
            if (info.tag.id == id)
                addTag(info.path);
        }
    }
    setColor(draft.color);
}

void AnnotationDialog::setAnnotation(const Annotation &annotation)
{
    NewAnnotation draft{annotation.documentId, annotation.anchor.start, annotation.anchor.end, annotation.note,
        annotation.tagIds, annotation.color, annotation.author};
    setNewAnnotation(draft, annotation.anchor.exact);
    m_editing = annotation;
    setWindowTitle(tr("Edit Annotation"));
    m_ok->setText(tr("Save"));
    const QString when = QLocale().toString(annotation.created.toLocalTime(), QLocale::ShortFormat);
    QString details = annotation.author.isEmpty() ? tr("Created %1").arg(when)
                                                  : tr("Created %1 by %2").arg(when, annotation.author);
    if (annotation.anchor.orphan)
        details += u'\n' + tr("This passage could not be placed in the current text of the article.");
    m_details->setText(details);
    m_details->show();
}

QString AnnotationDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void AnnotationDialog::setColor(const QString &color)
{
    m_color = normalizedColor(color);
    updateColorButtons();
}

void AnnotationDialog::updateColorButtons()
{
    QAbstractButton *checked = m_customColor;
    for (QAbstractButton *button : m_colorGroup->buttons()) {
        if (button != m_customColor && button->property("color").toString() == m_color)
            checked = button;
    }
    checked->setChecked(true);
    m_customColor->setIcon(checked == m_customColor ? swatchIcon(QColor(m_color)) : QIcon());
    // The quote wears the colour it will have in the reader.
    QString shown = m_color;
    if (shown.isEmpty()) {
        shown = defaultAnnotationColor();
        for (const QString &path : tagPaths()) {
            const auto it
                = std::find_if(m_tags.cbegin(), m_tags.cend(), [&](const TagInfo &t) { return t.path == path; });
            if (it != m_tags.cend() && !it->tag.color.isEmpty()) {
                shown = it->tag.color;
                break;
            }
        }
    }
    const QColor tint(shown);
    m_quote->setStyleSheet(QStringLiteral("QLabel { background-color: rgba(%1, %2, %3, 80); border-left: 4px solid %4; "
                                          "padding: 6px 8px; font-style: italic; }")
                               .arg(tint.red())
                               .arg(tint.green())
                               .arg(tint.blue())
                               .arg(tint.name()));
}

void AnnotationDialog::chooseCustomColor()
{
    const QColor chosen = QColorDialog::getColor(
        m_color.isEmpty() ? QColor(defaultAnnotationColor()) : QColor(m_color), this, tr("Annotation Colour"));
    if (chosen.isValid())
        setColor(chosen.name(QColor::HexRgb));
    else
        updateColorButtons(); // back to what was checked before
}

QString AnnotationDialog::canonicalPath(const QString &path) const
{
    const QStringList names = AnnotationStore::splitTagPath(path.trimmed());
    if (names.isEmpty())
        return {};
    const QString tidy = names.join(tagPathSeparator.toString());
    for (const TagInfo &info : m_tags) {
        if (info.path.compare(tidy, Qt::CaseInsensitive) == 0)
            return info.path; // "nuclear rhetoric" typed for "Nuclear rhetoric" is the same tag
    }
    return tidy;
}

bool AnnotationDialog::addTag(const QString &path)
{
    const QString canonical = canonicalPath(path);
    if (canonical.isEmpty())
        return false;
    if (tagPaths().contains(canonical))
        return true;
    auto *item = new QListWidgetItem(m_tagList);
    item->setData(Qt::UserRole, canonical);
    const auto it
        = std::find_if(m_tags.cbegin(), m_tags.cend(), [&](const TagInfo &info) { return info.path == canonical; });
    if (it == m_tags.cend()) {
        item->setText(tr("%1 (new)").arg(canonical));
        item->setToolTip(tr("This tag will be created with the annotation."));
        item->setIcon(swatchIcon(QColor()));
    } else {
        item->setText(canonical);
        item->setIcon(swatchIcon(it->tag.color.isEmpty() ? QColor() : QColor(it->tag.color)));
    }
    updateColorButtons();
    return true;
}

void AnnotationDialog::removeTag(const QString &path)
{
    for (int row = 0; row < m_tagList->count(); ++row) {
        if (m_tagList->item(row)->data(Qt::UserRole).toString() == path)
            delete m_tagList->takeItem(row);
    }
    updateColorButtons();
}

void AnnotationDialog::addTagFromEdit()
{
    if (addTag(m_tagEdit->text()))
        m_tagEdit->clear();
}

bool AnnotationDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        // Return in the tag field adds the tag rather than closing the dialog.
        if (watched == m_tagEdit && (key == Qt::Key_Return || key == Qt::Key_Enter) && !m_tagEdit->text().isEmpty()) {
            addTagFromEdit();
            return true;
        }
        if (watched == m_tagList && (key == Qt::Key_Delete || key == Qt::Key_Backspace) && m_tagList->currentItem()) {
            removeTag(m_tagList->currentItem()->data(Qt::UserRole).toString());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QStringList AnnotationDialog::tagPaths() const
{
    QStringList paths;
    for (int row = 0; row < m_tagList->count(); ++row)
        paths.append(m_tagList->item(row)->data(Qt::UserRole).toString());
    return paths;
}

QStringList AnnotationDialog::newTagPaths() const
{
    QStringList paths;
    for (const QString &path : tagPaths()) {
        if (std::none_of(m_tags.cbegin(), m_tags.cend(), [&](const TagInfo &info) { return info.path == path; }))
            paths.append(path);
    }
    return paths;
}

QVector<qint64> AnnotationDialog::existingTagIds() const
{
    QVector<qint64> ids;
    for (const QString &path : tagPaths()) {
        for (const TagInfo &info : m_tags) {
            if (info.path == path)
                ids.append(info.tag.id);
        }
    }
    return ids;
}

NewAnnotation AnnotationDialog::newAnnotation() const
{
    NewAnnotation result = m_draft;
    result.note = note();
    result.color = m_color;
    result.tagIds = existingTagIds();
    return result;
}

Annotation AnnotationDialog::annotation() const
{
    Annotation result = m_editing;
    result.note = note();
    result.color = m_color;
    result.tagIds = existingTagIds();
    return result;
}

} // namespace dossier
