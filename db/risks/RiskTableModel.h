#pragma once

#include "Risk.h"
#include "Settings.h"
#include "TableModel.h"

#include <QHash>

class Database;

// A row of the risk register: what it shows, sorts and filters on. Its description, the title's
// tooltip, is read when asked for; the editor reads the whole risk by its id.
struct RiskRow
{
    RiskRow() = default;
    explicit RiskRow(const Risk &r);

    CompactId id;
    QString missionId; // empty: a programme's risk, or a portfolio-wide one
    QString programmeId;
    QString title;
    QString owner;
    QDate reviewDate;
    QDate occurredOn;
    RiskCategory category = RiskCategory::Other;
    RiskState state = RiskState::Open;
    qint8 likelihood = 3;
    qint8 impact = 3;
    qint8 residualLikelihood = 0;
    qint8 residualImpact = 0;

    int score() const { return likelihood * impact; }
    int residualScore() const { return residualLikelihood * residualImpact; }
};

// The risk register across the portfolio, highest inherent score first.
class RiskTableModel : public TableModel<RiskRow>
{
    Q_OBJECT

public:
    explicit RiskTableModel(Database &db, QObject *parent = nullptr);
    void reload();
    // The score limits of the bands the Rating column shows.
    const RiskBandLimits &bands() const { return m_bands; }

private:
    QString descriptionOf(const RiskRow &row) const;

    Database &m_db;
    QHash<QString, QString> m_missionCodes;
    RiskBandLimits m_bands;
};
