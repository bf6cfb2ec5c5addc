#include "Edits.h"
#include "Database.h"
#include "EngagementRepository.h"
#include "MissionRepository.h"
#include "ProgrammeRepository.h"
#include "RecordCommand.h"
#include "RiskRepository.h"
#include "SqlSupport.h"
#include "StakeholderRepository.h"
#include "TransactionGuard.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

using namespace EditsSupport;

namespace {

// The criteria seen through the find/save/remove/restore shape the templates below expect.
class StageCriterionStore
{
public:
    explicit StageCriterionStore(Database &db)
        : m_repository(db)
    {
    }
    std::optional<StageCriterion> find(const QString &id) const
    {
        return m_repository.findCriterion(id);
    }
    bool save(StageCriterion &c, QString *error) { return m_repository.save(c, error); }
    bool remove(const QString &id, QString *error) { return m_repository.remove(id, error); }
    bool restore(const QString &id, QString *error) { return m_repository.restore(id, error); }

private:
    StageRepository m_repository;
};

} // namespace

Edits::Edits(Database &db, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_stack(stack)
{
}

bool Edits::push(RecordCommand *command, QString *error)
{
    // Run before the push: QUndoStack::push drops the redo history even for a command it then
    // throws away, and a refused (or cancelled) change must lose nothing.
    if (!command->runFirst(error)) {
        delete command;
        return false;
    }
    m_stack->push(command);
    return true;
}

namespace {

// A mission is created with the default exit criteria of its five stages, in one transaction and
// one undo step.
class MissionWithGates
{
public:
    explicit MissionWithGates(Database &db)
        : m_db(db)
    {
    }
    std::optional<Mission> find(const QString &id) const
    {
        return MissionRepository(m_db).find(id);
    }
    bool save(Mission &m, QString *error)
    {
        TransactionGuard guard(m_db);
        return guard.started(error) && MissionRepository(m_db).save(m, error)
            && StageRepository(m_db).ensureDefaults(m.meta.id, error, m.meta.demo)
            && guard.commit(error);
    }
    bool remove(const QString &id, QString *error)
    {
        return MissionRepository(m_db).remove(id, error);
    }
    bool restore(const QString &id, QString *error)
    {
        return MissionRepository(m_db).restore(id, error);
    }
    // Its sites are written with it: the same ones, in the same order, with the same values.
    static bool sameParts(const Mission &a, const Mission &b)
    {
        return std::equal(a.sites.cbegin(), a.sites.cend(), b.sites.cbegin(), b.sites.cend(),
                          [](const MissionSite &x, const MissionSite &y) {
                              return x.meta.id == y.meta.id && x.meta.deleted == y.meta.deleted
                                  && x.country == y.country && x.city == y.city
                                  && x.institution == y.institution;
                          });
    }
    static void nameParts(Mission &m) { MissionRepository::nameSites(m); }
    // Undo writes the sites back as they were and deletes those the change added; a site
    // another window or an import added meanwhile stays.
    static Mission undoState(const Mission &before, const Mission &after)
    {
        Mission state = before;
        for (const MissionSite &site : after.sites) {
            const bool known =
                std::any_of(state.sites.cbegin(), state.sites.cend(),
                            [&site](const MissionSite &s) { return s.meta.id == site.meta.id; });
            if (!known && !site.meta.deleted) {
                MissionSite added = site;
                added.meta.deleted = true;
                state.sites.append(added);
            }
        }
        return state;
    }

private:
    Database &m_db;
};

// Adds `delta` to the votes of a finding or a need; refused below 0 (the votes were lowered by
// hand meanwhile), so that undo never gives back a dot that was not taken.
bool addVotes(Database &db, const QString &noteId, int delta, QString *error)
{
    const auto apply = [delta, error](int &votes) {
        if (votes + delta < 0) {
            Sql::setError(error, Edits::tr("The note has no dot left to take back."));
            return false;
        }
        votes += delta;
        return true;
    };
    if (std::optional<Need> n = NeedRepository(db).find(noteId))
        return apply(n->votes) && NeedRepository(db).save(*n, error);
    if (std::optional<Finding> f = Repository<Finding>(db).find(noteId))
        return apply(f->votes) && Repository<Finding>(db).save(*f, error);
    Sql::setError(error, Edits::tr("The note no longer exists."));
    return false;
}

} // namespace

bool Edits::giveDot(const QString &noteId, int participant, int delta, QString *error)
{
    Database &db = m_db;
    const QString text = delta > 0 ? tr("Give participant %1's dot").arg(participant)
                                   : tr("Take back participant %1's dot").arg(participant);
    return push(new RecordCommand(
                    text,
                    [this, &db, noteId, participant, delta](QString *e) {
                        if (!addVotes(db, noteId, delta, e))
                            return false;
                        Q_EMIT dotMoved(noteId, participant, delta);
                        return true;
                    },
                    [this, &db, noteId, participant, delta](QString *e) {
                        if (!addVotes(db, noteId, -delta, e))
                            return false;
                        Q_EMIT dotMoved(noteId, participant, -delta);
                        return true;
                    },
                    this),
                error);
}

bool Edits::saveMission(Mission &mission, QString *error)
{
    return saveRecord<MissionWithGates>(
        mission, MissionRepository(m_db).check(mission),
        [](const std::optional<Mission> &before, const Mission &after) {
            if (before && !MissionWithGates::sameParts(*before, after))
                return tr("Edit mission %1").arg(after.code);
            return changeText<Mission>(before, after, tr("Create mission %1").arg(after.code),
                                       tr("Change mission %1"),
                                       tr("Edit mission %1").arg(after.code));
        },
        error);
}

bool Edits::deleteMission(const QString &id, QString *error)
{
    return deleteRecord<MissionRepository>(
        id, [](const Mission &m) { return tr("Delete mission %1").arg(m.code); },
        tr("The mission no longer exists."), error);
}

bool Edits::setMissionArchived(const QString &id, bool archived, QString *error)
{
    std::optional<Mission> mission = MissionRepository(m_db).find(id);
    if (!mission) {
        if (error)
            *error = tr("The mission no longer exists.");
        return false;
    }
    mission->archived = archived;
    return saveMission(*mission, error);
}

QString Edits::duplicateMission(const QString &id, QString *error)
{
    MissionRepository missions(m_db);
    std::optional<Mission> original = missions.find(id);
    if (!original) {
        if (error)
            *error = tr("The mission no longer exists.");
        return {};
    }
    Mission copy = *original;
    copy.meta = {};
    copy.mouStatus = MouStatus::None;
    copy.mouDate = {};
    copy.status = MissionStatus::Planned;
    copy.currentStage = Stage::Consultation;
    copy.archived = false;
    copy.predecessorIds.clear();
    copy.outcome = MissionOutcome::Open;
    copy.outcomeOn = {};
    copy.outcomeNote.clear();
    for (MissionSite &site : copy.sites)
        site.meta = {};
    for (int n = 2; n < 1000; ++n) {
        const QString suffix = QStringLiteral("-%1").arg(n);
        copy.code = original->code.left(Limits::Code - suffix.size()) + suffix;
        if (!missions.codeInUse(copy.code))
            break;
    }
    copy.title = tr("%1 (copy)").arg(original->title).left(Limits::Name);
    return saveMission(copy, error) ? copy.meta.id : QString();
}

bool Edits::saveCriterion(StageCriterion &criterion, QString *error)
{
    return saveRecord<StageCriterionStore>(
        criterion, criterion.validate(),
        [](const std::optional<StageCriterion> &before, const StageCriterion &after) {
            if (!before)
                return tr("Add exit criterion");
            if (before->done != after.done)
                return after.done ? tr("Tick exit criterion") : tr("Untick exit criterion");
            return tr("Edit exit criterion");
        },
        error);
}

bool Edits::deleteCriterion(const QString &id, QString *error)
{
    return deleteRecord<StageCriterionStore>(
        id, [](const StageCriterion &) { return tr("Delete exit criterion"); },
        tr("The criterion no longer exists."), error);
}

bool Edits::moveToStage(const QString &missionId, Stage to, const QString &reason, QString *error,
                        const QDate &on)
{
    // The move is recorded when first done; undo takes that record back, redo records it anew.
    auto recorded = std::make_shared<StageTransition>();
    Database &db = m_db;
    return push(
        new RecordCommand(
            tr("Move mission to %1").arg(enumLabel(to)),
            [&db, missionId, to, reason, recorded, on](QString *e) {
                return StageRepository(db).advance(missionId, to, reason, e, recorded.get(), on);
            },
            [&db, recorded](QString *e) { return StageRepository(db).revert(*recorded, e); }, this),
        error);
}

bool Edits::saveProgramme(Programme &programme, QString *error)
{
    return saveRecord<ProgrammeRepository>(
        programme, ProgrammeRepository(m_db).check(programme),
        [](const std::optional<Programme> &before, const Programme &after) {
            return changeText<Programme>(before, after, tr("Create programme %1").arg(after.code),
                                         tr("Change programme %1"),
                                         tr("Edit programme %1").arg(after.code));
        },
        error);
}

bool Edits::deleteProgramme(const QString &id, QString *error)
{
    return deleteRecord<ProgrammeRepository>(
        id, [](const Programme &p) { return tr("Delete programme %1").arg(p.code); },
        tr("The programme no longer exists."), error);
}

bool Edits::saveProgrammeEvent(ProgrammeEvent &event, QString *error)
{
    return saveRecord<Repository<ProgrammeEvent>>(
        event, event.validate(),
        [](const std::optional<ProgrammeEvent> &before, const ProgrammeEvent &after) {
            return before ? tr("Edit event \"%1\"").arg(after.title)
                          : tr("Add event \"%1\"").arg(after.title);
        },
        error);
}

bool Edits::deleteProgrammeEvent(const QString &id, QString *error)
{
    return deleteRecord<Repository<ProgrammeEvent>>(
        id, [](const ProgrammeEvent &e) { return tr("Delete event \"%1\"").arg(e.title); },
        tr("The event no longer exists."), error);
}

bool Edits::setStageDates(const QString &missionId, const QList<QDate> &began, QString *error)
{
    Database &db = m_db;
    const QList<StageTransition> before = StageRepository(db).transitions(missionId);
    auto written = std::make_shared<QList<StageTransition>>();
    const auto apply = [&db, missionId, began, written](QString *e) {
        return StageRepository(db).setStageDates(missionId, began, e, written.get());
    };
    const auto revert = [&db, before, written](QString *e) {
        return StageRepository(db).restoreTransitions(before, *written, e);
    };
    return push(new RecordCommand(tr("Set stage dates"), apply, revert, this), error);
}

bool Edits::saveRisk(Risk &risk, QString *error)
{
    return saveRecord<RiskRepository>(
        risk, risk.validate(),
        [](const std::optional<Risk> &before, const Risk &after) {
            return before ? tr("Edit risk \"%1\"").arg(after.title)
                          : tr("Add risk \"%1\"").arg(after.title);
        },
        error);
}

bool Edits::deleteRisk(const QString &id, QString *error)
{
    return deleteRecord<RiskRepository>(
        id, [](const Risk &r) { return tr("Delete risk \"%1\"").arg(r.title); },
        tr("The risk no longer exists."), error);
}

bool Edits::saveRatingSettings(const RiskBandLimits &bands, const RagThresholds &rag,
                               QString *error)
{
    FieldErrors errors = SettingsRepository::validate(bands);
    errors += SettingsRepository::validate(rag);
    if (!errors.isEmpty()) {
        if (error)
            *error = joinMessages(errors);
        return false;
    }
    const SettingsRepository current(m_db);
    const RiskBandLimits oldBands = current.riskBands();
    const RagThresholds oldRag = current.ragThresholds();
    Database &db = m_db;
    const auto write = [&db](const RiskBandLimits &b, const RagThresholds &r, QString *e) {
        TransactionGuard guard(db);
        SettingsRepository settings(db);
        return guard.started(e) && settings.setRiskBands(b, e) && settings.setRagThresholds(r, e)
            && guard.commit(e);
    };
    return push(new RecordCommand(
                    tr("Change risk bands and RAG thresholds"),
                    [write, bands, rag](QString *e) { return write(bands, rag, e); },
                    [write, oldBands, oldRag](QString *e) { return write(oldBands, oldRag, e); },
                    this),
                error);
}

bool Edits::saveNeed(Need &need, QString *error)
{
    return saveRecord<NeedRepository>(
        need, need.validate(),
        [](const std::optional<Need> &before, const Need &) {
            return before ? tr("Edit need") : tr("Add need");
        },
        error);
}

bool Edits::deleteNeed(const QString &id, QString *error)
{
    return deleteRecord<NeedRepository>(
        id, [](const Need &) { return tr("Delete need"); }, tr("The need no longer exists."),
        error);
}

bool Edits::saveModule(TrainingModule &module, QString *error)
{
    return saveRecord<ModuleRepository>(
        module, module.validate(),
        [](const std::optional<TrainingModule> &before, const TrainingModule &after) {
            return before ? tr("Edit module %1").arg(after.code)
                          : tr("Add module %1").arg(after.code);
        },
        error);
}

bool Edits::deleteModule(const QString &id, QString *error)
{
    return deleteRecord<ModuleRepository>(
        id, [](const TrainingModule &m) { return tr("Delete module %1").arg(m.code); },
        tr("The module no longer exists."), error);
}

bool Edits::setCoverage(const QString &moduleId, const QString &needId,
                        std::optional<Coverage> coverage, QString *error)
{
    const std::optional<Coverage> before = ModuleRepository(m_db).coverage(moduleId, needId);
    if (before == coverage)
        return true;
    Database &db = m_db;
    return push(new RecordCommand(
                    tr("Change module coverage of a need"),
                    [&db, moduleId, needId, coverage](QString *e) {
                        return ModuleRepository(db).setCoverage(moduleId, needId, coverage, e);
                    },
                    [&db, moduleId, needId, before](QString *e) {
                        return ModuleRepository(db).setCoverage(moduleId, needId, before, e);
                    },
                    this),
                error);
}

namespace {

// What the undo stack calls the edits of one kind of stage record.
struct StageRecordTexts
{
    QString add;
    QString edit;
    QString remove;
    QString missing;
};

template<typename T> StageRecordTexts stageRecordTexts();

template<> StageRecordTexts stageRecordTexts<ConsultationSession>()
{
    return {Edits::tr("Add consultation session"), Edits::tr("Edit consultation session"),
            Edits::tr("Delete consultation session"),
            Edits::tr("The consultation session no longer exists.")};
}
template<> StageRecordTexts stageRecordTexts<Finding>()
{
    return {Edits::tr("Add finding"), Edits::tr("Edit finding"), Edits::tr("Delete finding"),
            Edits::tr("The finding no longer exists.")};
}
template<> StageRecordTexts stageRecordTexts<LegislationItem>()
{
    return {Edits::tr("Add legislation"), Edits::tr("Edit legislation"),
            Edits::tr("Delete legislation"), Edits::tr("The legislation item no longer exists.")};
}
template<> StageRecordTexts stageRecordTexts<CapacityAssessment>()
{
    return {Edits::tr("Add capacity assessment"), Edits::tr("Edit capacity assessment"),
            Edits::tr("Delete capacity assessment"),
            Edits::tr("The capacity assessment no longer exists.")};
}
template<> StageRecordTexts stageRecordTexts<Trainee>()
{
    return {Edits::tr("Add trainer or participant"), Edits::tr("Edit trainer or participant"),
            Edits::tr("Delete trainer or participant"),
            Edits::tr("The trainer or participant no longer exists.")};
}
template<> StageRecordTexts stageRecordTexts<TrainingSession>()
{
    return {Edits::tr("Add training session"), Edits::tr("Edit training session"),
            Edits::tr("Delete training session"),
            Edits::tr("The training session no longer exists.")};
}
template<> StageRecordTexts stageRecordTexts<Material>()
{
    return {Edits::tr("Add material"), Edits::tr("Edit material"), Edits::tr("Delete material"),
            Edits::tr("The material no longer exists.")};
}
template<> StageRecordTexts stageRecordTexts<FollowUpActivity>()
{
    return {Edits::tr("Add follow-up activity"), Edits::tr("Edit follow-up activity"),
            Edits::tr("Delete follow-up activity"),
            Edits::tr("The follow-up activity no longer exists.")};
}

template<> StageRecordTexts stageRecordTexts<RiskAction>()
{
    return {Edits::tr("Add risk action"), Edits::tr("Edit risk action"),
            Edits::tr("Delete risk action"), Edits::tr("The risk action no longer exists.")};
}

template<> StageRecordTexts stageRecordTexts<Indicator>()
{
    return {Edits::tr("Add indicator"), Edits::tr("Edit indicator"), Edits::tr("Delete indicator"),
            Edits::tr("The indicator no longer exists.")};
}
template<> StageRecordTexts stageRecordTexts<IndicatorValue>()
{
    return {Edits::tr("Add indicator value"), Edits::tr("Edit indicator value"),
            Edits::tr("Delete indicator value"), Edits::tr("The value no longer exists.")};
}

template<> StageRecordTexts stageRecordTexts<IndicatorTarget>()
{
    return {Edits::tr("Add intermediate target"), Edits::tr("Edit intermediate target"),
            Edits::tr("Delete intermediate target"),
            Edits::tr("The intermediate target no longer exists.")};
}

} // namespace

template<typename T> bool Edits::saveStageRecord(T &record, QString *error)
{
    const StageRecordTexts texts = stageRecordTexts<T>();
    return saveRecord<MissionRecords<T>>(
        record, record.validate(),
        [texts](const std::optional<T> &before, const T &) {
            return before ? texts.edit : texts.add;
        },
        error);
}

template<typename T> bool Edits::deleteStageRecord(const QString &id, QString *error)
{
    const StageRecordTexts texts = stageRecordTexts<T>();
    return deleteRecord<MissionRecords<T>>(
        id, [texts](const T &) { return texts.remove; }, texts.missing, error);
}

#define IP_STAGE_RECORD_EDITS(T)                                                                   \
    template bool Edits::saveStageRecord<T>(T &, QString *);                                       \
    template bool Edits::deleteStageRecord<T>(const QString &, QString *);
IP_STAGE_RECORD_EDITS(ConsultationSession)
IP_STAGE_RECORD_EDITS(Finding)
IP_STAGE_RECORD_EDITS(LegislationItem)
IP_STAGE_RECORD_EDITS(CapacityAssessment)
IP_STAGE_RECORD_EDITS(Trainee)
IP_STAGE_RECORD_EDITS(TrainingSession)
IP_STAGE_RECORD_EDITS(Material)
IP_STAGE_RECORD_EDITS(FollowUpActivity)
IP_STAGE_RECORD_EDITS(RiskAction)
IP_STAGE_RECORD_EDITS(Indicator)
IP_STAGE_RECORD_EDITS(IndicatorValue)
IP_STAGE_RECORD_EDITS(IndicatorTarget)
#undef IP_STAGE_RECORD_EDITS
