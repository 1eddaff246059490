#pragma once
// The actor panel: who the open article (or the library) names, the passages behind each, and the analyst's
// corrections from their context menus.

#include "entities/actor.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;

namespace dossier {

class ActorListModel;
class Correction;
class Library;

class ActorPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ActorPanel(QWidget *parent = nullptr);

    void setLibrary(const Library *library);
    // The open article; the panel lists its actors while "This article" is chosen.
    void setDocument(qint64 documentId);
    // Reads counts and passages again, after recognition changed them.
    void refresh();
    // Selects the actor in the list (switching to the library's list if the article does not name it).
    void showActor(qint64 actorId);

    // Where the corrections chosen in the panel go (the main window runs them through its undo stack).
    void setCorrectionHandler(std::function<void(std::unique_ptr<Correction>)> handler);
    // A read-only library: the context menus still show the corrections, switched off.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

    ActorListModel *model() const { return m_model; }

Q_SIGNALS:
    // The analyst picked a passage: open the document there.
    void passageActivated(qint64 documentId, int start, int end);
    // The analyst chose "Add to Trend Chart" on an actor.
    void addToTrendChartRequested(qint64 actorId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadList();
    void showPassages();
    void showActorMenu(const QPoint &position);
    void showPassageMenu(const QPoint &position);
    void correct(std::unique_ptr<Correction> correction);

    const Library *m_library = nullptr;
    bool m_readOnly = false;
    qint64 m_documentId = 0;
    std::function<void(std::unique_ptr<Correction>)> m_correctionHandler;

    QComboBox *m_scope;
    QLineEdit *m_filter;
    ActorListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_passagesLabel;
    QListWidget *m_passages;   // each document's title, then the sentences in it that name the actor
};

} // namespace dossier
