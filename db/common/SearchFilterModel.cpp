#include "SearchFilterModel.h"
#include "AfterRepaint.h"
#include "TableModel.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <numeric>
#include <system_error>
#include <thread>

namespace {

// work(from, to) over the rows [0, rows): a long list in two halves at once, the second on a
// thread of its own, so that a second core shares the work. `work` writes only its own rows.
template<typename Work> void inTwoHalves(int rows, bool parallel, const Work &work)
{
    constexpr int worthSharing = 4000;
    if (!parallel || rows < worthSharing) {
        work(0, rows);
        return;
    }
    const int half = rows / 2;
    std::exception_ptr failed;
    {
        std::jthread other;
        try {
            other = std::jthread([&work, &failed, half, rows] {
                try {
                    work(half, rows);
                } catch (...) {
                    failed = std::current_exception(); // handed to the window's thread below
                }
            });
        } catch (const std::system_error &) {
            work(0, rows); // no thread to be had: all of it here
            return;
        }
        work(0, half); // should it throw, the other half is waited for as `other` goes
    }
    if (failed)
        std::rethrow_exception(failed);
}

} // namespace

SearchFilterModel::SearchFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

QCollator SearchFilterModel::newCollator() const
{
    // One per thread: a collator is not shared between threads.
    QCollator collator(m_locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

// One character folded the long way: decomposed, its marks taken off, its case folded.
static QString foldedChar(QChar c)
{
    QString folded;
    for (const QChar part : QString(c).normalized(QString::NormalizationForm_KD)) {
        if (part.category() != QChar::Mark_NonSpacing)
            folded.append(part);
    }
    // Letters that do not decompose into a base letter and a mark.
    folded.replace(u'ł', u'l').replace(u'Ł', u'L').replace(u'đ', u'd').replace(u'Đ', u'D');
    return folded.toCaseFolded();
}

QString SearchFilterModel::fold(const QString &text)
{
    // The Latin, Greek and Cyrillic letters most text holds, folded once for all: a row's text
    // is then folded a character at a time, with no decomposition of the whole string.
    constexpr char16_t tableEnd = 0x530;
    static const std::vector<QString> table = [] {
        std::vector<QString> folded(tableEnd);
        for (char16_t c = 0; c < tableEnd; ++c)
            folded[c] = foldedChar(QChar(c));
        return folded;
    }();
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80) {
            // Most text is ASCII: lowered here, not through the Unicode tables.
            const char16_t u = c.unicode();
            result.append(QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u));
        } else if (c.unicode() < tableEnd) {
            result.append(table[c.unicode()]);
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            // Beyond the first plane: the pair folded together.
            const QString pair = text.mid(i, 2);
            QString folded;
            for (const QChar part : pair.normalized(QString::NormalizationForm_KD)) {
                if (part.category() != QChar::Mark_NonSpacing)
                    folded.append(part);
            }
            result.append(folded.toCaseFolded());
            ++i;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            result.append(foldedChar(c));
        }
    }
    return result;
}

void SearchFilterModel::forget()
{
    m_folded.clear();
    m_ranks.clear();
    if (m_searchable)
        foldSoon();
}

void SearchFilterModel::prepareSearch()
{
    if (std::exchange(m_searchable, true))
        return;
    foldSoon();
}

void SearchFilterModel::foldSoon()
{
    // Once the window has drawn what it has just read (a keystroke before then folds what it
    // searches itself).
    if (std::exchange(m_foldPending, true))
        return;
    afterRepaint(this, [this] {
        m_foldPending = false;
        foldAll();
    });
}

bool SearchFilterModel::readsInParallel() const
{
    const QAbstractItemModel *model = sourceModel();
    return model && model->rowCount() > 0
        && model->index(0, 0).data(TableRoles::SearchText).isValid();
}

