#pragma once
// The library as a table of articles (title, source, published, language, words), loaded a page at a time.

#include "storage/document.h"
#include "storage/documentstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVector>

#include <functional>

namespace dossier {

class BackgroundRanking;
class Library;

// The row order comes from SQL (sorted, or ranked by the search) as a list of ids, 8 MB for a million articles;
// the rows themselves are read in pages when a view first asks for them, and only the most recently used pages
// are kept. A search with more hits than rankLimit() shows the newest of them at once, then all of them (listed on
// another thread), and is re-sorted when their ranking by relevance arrives from that thread (isRanking()).
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
    // True while a search's hits wait for their ranking; rankingChanged() says when that starts or ends, and when
    // the hits are all listed.
    bool isRanking() const;
    // False while a search with many hits shows only its newest ones (the rest are listed in the background, in
    // ~0.1 s for a million): rowCount() is then a lower bound of the matches.
    bool allHitsListed() const { return m_allHitsListed; }
    // Searches with more hits than this are ranked in the background (DocumentStore::rankAtOnceLimit by default).
    qsizetype rankLimit() const { return m_rankLimit; }
    void setRankLimit(qsizetype hits) { m_rankLimit = hits; }
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

Q_SIGNALS:
    void rankingChanged();
    // The background ranking failed; the hits stay newest imported first. error is for the analyst.
    void rankingFailed(const QString &error);

public:
    static constexpr int cachedPages = 50;

private:
    struct Page
    {
        QVector<DocumentSummary> rows;
        QHash<qint64, SearchSnippet> snippets;
    };
    const Page &page(int pageNumber) const;
    void loadIds();
    // Resets the model around loadIds(), then says whether ranking started or ended.
    void resetRows();
    // Puts the rows in a new order (newOrder fills m_ids), keeping the persistent indexes on their documents.
    void reorderRows(const std::function<void()> &newOrder);
    QVector<qint64> withinRestriction(QVector<qint64> ids) const;
    // Replaces the row order; the cached pages go with it.
    void setRows(QVector<qint64> ids);
    // Whether a background answer for searchText is for the rows shown now.
    bool isForRowsShown(const QString &searchText) const;
    void applyHitList(const QString &searchText, const QVector<qint64> &ids);
    void applyRanking(const QString &searchText, const QVector<qint64> &ids);
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
    BackgroundRanking *m_ranking;
    qsizetype m_rankLimit = DocumentStore::rankAtOnceLimit;
    bool m_allHitsListed = true;
};

} // namespace dossier
