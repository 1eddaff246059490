#include "ui/preferencesdialog.h"

#include "annotations/annotation.h"
#include "i18n/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dossier {

namespace {
void selectData(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}
} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_author(new QLineEdit(this))
    , m_fontFamily(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_demonyms(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("languageChoice"));
    // Each language is named in itself, so that an analyst lost in the other one finds their own.
    m_language->addItem(QString(), Translations::systemChoice());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_author->setObjectName(QStringLiteral("authorName"));
    m_fontFamily->setObjectName(QStringLiteral("readerFontFamily"));
    m_fontSize->setObjectName(QStringLiteral("readerFontSize"));
    m_fontSize->setRange(Preferences::minimumReaderFontSize, Preferences::maximumReaderFontSize);
    m_theme->setObjectName(QStringLiteral("themeChoice"));
    for (const QString &theme : {Preferences::systemTheme(), Preferences::lightTheme(), Preferences::darkTheme()})
        m_theme->addItem(QString(), theme);
    m_demonyms->setObjectName(QStringLiteral("demonymsShown"));

    for (QWidget *field : {static_cast<QWidget *>(m_language), static_cast<QWidget *>(m_author),
             static_cast<QWidget *>(m_fontFamily), static_cast<QWidget *>(m_fontSize),
             static_cast<QWidget *>(m_theme)})
        m_form->addRow(new QLabel(this), field);
    m_form->addRow(QString(), m_demonyms);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT applied(preferences());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
        [this] { Q_EMIT applied(preferences()); });

    setPreferences(current);
    retranslateUi();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.author = m_author->text().trimmed();
    p.readerFontFamily = m_fontFamily->currentFont().family();
    p.readerFontSize = m_fontSize->value();
    p.theme = m_theme->currentData().toString();
    p.demonymsShown = m_demonyms->isChecked();
    return p;
}

void PreferencesDialog::setPreferences(const Preferences &p)
{
    selectData(m_language, p.language);
    m_author->setText(p.author);
    m_fontFamily->setCurrentFont(QFont(p.readerFontFamily));
    m_fontSize->setValue(p.readerFontSize);
    selectData(m_theme, p.theme);
    m_demonyms->setChecked(p.demonymsShown);
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    const QStringList labels{tr("&Language:"), tr("&Author of annotations:"), tr("Reader &font:"),
        tr("Text &size:"), tr("&Theme:")};
    for (int row = 0; row < labels.size(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget())) {
            label->setText(labels.at(row));
            label->setBuddy(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        }
    }
    m_language->setItemText(0, tr("Follow the system (%1)")
            .arg(Translations::systemLanguage() == u"fr" ? QStringLiteral("Français") : QStringLiteral("English")));
    m_language->setToolTip(tr("The language of menus, panels and reports. It changes at once, without a restart."));
    m_author->setPlaceholderText(tr("Your login name (%1)").arg(defaultAuthorName()));
    m_author->setToolTip(tr("The name written into each annotation you make from now on"));
    m_fontSize->setSuffix(tr(" px", "unit after the reader's text size"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_demonyms->setText(tr("Highlight &demonyms in the reader (“Russian”, “Ukrainian”…)"));
}

} // namespace dossier
