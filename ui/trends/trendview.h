#pragma once
// The Trends dock: which actors, over which periods, counted how and in which documents; the chart; the passages
// behind a clicked point; the actors named with one of them; exports. Every query runs on TrendController's worker.

#include "ui/trends/trendchart.h"
#include "ui/trends/trendcontroller.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;

namespace dossier {

class CooccurrenceTable;
class PassageList;

class TrendView final : public QWidget
{
    Q_OBJECT

public:
    enum class Scope { Library, CurrentList };

    explicit TrendView(QWidget *parent = nullptr);

    static constexpr int actorIdRole = Qt::UserRole + 1; // of the actor list's and the completer's items
    static constexpr int topActorCount = 5; // "Top 5": a chart with more lines is hard to read
    // What the date edits show as "first" and "last": no bound.
    static QDate openDate() { return {1900, 1, 1}; }

    // The library file to chart (empty: none); forgets the chosen actors. readOnly: see TrendController.
    void setLibraryPath(const QString &path, bool readOnly = false);
    // The ids the library table lists now and what they are ("matching “Minsk”"), for the "current list" scope.
    void setCurrentListProvider(std::function<std::optional<QVector<qint64>>()> provider);

    void setActors(const QVector<qint64> &actorIds);
    void addActors(const QVector<qint64> &actorIds);
    QVector<qint64> actorIds() const;
    void setPeriod(TrendPeriod period);
    void setMeasure(TrendMeasure measure);
    void setKind(TrendChartKind kind);
    void setScope(Scope scope);
    void setDateRange(QDate from, QDate to); // invalid: open

    // The scope the controls describe (the current list read now).
    TrendScope scope() const;
    TrendRequest request() const;

    // Asks again (after recognition, an import, a metadata edit); a hidden view asks when it is shown.
    void refresh();
    // Tags changed: the tag list is read again, and the chart too if a tag scopes it.
    void annotationsChanged();
    // The current list changed (a search): the chart follows it if it is the scope.
    void currentListChanged();

    bool exportPng(const QString &path) const;
    bool exportSvg(const QString &path) const;
    bool exportCsv(const QString &path) const;

    TrendChart *chart() const { return m_chart; }
    PassageList *passages() const { return m_passages; }
    CooccurrenceTable *cooccurrence() const { return m_cooccurrence; }
    TrendController *controller() const { return m_controller; }
    QString undatedText() const;
    bool isBusy() const;

Q_SIGNALS:
    // The library table should list these documents, described by label ("3 articles naming … in Oct 2022").
    void documentsRequested(const QVector<qint64> &documentIds, const QString &label);
    // The passages behind a clicked point arrived; the window opens the first article at the first of them.
    void drillDownShown(const dossier::TrendDrillDown &drillDown);
    void passageActivated(qint64 documentId, int start, int end);
    // The analyst asked to see the chart's answer (each time a new one is drawn).
    void chartUpdated();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createControls();
    void retranslateUi();
    void addTypedActor();
    void removeSelectedActors();
    void showChoices(const TrendChoices &choices);
    void showAnswer(const TrendAnswer &answer);
    void showDrillDown(const TrendDrillDown &drillDown);
    void updateActorList();
    void updateUndated();
    void scheduleRefresh();
    void chooseExport(const QString &format);

    TrendController *m_controller;
    TrendChoices m_choices;
    QVector<QPair<qint64, QString>> m_actors;
    std::function<std::optional<QVector<qint64>>()> m_currentList;
    bool m_stale = false; // asked while hidden
    QTimer *m_refreshDelay;

    QLineEdit *m_actorEdit;
    QToolButton *m_addActor;
    QListWidget *m_actorList;
    QToolButton *m_removeActor;
    QToolButton *m_topActors;
    QComboBox *m_period;
    QComboBox *m_measure;
    QComboBox *m_kind;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QToolButton *m_resetZoom;
    QToolButton *m_export;
    QComboBox *m_scope;
    QComboBox *m_tag;
    QComboBox *m_source;
    QComboBox *m_language;
    QCheckBox *m_storiesOnce;
    QCheckBox *m_demonyms;
    QProgressBar *m_busy;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    TrendChart *m_chart;
    QLabel *m_undated;
    QTabWidget *m_tabs;
    QLabel *m_passagesLabel;
    PassageList *m_passages;
    CooccurrenceTable *m_cooccurrence;
};

} // namespace dossier
