#include "Edits.h"
#include "Database.h"
#include "EngagementRepository.h"
#include "MissionRepository.h"
#include "RiskRepository.h"
#include "SqlSupport.h"
#include "StakeholderRepository.h"
#include "TransactionGuard.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

// A change to one record: `apply` moves it to the state after, `revert` back to the state
// before. The first redo happens when the command is pushed; if it fails, the command marks
// itself obsolete so the stack drops it and the caller reports the error.
class RecordCommand : public QUndoCommand
{
public:
    using Step = std::function<bool(QString *error)>;

    RecordCommand(const QString &text, Step apply, Step revert, Edits *edits)
        : QUndoCommand(text)
        , m_apply(std::move(apply))
        , m_revert(std::move(revert))
        , m_edits(edits)
    {
    }

    // Where the first redo, run by QUndoStack::push, reports a refusal.
    void reportFirstRunTo(QString *refusal) { m_refusal = refusal; }

    void redo() override
    {
        QString error;
        const bool ok = m_apply(&error);
        if (QString *refusal = std::exchange(m_refusal, nullptr); refusal && !ok) {
            // The edit never happened: the stack deletes an obsolete command instead of keeping it.
            *refusal = error.isEmpty() ? Edits::tr("The change could not be saved.") : error;
            setObsolete(true);
            return;
        }
        if (!ok)
            Q_EMIT m_edits->failed(error);
    }

    void undo() override
    {
        QString error;
        if (!m_revert(&error))
            Q_EMIT m_edits->failed(error);
    }

private:
    Step m_apply;
    Step m_revert;
    Edits *m_edits;
    QString *m_refusal = nullptr;
};

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

// Described types compare through their description; the others (not yet described) through
// their own functions.
template<typename T> QStringList changedFields(const T &after, const T &before)
{
    if constexpr (requires { Table<T>::name; })
        return Repository<T>::changedFields(after, before);
    else
        return after.changedFields(before);
}

template<typename T> QString fieldLabel(const QString &key)
{
    if constexpr (requires { Table<T>::name; })
        return Repository<T>::fieldLabel(key);
    else
        return T::fieldLabel(key);
}

// The undo text for an edit of `after` compared with `before`: one changed field is named.
template<typename T>
QString changeText(const std::optional<T> &before, const T &after, const QString &createText,
                   const QString &oneFieldText, const QString &manyFieldsText)
{
    if (!before)
        return createText;
    const QStringList fields = changedFields(after, *before);
    if (fields.size() == 1)
        return oneFieldText.arg(fieldLabel<T>(fields.constFirst()));
    return manyFieldsText;
}

} // namespace

