#pragma once

#include "MissionDashboard.h"
#include "RecordLink.h"

#include <QCoreApplication>

#include <functional>

class QCustomPlot;

// Where a mission stands: the progress of each stage, and each indicator's achievement against
// its target, coloured by its RAG status. A click on a bar opens the stage or indicator.
class ProgressCharts
{
    Q_DECLARE_TR_FUNCTIONS(ProgressCharts)

public:
    static void drawStages(QCustomPlot *plot, const MissionDashboard &data,
                           const std::function<void(const RecordLink &)> &open);
    static void drawIndicators(QCustomPlot *plot, const MissionDashboard &data,
                               const std::function<void(const RecordLink &)> &open);
};