void SearchFilterModel::foldAll()
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return;
    // Sized first: each thread then writes only its own rows.
    m_folded.resize(model->rowCount());
    inTwoHalves(static_cast<int>(m_folded.size()), readsInParallel(), [this](int from, int to) {
        for (int row = from; row < to; ++row)
            foldedRow(row);
    });
}

const QByteArray &SearchFilterModel::foldedRow(int sourceRow) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_folded.empty())
        m_folded.resize(model->rowCount());
    static const QByteArray none;
    if (sourceRow >= static_cast<int>(m_folded.size()))
        return none;
    QByteArray &haystack = m_folded[sourceRow];
    if (haystack.isEmpty()) {
        // A TableModel gives the whole row in one call; any other model, column by column.
        QString text = model->index(sourceRow, 0).data(TableRoles::SearchText).toString();
        if (text.isEmpty()) {
            for (int column = 0; column < model->columnCount(); ++column) {
                text += model->index(sourceRow, column).data().toString();
                text += u'\n';
            }
        }
        haystack = fold(text).toUtf8();
        haystack.squeeze(); // made for the longest text the characters could give
    }
    return haystack;
}

void SearchFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(model);
    forget();
    if (model) {
        // Any change of the source's rows or columns reads the list again (a reset: the pages
        // keep the row in hand by its id); a change of values puts the rows in order again.
        const auto on = [this, model](auto signal, void (SearchFilterModel::*slot)()) {
            m_sourceConnections.append(connect(model, signal, this, slot));
        };
        using M = QAbstractItemModel;
        using S = SearchFilterModel;
        on(&M::modelAboutToBeReset, &S::sourceAboutToChange);
        on(&M::modelReset, &S::sourceChanged);
        on(&M::layoutAboutToBeChanged, &S::sourceAboutToChange);
        on(&M::layoutChanged, &S::sourceChanged);
        on(&M::rowsAboutToBeInserted, &S::sourceAboutToChange);
        on(&M::rowsInserted, &S::sourceChanged);
        on(&M::rowsAboutToBeRemoved, &S::sourceAboutToChange);
        on(&M::rowsRemoved, &S::sourceChanged);
        on(&M::rowsAboutToBeMoved, &S::sourceAboutToChange);
        on(&M::rowsMoved, &S::sourceChanged);
        on(&M::columnsAboutToBeInserted, &S::sourceAboutToChange);
        on(&M::columnsInserted, &S::sourceChanged);
        on(&M::columnsAboutToBeRemoved, &S::sourceAboutToChange);
        on(&M::columnsRemoved, &S::sourceChanged);
        on(&M::columnsAboutToBeMoved, &S::sourceAboutToChange);
        on(&M::columnsMoved, &S::sourceChanged);
        m_sourceConnections.append(
            connect(model, &M::dataChanged, this, &SearchFilterModel::sourceDataChanged));
        // The columns' headers (the rows' would be numbered as the source's rows).
        m_sourceConnections.append(
            connect(model, &M::headerDataChanged, this,
                    [this](Qt::Orientation orientation, int first, int last) {
                        if (orientation == Qt::Horizontal)
                            Q_EMIT headerDataChanged(orientation, first, last);
                    }));
        // A source that goes first leaves an empty list, not rows of a model that is gone. No
        // signal, as Qt's proxies: this happens while windows close, their pages half gone.
        m_sourceConnections.append(connect(model, &QObject::destroyed, this, [this] {
            m_order.clear();
            m_shown.clear();
            m_rowOfSource.clear();
            m_folded.clear();
            m_ranks.clear();
        }));
    }
    orderRows();
    chooseRows();
    endResetModel();
}

void SearchFilterModel::sourceAboutToChange()
{
    if (!std::exchange(m_sourceChanging, true))
        beginResetModel();
}

void SearchFilterModel::sourceChanged()
{
    forget();
    orderRows();
    chooseRows();
    if (std::exchange(m_sourceChanging, false))
        endResetModel();
}

