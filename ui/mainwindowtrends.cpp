// The main window's part in trends: the Trends dock (View › Trends, Ctrl+T), kept in step with the library
// (recognition, imports, annotations, the search), and the way back from a point of the chart to the articles:
// the library table restricted to them under a bar that says so, the first one opened at the actor's mention.

#include "ui/mainwindow.h"

#include "storage/library.h"
#include "ui/actorpanel.h"
#include "ui/librarymodel.h"
#include "ui/reader/readerview.h"
#include "ui/trends/trendview.h"

#include <QAction>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace dossier {

QAction *MainWindow::createTrendUi()
{
    m_trendView = new TrendView(this);
    m_trendDock = new QDockWidget(this);
    m_trendDock->setObjectName(QStringLiteral("trendDock"));
    m_trendDock->setWidget(m_trendView);
    // Wide and short: a chart over time wants the window's width, the reader keeps its height.
    m_trendDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_trendDock);
    m_trendDock->hide(); // until the analyst asks (Ctrl+T); the saved layout may show it
    QAction *toggle = m_trendDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("trendsAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));

    // The bar over the library table while it lists the articles behind a point of the chart.
    auto *libraryBox = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(libraryBox);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(0);
    m_restrictionBar = new QWidget(libraryBox);
    m_restrictionBar->setObjectName(QStringLiteral("libraryRestriction"));
    m_restrictionBar->setAutoFillBackground(true);
    m_restrictionBar->setBackgroundRole(QPalette::ToolTipBase);
    m_restrictionBar->setForegroundRole(QPalette::ToolTipText);
    m_restrictionLabel = new QLabel(m_restrictionBar);
    m_restrictionLabel->setObjectName(QStringLiteral("libraryRestrictionLabel"));
    m_restrictionLabel->setWordWrap(true);
    auto *clear = new QPushButton(m_restrictionBar);
    clear->setObjectName(QStringLiteral("libraryRestrictionClear"));
    connect(clear, &QPushButton::clicked, this, &MainWindow::clearLibraryRestriction);
    auto *barLayout = new QHBoxLayout(m_restrictionBar);
    barLayout->setContentsMargins(6, 3, 3, 3);
    barLayout->addWidget(m_restrictionLabel, 1);
    barLayout->addWidget(clear);
    m_restrictionBar->hide();
    const int at = m_splitter->indexOf(m_table);
    m_splitter->insertWidget(at, libraryBox);
    boxLayout->addWidget(m_restrictionBar);
    boxLayout->addWidget(m_table, 1);

    m_trendView->setCurrentListProvider([this]() -> std::optional<QVector<qint64>> {
        if (!m_model->isSearching() && !m_model->isRestricted())
            return std::nullopt; // the table lists the whole library
        return m_model->documentIds();
    });
    connect(m_trendView, &TrendView::documentsRequested, this, &MainWindow::restrictLibrary);
    connect(m_trendView, &TrendView::drillDownShown, this, [this](const TrendDrillDown &drill) {
        const qint64 first = m_model->documentId(0);
        if (first == 0)
            return;
        openDocument(first);
        for (const TrendPassage &passage : drill.passages) {
            if (passage.documentId == first) {
                m_reader->scrollToRange(passage.start, passage.end);
                break;
            }
        }
    });
    connect(m_trendView, &TrendView::passageActivated, this, [this](qint64 documentId, int start, int end) {
        openDocument(documentId);
        m_reader->scrollToRange(start, end);
    });
    connect(m_actorPanel, &ActorPanel::addToTrendChartRequested, this, [this](qint64 actorId) {
        m_trendDock->show();
        m_trendDock->raise();
        m_trendView->addActors({actorId});
    });
    // New mentions, new articles, new tags change what the chart counts.
    connect(this, &MainWindow::recognitionFinished, m_trendView, [this] {
        m_trendView->annotationsChanged(); // re-reads the pickers' names (recognition may have added actors)
        m_trendView->refresh();
    });
    connect(this, &MainWindow::importFinished, m_trendView, [this] {
        m_trendView->annotationsChanged();
        m_trendView->refresh();
    });
    connect(this, &MainWindow::annotationsChanged, m_trendView, &TrendView::annotationsChanged);
    // A new search changes "the articles listed"; a restriction from the chart itself does not move the chart.
    auto lastSearch = std::make_shared<QString>();
    connect(m_model, &QAbstractItemModel::modelReset, m_trendView, [this, lastSearch] {
        updateRestrictionBar();
        if (m_model->searchText() != *lastSearch) {
            *lastSearch = m_model->searchText();
            m_trendView->currentListChanged();
        }
    });
    return toggle;
}

void MainWindow::retranslateTrendUi()
{
    m_trendDock->setWindowTitle(tr("Trends"));
    m_trendDock->toggleViewAction()->setToolTip(tr("Charts of actors over time (Ctrl+T)"));
    if (auto *clear = m_restrictionBar->findChild<QPushButton *>(QStringLiteral("libraryRestrictionClear")))
        clear->setText(tr("Show All"));
    updateRestrictionBar();
}

void MainWindow::trendLibraryOpened()
{
    m_model->clearRestriction();
    updateRestrictionBar();
    m_trendView->setLibraryPath(m_library ? m_library->path() : QString(), m_library && m_library->isReadOnly());
}

void MainWindow::restrictLibrary(const QVector<qint64> &documentIds, const QString &label)
{
    m_model->setRestriction(documentIds, label);
    m_table->setColumnHidden(LibraryModel::MatchColumn, !m_model->isSearching());
    updateRestrictionBar();
    updateStatus();
    if (m_model->rowCount() > 0) {
        m_table->scrollToTop();
        // The undated articles open without a passage to scroll to; a point's first article is opened by the
        // drill-down handler, at the actor's first mention.
        openDocument(m_model->documentId(0));
    }
}

void MainWindow::clearLibraryRestriction()
{
    m_model->clearRestriction();
    updateRestrictionBar();
    updateStatus();
    const int row = m_model->rowOfDocument(m_openDocumentId);
    if (row >= 0)
        m_table->scrollTo(m_model->index(row, 0));
}

void MainWindow::updateRestrictionBar()
{
    m_restrictionBar->setVisible(m_model->isRestricted());
    if (!m_model->isRestricted())
        return;
    const QString shown = m_model->isSearching()
        ? tr("Showing %1 — %n of them match the search.", "", m_model->rowCount()).arg(m_model->restrictionLabel())
        : tr("Showing %1.").arg(m_model->restrictionLabel());
    m_restrictionLabel->setText(shown);
}

} // namespace dossier
