#include "ui/reports/reportdialog.h"

#include "ui/reports/reportrenderer.h"
#include "ui/savefiledialog.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace dossier {

namespace {

// The preview shows Dossier's own HTML with the chart it was given, and loads nothing else: no file, no URL,
// whatever a link or an image in a report might name.
class PreviewBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

// Completes the last of comma-separated actor names.
class ListCompleter final : public QCompleter
{
public:
    ListCompleter(const QStringList &words, QLineEdit *edit)
        : QCompleter(words, edit)
        , m_edit(edit)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setFilterMode(Qt::MatchContains);
    }
    QStringList splitPath(const QString &path) const override { return {path.section(u',', -1).trimmed()}; }
    QString pathFromIndex(const QModelIndex &index) const override
    {
        QStringList names = m_edit->text().split(u',');
        names.removeLast();
        for (QString &name : names)
            name = name.trimmed();
        names.append(QCompleter::pathFromIndex(index));
        return names.join(QStringLiteral(", "));
    }

private:
    QLineEdit *m_edit;
};

} // namespace

ReportDialog::ReportDialog(const ReportDialogContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Export Report"));
    buildUi();
    m_previewDelay = new QTimer(this);
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(400);
    connect(m_previewDelay, &QTimer::timeout, this, &ReportDialog::refreshPreview);
    updateEnabled();
    m_previewDelay->start();
}

ReportDialog::~ReportDialog()
{
    // The worker finishes on its own and its result is dropped: the thread holds the task, not the dialog.
    cancelTask();
}

