#include "IndicatorProgress.h"
#include "Clock.h"
#include "Settings.h"
#include "StageRecords.h"

QList<IndicatorLine> indicatorLines(Database &db, const QString &missionId)
{
    const RagThresholds thresholds = SettingsRepository(db).ragThresholds();
    const QDate today = Clock::today();
    QList<IndicatorLine> lines;
    for (const Indicator &i : MissionRecords<Indicator>(db).forMission(missionId)) {
        lines.append({i,
                      IndicatorStatus::of(
                          i, MissionRecords<IndicatorValue>(db).forOwner(i.meta.id), thresholds,
                          MissionRecords<IndicatorTarget>(db).forOwner(i.meta.id), today)});
    }
    return lines;
}
