#pragma once

#include "MissionDashboard.h"
#include "RecordLink.h"

#include <QCoreApplication>

#include <functional>

class QCustomPlot;

// The charts of a mission's training: participation by sex per tier against the women's share
// target, mean pre- and post-test scores, the cascade of officers each trainer reached, the
// burn-up of officers trained against the target, and the Kirkpatrick funnel.
class TrainingCharts
{
    Q_DECLARE_TR_FUNCTIONS(TrainingCharts)

public:
    static void drawParticipation(QCustomPlot *plot, const MissionDashboard &data);
    static void drawScores(QCustomPlot *plot, const MissionDashboard &data);
    static void drawCascade(QCustomPlot *plot, const MissionDashboard &data,
                            const std::function<void(const RecordLink &)> &open);
    static void drawBurnUp(QCustomPlot *plot, const MissionDashboard &data);
    static void drawEvaluation(QCustomPlot *plot, const MissionDashboard &data);
};
