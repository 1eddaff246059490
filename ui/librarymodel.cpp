#include "ui/librarymodel.h"

#include "storage/backgroundranking.h"
#include "storage/library.h"

#include <QEvent>
#include <QLocale>

#include <algorithm>

namespace dossier {

namespace {

DocumentColumn storeColumn(int column)
{
    switch (column) {
    case LibraryModel::TitleColumn:
        return DocumentColumn::Title;
    case LibraryModel::SourceColumn:
        return DocumentColumn::Source;
    case LibraryModel::PublishedColumn:
        return DocumentColumn::Published;
    case LibraryModel::LanguageColumn:
        return DocumentColumn::Language;
    case LibraryModel::WordsColumn:
        return DocumentColumn::Words;
    default:
        return DocumentColumn::Relevance;
    }
}

} // namespace

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_ranking(new BackgroundRanking(this))
{
    connect(m_ranking, &BackgroundRanking::listed, this, &LibraryModel::applyHitList);
    connect(m_ranking, &BackgroundRanking::ranked, this, &LibraryModel::applyRanking);
    connect(m_ranking, &BackgroundRanking::failed, this, [this](const QString &, const QString &error) {
        Q_EMIT rankingChanged();
        Q_EMIT rankingFailed(error);
    });
}

void LibraryModel::setLibrary(const Library *library)
{
    m_library = library;
    m_searchText.clear();
    m_restricted = false;
    m_restriction.clear();
    m_restrictionLabel.clear();
    resetRows();
}

bool LibraryModel::isRanking() const
{
    return m_ranking->isRunning();
}

void LibraryModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    const bool wasSearching = isSearching();
    m_searchText = text;
    // A new search is ranked by relevance; leaving the search goes back to newest first.
    if (isSearching() && !wasSearching) {
        m_sortColumn = -1;
    } else if (!isSearching() && m_sortColumn < 0) {
        m_sortColumn = PublishedColumn;
        m_sortOrder = Qt::DescendingOrder;
    }
    resetRows();
}

void LibraryModel::setRestriction(const QVector<qint64> &documentIds, const QString &label)
{
    m_restricted = true;
    m_restriction = QSet<qint64>(documentIds.cbegin(), documentIds.cend());
    m_restrictionLabel = label;
    resetRows();
}

void LibraryModel::clearRestriction()
{
    if (!m_restricted)
        return;
    m_restricted = false;
    m_restriction.clear();
    m_restrictionLabel.clear();
    resetRows();
}

void LibraryModel::reload()
{
    resetRows();
}

void LibraryModel::resetRows()
{
    const bool wasRanking = isRanking();
    beginResetModel();
    loadIds();
    endResetModel();
    if (wasRanking || isRanking())
        Q_EMIT rankingChanged();
}

void LibraryModel::loadIds()
{
    m_ranking->cancel(); // its order is for the rows being replaced
    setRows({});
    m_totalCount = 0;
    m_allHitsListed = true;
    if (!m_library)
        return;
    const DocumentStore store(*m_library);
    QVector<qint64> ids;
    if (isSearching() && m_sortColumn < 0) {
        bool complete = true;
        ids = store.firstSearchOrder(m_searchText, m_rankLimit, &complete);
        if (!complete) {
            m_allHitsListed = false;
            m_ranking->start(m_library->path(), m_searchText);
        }
    } else {
        ids = store.documentIds(storeColumn(m_sortColumn), m_sortColumn < 0 ? Qt::AscendingOrder : m_sortOrder,
            isSearching() ? m_searchText : QString());
    }
    m_totalCount = isSearching() || m_restricted ? store.count() : int(ids.size());
    setRows(withinRestriction(std::move(ids)));
}

QVector<qint64> LibraryModel::withinRestriction(QVector<qint64> ids) const
{
    // The store sorts (and ranks) the whole library; the restriction keeps its order.
    if (m_restricted)
        ids.removeIf([this](qint64 id) { return !m_restriction.contains(id); });
    return ids;
}

void LibraryModel::setRows(QVector<qint64> ids)
{
    m_ids = std::move(ids);
    // Pages are cut from the ids by row: new ids, new pages (the last one read may also have ended short).
    m_pages.clear();
    m_pageUse.clear();
}

bool LibraryModel::isForRowsShown(const QString &searchText) const
{
    // Whatever changes the rows cancels the background work, so an answer is for them unless the search changed.
    return searchText == m_searchText && m_sortColumn < 0 && m_library != nullptr;
}

