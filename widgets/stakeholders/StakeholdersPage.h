#pragma once

#include "CompactId.h"
#include "TablePage.h"

#include <QSet>

class Edits;
class QAction;
class QComboBox;
class PowerInterestGrid;
class StakeholderTableModel;

// The stakeholder directory across missions: filters by type, mission, quadrant and attitude,
// search as you type, and new, open and delete (undoable). Enter or a double click opens the
// editor with its links and engagement log.
class StakeholdersPage : public TablePage
{
    Q_OBJECT

public:
    StakeholdersPage(Edits &edits, StakeholderTableModel *model, QWidget *parent = nullptr);

    QList<QAction *> stakeholderActions() const;
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *missionFilter() const { return m_mission; }
    QComboBox *quadrantFilter() const { return m_quadrant; }
    QComboBox *attitudeFilter() const { return m_attitude; }
    PowerInterestGrid *grid() const { return m_grid; }
    QAction *gridAction() const { return m_showGrid; }

public Q_SLOTS:
    void newStakeholder();
    void openCurrent();
    void deleteCurrent();

Q_SIGNALS:
    void message(const QString &text);

private:
    void applyFilters();
    void refreshMissions();
    void ensureCurrentAndActions();
    void refreshGrid();

    Edits &m_edits;
    StakeholderTableModel *m_model;
    QComboBox *m_type;
    QComboBox *m_mission;
    QComboBox *m_quadrant;
    QComboBox *m_attitude;
    QSet<CompactId> m_inMission;
    QAction *m_new;
    QAction *m_open;
    QAction *m_delete;
    QAction *m_showGrid;
    PowerInterestGrid *m_grid;
};
