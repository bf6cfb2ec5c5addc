#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class SearchFilterModel;
class TableMenu;

// A titled list with search as you type and sortable columns: the desk's standard view of a table.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    TablePage(const QString &title, QAbstractItemModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    SearchFilterModel *proxy() const { return m_proxy; }
    QString countText() const;
    QAction *exportAction() const { return m_export; }
    // The table's context menu: the page's actions on the row in hand, Copy, Export.
    TableMenu *tableMenu() const { return m_menu; }
    void setRowActions(const QList<QAction *> &actions);
    // Writes the rows shown, in their order, to `path`. Sensitive columns (ratings, attitudes)
    // are left out and protected names stay hidden unless `includeSensitive`.
    bool exportCsv(const QString &path, bool includeSensitive, QString *error = nullptr) const;
    bool hasSensitiveColumns() const;
    // The id of the current row (TableRoles::Id), and making a record's row current.
    QString currentId() const;
    void selectId(const QString &id);
    // Makes the record's row current, clearing the search and setting the filters back to
    // "any" when they hide it; false when the list does not hold it.
    bool reveal(const QString &id);

public Q_SLOTS:
    void exportWithDialog();

public:
    // Places `widget` between the title row and the table (headline figures, filters).
    void setHeaderWidget(QWidget *widget);
    // The usual header of a list page: a row of buttons for `actions`, then "Show:" and the
    // `filters` (combo boxes, check boxes).
    void setActionsAndFilters(const QList<QAction *> &actions, const QList<QWidget *> &filters);
    // Places `widget` under the list (the details of the current row), sharing the height.
    void setFooterWidget(QWidget *widget);
    // Hides the title, where a tab's label already names the list.
    void setTitleShown(bool shown);
    // Another view of the same rows (a chart), shown in place of the table when asked for.
    void setAlternateView(QWidget *widget);
    void showAlternateView(bool show);
    bool alternateViewShown() const;

Q_SIGNALS:
    void countChanged(const QString &text);

protected:
    // Makes the first row current when none is, so that keyboard users land on a row.
    void ensureCurrent();
    // Sizes the columns to what they hold (the first rows), none wider than 420 pixels.
    void fitColumns();

private:
    void updateCount();
    // After a search or filter changed the rows shown: the first row when the one in hand was
    // hidden, and with no row left the page is told (its actions no longer have a record).
    void afterRowsShownChanged();

    QAbstractItemModel *m_model;
    SearchFilterModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_count;
    class QVBoxLayout *m_layout;
    class QStackedWidget *m_views;
    QAction *m_export;
    TableMenu *m_menu;
    QList<QWidget *> m_filters;
    QString m_title;
    QString m_currentBeforeReset;
    bool m_fittedToRows = false; // the columns were fitted with rows in the list
    QString m_currentBeforeLayout;
};
