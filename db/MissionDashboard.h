#pragma once

#include "Indicators.h"
#include "Risk.h"
#include "Settings.h"
#include "StageProgress.h"
#include "StageRecords.h"

#include <QDate>
#include <QList>
#include <QPair>

class Database;

// The figures a mission's dashboard draws, read once per refresh: stage progress, the 5x5 risk
// heat maps, participation by sex per tier, test scores, the capacity profile, indicators, the
// cascade and the burn-up of officers trained. Nothing here knows about widgets.
struct MissionDashboard
{
    struct TierParticipation
    {
        TrainingTier tier = TrainingTier::National;
        int female = 0;
        int male = 0;
        int other = 0;
    };
    struct BurnUpPoint
    {
        QDate date;
        int trained = 0; // cumulative, sessions held
        int planned = 0; // cumulative, every session recorded
    };
    struct IndicatorLine
    {
        Indicator indicator;
        IndicatorStatus status;
    };

    QList<StageStatus> stages;
    QList<Risk> openRisks;
    QList<TierParticipation> participation; // tiers with anyone counted, in tier order
    double meanPre = 0;
    double meanPost = 0;
    int tested = 0; // trainees with both scores
    QList<CapacityProfileEntry> capacity;
    QList<IndicatorLine> indicators;
    QList<CascadeBranch> cascade;
    QList<BurnUpPoint> burnUp;
    int officersTarget = 0;
    RiskBandLimits bands;

    // Open risks whose (likelihood, impact), or residual pair when `residual`, is the cell's.
    QList<Risk> risksInCell(int likelihood, int impact, bool residual) const;
    int countInCell(int likelihood, int impact, bool residual) const;

    static MissionDashboard compute(Database &db, const QString &missionId);
};
