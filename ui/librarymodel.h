#pragma once
// The library as a table of articles (title, source, published, language, words), loaded a page at a time.

#include "storage/document.h"
#include "storage/documentstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVector>

namespace dossier {

class Library;

// The row order comes from SQL (sorted, or ranked by the search) as a list of ids, which is small even for
// 100,000 articles; the rows themselves are read in pages when a view first asks for them, and only the
// most recently used pages are kept.
class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, SourceColumn, PublishedColumn, LanguageColumn, WordsColumn, MatchColumn, ColumnCount };
    enum Role {
        DocumentIdRole = Qt::UserRole + 1, // qint64
        MatchRangesRole, // QVariantList of {start, length} maps into the Match text
    };
    Q_ENUM(Column)

    explicit LibraryModel(QObject *parent = nullptr);

    // The library to show (nullptr for none); the model does not own it.
    void setLibrary(const Library *library);

    // Restricts the rows to the articles matching text (see SearchQuery), ranked by relevance; empty shows all.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    bool isSearching() const { return !m_searchText.trimmed().isEmpty(); }

    // Lists only these articles (those behind a point of the trend chart, say), described by label; the search and
    // the sort still apply within them. Kept across reload() until cleared or another library is set.
    void setRestriction(const QVector<qint64> &documentIds, const QString &label);
    void clearRestriction();
    bool isRestricted() const { return m_restricted; }
    QString restrictionLabel() const { return m_restrictionLabel; }
    // The ids of the rows, in row order.
    const QVector<qint64> &documentIds() const { return m_ids; }

    // Reads the row order again, after an import for instance; keeps the sort and the search.
    void reload();

    int totalDocumentCount() const { return m_totalCount; }
    qint64 documentId(int row) const;
    int rowOfDocument(qint64 id) const; // -1 if not shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A new language: headers and cells are written again (the parent widget passes QEvent::LanguageChange on).
    bool event(QEvent *event) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The column the rows are sorted on, -1 while they are ranked by relevance.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    static constexpr int pageSize = 200;
    static constexpr int cachedPages = 50;

private:
    struct Page
    {
        QVector<DocumentSummary> rows;
        QHash<qint64, SearchSnippet> snippets;
    };
    const Page &page(int pageNumber) const;
    void loadIds();
    static QString publishedText(const PublicationDate &date);
    QString alsoPublishedBy(qint64 documentId) const;

    const Library *m_library = nullptr;
    QVector<qint64> m_ids;
    int m_totalCount = 0;
    QString m_searchText;
    bool m_restricted = false;
    QSet<qint64> m_restriction;
    QString m_restrictionLabel;
    int m_sortColumn = PublishedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
};

} // namespace dossier
