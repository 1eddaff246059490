#include "ui/welcomepage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dossier {

namespace {
constexpr int textWidth = 560; // about 75 characters a line: long lines of prose are hard to follow
} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_begin(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_import(new QPushButton(this))
    , m_sample(new QPushButton(this))
    , m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    // The reader's paper colour: the page stands where the article will be.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_intro, m_begin, m_hint}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_import->setObjectName(QStringLiteral("welcomeImportButton"));
    m_import->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));
    m_import->setDefault(true);
    m_sample->setObjectName(QStringLiteral("welcomeSampleButton"));
    m_back->setObjectName(QStringLiteral("welcomeBackButton"));
    m_back->hide();
    for (QPushButton *button : {m_import, m_sample, m_back})
        button->setMinimumHeight(button->sizeHint().height() + 8);
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_back, &QPushButton::clicked, this, &WelcomePage::backRequested);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_import);
    buttons->addWidget(m_sample);
    buttons->addWidget(m_back);
    buttons->addStretch(1);

    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("welcomePanel"));
    panel->setMaximumWidth(textWidth);
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(14);
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addWidget(m_begin);
    column->addSpacing(6);
    column->addLayout(buttons);
    column->addSpacing(6);
    column->addWidget(m_hint);

    // Centred, a little above the middle, as a page's first lines are.
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(panel, 100);
    centre->addStretch(1);
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(32, 32, 32, 32);
    page->addStretch(2);
    page->addLayout(centre);
    page->addStretch(3);

    retranslateUi();
}

void WelcomePage::setLibraryEmpty(bool empty)
{
    m_empty = empty;
    m_back->setVisible(!empty);
    retranslateUi();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_title->setText(tr("Welcome to Dossier"));
    m_intro->setText(tr("Dossier keeps the articles you collect in one library. It highlights the people, "
                        "organisations and places each article names, lets you annotate passages, charts how "
                        "often each actor is mentioned over time, and writes reports of your findings."));
    m_begin->setText(m_empty ? tr("This library is empty. Import your own articles — text, Markdown, web pages, PDF, "
                                  "feeds, CSV or JSON Lines — or open the sample: ten short articles on the war in "
                                  "Ukraine, in French and English, kept in a library of their own.")
                             : tr("Import more articles into this library, or open the sample: ten short articles "
                                  "on the war in Ukraine, in French and English, kept in a library of their own."));
    m_hint->setText(tr("You can also drop files and folders onto this window. Help › Welcome brings this page "
                       "back."));
    m_import->setText(tr("Import Articles…"));
    m_import->setToolTip(tr("Choose article files to import (File › Import Files…, Ctrl+O)"));
    m_sample->setText(tr("Open the Sample"));
    m_sample->setToolTip(tr("Open a library of ten sample articles, with their actors highlighted and charted"));
    m_back->setText(tr("Back to the Library"));
}

} // namespace dossier
