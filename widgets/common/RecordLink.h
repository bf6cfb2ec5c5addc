#pragma once

#include "Enums.h"

#include <QString>

// What a click on a chart opens: a stage, risk, indicator, trainee, stakeholder or the capacity
// assessment of a mission.
struct RecordLink
{
    enum class Kind { Stage, Risk, Indicator, Trainee, Stakeholder, Capacity };
    Kind kind = Kind::Stage;
    QString missionId;
    QString id; // empty for a stage or the capacity assessment
    Stage stage = Stage::Consultation;
};
