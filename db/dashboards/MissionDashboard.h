#pragma once

#include "IndicatorProgress.h"
#include "Risk.h"
#include "Settings.h"
#include "StageProgress.h"
#include "StageRecords.h"
#include "StakeholderGrid.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

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
    using IndicatorLine = ::IndicatorLine;

    // Training evaluation on the Kirkpatrick levels, for the trainees on the mission's roster:
    // 1 reaction (answered the end-of-course survey), 2 learning (post-test above pre-test),
    // 3 behaviour (found applying it at a follow-up), 4 results (the impact indicators).
    struct Evaluation
    {
        int trainees = 0;
        int reacted = 0;
        double meanReaction = 0; // 1-5, over those who answered
        int improved = 0;
        int applied = 0;
        QList<IndicatorLine> results;
    };

    QString missionId;
    QList<StageStatus> stages;
    QList<Risk> openRisks;
    QList<Risk> issues; // risks that came true and are not closed: issues to deal with
    QList<TierParticipation> participation; // tiers with anyone counted, in tier order
    double meanPre = 0;
    double meanPost = 0;
    int tested = 0; // trainees with both scores
    QList<CapacityProfileEntry> capacity;
    QList<IndicatorLine> indicators;
    QList<CascadeBranch> cascade;
    QList<BurnUpPoint> burnUp;
    int officersTarget = 0;
    std::optional<int> womenShareTarget; // per cent
    Evaluation evaluation;
    QList<GridPoint> grid; // the mission's stakeholders on the power/interest grid
    RiskBandLimits bands;

    // Open risks whose (likelihood, impact), or residual pair when `residual`, is the cell's.
    QList<Risk> risksInCell(int likelihood, int impact, bool residual) const;
    int countInCell(int likelihood, int impact, bool residual) const;

    static MissionDashboard compute(Database &db, const QString &missionId);
};
