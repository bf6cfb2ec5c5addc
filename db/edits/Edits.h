#pragma once

#include "Curriculum.h"
#include "Engagement.h"
#include "FieldPackage.h"
#include "Mission.h"
#include "Programme.h"
#include "Risk.h"
#include "Settings.h"
#include "StageRecords.h"
#include "StageRepository.h"
#include "Stakeholder.h"

#include <QObject>

class Database;
class QUndoStack;

// The one way the widgets change data. Each edit is checked first (nothing is pushed when it is
// refused), then becomes a command on the database's undo stack, committed at once: there is no
// separate Save. Commands hold ids and values, never pointers to rows.
class Edits : public QObject
{
    Q_OBJECT

public:
    Edits(Database &db, QUndoStack *stack, QObject *parent = nullptr);

    Database &database() const { return m_db; }
    QUndoStack *stack() const { return m_stack; }

    // Each returns false and fills `error` when the edit is refused or fails; nothing changes then.
    bool saveMission(Mission &mission, QString *error = nullptr);
    bool deleteMission(const QString &id, QString *error = nullptr);
    bool setMissionArchived(const QString &id, bool archived, QString *error = nullptr);
    // A copy with a free code ("HR-HC-01-2") and no MoU date; returns the new mission's id.
    QString duplicateMission(const QString &id, QString *error = nullptr);

    bool saveStakeholder(Stakeholder &stakeholder, QString *error = nullptr);
    bool deleteStakeholder(const QString &id, QString *error = nullptr);
    bool saveLink(StakeholderLink &link, QString *error = nullptr);
    // New stakeholders, each linked to `missionId` (when given) in its role: one undoable step,
    // written in one transaction, all or nothing. A refusal names the row's `line` (when not 0)
    // and leaves nothing written and nothing to redo. On success the stakeholders carry their ids.
    struct NewStakeholder
    {
        Stakeholder stakeholder;
        QString role;
        int line = 0; // in the file it came from
    };
    bool addStakeholders(QList<NewStakeholder> &rows, const QString &missionId,
                         const QString &undoText, QString *error = nullptr);
    bool deleteLink(const QString &linkId, QString *error = nullptr);
    // Links one stakeholder to several missions in `role`: one undoable step, all or nothing.
    // Missions it is already linked to are refused by name before anything is written.
    bool linkToMissions(const QString &stakeholderId, const QStringList &missionIds,
                        const QString &role, QString *error = nullptr);
    bool saveEngagement(Engagement &engagement, QString *error = nullptr);
    bool deleteEngagement(const QString &id, QString *error = nullptr);

    bool saveProgramme(Programme &programme, QString *error = nullptr);
    bool deleteProgramme(const QString &id, QString *error = nullptr);
    bool saveProgrammeEvent(ProgrammeEvent &event, QString *error = nullptr);
    bool deleteProgrammeEvent(const QString &id, QString *error = nullptr);

    bool saveRisk(Risk &risk, QString *error = nullptr);
    bool deleteRisk(const QString &id, QString *error = nullptr);

    bool saveCriterion(StageCriterion &criterion, QString *error = nullptr);
    bool deleteCriterion(const QString &id, QString *error = nullptr);
    // Gives (delta 1) or takes back (-1) one of a workshop participant's dots on a finding or a
    // need: one step, which carries the participant, so that undo takes the dot back from the
    // one who gave it (dotMoved says so).
    bool giveDot(const QString &noteId, int participant, int delta, QString *error = nullptr);
    bool saveNeed(Need &need, QString *error = nullptr);
    bool deleteNeed(const QString &id, QString *error = nullptr);
    bool saveModule(TrainingModule &module, QString *error = nullptr);
    bool deleteModule(const QString &id, QString *error = nullptr);
    // How far a module answers a need (nullopt: not at all).
    bool setCoverage(const QString &moduleId, const QString &needId,
                     std::optional<Coverage> coverage, QString *error = nullptr);

    // The records of the stage forms (StageRecords.h): sessions, findings, legislation,
    // capacity assessments, trainees, training sessions, materials, follow-up activities.
    template<typename T> bool saveStageRecord(T &record, QString *error = nullptr);
    template<typename T> bool deleteStageRecord(const QString &id, QString *error = nullptr);

    // The database's risk rating bands and RAG thresholds, in one undoable step.
    bool saveRatingSettings(const RiskBandLimits &bands, const RagThresholds &rag,
                            QString *error = nullptr);

    // Moves the mission to `to`, recording the move (on `on`, a day up to today; default now);
    // undo takes it back.
    bool moveToStage(const QString &missionId, Stage to, const QString &reason,
                     QString *error = nullptr, const QDate &on = {});
    // The day each stage up to the current one began (`began[i]` for stage i + 1; an invalid
    // date leaves that stage's record as it is): history entered after the fact, for a mission
    // created at a later stage or moved on without being recorded. One step.
    bool setStageDates(const QString &missionId, const QList<QDate> &began,
                       QString *error = nullptr);

    // A field package's import, with its conflicts decided (FieldPackage::apply), as one step:
    // undo takes back every record it added or changed and what it recorded about the package's
    // origin, so that the package can be imported again. `applied` says what came in.
    bool importPackage(const QByteArray &payload, const FieldPackage::Decisions &decisions,
                       FieldPackage::Preview *applied, QString *error = nullptr);
    // Combines the record `goneId` of `table` into `keepId` (Aliases::combine), as one step.
    bool combineRecords(const QString &table, const QString &keepId, const QString &goneId,
                        QString *error = nullptr);

Q_SIGNALS:
    // An undo or redo could not be carried out (a full disk, a code taken in the meantime).
    void failed(const QString &message);
    // A participant's dot went on (delta 1) or came off (-1) a note, by giveDot, undo or redo.
    void dotMoved(const QString &noteId, int participant, int delta);

private:
    bool push(class RecordCommand *command, QString *error);
    // Pushes one command that writes `value` (insert or update) and can put back what was there
    // before; `text(before, after)` names the step. Refused, with `errors`, when they are any.
    template<typename Store, typename T, typename Text>
    bool saveRecord(T &value, const FieldErrors &errors, Text text, QString *error);
    // Pushes one command that marks the record deleted and can restore it.
    template<typename Store, typename Text>
    bool deleteRecord(const QString &id, Text text, const QString &missing, QString *error);

    Database &m_db;
    QUndoStack *m_stack;
};
