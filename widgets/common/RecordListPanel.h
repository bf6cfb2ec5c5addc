#pragma once

#include "TablePage.h"

#include <functional>

class QAction;
class QLabel;

// A stage form's list of records (sessions, trainees, materials...): search, sort, export, and
// Add (Insert), Edit (Enter or double-click) and Delete (Del) on the current row. The panel only
// asks; its owner opens the editor or makes the edit.
class RecordListPanel : public TablePage
{
    Q_OBJECT

public:
    RecordListPanel(const QString &title, QAbstractItemModel *model, QWidget *parent = nullptr);

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    // Reads the list again (and its summary) through the function the owner set.
    void setReloader(std::function<void()> reload) { m_reload = std::move(reload); }
    void reload()
    {
        if (m_reload)
            m_reload();
    }
    // A line above the list saying where things stand ("3 of 4 sessions held").
    void setSummary(const QString &text);
    QString summary() const;

Q_SIGNALS:
    void addRequested();
    void editRequested(const QString &id);
    void deleteRequested(const QString &id);

private:
    void updateActions();

    QAction *m_add;
    QAction *m_edit;
    QAction *m_delete;
    QLabel *m_summary;
    bool m_fitted = false;
    std::function<void()> m_reload;
};
