#pragma once

#include "Indicators.h"

#include <QList>
#include <QString>

class Database;

// An indicator with where it stands today.
struct IndicatorLine
{
    Indicator indicator;
    IndicatorStatus status;
};

// The mission's indicators with their values, intermediate targets and the database's RAG
// thresholds, read once and judged on Clock::today(): what the indicator list, the dashboard and
// the report all show, so that they agree.
QList<IndicatorLine> indicatorLines(Database &db, const QString &missionId);
