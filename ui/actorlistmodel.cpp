#include "ui/actorlistmodel.h"

#include "entities/actorstore.h"
#include "entities/textnormaliser.h"
#include "storage/library.h"

#include <QEvent>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace dossier {

ActorListModel::ActorListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ActorListModel::typeLabel(ActorType type)
{
    switch (type) {
    case ActorType::Person:
        return tr("Person");
    case ActorType::Organization:
        return tr("Organisation");
    case ActorType::Place:
        return tr("Place");
    case ActorType::Group:
        return tr("Group");
    }
    return {};
}

QString ActorListModel::discoveryLabel()
{
    return tr("Discovery");
}

void ActorListModel::load(const Library *library, qint64 documentId)
{
    m_library = library;
    m_documentId = documentId;
    reload();
}

void ActorListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_library) {
        const ActorStore store(*m_library);
        if (m_documentId > 0) {
            // Counted from the document's own mentions; a discovery is grouped by its normalised form.
            QHash<QString, qsizetype> rowOf;
            for (const StoredMention &stored : store.mentions(m_documentId)) {
                if (stored.mention.kind != MentionKind::Name)
                    continue;
                const QString key
                    = stored.mention.actorId ? QString::number(stored.mention.actorId) : u'~' + stored.surfaceKey;
                auto it = rowOf.constFind(key);
                if (it == rowOf.cend()) {
                    Row row;
                    row.actorId = stored.mention.actorId;
                    row.discoveryKey = stored.mention.actorId ? QString() : stored.surfaceKey;
                    row.name = stored.actorName;
                    row.type = stored.mention.type;
                    row.documents = 1;
                    it = rowOf.insert(key, m_rows.size());
                    m_rows.append(row);
                }
                ++m_rows[*it].mentions;
            }
        } else {
            for (const ActorRecord &actor : store.actors()) {
                if (actor.mentions > 0)
                    m_rows.append({actor.id, QString(), actor.name, actor.type, actor.mentions, actor.documents});
            }
            for (const DiscoveryRecord &discovery : store.discoveries()) {
                m_rows.append({0, discovery.surfaceKey, discovery.text, discovery.guessedType, discovery.mentions,
                    discovery.documents});
            }
        }
    }
    endResetModel();
}

const ActorListModel::Row *ActorListModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int ActorListModel::rowOfActor(qint64 actorId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).actorId == actorId)
            return int(i);
    }
    return -1;
}

int ActorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case TypeColumn:
            return row.isDiscovery() ? discoveryLabel() : typeLabel(row.type);
        case MentionsColumn:
            return QLocale().toString(row.mentions);
        case DocumentsColumn:
            return QLocale().toString(row.documents);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return row.name.toCaseFolded();
        case TypeColumn:
            return row.isDiscovery() ? 4 : int(row.type);
        case MentionsColumn:
            return row.mentions;
        case DocumentsColumn:
            return row.documents;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return categoryIcon(row.isDiscovery() ? QStringLiteral("discovery") : actorTypeName(row.type));
        break;
    case Qt::ToolTipRole:
        if (row.isDiscovery())
            return tr("“%1” is not an actor yet: accept it, or reject it.").arg(row.name);
        return tr("%1 — %2").arg(row.name, typeLabel(row.type));
    case Qt::TextAlignmentRole:
        if (index.column() == MentionsColumn || index.column() == DocumentsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ActorIdRole:
        return row.actorId;
    case DiscoveryKeyRole:
        return row.discoveryKey;
    case ActorTypeRole:
        return int(row.type);
    }
    return {};
}

bool ActorListModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    }
    return QAbstractTableModel::event(event);
}

QVariant ActorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Actor");
    case TypeColumn:
        return tr("Type");
    case MentionsColumn:
        return tr("Mentions");
    case DocumentsColumn:
        return tr("Articles");
    }
    return {};
}

QColor ActorListModel::categoryColour(const QString &category)
{
    // The reader's colours (resources/reader/reader.css), so that a dot here and an underline there agree.
    static const QHash<QString, QColor> colours{
        {QStringLiteral("person"), QColor(0x2f, 0x64, 0xa8)},
        {QStringLiteral("organization"), QColor(0x7b, 0x4e, 0xa3)},
        {QStringLiteral("place"), QColor(0x2e, 0x7d, 0x5b)},
        {QStringLiteral("group"), QColor(0xb4, 0x53, 0x2a)},
        {QStringLiteral("discovery"), QColor(0x5f, 0x6b, 0x7a)},
    };
    return colours.value(category, QColor(Qt::gray));
}

QIcon ActorListModel::categoryIcon(const QString &category)
{
    static QHash<QString, QIcon> icons;
    auto it = icons.constFind(category);
    if (it != icons.cend())
        return *it;
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = categoryColour(category);
    if (category == QLatin1String("discovery")) {
        painter.setPen(QPen(colour, 1.5, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
    }
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    painter.end();
    return *icons.insert(category, QIcon(dot));
}

} // namespace dossier
