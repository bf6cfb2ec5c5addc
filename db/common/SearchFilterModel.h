#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

#include <functional>

// Search as you type across every column, ignoring case and diacritics, so that "cakovec" finds
// "Čakovec" on a keyboard without them. Every word typed must appear somewhere in the row.
class SearchFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // An extra condition on source rows (the page's filters); an empty one accepts every row.
    void setRowFilter(std::function<bool(int sourceRow)> accepts);
    QString searchText() const { return m_text; }

    static QString fold(const QString &text);
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    std::function<bool(int)> m_rowFilter;
    // Each source row's text, folded once: typing then costs a lookup per row, not a fold.
    mutable QHash<int, QString> m_folded;
};