void SearchFilterModel::sourceDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || m_sourceChanging)
        return; // within a change of rows, the list is read again when it ends
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (row < static_cast<int>(m_folded.size()))
            m_folded[row].clear();
    }
    m_ranks.clear(); // the changed rows' places are found again
    // A changed value may move its row or hide it.
    rechoose(true, NoLayoutChangeHint);
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int shown = row < static_cast<int>(m_rowOfSource.size()) ? m_rowOfSource[row] : -1;
        if (shown >= 0)
            Q_EMIT dataChanged(index(shown, topLeft.column()), index(shown, bottomRight.column()),
                               roles);
    }
}

void SearchFilterModel::setSearchText(const QString &text)
{
    m_text = text;
    QList<QByteArray> words;
    for (const QString &word : fold(text).split(u' ', Qt::SkipEmptyParts))
        words.append(word.toUtf8());
    if (words == m_words)
        return;
    m_words = words;
    rechoose(false, NoLayoutChangeHint);
}

void SearchFilterModel::setRowFilter(std::function<bool(int)> accepts)
{
    m_rowFilter = std::move(accepts);
    rechoose(false, NoLayoutChangeHint);
}

void SearchFilterModel::sort(int column, Qt::SortOrder order)
{
    // The rows are kept in the sort's order through every change of the source, so the same
    // sort again has nothing to do (a view asks twice when its header's indicator moves).
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    rechoose(true, VerticalSortHint);
}

