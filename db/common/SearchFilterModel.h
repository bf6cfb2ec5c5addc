#pragma once

#include <QAbstractProxyModel>
#include <QCollator>
#include <QHash>
#include <QLocale>

#include <functional>
#include <optional>
#include <vector>

// Search as you type across every column, ignoring case and diacritics, so that "cakovec" finds
// "Čakovec" on a keyboard without them. Every word typed must appear somewhere in the row.
//
// Made for lists of 100,000 rows: each row's text is folded once, and the rows are put in order
// once per sorted column (a collation key for each distinct text, read once per row; numbers as
// they are). A keystroke or a filter then walks the rows in that order keeping those that match,
// so it never sorts again, and the list changes in one layout change rather than one signal per
// run of hidden rows. Folding, reading the sort values and computing the keys of a long list
// share the work between the window's thread and one other.
class SearchFilterModel : public QAbstractProxyModel
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
    // The list has a search field: its rows' text is folded just after they are read (again at
    // every reload), once the window has drawn them, so that the first keystroke finds it done.
    // Without it, a row is folded when first searched.
    void prepareSearch();

    // Rows sort on the values of this role (TableRoles::Sort), text by the locale's collation;
    // -1: the source's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    struct SortKey
    {
        QVariant value; // numbers, dates, flags: compared as they are
        std::optional<QCollatorSortKey> text; // text: compared by the locale's collation
        // A number a double holds exactly (a rating, a count, a flag, a day), held as one too:
        // two of them compare without going through QVariant.
        double number = 0;
        bool numeric = false;
    };
    // <0, 0 or >0 as a comes before, with or after b in ascending order.
    static int compare(const SortKey &a, const SortKey &b);
    // `seen`: the keys of the texts met so far, to use and to add to.
    static SortKey keyOf(const QModelIndex &index, const QCollator &collator,
                         QHash<QString, QCollatorSortKey> *seen);
    QCollator newCollator() const;
    // Each source row's place in the column's ascending order.
    std::vector<int> ranksOf(int column) const;
    // The same, sooner, for a column of numbers (and dates, flags) or of texts of few values;
    // nothing for any other (names, mixed values), which ranksOf() sorts the general way.
    std::optional<std::vector<int>> quickRanksOf(int column) const;
    // A number, date or flag as a double that holds it exactly; nothing for any other value.
    static std::optional<double> numberOf(const QVariant &value);
    static bool isText(const QVariant &value);
    // `rows` by their rank, ascending or descending; rows of one rank keep their order.
    static std::vector<int> inRankOrder(const std::vector<int> &rows, const std::vector<int> &rank,
                                        bool ascending);
    const QByteArray &foldedRow(int sourceRow) const;
    // Whether the source's rows may be read on two threads at once (a TableModel's may: they
    // are values read through const functions).
    bool readsInParallel() const;
    void foldAll();
    void foldSoon(); // foldAll() once the event loop runs again
    bool holdsWords(int sourceRow) const;
    // The rows in order (after the source changed or the sort did), then the rows shown.
    void orderRows();
    void chooseRows();
    // chooseRows() (after orderRows() when `reorder`) in one layout change that keeps the
    // persistent indexes (the row in hand).
    void rechoose(bool reorder, LayoutChangeHint hint);
    void forget();
    void sourceAboutToChange();
    void sourceChanged();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    QString m_text;
    QList<QByteArray> m_words; // folded, in UTF-8
    std::function<bool(int)> m_rowFilter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Every source row, in the sort's order.
    std::vector<int> m_order;
    // Per column sorted so far, each source row's place in its ascending order (rows of the
    // same value share one): sorting by it again compares numbers only, and the first column's
    // breaks the ties of the others. Read again when the source changes.
    std::vector<std::vector<int>> m_ranks;
    // The rows shown: proxy row to source row, and source row to proxy row (-1: hidden).
    std::vector<int> m_shown;
    std::vector<int> m_rowOfSource;
    // Each source row's text, folded once (empty until first searched), in UTF-8: most of it is
    // ASCII, one byte a character rather than two, and a word found in it is found whole.
    mutable std::vector<QByteArray> m_folded;
    QLocale m_locale;
    bool m_searchable = false;
    bool m_foldPending = false;
    bool m_sourceChanging = false;
    QList<QMetaObject::Connection> m_sourceConnections;
};
