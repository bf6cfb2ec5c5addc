#include "IndicatorProgress.h"
#include "Clock.h"
#include "Settings.h"
#include "StageRecords.h"

QList<IndicatorLine> indicatorLines(Database &db, const QString &missionId)
{
    return indicatorLines(db, missionId, Clock::today());
}

QList<IndicatorLine> indicatorLines(Database &db, const QString &missionId, const QDate &asOf)
{
    const RagThresholds thresholds = SettingsRepository(db).ragThresholds();
    QList<IndicatorLine> lines;
    for (const Indicator &i : MissionRecords<Indicator>(db).forMission(missionId)) {
        QList<IndicatorValue> values = MissionRecords<IndicatorValue>(db).forOwner(i.meta.id);
        values.removeIf([&asOf](const IndicatorValue &v) { return v.date > asOf; });
        lines.append(
            {i,
             IndicatorStatus::of(i, values, thresholds,
                                 MissionRecords<IndicatorTarget>(db).forOwner(i.meta.id), asOf)});
    }
    return lines;
}