void ReportDialog::buildUi()
{
    auto *scopeBox = new QGroupBox(tr("Covers"));
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    m_scopeGroup = new QButtonGroup(this);
    m_currentScope = new QRadioButton(tr("The open article"));
    m_selectionScope
        = new QRadioButton(tr("The selected articles (%n)", nullptr, int(m_context.selectedDocuments.size())));
    m_searchScope
        = new QRadioButton(m_context.searchQuery.isEmpty() ? tr("The current search")
                                                           : tr("The current search: “%1”").arg(m_context.searchQuery));
    m_tagScope = new QRadioButton(tr("Passages tagged"));
    m_libraryScope = new QRadioButton(tr("Every annotated article in the library"));
    m_tagCombo = new QComboBox;
    m_tagCombo->addItems(m_context.tagPaths);
    m_currentScope->setEnabled(m_context.currentDocument != 0);
    m_selectionScope->setEnabled(!m_context.selectedDocuments.isEmpty());
    m_searchScope->setEnabled(!m_context.searchQuery.trimmed().isEmpty());
    m_tagScope->setEnabled(!m_context.tagPaths.isEmpty());
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_tagScope);
    tagRow->addWidget(m_tagCombo, 1);
    scopeLayout->addWidget(m_currentScope);
    scopeLayout->addWidget(m_selectionScope);
    scopeLayout->addWidget(m_searchScope);
    scopeLayout->addLayout(tagRow);
    scopeLayout->addWidget(m_libraryScope);
    int id = 0;
    for (QRadioButton *button : {m_currentScope, m_selectionScope, m_searchScope, m_tagScope, m_libraryScope})
        m_scopeGroup->addButton(button, id++);
    // The narrowest scope the analyst has in front of them.
    if (m_context.selectedDocuments.size() > 1)
        m_selectionScope->setChecked(true);
    else if (m_context.currentDocument != 0)
        m_currentScope->setChecked(true);
    else if (!m_context.searchQuery.trimmed().isEmpty())
        m_searchScope->setChecked(true);
    else
        m_libraryScope->setChecked(true);

    auto *contentsBox = new QGroupBox(tr("Contents"));
    auto *form = new QFormLayout(contentsBox);
    m_title = new QLineEdit;
    m_title->setPlaceholderText(tr("Made from what the report covers"));
    m_author = new QLineEdit(m_context.author);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Author:"), m_author);
    m_titlePage = new QCheckBox(tr("Title page"));
    m_sections = new QCheckBox(tr("Annotated passages with their context, notes and tags"));
    m_actorSummary = new QCheckBox(tr("Actors named, with counts"));
    m_sourceList = new QCheckBox(tr("List of sources"));
    for (QCheckBox *box : {m_titlePage, m_sections, m_actorSummary, m_sourceList}) {
        box->setChecked(true);
        form->addRow(box);
    }
    m_groupBy = new QComboBox;
    m_groupBy->addItem(tr("By article"));
    m_groupBy->addItem(tr("By tag"));
    form->addRow(tr("&Passages:"), m_groupBy);
    m_chartActors = new QLineEdit;
    m_chartActors->setObjectName(QStringLiteral("chartActors"));
    m_chartActors->setPlaceholderText(tr("Actors to chart, separated by commas (none: no chart)"));
    m_chartActors->setCompleter(new ListCompleter(m_context.actorNames, m_chartActors));
    form->addRow(tr("&Chart:"), m_chartActors);
    m_chartPeriod = new QComboBox;
    m_chartPeriod->addItem(tr("Automatic"), int(TrendPeriod::Automatic));
    m_chartPeriod->addItem(tr("Day"), int(TrendPeriod::Day));
    m_chartPeriod->addItem(tr("Week"), int(TrendPeriod::Week));
    m_chartPeriod->addItem(tr("Month"), int(TrendPeriod::Month));
    m_chartPeriod->addItem(tr("Quarter"), int(TrendPeriod::Quarter));
    m_chartMeasure = new QComboBox;
    m_chartMeasure->addItem(tr("Mentions"), int(TrendMeasure::Mentions));
    m_chartMeasure->addItem(tr("Articles"), int(TrendMeasure::Documents));
    m_chartMeasure->addItem(tr("Share of articles"), int(TrendMeasure::Share));
    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(m_chartPeriod);
    chartRow->addWidget(m_chartMeasure);
    form->addRow(tr("Per:"), chartRow);

    m_format = new QComboBox;
    for (const ReportFileFormatInfo &info : reportFileFormats())
        m_format->addItem(info.label, int(info.format));
    m_format->insertSeparator(5); // the report formats, then the data exports

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(scopeBox);
    leftLayout->addWidget(contentsBox);
    auto *formatForm = new QFormLayout;
    formatForm->addRow(tr("&Format:"), m_format);
    leftLayout->addLayout(formatForm);
    leftLayout->addStretch(1);

    m_preview = new PreviewBrowser;
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);
    m_preview->setMinimumWidth(520);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);

    m_status = new QLabel;
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0); // how long reading the library takes is not known in advance
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->hide();
    connect(m_saveButton, &QPushButton::clicked, this, &ReportDialog::chooseFileAndSave);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportDialog::cancelTask);
    connect(buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1180, 760);

    auto changed = [this] {
        updateEnabled();
        m_previewDelay->start();
    };
    connect(m_scopeGroup, &QButtonGroup::idClicked, this, changed);
    connect(m_tagCombo, &QComboBox::currentIndexChanged, this, [this, changed] {
        m_tagScope->setChecked(true);
        changed();
    });
    for (QLineEdit *edit : {m_title, m_author, m_chartActors})
        connect(edit, &QLineEdit::textEdited, this, changed);
    for (QCheckBox *box : {m_titlePage, m_sections, m_actorSummary, m_sourceList})
        connect(box, &QCheckBox::toggled, this, changed);
    for (QComboBox *combo : {m_groupBy, m_chartPeriod, m_chartMeasure})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportDialog::updateEnabled);
}

void ReportDialog::updateEnabled()
{
    const bool report = reportFileFormatInfo(format()).isReport;
    // Data exports hold every annotation of the scope whatever the report's layout.
    for (QWidget *widget : std::initializer_list<QWidget *>{m_title, m_titlePage, m_sections, m_actorSummary,
             m_sourceList, m_groupBy, m_chartActors, m_chartPeriod, m_chartMeasure})
        widget->setEnabled(report);
    const bool chart = !m_chartActors->text().trimmed().isEmpty();
    m_chartPeriod->setEnabled(report && chart);
    m_chartMeasure->setEnabled(report && chart);
}

ReportScope ReportDialog::scope() const
{
    ReportScope scope;
    switch (m_scopeGroup->checkedId()) {
    case 0:
        scope.kind = ReportScope::Kind::Documents;
        scope.documentIds = {m_context.currentDocument};
        break;
    case 1:
        scope.kind = ReportScope::Kind::Documents;
        scope.documentIds = m_context.selectedDocuments;
        break;
    case 2:
        scope.kind = ReportScope::Kind::Search;
        scope.query = m_context.searchQuery;
        break;
    case 3:
        scope.kind = ReportScope::Kind::Tag;
        scope.tagPath = m_tagCombo->currentText();
        break;
    default:
        scope.kind = ReportScope::Kind::Library;
    }
    return scope;
}

