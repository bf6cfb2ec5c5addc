#include "SearchFilterModel.h"

SearchFilterModel::SearchFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

QString SearchFilterModel::fold(const QString &text)
{
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

void SearchFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_folded.clear();
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    const auto forget = [this] { m_folded.clear(); };
    // Connected before the proxy's own handling runs again, so the cache is never stale.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, forget);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, forget);
    connect(model, &QAbstractItemModel::dataChanged, this, forget);
}

void SearchFilterModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = fold(text).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void SearchFilterModel::setRowFilter(std::function<bool(int)> accepts)
{
    m_rowFilter = std::move(accepts);
    invalidateFilter();
}

bool SearchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_rowFilter && !m_rowFilter(sourceRow))
        return false;
    if (m_words.isEmpty())
        return true;
    auto cached = m_folded.constFind(sourceRow);
    if (cached == m_folded.cend()) {
        const QAbstractItemModel *model = sourceModel();
        QString haystack;
        for (int column = 0; column < model->columnCount(sourceParent); ++column) {
            haystack += model->index(sourceRow, column, sourceParent).data().toString();
            haystack += u'\n';
        }
        cached = m_folded.insert(sourceRow, fold(haystack));
    }
    const QString &haystack = *cached;
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}
