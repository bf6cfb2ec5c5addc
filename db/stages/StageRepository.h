#pragma once

#include "Describe.h"
#include "Enums.h"
#include "Record.h"
#include "Repository.h"
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

// How each is stored: see Describe.h.
template<> struct Table<StageCriterion>
{
    static constexpr const char *name = "stage_criteria";
    static constexpr const char *context = "StageCriterion";
    static constexpr const char *order = "position, created_at";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io.ref("mission_id", r.missionId);
        io("stage", r.stage, QT_TRANSLATE_NOOP("StageCriterion", "stage"));
        io("position", r.position, QT_TRANSLATE_NOOP("StageCriterion", "position"));
        io("text", r.text, QT_TRANSLATE_NOOP("StageCriterion", "text"), Field::Required);
        io("done", r.done, QT_TRANSLATE_NOOP("StageCriterion", "done"));
        io("done_on", r.doneOn, QT_TRANSLATE_NOOP("StageCriterion", "date done"));
    }
};

template<> struct Table<StageTransition>
{
    static constexpr const char *name = "stage_transitions";
    static constexpr const char *context = "StageTransition";
    static constexpr const char *order = "happened_at";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io.ref("mission_id", r.missionId);
        io("from_stage", r.from);
        io("to_stage", r.to);
        io("happened_at", r.happenedAt);
        io("unmet_criteria", r.unmetCriteria);
        io("reason", r.reason);
    }
};

extern template class Repository<StageCriterion>;
extern template class Repository<StageTransition>;

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
    // The move is dated `on` (noon UTC; today or an invalid date: now); a day after today is
    // refused.
    bool advance(const QString &missionId, Stage to, const QString &reason,
                 QString *error = nullptr, StageTransition *recorded = nullptr,
                 const QDate &on = {});
    // The day each stage up to the current one began (`began[i]` for stage i + 1, the first
    // one's being the mission's start and not read here; an invalid date leaves a stage as it
    // is): the latest forward move into a stage gets the date, or a move is recorded when there
    // is none. The dates must be in order and not after today. `written` gets the moves as
    // written, for undo.
    bool setStageDates(const QString &missionId, const QList<QDate> &began, QString *error,
                       QList<StageTransition> *written);
    // Undoes setStageDates: the moves in `written` return to their state in `before`, or are
    // deleted when they were not there.
    bool restoreTransitions(const QList<StageTransition> &before,
                            const QList<StageTransition> &written, QString *error);
    // The day a move happened as the person reads it: the day entered for a move dated after
    // the fact (stamped noon UTC), the local day for one made as it happened.
    static QDate dayOf(const QDateTime &happenedAt);
    // The move that began `stage` (the latest forward one), if any.
    static std::optional<StageTransition> moveInto(const QList<StageTransition> &moves,
                                                   Stage stage);
    // Records a move made earlier (history brought in, demo data) without changing the mission.
    bool recordPastTransition(StageTransition &transition, QString *error = nullptr);
    // Takes a recorded move back (for undo): the mission returns to its `from` stage.
    bool revert(const StageTransition &transition, QString *error = nullptr);

private:
    bool insertTransition(StageTransition &transition, QString *error);
    Database &m_db;
};
