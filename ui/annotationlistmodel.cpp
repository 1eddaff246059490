#include "ui/annotationlistmodel.h"

#include "storage/documentstore.h"
#include "storage/library.h"

#include <QColor>

#include <algorithm>

namespace dossier {

AnnotationListModel::AnnotationListModel(Scope scope, QObject *parent)
    : QAbstractListModel(parent)
    , m_scope(scope)
{
}

void AnnotationListModel::setLibrary(const Library *library)
{
    m_library = library;
    reload();
}

void AnnotationListModel::setFilter(const AnnotationFilter &filter)
{
    m_filter = filter;
    reload();
}

void AnnotationListModel::reload()
{
    beginResetModel();
    m_annotations.clear();
    m_tags.clear();
    m_tagPaths.clear();
    m_titles.clear();
    // The per-article list shows nothing until an article is open (an empty filter would list the library).
    if (m_library && (m_scope == Scope::Library || m_filter.documentId != 0)) {
        const AnnotationStore store(*m_library);
        m_annotations = store.annotations(m_filter);
        // Orphans have only a last known position, which no longer means anything in the text: they go last.
        if (m_scope == Scope::Document)
            std::stable_partition(
                m_annotations.begin(), m_annotations.end(), [](const Annotation &a) { return !a.anchor.orphan; });
        for (const TagInfo &info : store.tags()) {
            m_tags.insert(info.tag.id, info.tag);
            m_tagPaths.insert(info.tag.id, info.path);
        }
        if (m_scope == Scope::Library) {
            QVector<qint64> ids;
            for (const Annotation &a : std::as_const(m_annotations)) {
                if (ids.isEmpty() || ids.last() != a.documentId)
                    ids.append(a.documentId);
            }
            for (const DocumentSummary &summary : DocumentStore(*m_library).summaries(ids))
                m_titles.insert(summary.id, summary.title);
        }
    }
    endResetModel();
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

qint64 AnnotationListModel::annotationId(int row) const
{
    return row >= 0 && row < m_annotations.size() ? m_annotations.at(row).id : 0;
}

int AnnotationListModel::rowOf(qint64 annotationId) const
{
    for (qsizetype row = 0; row < m_annotations.size(); ++row) {
        if (m_annotations.at(row).id == annotationId)
            return int(row);
    }
    return -1;
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_annotations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case QuoteRole:
        return a.anchor.exact;
    case Qt::EditRole:
    case NoteRole:
        return a.note;
    case Qt::ToolTipRole:
        return tooltip(a);
    case Qt::AccessibleTextRole:
        return a.note.isEmpty() ? a.anchor.exact : a.anchor.exact + QStringLiteral(" — ") + a.note;
    case IdRole:
        return a.id;
    case DocumentIdRole:
        return a.documentId;
    case DocumentTitleRole:
        return m_titles.value(a.documentId);
    case TagNamesRole:
    case TagPathsRole:
    case TagColorsRole: {
        QStringList values;
        for (const qint64 id : a.tagIds) {
            values.append(role == TagNamesRole ? m_tags.value(id).name
                    : role == TagPathsRole     ? m_tagPaths.value(id)
                                               : m_tags.value(id).color);
        }
        return values;
    }
    case ColorRole:
        return QColor(AnnotationStore::effectiveColor(a, m_tags));
    case OrphanRole:
        return a.anchor.orphan;
    case StartRole:
        return a.anchor.start;
    case EndRole:
        return a.anchor.end;
    case AuthorRole:
        return a.author;
    case CreatedRole:
        return a.created;
    default:
        return {};
    }
}

QString AnnotationListModel::tooltip(const Annotation &a) const
{
    QStringList lines;
    if (a.anchor.orphan)
        lines.append(tr("Could not be placed in the current text."));
    QStringList paths;
    for (const qint64 id : a.tagIds)
        paths.append(m_tagPaths.value(id));
    if (!paths.isEmpty())
        lines.append(tr("Tags: %1").arg(paths.join(QStringLiteral(", "))));
    const QString when = QLocale().toString(a.created.toLocalTime(), QLocale::ShortFormat);
    lines.append(a.author.isEmpty() ? tr("Created %1").arg(when) : tr("Created %1 by %2").arg(when, a.author));
    return lines.join(u'\n');
}

bool AnnotationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString note = value.toString().trimmed();
    const Annotation &a = m_annotations.at(index.row());
    if (note == a.note)
        return false;
    Q_EMIT noteEditRequested(a.id, note);
    return true;
}

Qt::ItemFlags AnnotationListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AnnotationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "annotationId");
    names.insert(DocumentIdRole, "documentId");
    names.insert(DocumentTitleRole, "documentTitle");
    names.insert(QuoteRole, "quote");
    names.insert(NoteRole, "note");
    names.insert(TagNamesRole, "tagNames");
    names.insert(TagPathsRole, "tagPaths");
    names.insert(TagColorsRole, "tagColors");
    names.insert(ColorRole, "color");
    names.insert(OrphanRole, "orphan");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(AuthorRole, "author");
    names.insert(CreatedRole, "created");
    return names;
}

} // namespace dossier
