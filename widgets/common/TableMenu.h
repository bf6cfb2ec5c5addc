#pragma once

#include <QObject>

#include <functional>

class QAbstractItemView;
class QAction;
class QMenu;
class QPoint;

// The context menu of a table: the actions on its rows the owner gives (open, duplicate,
// delete...), then Copy (Ctrl+C: the selected rows as tab-separated text with the column names,
// for a spreadsheet or a message) and, where the table holds sensitive columns (ratings, contact
// details, protected names), a Copy that includes them, asked for by name. A right-click on a
// row outside the selection makes that row the one in hand first, as file managers do.
class TableMenu : public QObject
{
    Q_OBJECT

public:
    explicit TableMenu(QAbstractItemView *view);
    // A menu whose row action is `openText` ("Open Mission"), doing what a double-click does.
    static TableMenu *withOpen(QAbstractItemView *view, const QString &openText);

    // The owner's actions, read each time the menu opens (their state is current then); a null
    // action is a separator.
    void setRowActions(std::function<QList<QAction *>()> actions);
    // Actions on the whole list (Export List to CSV), after Copy.
    void setListActions(const QList<QAction *> &actions);
    // The menu as it would open now; the caller owns it.
    QMenu *menu(QWidget *parent) const;
    QAction *copyAction() const { return m_copy; }
    QAction *copySensitiveAction() const { return m_copySensitive; }

    // The selected rows (or the current one) as the Copy action puts them on the clipboard.
    QString selectedText(bool includeSensitive) const;

private:
    void open(const QPoint &at);
    bool hasSensitiveColumns() const;

    QAbstractItemView *m_view;
    std::function<QList<QAction *>()> m_rowActions;
    QList<QAction *> m_listActions;
    QAction *m_copy;
    QAction *m_copySensitive;
};
