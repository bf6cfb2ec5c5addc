#pragma once

#include "TablePage.h"

class Edits;
class MissionTableModel;
class QAction;
class QCheckBox;
class QComboBox;

// The planner's list of missions: filters by status, stage, host country and lead organisation,
// search as you type, and the actions on missions (new, open, duplicate, archive, delete), each
// undoable. Enter or a double click opens the editor.
class MissionsPage : public TablePage
{
    Q_OBJECT

public:
    MissionsPage(Edits &edits, MissionTableModel *model, QWidget *parent = nullptr);

    QList<QAction *> missionActions() const;

    QComboBox *statusFilter() const { return m_status; }
    QComboBox *stageFilter() const { return m_stage; }
    QComboBox *countryFilter() const { return m_country; }
    QComboBox *leadFilter() const { return m_lead; }
    QComboBox *programmeFilter() const { return m_programme; }
    QCheckBox *archivedFilter() const { return m_showArchived; }

public Q_SLOTS:
    void newMission();
    void openCurrent();
    void duplicateCurrent();
    void toggleArchiveCurrent();
    void deleteCurrent();
    // The current mission's report, as a PDF file or on a printer; asks whether to include the
    // sensitive stakeholder fields.
    void reportCurrent();
    void printCurrent();
    // A report across the missions the list shows (a programme's, when filtered by programme).
    void reportShown();

Q_SIGNALS:
    void message(const QString &text);

private:
    void applyFilters();
    void refreshChoices();
    void updateActions();
    void ensureCurrentAndActions();
    void showError(const QString &text);

    Edits &m_edits;
    MissionTableModel *m_model;
    QComboBox *m_status;
    QComboBox *m_stage;
    QComboBox *m_country;
    QComboBox *m_lead;
    QComboBox *m_programme;
    QCheckBox *m_showArchived;
    QAction *m_new;
    QAction *m_open;
    QAction *m_duplicate;
    QAction *m_archive;
    QAction *m_delete;
    QAction *m_report;
    QAction *m_print;
    QAction *m_portfolioReport;
};
