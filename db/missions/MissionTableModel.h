#pragma once

#include "Mission.h"
#include "TableModel.h"

#include <QHash>

class Database;

// The missions of the open database, one row each, refreshed whenever missions change.
class MissionTableModel : public TableModel<Mission>
{
    Q_OBJECT

public:
    enum ColumnIndex {
        CodeColumn,
        TitleColumn,
        CountryColumn,
        StatusColumn,
        StageColumn,
        MouColumn,
        StartColumn,
        EndColumn,
        LeadColumn,
        ProgrammeColumn,
        OutcomeColumn,
    };

    explicit MissionTableModel(Database &db, QObject *parent = nullptr);
    void reload();
    // The code of the programme a row's mission belongs to ("" for one on its own).
    QString programmeCode(const Mission &mission) const;

private:
    Database &m_db;
    QHash<QString, QString> m_programmeCodes; // by id
};
