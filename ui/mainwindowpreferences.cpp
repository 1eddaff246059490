// The main window's preferences and everyday habits: Edit › Preferences…, File › Open Recent, Edit › Find in
// Article (Ctrl+F), View › Full-Screen Reading (F11) and the accessible names of the main widgets.

#include "i18n/translations.h"
#include "storage/library.h"
#include "ui/actorpanel.h"
#include "ui/annotationpanel.h"
#include "ui/findbar.h"
#include "ui/mainwindow.h"
#include "ui/preferences.h"
#include "ui/preferencesdialog.h"
#include "ui/reader/readerview.h"
#include "ui/recentlibraries.h"
#include "ui/trends/trendview.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace dossier {

void MainWindow::applyPreferences(const Preferences &preferences)
{
    preferences.save();
    Translations::apply(preferences.language);
    applyTheme(preferences.theme);
    m_reader->setAppearance(preferences.theme, preferences.readerFontFamily, preferences.readerFontSize);
    // View › Show Demonyms stores the choice and tells the reader; it must show the same state as the preference.
    if (auto *demonyms = findChild<QAction *>(QStringLiteral("showDemonymsAction")))
        demonyms->setChecked(preferences.demonymsShown);
    else
        m_reader->setDemonymsShown(preferences.demonymsShown);
}

PreferencesDialog *MainWindow::showPreferences()
{
    if (!m_preferencesDialog) {
        auto *dialog = new PreferencesDialog(Preferences::load(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::applied, this, &MainWindow::applyPreferences);
        m_preferencesDialog = dialog;
    }
    m_preferencesDialog->show();
    m_preferencesDialog->raise();
    m_preferencesDialog->activateWindow();
    return m_preferencesDialog;
}

void MainWindow::createRecentLibrariesMenu(QMenu *fileMenu)
{
    m_recentMenu = fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentLibrariesMenu"));
    // Read again each time: another Dossier window, or the file system, may have changed since.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentLibrariesMenu);
}

void MainWindow::fillRecentLibrariesMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentLibraries::paths();
    bool anyMissing = false;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        const QFileInfo file(path);
        QString name = file.completeBaseName();
        name.replace(u'&', QStringLiteral("&&"));
        QString text = tr("&%1 %2", "File › Open Recent: the entry's number, then the library's name").arg(i + 1).arg(name);
        // A library that has been moved or deleted stays listed, greyed, until the analyst removes it.
        if (!file.isFile()) {
            anyMissing = true;
            text = tr("%1 (missing)", "a recent library whose file is gone").arg(text);
        }
        QAction *action = m_recentMenu->addAction(text);
        action->setData(path);
        action->setEnabled(file.isFile());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        // As File › Open Library… does: a library with a problem offers its ways out. Queued: opening a library
        // rebuilds this menu, and the action must not be deleted while it fires.
        connect(action, &QAction::triggered, this, [this, path] { openLibraryAsking(path, false); },
            Qt::QueuedConnection);
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No Recent Libraries"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *removeMissing = m_recentMenu->addAction(tr("Remove &Missing Libraries"));
    removeMissing->setObjectName(QStringLiteral("removeMissingLibraries"));
    removeMissing->setEnabled(anyMissing);
    connect(removeMissing, &QAction::triggered, this, [this] {
        for (const QString &path : RecentLibraries::paths()) {
            if (!QFileInfo(path).isFile())
                RecentLibraries::remove(path);
        }
        fillRecentLibrariesMenu();
    });
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"));
    clear->setObjectName(QStringLiteral("clearRecentLibraries"));
    clear->setEnabled(!paths.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        RecentLibraries::clear();
        // The open library stays the first entry: it is the one File › Open Recent would reopen tomorrow.
        if (m_library)
            RecentLibraries::add(m_library->path());
        fillRecentLibrariesMenu();
    });
}

