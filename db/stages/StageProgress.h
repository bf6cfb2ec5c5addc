#pragma once

#include "Enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Where a mission stands in one stage, computed from what is recorded, never typed in. The rules
// are in docs/stages.md: a stage's progress is the mean of the measures that apply to it.
struct StageStatus
{
    enum class State { NotStarted, InProgress, Complete };

    struct Measure
    {
        QString label; // "3 of 4 exit criteria met"
        double value = 0; // 0..1
    };

    Stage stage = Stage::Consultation;
    State state = State::NotStarted;
    bool current = false;
    double progress = 0; // 0..1
    int criteriaMet = 0;
    int criteriaTotal = 0;
    QList<Measure> measures;
};

namespace StageProgress {
QList<StageStatus> compute(Database &db, const QString &missionId);
QString stateLabel(StageStatus::State state);
} // namespace StageProgress
