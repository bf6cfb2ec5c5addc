#pragma once

#include "Enums.h"
#include "Record.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

class Database;

// One exit criterion of a stage's gate: "MoU signed", "Needs agreed with the academy"...
struct StageCriterion
{
    Q_DECLARE_TR_FUNCTIONS(StageCriterion)

public:
    RecordMeta meta;
    QString missionId;
    Stage stage = Stage::Consultation;
    int position = 0;
    QString text;
    bool done = false;
    QDate doneOn;

    FieldErrors validate() const;
};

// A move of a mission from one stage to another, with how many criteria were unmet and why.
struct StageTransition
{
    RecordMeta meta;
    QString missionId;
    Stage from = Stage::Consultation;
    Stage to = Stage::Orientation;
    QDateTime happenedAt;
    int unmetCriteria = 0;
    QString reason;
};

// The gates of the five stages and the record of moves between them.
class StageRepository
{
    Q_DECLARE_TR_FUNCTIONS(StageRepository)

public:
    explicit StageRepository(Database &db);

    // The criteria a new mission starts with, per stage (editable per mission afterwards).
    static QStringList defaultCriteria(Stage stage);

    QList<StageCriterion> criteria(const QString &missionId, Stage stage) const;
    std::optional<StageCriterion> findCriterion(const QString &id) const;
    // Writes the default criteria of every stage that has none yet, in one transaction.
    bool ensureDefaults(const QString &missionId, QString *error = nullptr, bool demo = false);
    bool save(StageCriterion &criterion, QString *error = nullptr);
    bool remove(const QString &criterionId, QString *error = nullptr);
    bool restore(const QString &criterionId, QString *error = nullptr);

    QList<StageTransition> transitions(const QString &missionId) const;
    // Moves the mission to `to` and records the move, in one transaction. `reason` is required
    // when criteria of the stage left behind are unmet.
    bool advance(const QString &missionId, Stage to, const QString &reason,
                 QString *error = nullptr, StageTransition *recorded = nullptr);
    // Records a move made earlier (history brought in, demo data) without changing the mission.
    bool recordPastTransition(StageTransition &transition, QString *error = nullptr);
    // Takes a recorded move back (for undo): the mission returns to its `from` stage.
    bool revert(const StageTransition &transition, QString *error = nullptr);

private:
    bool insertTransition(StageTransition &transition, QString *error);
    Database &m_db;
};