void MainWindow::createPreferenceActions(QMenu *editMenu, QMenu *viewMenu)
{
    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), QString(), this);
    m_findAction->setObjectName(QStringLiteral("findInArticleAction"));
    m_findAction->setShortcuts(QKeySequence::Find);
    m_findBar = new FindBar(m_reader);
    connect(m_findAction, &QAction::triggered, m_findBar, &FindBar::openBar);
    // Another article under an open bar: its words are looked for in the new text.
    connect(m_reader, &ReaderView::documentShown, m_findBar, [this] {
        if (m_findBar->isVisible())
            m_findBar->findNext();
    });

    m_preferencesAction = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), QString(), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcuts(QKeySequence::Preferences); // none on some desktops
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_fullScreenAction = new QAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")), QString(), this);
    m_fullScreenAction->setObjectName(QStringLiteral("fullScreenReadingAction"));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_fullScreenAction, &QAction::toggled, this, &MainWindow::setFullScreenReading);
    m_leaveFullScreen = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_leaveFullScreen->setObjectName(QStringLiteral("leaveFullScreenShortcut"));
    m_leaveFullScreen->setEnabled(false);
    connect(m_leaveFullScreen, &QShortcut::activated, this, [this] { setFullScreenReading(false); });

    // Also on the window itself: full-screen reading hides the menu bar, and these keys must still work then.
    addActions({m_findAction, m_fullScreenAction});

    editMenu->addSeparator();
    editMenu->addAction(m_findAction);
    editMenu->addSeparator();
    editMenu->addAction(m_preferencesAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_fullScreenAction);
}

void MainWindow::setFullScreenReading(bool on)
{
    if (on == m_fullScreenReading)
        return;
    m_fullScreenReading = on;
    // The library side of the splitter: the table with the bars above it.
    QWidget *library = m_table;
    while (library->parentWidget() && library->parentWidget() != m_splitter)
        library = library->parentWidget();
    if (on) {
        m_stateBeforeReading = saveState();
        m_maximizedBeforeReading = isMaximized();
        for (QDockWidget *dock : findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
            dock->hide();
        for (QToolBar *bar : findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly))
            bar->hide();
        library->hide();
        menuBar()->hide();
        statusBar()->hide();
        showFullScreen();
        m_reader->setFocus(Qt::OtherFocusReason);
    } else {
        menuBar()->show();
        statusBar()->show();
        library->show();
        restoreState(m_stateBeforeReading); // the docks and toolbars that were shown
        if (m_maximizedBeforeReading)
            showMaximized();
        else
            showNormal();
    }
    m_leaveFullScreen->setEnabled(on);
    const QSignalBlocker quiet(m_fullScreenAction);
    m_fullScreenAction->setChecked(on);
}

void MainWindow::retranslatePreferenceUi()
{
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_findAction->setText(tr("&Find in Article…"));
    m_findAction->setToolTip(tr("Find words in the article shown (Ctrl+F)"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_fullScreenAction->setText(tr("F&ull-Screen Reading"));
    m_fullScreenAction->setToolTip(tr("Only the article, on the whole screen (F11; Escape comes back)"));

    // What a screen reader announces for the main parts of the window.
    m_table->setAccessibleDescription(tr("One row per article. The reader shows the selected one."));
    m_searchField->setAccessibleDescription(
        tr("Words to search for in titles and texts; quotes for a phrase, a minus sign to exclude a word"));
    m_reader->setAccessibleDescription(tr("The text of the selected article, its actors highlighted"));
    m_actorPanel->setAccessibleName(tr("Actors"));
    m_actorPanel->setAccessibleDescription(tr("The actors named in this article or in the library"));
    m_annotationPanel->setAccessibleDescription(tr("The annotations of this article or of the library"));
    m_trendView->setAccessibleName(tr("Trends"));
    m_trendView->chart()->setAccessibleName(tr("Chart of actors over time"));
    m_trendView->chart()->setAccessibleDescription(
        tr("Mentions of the chosen actors per period; choose a point to list its articles"));
    for (QDockWidget *dock : {m_actorDock, m_annotationDock, m_trendDock})
        dock->setAccessibleName(dock->windowTitle());
}

} // namespace dossier
