#pragma once

#include "WorkshopPlan.h"

#include <QDialog>

class Database;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QListWidget;
class QSpinBox;
class QTableWidget;

// Prepares a workshop: the mission and stage, the agenda with minutes per item, how many
// participants vote and with how many dots, the charts to show, the type size and the theme.
// The agenda's items are added, removed and reordered with the buttons beside it (Insert, Del,
// Ctrl+Up and Ctrl+Down in the table), and are wide enough to read whole.
class WorkshopSetupDialog : public QDialog
{
    Q_OBJECT

public:
    WorkshopSetupDialog(Database &db, const QString &missionId, QWidget *parent = nullptr);

    WorkshopPlan plan() const;
    void accept() override;

private:
    void fillAgenda(Stage stage);
    // Writes `item` into `row`, a new one, with its "shows" choice.
    void setAgendaRow(int row, const AgendaItem &item);
    void addAgendaItem();
    void removeAgendaItem();
    // Moves the current item `step` rows up (-1) or down (+1).
    void moveAgendaItem(int step);
    // Names each row's "shows" choice by its row, and enables the buttons that apply.
    void agendaChanged();

    class QPushButton *m_addItem;
    class QPushButton *m_removeItem;
    class QPushButton *m_upItem;
    class QPushButton *m_downItem;

    Database &m_db;
    QComboBox *m_mission;
    QComboBox *m_stage;
    QTableWidget *m_agenda;
    QSpinBox *m_participants;
    QSpinBox *m_dots;
    QListWidget *m_charts;
    QDoubleSpinBox *m_scale;
    QComboBox *m_theme;
};