void LibraryModel::reorderRows(const std::function<void()> &newOrder)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<qint64> idsBefore;
    idsBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        idsBefore.append(documentId(index.row()));

    newOrder();

    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOfDocument(idsBefore.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void LibraryModel::applyHitList(const QString &searchText, const QVector<qint64> &ids)
{
    if (!isForRowsShown(searchText) || m_allHitsListed)
        return;
    QVector<qint64> all = withinRestriction(ids);
    // The rows shown are the newest hits, in the same order: the others go below them, and nothing on screen moves.
    if (all.size() >= m_ids.size() && std::equal(m_ids.cbegin(), m_ids.cend(), all.cbegin())) {
        if (all.size() > m_ids.size()) {
            beginInsertRows({}, int(m_ids.size()), int(all.size()) - 1);
            setRows(std::move(all));
            endInsertRows();
        }
    } else {
        // The library changed in between (an import running): start the rows again.
        beginResetModel();
        setRows(std::move(all));
        endResetModel();
    }
    m_allHitsListed = true;
    Q_EMIT rankingChanged();
}

void LibraryModel::applyRanking(const QString &searchText, const QVector<qint64> &ids)
{
    if (!isForRowsShown(searchText))
        return;
    QVector<qint64> ranked = withinRestriction(ids);
    // The same rows in another order keep the selection; other rows (the listing failed, or the library changed
    // in between) start the table again.
    if (ranked.size() == m_ids.size()) {
        reorderRows([this, &ranked] { setRows(std::move(ranked)); });
    } else {
        beginResetModel();
        setRows(std::move(ranked));
        endResetModel();
    }
    m_allHitsListed = true;
    Q_EMIT rankingChanged();
}

void LibraryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= MatchColumn) {
        if (!isSearching())
            return;
        column = -1; // the Match column sorts by relevance
    }
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    const bool wasRanking = isRanking();
    reorderRows([this, column, order] {
        m_sortColumn = column;
        m_sortOrder = order;
        loadIds();
    });
    if (wasRanking || isRanking())
        Q_EMIT rankingChanged();
}

qint64 LibraryModel::documentId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int LibraryModel::rowOfDocument(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const LibraryModel::Page &LibraryModel::page(int pageNumber) const
{
    auto it = m_pages.find(pageNumber);
    if (it != m_pages.end()) {
        m_pageUse.removeOne(pageNumber);
        m_pageUse.append(pageNumber);
        return *it;
    }
    if (m_pageUse.size() >= cachedPages)
        m_pages.remove(m_pageUse.takeFirst());

    const DocumentStore store(*m_library);
    const QVector<qint64> ids = m_ids.mid(qsizetype(pageNumber) * pageSize, pageSize);
    Page loaded;
    // Rows come back in id order from SQL; summaries() puts them in our row order, which may leave a gap for a
    // document deleted since the ids were read. Keep positions exact by filling such gaps with empty rows.
    const QVector<DocumentSummary> found = store.summaries(ids);
    loaded.rows.resize(ids.size());
    qsizetype next = 0;
    for (qsizetype i = 0; i < ids.size() && next < found.size(); ++i) {
        if (found.at(next).id == ids.at(i))
            loaded.rows[i] = found.at(next++);
    }
    if (isSearching())
        loaded.snippets = store.snippets(m_searchText, ids);
    m_pageUse.append(pageNumber);
    return *m_pages.insert(pageNumber, std::move(loaded));
}

QString LibraryModel::alsoPublishedBy(qint64 documentId) const
{
    QStringList others;
    for (const DocumentSummary &member : DocumentStore(*m_library).storyMembers(documentId)) {
        const QString source = member.source.isEmpty() ? tr("an unknown source") : member.source;
        if (!others.contains(source))
            others.append(source);
    }
    return tr("Also published by %1").arg(QLocale().createSeparatedList(others));
}

QString LibraryModel::publishedText(const PublicationDate &date)
{
    const QLocale locale;
    switch (date.precision) {
    case DatePrecision::Year:
        return QString::number(date.date.year());
    case DatePrecision::Month:
        return locale.toString(date.date, QStringLiteral("MMM yyyy"));
    case DatePrecision::Day:
    case DatePrecision::Time:
        return locale.toString(date.date, QLocale::ShortFormat);
    case DatePrecision::Unknown:
        break;
    }
    return {};
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_library)
        return {};
    const int row = index.row();
    if (role == DocumentIdRole)
        return m_ids.at(row);

    const Page &rows = page(row / pageSize);
    const DocumentSummary &doc = rows.rows.at(row % pageSize);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return doc.title;
        case SourceColumn:
            // A story republished elsewhere says so beside its source; the tooltip names the others.
            return doc.storyCopies > 1 ? tr("%1 (+%2)").arg(doc.source).arg(doc.storyCopies - 1) : doc.source;
        case PublishedColumn:
            return publishedText(doc.published);
        case LanguageColumn:
            return doc.language;
        case WordsColumn:
            return QLocale().toString(doc.wordCount);
        case MatchColumn:
            return rows.snippets.value(doc.id).text;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            return doc.sourcePath.isEmpty() ? doc.title : doc.title + u'\n' + doc.sourcePath;
        case SourceColumn:
            return doc.storyCopies > 1 ? alsoPublishedBy(doc.id) : doc.source;
        case PublishedColumn:
            return doc.published.toIso();
        case LanguageColumn:
            return doc.language.isEmpty() ? QString() : QLocale(doc.language).nativeLanguageName();
        case MatchColumn:
            return rows.snippets.value(doc.id).text;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == WordsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MatchRangesRole: {
        QVariantList ranges;
        for (const SnippetMatch &match : rows.snippets.value(doc.id).matches)
            ranges.append(
                QVariantMap{{QStringLiteral("start"), match.start}, {QStringLiteral("length"), match.length}});
        return ranges;
    }
    }
    return {};
}

bool LibraryModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    }
    return QAbstractTableModel::event(event);
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case PublishedColumn:
        return tr("Published");
    case LanguageColumn:
        return tr("Language");
    case WordsColumn:
        return tr("Words");
    case MatchColumn:
        return tr("Match");
    }
    return {};
}

} // namespace dossier
