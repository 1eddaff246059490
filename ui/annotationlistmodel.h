#pragma once
// Annotations as a list for the side panel: one article's in text order (orphans last), or the library's,
// filtered, with each document's title.

#include "annotations/annotationstore.h"

#include <QAbstractListModel>
#include <QHash>

namespace dossier {

class Library;

class AnnotationListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DocumentIdRole, // qint64
        DocumentTitleRole, // QString
        QuoteRole, // QString: the exact quote
        NoteRole, // QString
        TagNamesRole, // QStringList: each tag's own name, in the annotation's order
        TagPathsRole, // QStringList: the same tags' full paths
        TagColorsRole, // QStringList: the same tags' colours ("#RRGGBB", or empty for none)
        ColorRole, // QColor: the effective colour
        OrphanRole, // bool: could not be placed in the current text
        StartRole, // int
        EndRole, // int
        AuthorRole, // QString
        CreatedRole, // QDateTime (UTC)
    };

    // One article's annotations (nothing while the filter names no document), or the library's.
    enum class Scope { Document, Library };

    explicit AnnotationListModel(Scope scope, QObject *parent = nullptr);
    Scope scope() const { return m_scope; }

    void setLibrary(const Library *library);
    // What to list. A filter naming a document lists it in text order with its orphans last; the library-wide
    // list is grouped by document.
    void setFilter(const AnnotationFilter &filter);
    const AnnotationFilter &filter() const { return m_filter; }
    // Reads the annotations again (after a change, an undo or a redo).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Only the note is editable; setting it emits noteEditRequested and changes nothing here: the change goes
    // through the undo stack, whose refresh reloads the model.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Annotation &annotationAt(int row) const { return m_annotations.at(row); }
    qint64 annotationId(int row) const;
    int rowOf(qint64 annotationId) const; // -1 if not listed

Q_SIGNALS:
    void noteEditRequested(qint64 annotationId, const QString &note);

private:
    QString tooltip(const Annotation &annotation) const;

    const Scope m_scope;
    const Library *m_library = nullptr;
    AnnotationFilter m_filter;
    QVector<Annotation> m_annotations;
    QHash<qint64, Tag> m_tags;
    QHash<qint64, QString> m_tagPaths;
    QHash<qint64, QString> m_titles; // document id → title, for the library-wide list
};

} // namespace dossier