bool SearchFilterModel::holdsWords(int sourceRow) const
{
    const QByteArray &haystack = foldedRow(sourceRow);
    for (const QByteArray &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

void SearchFilterModel::orderRows()
{
    const QAbstractItemModel *model = sourceModel();
    const int rows = model ? model->rowCount() : 0;
    m_order.resize(rows);
    std::iota(m_order.begin(), m_order.end(), 0);
    const int column = m_sortColumn;
    if (!model || column < 0 || column >= model->columnCount())
        return;
    if (m_ranks.size() <= static_cast<size_t>(column))
        m_ranks.resize(column + 1);
    if (m_ranks[column].size() != static_cast<size_t>(rows))
        m_ranks[column] = ranksOf(column);
    const std::vector<int> &rank = m_ranks[column];
    // Rows of the same value keep the order of the first column (a list's name or code) when
    // it was sorted by it before, as every page is first; otherwise the source's. Descending is
    // ascending read backwards; ties stay as they are.
    const std::vector<int> *first =
        column != 0 && m_ranks.front().size() == rank.size() ? &m_ranks.front() : nullptr;
    // Ranks are numbers below the count of rows: two counting sorts, each keeping the order of
    // the rows it is given, put them in order without comparing them.
    if (first)
        m_order = inRankOrder(m_order, *first, true);
    m_order = inRankOrder(m_order, rank, m_sortOrder == Qt::AscendingOrder);
}

std::vector<int> SearchFilterModel::inRankOrder(const std::vector<int> &rows,
                                                const std::vector<int> &rank, bool ascending)
{
    const int values = rank.empty() ? 0 : *std::max_element(rank.begin(), rank.end()) + 1;
    const auto place = [&rank, values, ascending](int row) {
        return ascending ? rank[row] : values - 1 - rank[row];
    };
    // Where each rank's rows begin, then each row put at the next place of its rank.
    std::vector<int> next(values + 1, 0);
    for (const int row : rows)
        ++next[place(row) + 1];
    std::partial_sum(next.begin(), next.end(), next.begin());
    std::vector<int> ordered(rows.size());
    for (const int row : rows)
        ordered[next[place(row)]++] = row;
    return ordered;
}

std::optional<std::vector<int>> SearchFilterModel::quickRanksOf(int column) const
{
    const QAbstractItemModel *model = sourceModel();
    const int rows = model->rowCount();
    enum Kind : char { Empty, Number, Text };
    std::vector<char> kinds(rows, Empty);
    std::vector<double> numbers(rows);
    std::vector<int> groups(rows); // a text's place among its half's distinct texts
    struct Half
    {
        QHash<QString, int> index;
        QStringList texts;
        bool simple = true; // false: a column these ways do not sort
        bool sawNumbers = false;
        bool sawTexts = false;
        int from = 0;
        int to = 0;
    };
    std::array<Half, 2> halves;
    inTwoHalves(rows, readsInParallel(), [&](int from, int to) {
        Half &mine = halves[from == 0 ? 0 : 1];
        mine.from = from;
        mine.to = to;
        for (int row = from; row < to && mine.simple; ++row) {
            // Mostly distinct texts (names): the general way, which sorts them on two threads.
            const int seen = row - from;
            if (seen > 0 && seen % 1000 == 0 && mine.texts.size() > seen * 9 / 10) {
                mine.simple = false;
                break;
            }
            const QVariant value = model->index(row, column).data(TableRoles::Sort);
            if (const std::optional<double> number = numberOf(value)) {
                kinds[row] = Number;
                numbers[row] = *number;
                mine.sawNumbers = true;
            } else if (isText(value)) {
                const QString text = value.toString();
                if (text.isEmpty())
                    continue; // sorts with no value, after the rest
                kinds[row] = Text;
                mine.sawTexts = true;
                auto known = mine.index.constFind(text);
                if (known == mine.index.cend()) {
                    known = mine.index.insert(text, static_cast<int>(mine.texts.size()));
                    mine.texts.append(text);
                }
                groups[row] = *known;
            } else if (value.isValid()) {
                mine.simple = false; // another kind of value: the general way
            }
            if (mine.sawNumbers && mine.sawTexts)
                mine.simple = false; // numbers and texts: the general way
        }
    });
    if (!halves[0].simple || !halves[1].simple)
        return std::nullopt;
    const bool hasNumbers = std::find(kinds.begin(), kinds.end(), Number) != kinds.end();
    const bool hasTexts = std::find(kinds.begin(), kinds.end(), Text) != kinds.end();
    if (hasNumbers && hasTexts)
        return std::nullopt;
    std::vector<int> rank(rows);
    int number = 0;
    if (!hasTexts) {
        // Numbers: sorted side by side with their rows, then numbered.
        std::vector<std::pair<double, int>> sorted;
        sorted.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            if (kinds[row] == Number)
                sorted.emplace_back(numbers[row], row);
        }
        std::sort(sorted.begin(), sorted.end());
        for (size_t place = 0; place < sorted.size(); ++place) {
            if (place > 0 && sorted[place - 1].first != sorted[place].first)
                ++number;
            rank[sorted[place].second] = number;
        }
        const int last = sorted.empty() ? 0 : number + 1;
        for (int row = 0; row < rows; ++row) {
            if (kinds[row] == Empty)
                rank[row] = last;
        }
        return rank;
    }
    // Texts of few values (a type, an organisation): each distinct text keyed and put in order
    // once, and each row takes its text's place.
    QHash<QString, int> index;
    QStringList texts;
    std::array<std::vector<int>, 2> shared; // each half's texts in the list of both
    for (size_t h = 0; h < halves.size(); ++h) {
        for (const QString &text : std::as_const(halves[h].texts)) {
            auto known = index.constFind(text);
            if (known == index.cend()) {
                known = index.insert(text, static_cast<int>(texts.size()));
                texts.append(text);
            }
            shared[h].push_back(*known);
        }
    }
    std::vector<std::optional<QCollatorSortKey>> keys(texts.size());
    inTwoHalves(static_cast<int>(texts.size()), readsInParallel(),
                [this, &texts, &keys](int from, int to) {
                    const QCollator collator = newCollator();
                    for (int i = from; i < to; ++i)
                        keys[i] = collator.sortKey(texts.at(i));
                });
    std::vector<int> order(texts.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&keys](int a, int b) {
        const int sign = keys[a]->compare(*keys[b]);
        return sign != 0 ? sign < 0 : a < b;
    });
    std::vector<int> textRank(texts.size());
    for (size_t place = 0; place < order.size(); ++place) {
        if (place > 0 && keys[order[place - 1]]->compare(*keys[order[place]]) != 0)
            ++number;
        textRank[order[place]] = number;
    }
    const int last = order.empty() ? 0 : number + 1;
    for (int row = 0; row < rows; ++row) {
        const size_t h = halves[1].to > 0 && row >= halves[1].from ? 1 : 0;
        rank[row] = kinds[row] == Text ? textRank[shared[h][groups[row]]] : last;
    }
    return rank;
}