Edits::Edits(Database &db, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_stack(stack)
{
}

bool Edits::push(RecordCommand *command, QString *error)
{
    // QUndoStack::push runs redo() and deletes a command that made itself obsolete there.
    QString refusal;
    command->reportFirstRunTo(&refusal);
    m_stack->push(command);
    if (refusal.isEmpty())
        return true;
    if (error)
        *error = refusal;
    return false;
}

template<typename Store, typename T, typename Text>
bool Edits::saveRecord(T &value, const FieldErrors &errors, Text text, QString *error)
{
    if (!errors.isEmpty()) {
        if (error)
            *error = joinMessages(errors);
        return false;
    }
    Store repository(m_db);
    const std::optional<T> before =
        value.meta.id.isEmpty() ? std::nullopt : repository.find(value.meta.id);
    if constexpr (
        requires { Table<T>::name; } || requires { value.changedFields(value); }) {
        if (before && changedFields(value, *before).isEmpty())
            return true; // nothing to do, nothing to undo
    }
    if (value.meta.id.isEmpty())
        value.meta.id = newRecordId();
    const T after = value;
    Database &db = m_db;
    // The first save names the version the form read, so that a row changed meanwhile (another
    // window, an import) is refused. Undo and redo restore a state the user asks for by name,
    // with no such check.
    auto first = std::make_shared<bool>(true);
    auto *command = new RecordCommand(
        text(before, after),
        [&db, after, first](QString *e) {
            T written = after;
            if (!std::exchange(*first, false))
                written.meta.version = 0;
            return Store(db).save(written, e);
        },
        [&db, before, id = after.meta.id](QString *e) {
            if (!before)
                return Store(db).remove(id, e);
            T restored = *before;
            restored.meta.version = 0;
            return Store(db).save(restored, e);
        },
        this);
    if (!push(command, error))
        return false;
    // As written (times, flags); should the read fail, as it was handed over.
    const std::optional<T> written = repository.find(after.meta.id);
    value = written ? *written : after;
    return true;
}

template<typename Store, typename Text>
bool Edits::deleteRecord(const QString &id, Text text, const QString &missing, QString *error)
{
    const auto record = Store(m_db).find(id);
    if (!record) {
        if (error)
            *error = missing;
        return false;
    }
    Database &db = m_db;
    return push(new RecordCommand(
                    text(*record), [&db, id](QString *e) { return Store(db).remove(id, e); },
                    [&db, id](QString *e) { return Store(db).restore(id, e); }, this),
                error);
}

bool Edits::saveMission(Mission &mission, QString *error)
{
    return saveRecord<MissionRepository>(
        mission, MissionRepository(m_db).check(mission),
        [](const std::optional<Mission> &before, const Mission &after) {
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
    copy.predecessorId.clear();
    for (int n = 2; n < 1000; ++n) {
        const QString suffix = QStringLiteral("-%1").arg(n);
        copy.code = original->code.left(Limits::Code - suffix.size()) + suffix;
        if (!missions.codeInUse(copy.code))
            break;
    }
    copy.title = tr("%1 (copy)").arg(original->title).left(Limits::Name);
    return saveMission(copy, error) ? copy.meta.id : QString();
}

bool Edits::saveStakeholder(Stakeholder &stakeholder, QString *error)
{
    // Protected names stay out of the undo text, which the Edit menu shows.
    return saveRecord<StakeholderRepository>(
        stakeholder, stakeholder.validate(),
        [](const std::optional<Stakeholder> &before, const Stakeholder &after) {
            const QString shown = after.displayName();
            return changeText<Stakeholder>(before, after, tr("Add stakeholder %1").arg(shown),
                                           tr("Change stakeholder %1"),
                                           tr("Edit stakeholder %1").arg(shown));
        },
        error);
}

bool Edits::deleteStakeholder(const QString &id, QString *error)
{
    return deleteRecord<StakeholderRepository>(
        id, [](const Stakeholder &s) { return tr("Delete stakeholder %1").arg(s.displayName()); },
        tr("The stakeholder no longer exists."), error);
}

bool Edits::saveLink(StakeholderLink &link, QString *error)
{
    StakeholderRepository stakeholders(m_db);
    const bool creating = link.meta.id.isEmpty();
    std::optional<StakeholderLink> before;
    if (!creating) {
        for (const StakeholderLink &existing : stakeholders.linksForMission(link.missionId)) {
            if (existing.meta.id == link.meta.id)
                before = existing;
        }
    }
    StakeholderLink after = link;
    QString refusal;
    // Validate (and catch a duplicate link) before anything is pushed.
    if (creating) {
        const FieldErrors errors = link.validate();
        if (!errors.isEmpty()) {
            if (error)
                *error = joinMessages(errors);
            return false;
        }
        for (const StakeholderLink &existing : stakeholders.linksForMission(link.missionId)) {
            if (existing.stakeholderId == link.stakeholderId) {
                if (error)
                    *error = Stakeholder::tr("This stakeholder is already linked to the mission; "
                                             "edit the existing role instead.");
                return false;
            }
        }
        after.meta.id = newRecordId();
    }
    Database &db = m_db;
    auto *command = new RecordCommand(
        creating ? tr("Link stakeholder to mission") : tr("Change role"),
        [&db, after, first = std::make_shared<bool>(true)](QString *e) {
            StakeholderLink value = after;
            if (!std::exchange(*first, false))
                value.meta.version = 0; // see saveRecord
            return StakeholderRepository(db).link(value, e);
        },
        [&db, before, id = after.meta.id](QString *e) {
            if (!before)
                return StakeholderRepository(db).unlink(id, e);
            StakeholderLink value = *before;
            value.meta.version = 0;
            return StakeholderRepository(db).link(value, e);
        },
        this);
    if (!push(command, error))
        return false;
    link = after;
    return true;
}

bool Edits::addStakeholders(QList<NewStakeholder> &rows, const QString &missionId,
                            const QString &undoText, QString *error)
{
    const auto where = [](const NewStakeholder &row, const QString &message) {
        return row.line > 0 ? tr("Line %1: %2").arg(row.line).arg(message) : message;
    };
    // Everything is checked before anything is written or pushed; a refusal leaves the rows
    // as they were handed over, without ids.
    const auto refuse = [&rows, error, where](const NewStakeholder &row, const FieldErrors &e) {
        if (error)
            *error = where(row, joinMessages(e));
        for (NewStakeholder &r : rows)
            r.stakeholder.meta.id.clear();
        return false;
    };
    QList<StakeholderLink> links;
    for (NewStakeholder &row : rows) {
        if (const FieldErrors errors = row.stakeholder.validate(); !errors.isEmpty())
            return refuse(row, errors);
        row.stakeholder.meta.id = newRecordId();
        if (!missionId.isEmpty()) {
            StakeholderLink link;
            link.meta.id = newRecordId();
            link.missionId = missionId;
            link.stakeholderId = row.stakeholder.meta.id;
            link.role = row.role;
            if (const FieldErrors errors = link.validate(); !errors.isEmpty())
                return refuse(row, errors);
            links.append(link);
        }
    }
    Database &db = m_db;
    const QList<NewStakeholder> after = rows;
    auto *command = new RecordCommand(
        undoText,
        [&db, after, links, where](QString *e) {
            TransactionGuard all(db);
            if (!all.started(e))
                return false;
            StakeholderRepository repository(db);
            for (qsizetype i = 0; i < after.size(); ++i) {
                Stakeholder s = after.at(i).stakeholder;
                QString why;
                bool ok = repository.save(s, &why);
                if (ok && i < links.size()) {
                    StakeholderLink link = links.at(i);
                    ok = repository.link(link, &why);
                }
                if (!ok) {
                    if (e)
                        *e = where(after.at(i), why);
                    return false; // rolled back: none of them
                }
            }
            return all.commit(e);
        },
        [&db, after, links](QString *e) {
            TransactionGuard all(db);
            if (!all.started(e))
                return false;
            StakeholderRepository repository(db);
            for (const StakeholderLink &link : links) {
                if (!repository.unlink(link.meta.id, e))
                    return false;
            }
            for (const NewStakeholder &row : after) {
                if (!repository.remove(row.stakeholder.meta.id, e))
                    return false;
            }
            return all.commit(e);
        },
        this);
    if (!push(command, error)) {
        for (NewStakeholder &row : rows)
            row.stakeholder.meta = {};
        return false;
    }
    StakeholderRepository repository(m_db);
    for (NewStakeholder &row : rows) {
        if (const std::optional<Stakeholder> saved = repository.find(row.stakeholder.meta.id))
            row.stakeholder = *saved;
    }
    return true;
}

bool Edits::deleteLink(const QString &linkId, QString *error)
{
    Database &db = m_db;
    return push(
        new RecordCommand(
            tr("Unlink stakeholder from mission"),
            [&db, linkId](QString *e) { return StakeholderRepository(db).unlink(linkId, e); },
            [&db, linkId](QString *e) {
                return Repository<StakeholderLink>(db).restore(linkId, e);
            },
            this),
        error);
}

bool Edits::saveEngagement(Engagement &engagement, QString *error)
{
    return saveRecord<EngagementRepository>(
        engagement, engagement.validate(),
        [](const std::optional<Engagement> &before, const Engagement &after) {
            const QString date = after.date.toString(Qt::ISODate);
            return before ? tr("Edit engagement of %1").arg(date)
                          : tr("Log engagement of %1").arg(date);
        },
        error);
}

bool Edits::deleteEngagement(const QString &id, QString *error)
{
    return deleteRecord<EngagementRepository>(
        id,
        [](const Engagement &e) {
            return tr("Delete engagement of %1").arg(e.date.toString(Qt::ISODate));
        },
        tr("The engagement no longer exists."), error);
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

bool Edits::moveToStage(const QString &missionId, Stage to, const QString &reason, QString *error)
{
    // The move is recorded when first done; undo takes that record back, redo records it anew.
    auto recorded = std::make_shared<StageTransition>();
    Database &db = m_db;
    return push(
        new RecordCommand(
            tr("Move mission to %1").arg(enumLabel(to)),
            [&db, missionId, to, reason, recorded](QString *e) {
                return StageRepository(db).advance(missionId, to, reason, e, recorded.get());
            },
            [&db, recorded](QString *e) { return StageRepository(db).revert(*recorded, e); }, this),
        error);
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
#undef IP_STAGE_RECORD_EDITS
