#include "ui/metadatadialog.h"

#include "ingest/dateparser.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dossier {

MetadataDialog::MetadataDialog(const QVector<Document> &documents, QWidget *parent)
    : QDialog(parent)
    , m_several(documents.size() > 1)
{
    setObjectName(QStringLiteral("metadataDialog"));
    setWindowTitle(m_several ? tr("Edit Metadata of %n Articles", "", int(documents.size())) : tr("Edit Metadata"));
    const DocumentMetadata shown = m_several || documents.isEmpty() ? DocumentMetadata() : documents.first().metadata;

    auto *layout = new QVBoxLayout(this);
    if (m_several) {
        auto *intro = new QLabel(tr("Tick the fields to set on every selected article; the others keep their "
                                    "values. An empty field clears it."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto addTo = [&](MetadataChange::Field field, const QString &label, const QString &value) {
        addRow(field, label, value);
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(m_rows.last().apply);
        rowLayout->addWidget(m_rows.last().editor, 1);
        form->addRow(label, row);
    };
    addTo(MetadataChange::Title, tr("&Title:"), shown.title);
    addTo(MetadataChange::Source, tr("&Source:"), shown.source);
    addTo(MetadataChange::Author, tr("&Author:"), shown.author);
    addTo(MetadataChange::Published, tr("&Published:"), shown.published.toIso());
    addTo(MetadataChange::Url, tr("&Web address:"), shown.url);
    addTo(MetadataChange::Language, tr("&Language:"), shown.language);
    m_dateHint = new QLabel(this);
    m_dateHint->setObjectName(QStringLiteral("dateHint"));
    m_dateHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_dateHint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    checkDate();
    resize(520, sizeHint().height());
}

void MetadataDialog::addRow(MetadataChange::Field field, const QString &label, const QString &value)
{
    auto *apply = new QCheckBox(this);
    apply->setAccessibleName(tr("Change %1").arg(QString(label).remove(u'&').remove(u':')));
    apply->setVisible(m_several);   // with one article, whatever is edited changes
    auto *editor = new QLineEdit(value, this);
    editor->setClearButtonEnabled(true);
    if (field == MetadataChange::Published)
        editor->setPlaceholderText(tr("2022-10-14, 14/10/2022 or 14 octobre 2022"));
    if (field == MetadataChange::Language)
        editor->setPlaceholderText(tr("fr, en, uk, ru…"));
    connect(editor, &QLineEdit::textEdited, apply, [apply] { apply->setChecked(true); });
    if (field == MetadataChange::Published)
        connect(editor, &QLineEdit::textChanged, this, &MetadataDialog::checkDate);
    m_rows.append({field, apply, editor});
}

void MetadataDialog::checkDate()
{
    for (const Row &row : std::as_const(m_rows)) {
        if (row.field != MetadataChange::Published)
            continue;
        const QString typed = row.editor->text().trimmed();
        const PublicationDate date = parsePublicationDate(typed, DateOrigin::User);
        const bool understood = typed.isEmpty() || date.isValid();
        m_dateHint->setText(typed.isEmpty() ? tr("No date: the article counts as undated.")
                                : understood ? tr("Read as %1.").arg(date.toIso())
                                             : tr("Dossier cannot read this date."));
        if (auto *buttons = findChild<QDialogButtonBox *>())
            buttons->button(QDialogButtonBox::Ok)->setEnabled(understood);
    }
}

MetadataChange MetadataDialog::change() const
{
    MetadataChange change;
    for (const Row &row : m_rows) {
        const bool touched = m_several ? row.apply->isChecked() : row.apply->isChecked() || row.editor->isModified();
        if (!touched)
            continue;
        change.fields |= row.field;
        const QString value = row.editor->text().trimmed();
        switch (row.field) {
        case MetadataChange::Title:
            change.values.title = value;
            break;
        case MetadataChange::Source:
            change.values.source = value;
            break;
        case MetadataChange::Author:
            change.values.author = value;
            break;
        case MetadataChange::Url:
            change.values.url = value;
            break;
        case MetadataChange::Language:
            change.values.language = value;
            break;
        case MetadataChange::Published:
            change.values.published = parsePublicationDate(value, DateOrigin::User);
            break;
        }
    }
    return change;
}

} // namespace dossier
