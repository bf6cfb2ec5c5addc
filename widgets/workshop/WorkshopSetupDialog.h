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
class WorkshopSetupDialog : public QDialog
{
    Q_OBJECT

public:
    WorkshopSetupDialog(Database &db, const QString &missionId, QWidget *parent = nullptr);

    WorkshopPlan plan() const;
    void accept() override;

private:
    void fillAgenda(Stage stage);

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
