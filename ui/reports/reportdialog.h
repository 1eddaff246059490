#pragma once
// File › Export Report…: what the report covers (scope), what it holds, its format, a preview, and Save….
// Reading the library and writing the file run on a worker thread with a connection of its own; the dialog
// stays responsive and Cancel abandons the work (the file is written through QSaveFile, so an abandoned or
// failed save leaves no half-written file).

#include "reports/report.h"
#include "ui/reports/reportworker.h"

#include <QDialog>
#include <QLocale>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTextBrowser;
class QTimer;

namespace dossier {

// What the main window knows when the dialog opens.
struct ReportDialogContext
{
    QString libraryPath;
    bool readOnly = false; // the window has the library open read-only: the worker opens it so too
    qint64 currentDocument = 0; // 0: none open
    QVector<qint64> selectedDocuments;
    QString searchQuery; // empty: no search
    QStringList tagPaths; // in tree order
    QStringList actorNames; // for the chart's completer
    QString author; // QSettings "annotations/author", else the login name
    QLocale locale; // the UI language: the report's
};

class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(const ReportDialogContext &context, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setFormat(ReportFileFormat format);
    ReportScope scope() const;
    ReportOptions options() const;
    ReportFileFormat format() const;
    // Whether a preview or a save is running (tests wait on it).
    bool isBusy() const { return m_task != nullptr; }
    QTextBrowser *preview() const { return m_preview; }

    // Writes the report to path without asking (what Save… does after its file dialog).
    void saveTo(const QString &path);

Q_SIGNALS:
    void previewReady();
    void saved(const QString &path);
    void failed(const QString &message);

protected:
    void reject() override;

private:
    void buildUi();
    void refreshPreview();
    void chooseFileAndSave();
    void start(std::shared_ptr<ReportTask> task);
    void onTaskFinished(const std::shared_ptr<ReportTask> &task);
    void cancelTask();
    void updateEnabled();

    ReportDialogContext m_context;
    std::shared_ptr<ReportTask> m_task; // the running one
    bool m_previewPending = false; // options changed while a task ran

    QButtonGroup *m_scopeGroup = nullptr;
    QRadioButton *m_currentScope = nullptr;
    QRadioButton *m_selectionScope = nullptr;
    QRadioButton *m_searchScope = nullptr;
    QRadioButton *m_tagScope = nullptr;
    QRadioButton *m_libraryScope = nullptr;
    QComboBox *m_tagCombo = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_author = nullptr;
    QCheckBox *m_titlePage = nullptr;
    QCheckBox *m_sections = nullptr;
    QCheckBox *m_actorSummary = nullptr;
    QCheckBox *m_sourceList = nullptr;
    QComboBox *m_groupBy = nullptr;
    QLineEdit *m_chartActors = nullptr;
    QComboBox *m_chartPeriod = nullptr;
    QComboBox *m_chartMeasure = nullptr;
    QComboBox *m_format = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_previewDelay = nullptr;
};

} // namespace dossier
