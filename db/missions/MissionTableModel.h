#pragma once

#include "Mission.h"
#include "TableModel.h"

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
    };

    explicit MissionTableModel(Database &db, QObject *parent = nullptr);
    void reload();

private:
    Database &m_db;
};
