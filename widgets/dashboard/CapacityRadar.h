#pragma once

#include "MissionDashboard.h"
#include "RecordLink.h"

#include <QCoreApplication>

#include <functional>

class QCustomPlot;

// The capacity radar: one spoke per dimension on the 0-4 scale, with the baseline, current and
// target profiles. A click on a point opens the capacity assessment.
class CapacityRadar
{
    Q_DECLARE_TR_FUNCTIONS(CapacityRadar)

public:
    static void draw(QCustomPlot *plot, const MissionDashboard &data,
                     const std::function<void(const RecordLink &)> &open);
    // Keeps the web round for the plot's present size.
    static void fit(QCustomPlot *plot);
};
