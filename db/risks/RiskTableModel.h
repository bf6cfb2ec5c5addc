#pragma once

#include "Risk.h"
#include "Settings.h"
#include "TableModel.h"

#include <QHash>

class Database;

// The risk register across the portfolio, highest inherent score first.
class RiskTableModel : public TableModel<Risk>
{
    Q_OBJECT

public:
    explicit RiskTableModel(Database &db, QObject *parent = nullptr);
    void reload();
    // The score limits of the bands the Rating column shows.
    const RiskBandLimits &bands() const { return m_bands; }

private:
    Database &m_db;
    QHash<QString, QString> m_missionCodes;
    RiskBandLimits m_bands;
};
