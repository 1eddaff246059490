#include "ui/findbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace dossier {

namespace {
constexpr int margin = 8; // from the reader's top and right edges, clear of its scroll bar's top arrow
constexpr int scrollBarAllowance = 16;
} // namespace

FindBar::FindBar(QWebEngineView *view)
    : QWidget(view)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    // A panel of its own over the page, not a transparent strip on the article's text.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(220);
    m_field->installEventFilter(this);
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_previous->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setObjectName(QStringLiteral("findNext"));
    m_next->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    m_next->setArrowType(Qt::DownArrow);
    m_close->setObjectName(QStringLiteral("findClose"));
    // The style's own cross where the desktop has no icon theme.
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close"), style()->standardIcon(QStyle::SP_DialogCloseButton)));
    m_close->setAutoRaise(true);
    m_result->setObjectName(QStringLiteral("findResult"));
    m_result->setMinimumWidth(m_result->fontMetrics().horizontalAdvance(QStringLiteral("000 / 000 ------")));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_field);
    layout->addWidget(m_result);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, [this] { find(false); });
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::closeBar);
    // The page can also end a search on its own (a new article replaces the text): the count follows it.
    connect(m_view->page(), &QWebEnginePage::findTextFinished, this, &FindBar::showResult);
    m_view->installEventFilter(this);
    retranslateUi();
    hide();
}

void FindBar::openBar()
{
    place();
    show();
    raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (!m_field->text().isEmpty())
        find(false);
}

void FindBar::closeBar()
{
    if (!isVisible())
        return;
    hide();
    m_view->findText(QString()); // an empty search clears the highlighted matches
    m_matches = -1;
    m_active = 0;
    m_result->clear();
    m_view->setFocus(Qt::OtherFocusReason);
}

void FindBar::findNext()
{
    find(false);
}

void FindBar::findPrevious()
{
    find(true);
}

void FindBar::find(bool backward)
{
    const QString text = m_field->text();
    if (text.isEmpty()) {
        m_view->findText(QString());
        m_matches = -1;
        m_active = 0;
        m_result->clear();
        return;
    }
    m_view->findText(text, backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags());
}

void FindBar::showResult(const QWebEngineFindTextResult &result)
{
    if (m_field->text().isEmpty())
        return;
    m_matches = result.numberOfMatches();
    m_active = result.activeMatch();
    m_result->setText(resultText());
    Q_EMIT searched(m_matches, m_active);
}

QString FindBar::resultText() const
{
    if (m_matches < 0)
        return {};
    if (m_matches == 0)
        return tr("No match");
    return tr("%1 of %2", "find in article: the current match, then how many there are")
        .arg(QLocale().toString(m_active), QLocale().toString(m_matches));
}

void FindBar::place()
{
    adjustSize();
    const int x = qMax(0, m_view->width() - width() - margin - scrollBarAllowance);
    move(x, margin);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize && isVisible())
        place();
    // Only key events are cast: casting any other event to QKeyEvent is undefined behaviour (UBSan reported it).
    if (watched == m_field
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Escape belongs to the bar while its field has the focus: the window's own use of it (leaving full-screen
        // reading) waits until the bar is closed.
        if (event->type() == QEvent::ShortcutOverride && key->key() == Qt::Key_Escape) {
            event->accept();
            return true;
        }
        if (event->type() == QEvent::KeyPress && key->key() == Qt::Key_Escape) {
            closeBar();
            return true;
        }
        if (event->type() == QEvent::KeyPress && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FindBar::retranslateUi()
{
    m_field->setPlaceholderText(tr("Find in this article"));
    m_field->setAccessibleName(tr("Find in this article"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setToolTip(tr("Close the find bar (Escape)"));
    m_close->setAccessibleName(tr("Close the find bar"));
    setAccessibleName(tr("Find in this article"));
    m_result->setText(resultText());
}

} // namespace dossier
