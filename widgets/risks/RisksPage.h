#pragma once

#include "Risk.h"
#include "TableModel.h"
#include "TablePage.h"

class Edits;
class QCustomPlot;
class QTabWidget;
class RecordListPanel;
class RiskTableModel;

// The risk register across the portfolio: new, open (Enter or double-click) and delete risks,
// each undoable; below the list, the selected risk's mitigation actions (owner, due date, done)
// and its score over time from every re-assessment. Overdue reviews and actions stand out.
class RisksPage : public TablePage
{
    Q_OBJECT

public:
    RisksPage(Edits &edits, RiskTableModel *model, QWidget *parent = nullptr);

    RecordListPanel *actionsPanel() const { return m_actions; }
    // Which risks are listed: all, the portfolio's own, a programme's (its own and its
    // missions'), or one mission's.
    class QComboBox *scopeFilter() const { return m_scope; }
    // Category, rating, state and owner, after the scope.
    QList<class QComboBox *> filters() const { return {m_category, m_band, m_state, m_owner}; }
    QCustomPlot *historyPlot() const { return m_history; }

public Q_SLOTS:
    void newRisk();
    void openCurrent();
    void deleteCurrent();

private:
    void showCurrent();
    void refreshScopes();
    void applyScope();
    // Opens the editor on `risk`; returns whether it was saved.
    bool edit(const Risk &risk, const QString &title);
    void editAction(const RiskAction &action, const QString &title);

    Edits &m_edits;
    RecordListPanel *m_actions;
    QCustomPlot *m_history;
    QTabWidget *m_details;
    ListTableModel<RiskAction> *m_actionModel;
    QString m_currentRisk;
    RiskTableModel *m_model;
    class QComboBox *m_scope;
    class QComboBox *m_category;
    class QComboBox *m_band;
    class QComboBox *m_state;
    class QComboBox *m_owner;
    void refreshOwners();
    QHash<QString, QString> m_programmeOf; // mission id: its programme's id
};
