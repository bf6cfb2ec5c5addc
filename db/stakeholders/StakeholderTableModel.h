#pragma once

#include "Stakeholder.h"
#include "TableModel.h"

class Database;

// Stakeholders across missions. Protected names show as "Protected (type)". A row holds what the
// list shows and filters on only (StakeholderRepository::listed): no contact details or notes.
class StakeholderTableModel : public TableModel<Stakeholder>
{
    Q_OBJECT

public:
    explicit StakeholderTableModel(Database &db, QObject *parent = nullptr);
    void reload();

private:
    Database &m_db;
};
