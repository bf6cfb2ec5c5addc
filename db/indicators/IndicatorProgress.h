#pragma once

#include "Indicators.h"

#include <QDate>
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
// The same as they stood on `asOf`: values recorded after it left out, the target due by then.
QList<IndicatorLine> indicatorLines(Database &db, const QString &missionId, const QDate &asOf);
