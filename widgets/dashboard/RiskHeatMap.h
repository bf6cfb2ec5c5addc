#pragma once

#include "MissionDashboard.h"

#include <QCoreApplication>

#include <functional>

class QCustomPlot;

// The 5x5 heat map of a mission's open risks, likelihood against impact, inherent or residual
// (after treatment): each cell coloured by its band and showing its count. A click on a cell
// calls `clicked` with its likelihood and impact.
class RiskHeatMap
{
    Q_DECLARE_TR_FUNCTIONS(RiskHeatMap)

public:
    static void draw(QCustomPlot *plot, const MissionDashboard &data, bool residual,
                     const std::function<void(int likelihood, int impact)> &clicked);
};
