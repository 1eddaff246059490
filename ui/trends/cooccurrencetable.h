#pragma once
// The actors named most often with one actor of the chart, in the same articles or the same sentences, with a way
// to put the chosen ones on the chart.

#include "trends/trend.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace dossier {

class CooccurrenceTable final : public QWidget
{
    Q_OBJECT

public:
    explicit CooccurrenceTable(QWidget *parent = nullptr);

    // The actors to choose from (the chart's); keeps the choice if it is still among them.
    void setActors(const QVector<QPair<qint64, QString>> &actors);
    qint64 actorId() const;
    void setActorId(qint64 actorId);
    CooccurrenceWindow window() const;
    void setWindow(CooccurrenceWindow window);
    // The answer for actorId (ignored if another actor is chosen by now).
    void setCounts(qint64 actorId, const QVector<ActorCount> &counts);
    // Selects the rows of these actors (for tests and for "add the top three").
    void selectActors(const QVector<qint64> &actorIds);
    QTableWidget *table() const { return m_table; }
    void addSelectedToChart();

Q_SIGNALS:
    // The chosen actor or the window changed: the counts must be asked for again.
    void countsWanted(qint64 actorId, dossier::CooccurrenceWindow window);
    void addToChartRequested(const QVector<qint64> &actorIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QComboBox *m_actor;
    QComboBox *m_window;
    QTableWidget *m_table;
    QPushButton *m_add;
    QLabel *m_empty;
};

} // namespace dossier