ReportOptions ReportDialog::options() const
{
    ReportOptions options;
    options.title = m_title->text().trimmed();
    options.author = m_author->text().trimmed();
    options.locale = m_context.locale;
    options.titlePage = m_titlePage->isChecked();
    options.documentSections = m_sections->isChecked();
    options.groupByTag = m_groupBy->currentIndex() == 1;
    options.actorSummary = m_actorSummary->isChecked();
    options.sourceList = m_sourceList->isChecked();
    for (const QString &name : m_chartActors->text().split(u',', Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            options.chartActors.append(name.trimmed());
    }
    options.chartPeriod = TrendPeriod(m_chartPeriod->currentData().toInt());
    options.chartMeasure = TrendMeasure(m_chartMeasure->currentData().toInt());
    return options;
}

ReportFileFormat ReportDialog::format() const
{
    return ReportFileFormat(m_format->currentData().toInt());
}

void ReportDialog::setFormat(ReportFileFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ReportDialog::refreshPreview()
{
    if (m_task) { // one at a time; the newest options are previewed when this one is done
        m_previewPending = true;
        return;
    }
    auto task = std::make_shared<ReportTask>();
    task->libraryPath = m_context.libraryPath;
    task->readOnly = m_context.readOnly;
    task->scope = scope();
    task->options = options();
    m_status->setText(tr("Preparing the preview…"));
    start(task);
}

void ReportDialog::chooseFileAndSave()
{
    const ReportFileFormatInfo info = reportFileFormatInfo(format());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = m_title->text().trimmed();
    if (name.isEmpty())
        name = tr("Report");
    name.replace(u'/', u'-');
    // Asks before replacing an existing file, with the format's suffix added to a bare name (see chooseSaveFile).
    const QString path = chooseSaveFile(this, tr("Save Report"), folder + u'/' + name + u'.' + info.suffix,
        tr("%1 (*.%2)").arg(info.label, info.suffix), info.suffix);
    if (!path.isEmpty())
        saveTo(path);
}

void ReportDialog::saveTo(const QString &path)
{
    cancelTask(); // a running preview is dropped: the save reads the library anew
    auto task = std::make_shared<ReportTask>();
    task->libraryPath = m_context.libraryPath;
    task->readOnly = m_context.readOnly;
    task->scope = scope();
    task->options = options();
    task->format = format();
    task->outputPath = path;
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    start(task);
}

void ReportDialog::start(std::shared_ptr<ReportTask> task)
{
    m_task = task;
    m_busy->show();
    m_cancelButton->setVisible(!task->outputPath.isEmpty());
    m_saveButton->setEnabled(false);
    QThread *thread = QThread::create([task] { runReportTask(*task); });
    thread->setObjectName(QStringLiteral("report"));
    // Delivered on the GUI thread only while the dialog exists; the thread deletes itself either way.
    connect(thread, &QThread::finished, this, [this, task] { onTaskFinished(task); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ReportDialog::onTaskFinished(const std::shared_ptr<ReportTask> &task)
{
    if (task != m_task)
        return; // cancelled: its result is not wanted
    m_task.reset();
    m_busy->hide();
    m_cancelButton->hide();
    m_saveButton->setEnabled(true);
    if (!task->ok) {
        m_status->setText(task->error);
        Q_EMIT failed(task->error);
    } else if (task->outputPath.isEmpty()) {
        m_preview->clear();
        loadReportDocument(m_preview->document(), task->preview);
        m_status->setText(tr("%n annotated passage(s)", nullptr, task->annotationCount) + u" · "
            + tr("%Ln article(s)", nullptr, task->documentCount));
        Q_EMIT previewReady();
    } else {
        m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(task->outputPath)));
        Q_EMIT saved(task->outputPath);
    }
    if (m_previewPending) {
        m_previewPending = false;
        refreshPreview();
    }
}

void ReportDialog::cancelTask()
{
    if (!m_task)
        return;
    m_task->cancelled = true;
    m_task.reset();
    if (m_busy) {
        m_busy->hide();
        m_cancelButton->hide();
        m_saveButton->setEnabled(true);
        m_status->setText(tr("Cancelled."));
    }
}

void ReportDialog::reject()
{
    cancelTask();
    QDialog::reject();
}

} // namespace dossier
