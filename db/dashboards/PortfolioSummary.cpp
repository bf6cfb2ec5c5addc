#include "PortfolioSummary.h"
#include "Database.h"
#include "Enums.h"
#include "Risk.h"
#include "Settings.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace {
int scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}
} // namespace

PortfolioSummary PortfolioSummary::compute(Database &db, const QDate &today)
{
    PortfolioSummary s;
    s.missions = scalar(db, QStringLiteral("SELECT count(*) FROM missions WHERE deleted = 0"));
    s.activeMissions = scalar(db,
                              QStringLiteral("SELECT count(*) FROM missions WHERE deleted = 0 "
                                             "AND status = 'active'"));
    s.stakeholders =
        scalar(db, QStringLiteral("SELECT count(*) FROM stakeholders WHERE deleted = 0"));
    s.overdueFollowUps = scalar(db,
                                QStringLiteral("SELECT count(*) FROM engagements WHERE deleted = 0 "
                                               "AND follow_up_done = 0 AND follow_up_date < ? "
                                               "AND stakeholder_id IN (SELECT id FROM "
                                               "stakeholders WHERE deleted = 0)"),
                                {Sql::fromDate(today)});

    s.missionsByStage.fill(0, 5);
    QSqlQuery query(db.connection());
    if (query.exec(QStringLiteral("SELECT current_stage, count(*) FROM missions WHERE deleted = 0 "
                                  "AND status <> 'closed' GROUP BY current_stage"))) {
        while (query.next()) {
            if (const auto stage = enumFromCode<Stage>(query.value(0).toString()))
                s.missionsByStage[stageNumber(*stage) - 1] = query.value(1).toInt();
        }
    }
    s.openRisksByBand.fill(0, 3);
    const RiskBandLimits bands = SettingsRepository(db).riskBands();
    if (query.exec(QStringLiteral("SELECT likelihood * impact, count(*) FROM risks WHERE "
                                  "deleted = 0 AND state = 'open' GROUP BY 1"))) {
        while (query.next()) {
            const int band = static_cast<int>(
                riskBand(query.value(0).toInt(), bands.mediumFrom, bands.highFrom));
            s.openRisksByBand[band] += query.value(1).toInt();
            s.openRisks += query.value(1).toInt();
        }
    }
    s.highRisks = s.openRisksByBand.at(static_cast<int>(RiskBand::High));
    return s;
}
