#include "ui/columnmappingdialog.h"

#include "ingest/articlereader.h"
#include "ingest/tablearticles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dossier {

namespace {

// The header lives on the first line(s); a generous head covers quoted headers with line breaks.
constexpr qint64 headerBytes = 256 * 1024;

QString fieldLabel(ColumnMapping::Field field)
{
    switch (field) {
    case ColumnMapping::Field::Text:
        return ColumnMappingDialog::tr("Article &text:");
    case ColumnMapping::Field::Title:
        return ColumnMappingDialog::tr("T&itle:");
    case ColumnMapping::Field::Published:
        return ColumnMappingDialog::tr("&Published:");
    case ColumnMapping::Field::Source:
        return ColumnMappingDialog::tr("&Source:");
    case ColumnMapping::Field::Url:
        return ColumnMappingDialog::tr("&Web address:");
    case ColumnMapping::Field::Author:
        return ColumnMappingDialog::tr("&Author:");
    case ColumnMapping::Field::Language:
        return ColumnMappingDialog::tr("&Language:");
    }
    return {};
}

} // namespace

ColumnMappingDialog::ColumnMappingDialog(const QString &fileName, const ColumnMapping &guessed, QWidget *parent)
    : QDialog(parent)
    , m_mapping(guessed)
{
    setObjectName(QStringLiteral("columnMappingDialog"));
    setWindowTitle(tr("Columns of %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each row of the table becomes an article. Choose the column that holds each field; "
                                "Dossier has chosen from the column names."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    for (const ColumnMapping::Field field : ColumnMapping::fields) {
        auto *choice = new QComboBox(this);
        choice->setObjectName(QStringLiteral("column-") + ColumnMapping::fieldName(field));
        choice->addItem(tr("(none)"));
        choice->addItems(guessed.header());
        choice->setCurrentIndex(guessed.column(field) + 1);
        connect(choice, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updateOk);
        form->addRow(fieldLabel(field), choice);
        m_choices.append(choice);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateOk();
}

void ColumnMappingDialog::updateOk()
{
    // A row without its text is no article.
    m_ok->setEnabled(m_choices.first()->currentIndex() > 0);
}

ColumnMapping ColumnMappingDialog::mapping() const
{
    ColumnMapping chosen = m_mapping;
    for (qsizetype i = 0; i < m_choices.size(); ++i)
        chosen.setColumn(ColumnMapping::fields.at(i), m_choices.at(i)->currentIndex() - 1);
    return chosen;
}

QStringList ColumnMappingDialog::tableHeader(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(headerBytes);
    switch (ArticleReader::detect(path, head.left(4096))) {
    case ArticleReader::Format::Csv:
        return TableArticles::csvHeader(head);
    case ArticleReader::Format::JsonLines:
        return TableArticles::jsonLinesHeader(head);
    default:
        return {};
    }
}

} // namespace dossier
