#include "SearchFilterModel.h"

#include <QElapsedTimer>

#include <algorithm>

SearchFilterModel::SearchFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    m_warmUp = new QTimer(this);
    m_warmUp->setSingleShot(true);
    connect(m_warmUp, &QTimer::timeout, this, &SearchFilterModel::warmUp);
}

QString SearchFilterModel::fold(const QString &text)
{
    // Plain ASCII, most of what lists hold, has no marks to take off: lower case is its fold.
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    // Letters that do not decompose into a base letter and a mark.
    folded.replace(u'ł', u'l').replace(u'Ł', u'L').replace(u'đ', u'd').replace(u'Đ', u'D');
    return folded.toCaseFolded();
}

void SearchFilterModel::forget()
{
    m_folded.clear();
    m_keys.clear();
    m_keyColumn = -1;
    m_warmRow = 0;
    if (m_warmWanted)
        m_warmUp->start(0);
}

void SearchFilterModel::forgetRows(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const QAbstractItemModel *model = sourceModel();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (row < static_cast<int>(m_folded.size()))
            m_folded[row].clear();
        if (row < static_cast<int>(m_keys.size()))
            m_keys[row] = keyOf(model->index(row, m_keyColumn));
    }
}

void SearchFilterModel::prepareSearch()
{
    m_warmWanted = true;
    if (m_warmRow == 0 || m_folded.empty())
        m_warmUp->start(0);
}

void SearchFilterModel::warmUp()
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return;
    QElapsedTimer slice;
    slice.start();
    const int rows = model->rowCount();
    while (m_warmRow < rows && slice.elapsed() < 8)
        foldedRow(m_warmRow++);
    if (m_warmRow < rows)
        m_warmUp->start(0);
}

const QString &SearchFilterModel::foldedRow(int sourceRow) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_folded.empty())
        m_folded.resize(model->rowCount());
    static const QString none;
    if (sourceRow >= static_cast<int>(m_folded.size()))
        return none;
    QString &haystack = m_folded[sourceRow];
    if (haystack.isEmpty()) {
        QString text;
        for (int column = 0; column < model->columnCount(); ++column) {
            text += model->index(sourceRow, column).data().toString();
            text += u'\n';
        }
        haystack = fold(text);
    }
    return haystack;
}

void SearchFilterModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    forget();
    // Connected before the proxy's own handling (QSortFilterProxyModel connects in its
    // setSourceModel), so that the caches are right before it filters and sorts again.
    if (model) {
        const auto forgetOn = [this, model](auto signal) {
            m_sourceConnections.append(connect(model, signal, this, &SearchFilterModel::forget));
        };
        forgetOn(&QAbstractItemModel::modelAboutToBeReset);
        forgetOn(&QAbstractItemModel::layoutAboutToBeChanged);
        forgetOn(&QAbstractItemModel::rowsAboutToBeInserted);
        forgetOn(&QAbstractItemModel::rowsAboutToBeRemoved);
        forgetOn(&QAbstractItemModel::columnsAboutToBeInserted);
        forgetOn(&QAbstractItemModel::columnsAboutToBeRemoved);
        forgetOn(&QAbstractItemModel::rowsAboutToBeMoved);
        forgetOn(&QAbstractItemModel::columnsAboutToBeMoved);
        m_sourceConnections.append(
            connect(model, &QAbstractItemModel::dataChanged, this, &SearchFilterModel::forgetRows));
    }
    QSortFilterProxyModel::setSourceModel(model);
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this, &SearchFilterModel::forget,
            Qt::UniqueConnection);
}

void SearchFilterModel::setSearchText(const QString &text)
{
    m_text = text;
    const QStringList words = fold(text).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    // One layout change: invalidateFilter() would signal each run of rows it hides or shows,
    // and the view and its header would answer each one (thousands per keystroke).
    invalidate();
}

void SearchFilterModel::setRowFilter(std::function<bool(int)> accepts)
{
    m_rowFilter = std::move(accepts);
    invalidate();
}

bool SearchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_rowFilter && !m_rowFilter(sourceRow))
        return false;
    if (m_words.isEmpty())
        return true;
    Q_UNUSED(sourceParent)
    const QString &haystack = foldedRow(sourceRow);
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

SearchFilterModel::SortKey SearchFilterModel::keyOf(const QModelIndex &index) const
{
    SortKey key;
    key.value = index.data(sortRole());
    const int type = key.value.userType();
    if (type == QMetaType::QString || type == QMetaType::QByteArray || type == QMetaType::QChar) {
        const QString text = key.value.toString();
        key.value = {};
        if (!text.isEmpty()) // no text sorts with no value, after the rest
            key.text = m_collator.sortKey(text);
    }
    return key;
}

const SearchFilterModel::SortKey &SearchFilterModel::sortKeyOf(int sourceRow, int column) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_keyColumn != column || m_keys.empty()) {
        m_keyColumn = column;
        m_keys.clear();
        const int rows = model->rowCount();
        m_keys.reserve(rows);
        for (int row = 0; row < rows; ++row)
            m_keys.push_back(keyOf(model->index(row, column)));
    }
    static const SortKey none;
    return sourceRow < static_cast<int>(m_keys.size()) ? m_keys[sourceRow] : none;
}

bool SearchFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const SortKey &a = sortKeyOf(left.row(), left.column());
    const SortKey &b = sortKeyOf(right.row(), right.column());
    // As Qt's own order: text by the locale's collation, other values by their type, and rows
    // with no value after those with one.
    if (a.text && b.text)
        return a.text->compare(*b.text) < 0;
    const bool aEmpty = !a.text && !a.value.isValid();
    const bool bEmpty = !b.text && !b.value.isValid();
    if (aEmpty || bEmpty)
        return !aEmpty;
    if (a.text || b.text) // text against a number: numbers first
        return !a.text;
    return QVariant::compare(a.value, b.value) == QPartialOrdering::Less;
}