std::vector<int> SearchFilterModel::ranksOf(int column) const
{
    if (std::optional<std::vector<int>> quick = quickRanksOf(column))
        return *std::move(quick);
    const QAbstractItemModel *model = sourceModel();
    const int rows = model->rowCount();
    const bool parallel = readsInParallel();
    // Each row's key read once: a comparison then costs no call to the model.
    std::vector<SortKey> keys(rows);
    inTwoHalves(rows, parallel, [this, model, column, &keys](int from, int to) {
        const QCollator collator = newCollator();
        // A collation key costs more than finding it again: a column of few values (a type, an
        // organisation) computes each once. One of distinct values (names) stops looking.
        QHash<QString, QCollatorSortKey> seen;
        bool reuse = true;
        for (int row = from; row < to; ++row) {
            keys[row] = keyOf(model->index(row, column), collator, reuse ? &seen : nullptr);
            if (reuse && row - from == 1000 && seen.size() > 900) {
                reuse = false;
                seen.clear();
            }
        }
    });
    // In order (each half on its own thread, then merged), then numbered: rows of the same
    // value share their number.
    std::vector<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    const auto before = [&keys](int a, int b) {
        const int sign = compare(keys[a], keys[b]);
        return sign != 0 ? sign < 0 : a < b;
    };
    inTwoHalves(rows, parallel, [&order, &before](int from, int to) {
        std::sort(order.begin() + from, order.begin() + to, before);
    });
    std::inplace_merge(order.begin(), order.begin() + rows / 2, order.end(), before);
    std::vector<int> rank(rows);
    int number = 0;
    for (int place = 0; place < rows; ++place) {
        if (place > 0 && compare(keys[order[place - 1]], keys[order[place]]) != 0)
            ++number;
        rank[order[place]] = number;
    }
    return rank;
}

void SearchFilterModel::chooseRows()
{
    const int rows = static_cast<int>(m_order.size());
    // Which rows hold every word typed: read in the source's order, where each row's text lies
    // next to the last (the sort's order would read memory at random), on two threads for a
    // long list. The page's filter then runs on the window's thread.
    std::vector<char> holds;
    if (!m_words.isEmpty() && rows > 0) {
        holds.resize(rows);
        if (m_folded.empty())
            m_folded.resize(rows); // sized first: each thread writes only its own rows
        inTwoHalves(rows, readsInParallel(), [this, &holds](int from, int to) {
            for (int row = from; row < to; ++row)
                holds[row] = holdsWords(row);
        });
    }
    m_shown.clear();
    m_rowOfSource.assign(rows, -1);
    for (const int row : m_order) {
        if ((holds.empty() || holds[row]) && (!m_rowFilter || m_rowFilter(row))) {
            m_rowOfSource[row] = static_cast<int>(m_shown.size());
            m_shown.push_back(row);
        }
    }
}

