// The main window's part in reports and data exports: File › Export Report… and File › Export Annotations, both
// opening the report dialog with what the window shows (open article, selection, search, tags, actors).

#include "ui/mainwindow.h"

#include "annotations/annotationstore.h"
#include "entities/actorstore.h"
#include "storage/library.h"
#include "ui/librarymodel.h"
#include "ui/reports/reportdialog.h"

#include <QAction>
#include <QMenu>

namespace dossier {

void MainWindow::createReportActions(QMenu *fileMenu)
{
    m_reportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this);
    m_reportAction->setObjectName(QStringLiteral("exportReportAction"));
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_reportAction, &QAction::triggered, this, [this] { showReportDialog(int(ReportFileFormat::Pdf)); });
    fileMenu->addAction(m_reportAction);
    m_exportMenu = fileMenu->addMenu(QString());
    m_exportMenu->setObjectName(QStringLiteral("exportAnnotationsMenu"));
    for (const ReportFileFormatInfo &info : reportFileFormats()) {
        if (info.isReport)
            continue;
        QAction *action = m_exportMenu->addAction(QString());
        action->setData(int(info.format));
        connect(action, &QAction::triggered, this, [this, format = info.format] { showReportDialog(int(format)); });
    }
}

void MainWindow::retranslateReportUi()
{
    if (!m_reportAction)
        return;
    m_reportAction->setText(tr("Export &Report…"));
    m_exportMenu->setTitle(tr("E&xport Annotations"));
    for (QAction *action : m_exportMenu->actions())
        action->setText(reportFileFormatInfo(ReportFileFormat(action->data().toInt())).label + u'…');
}

ReportDialog *MainWindow::showReportDialog(int format)
{
    if (!m_library)
        return nullptr;
    if (m_reportDialog) { // one at a time: bring it back with the format asked for
        m_reportDialog->setFormat(ReportFileFormat(format));
        m_reportDialog->raise();
        m_reportDialog->activateWindow();
        return m_reportDialog;
    }
    ReportDialogContext context;
    context.libraryPath = m_library->path();
    context.readOnly = m_library->isReadOnly();
    context.currentDocument = m_openDocumentId;
    context.selectedDocuments = selectedDocuments();
    context.searchQuery = m_model->searchText().trimmed();
    for (const TagInfo &tag : AnnotationStore(*m_library).tags())
        context.tagPaths.append(tag.path);
    for (const ActorRecord &actor : ActorStore(*m_library).actors(0, ActorStore::Counts::Skipped)) {
        if (actor.mergedInto == 0)
            context.actorNames.append(actor.name);
    }
    context.actorNames.sort(Qt::CaseInsensitive);
    context.author = annotationAuthor();
    context.locale = QLocale(); // the UI language, which Translations::install made the default
    auto *dialog = new ReportDialog(context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFormat(ReportFileFormat(format));
    m_reportDialog = dialog;
    dialog->show();
    return dialog;
}

} // namespace dossier
