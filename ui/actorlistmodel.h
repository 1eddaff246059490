#pragma once
// The actors (and discoveries) of one document or of the whole library, with their mention counts.

#include "entities/actor.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <QVector>

namespace dossier {

class Library;

class ActorListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, MentionsColumn, DocumentsColumn, ColumnCount };
    enum Role {
        ActorIdRole = Qt::UserRole + 1, // qint64, 0 for a discovery
        DiscoveryKeyRole, // QString, for a discovery
        ActorTypeRole, // int (ActorType), the guessed type for a discovery
        SortRole,
    };

    struct Row
    {
        qint64 actorId = 0;
        QString discoveryKey;
        QString name;
        ActorType type = ActorType::Person;
        int mentions = 0;
        int documents = 0;
        bool isDiscovery() const { return actorId == 0; }
    };

    explicit ActorListModel(QObject *parent = nullptr);

    // Shows the actors named in one document (documentId > 0) or in the whole library (0); reads them now.
    void load(const Library *library, qint64 documentId);
    void reload();
    qint64 documentId() const { return m_documentId; }
    const Row *row(int index) const;
    int rowOfActor(qint64 actorId) const;

    static QString typeLabel(ActorType type);
    static QString discoveryLabel();
    // The reader's colour of the category ("person", …, "discovery"); grey for anything else.
    static QColor categoryColour(const QString &category);
    // A dot in the reader's colour for the category ("person", …, "discovery").
    static QIcon categoryIcon(const QString &category);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A new language: headers and cells are written again (the parent widget passes QEvent::LanguageChange on).
    bool event(QEvent *event) override;

private:
    const Library *m_library = nullptr;
    qint64 m_documentId = 0;
    QVector<Row> m_rows;
};

} // namespace dossier
