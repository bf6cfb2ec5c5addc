#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

// Search as you type across every column, ignoring case and diacritics, so that "cakovec" finds
// "Čakovec" on a keyboard without them. Every word typed must appear somewhere in the row.
//
// Made for lists of 100,000 rows: each row's text is folded once, each row's sort key (a collation
// key for text) is read once per sorted column, and a keystroke rebuilds the list in one layout
// change rather than one signal per run of hidden rows.
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
    // The search field has the focus: the rows' text is folded a slice at a time while the window
    // is idle, so that the first keystroke finds it done (lists nobody searches are left alone).
    void prepareSearch();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct SortKey
    {
        QVariant value; // numbers, dates, flags: compared as they are
        std::optional<QCollatorSortKey> text; // text: compared by the locale's collation
    };
    SortKey keyOf(const QModelIndex &index) const;
    const SortKey &sortKeyOf(int sourceRow, int column) const;
    const QString &foldedRow(int sourceRow) const;
    void forget();
    void forgetRows(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void warmUp();

    QString m_text;
    QStringList m_words;
    std::function<bool(int)> m_rowFilter;
    // Each source row's text, folded once (empty until first searched).
    mutable std::vector<QString> m_folded;
    // Each source row's sort key for m_keyColumn (built for all rows when first compared).
    mutable std::vector<SortKey> m_keys;
    mutable int m_keyColumn = -1;
    QCollator m_collator;
    QTimer *m_warmUp = nullptr;
    int m_warmRow = 0;
    bool m_warmWanted = false;
    QList<QMetaObject::Connection> m_sourceConnections;
};