void SearchFilterModel::rechoose(bool reorder, LayoutChangeHint hint)
{
    // Within a change of the source's rows the new choice waits: the source's rows are not the
    // ones the list holds, and sourceChanged() orders and chooses them all when it ends.
    if (m_sourceChanging)
        return;
    Q_EMIT layoutAboutToBeChanged({}, hint);
    // Taken after the signal: views make the indexes they keep (the selection) when it comes.
    const QModelIndexList before = persistentIndexList();
    std::vector<std::pair<int, int>> sources; // source row (-1: none), column
    sources.reserve(before.size());
    for (const QModelIndex &index : before) {
        const bool known = index.isValid() && index.row() < static_cast<int>(m_shown.size());
        sources.emplace_back(known ? m_shown[index.row()] : -1, index.column());
    }
    if (reorder)
        orderRows();
    chooseRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto &[row, column] : sources) {
        const bool shown =
            row >= 0 && row < static_cast<int>(m_rowOfSource.size()) && m_rowOfSource[row] >= 0;
        after.append(shown ? index(m_rowOfSource[row], column) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, hint);
}

QModelIndex SearchFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= static_cast<int>(m_shown.size())
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex SearchFilterModel::parent(const QModelIndex &child) const
{
    Q_UNUSED(child)
    return {};
}

QModelIndex SearchFilterModel::sibling(int row, int column, const QModelIndex &index) const
{
    Q_UNUSED(index)
    return this->index(row, column);
}

int SearchFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int SearchFilterModel::columnCount(const QModelIndex &parent) const
{
    const QAbstractItemModel *model = sourceModel();
    return parent.isValid() || !model ? 0 : model->columnCount();
}

bool SearchFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex SearchFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!model || !proxyIndex.isValid() || proxyIndex.model() != this
        || proxyIndex.row() >= static_cast<int>(m_shown.size()))
        return {};
    return model->index(m_shown[proxyIndex.row()], proxyIndex.column());
}

QModelIndex SearchFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel()
        || sourceIndex.row() >= static_cast<int>(m_rowOfSource.size()))
        return {};
    const int row = m_rowOfSource[sourceIndex.row()];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

SearchFilterModel::SortKey SearchFilterModel::keyOf(const QModelIndex &index,
                                                    const QCollator &collator,
                                                    QHash<QString, QCollatorSortKey> *seen)
{
    SortKey key;
    key.value = index.data(TableRoles::Sort);
    if (const std::optional<double> number = numberOf(key.value)) {
        key.number = *number;
        key.numeric = true;
        return key;
    }
    if (isText(key.value)) {
        const QString text = key.value.toString();
        key.value = {};
        if (text.isEmpty()) // no text sorts with no value, after the rest
            return key;
        if (seen) {
            if (const auto known = seen->constFind(text); known != seen->cend()) {
                key.text = *known;
                return key;
            }
        }
        key.text = collator.sortKey(text);
        if (seen)
            seen->insert(text, *key.text);
    }
    return key;
}

std::optional<double> SearchFilterModel::numberOf(const QVariant &value)
{
    switch (value.userType()) {
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Float:
    case QMetaType::Double:
        if (const double number = value.toDouble(); !std::isnan(number))
            return number;
        return std::nullopt;
    case QMetaType::QDate:
        if (const QDate day = value.toDate(); day.isValid())
            return static_cast<double>(day.toJulianDay());
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

bool SearchFilterModel::isText(const QVariant &value)
{
    const int type = value.userType();
    return type == QMetaType::QString || type == QMetaType::QByteArray || type == QMetaType::QChar;
}

int SearchFilterModel::compare(const SortKey &a, const SortKey &b)
{
    // As Qt's own order: text by the locale's collation, other values by their type, and rows
    // with no value after those with one.
    if (a.text && b.text)
        return a.text->compare(*b.text);
    if (a.numeric && b.numeric)
        return a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
    const bool aEmpty = !a.text && !a.value.isValid();
    const bool bEmpty = !b.text && !b.value.isValid();
    if (aEmpty || bEmpty)
        return int(aEmpty) - int(bEmpty);
    if (a.text || b.text) // text against a number: numbers first
        return a.text ? 1 : -1;
    const QPartialOrdering order = QVariant::compare(a.value, b.value);
    return order == QPartialOrdering::Less ? -1 : (order == QPartialOrdering::Greater ? 1 : 0);
}
