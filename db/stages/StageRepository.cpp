#include "StageRepository.h"
#include "Clock.h"
#include "Database.h"
#include "MissionRepository.h"
#include "SqlSupport.h"
#include "TransactionGuard.h"

#include <QSqlQuery>

namespace {
const QLatin1String s_criteria("stage_criteria");
const QLatin1String s_transitions("stage_transitions");
} // namespace

FieldErrors StageCriterion::validate() const
{
    FieldErrors errors;
    if (missionId.isEmpty())
        errors.append({QStringLiteral("missionId"), tr("Choose the mission.")});
    if (Check::required(errors, QStringLiteral("text"), tr("Criterion"), text))
        Check::maxLength(errors, QStringLiteral("text"), tr("Criterion"), text, Limits::ShortText);
    Check::plausibleDate(errors, QStringLiteral("doneOn"), tr("Date met"), doneOn);
    return errors;
}

StageRepository::StageRepository(Database &db)
    : m_db(db)
{
}

QStringList StageRepository::defaultCriteria(Stage stage)
{
    switch (stage) {
    case Stage::Consultation:
        return {tr("Government, police leaders, NGOs and affected communities consulted"),
                tr("Concerns and expectations of each group recorded"),
                tr("National counterpart named"), tr("Memorandum of understanding signed")};
    case Stage::Orientation:
        return {tr("Relevant national legislation reviewed"),
                tr("Capacity assessed in every dimension"),
                tr("Challenges and opportunities agreed with senior staff"),
                tr("Needs stated, prioritised and agreed")};
    case Stage::Curriculum:
        return {tr("Every high-priority need answered by a module"),
                tr("Modules reviewed by the training institution"),
                tr("Learning objectives and hours set for each module")};
    case Stage::TrainTheTrainer:
        return {tr("National trainers certified"),
                tr("Manuals and handouts validated in the national language"),
                tr("Cascade sessions scheduled in the regions"), tr("Pre- and post-tests held")};
    case Stage::PostTraining:
        return {tr("Follow-up activities planned for the trainers"),
                tr("Best practices and resources shared"),
                tr("Course embedded in the national academy curriculum"),
                tr("Follow-up evaluation held")};
    }
    return {};
}

QList<StageCriterion> StageRepository::criteria(const QString &missionId, Stage stage) const
{
    QList<StageCriterion> result;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1, mission_id, stage, position, text, done, done_on "
                                 "FROM stage_criteria WHERE deleted = 0 AND mission_id = ? AND "
                                 "stage = ? ORDER BY position, created_at, rowid")
                      .arg(Sql::metaColumns()));
    query.addBindValue(missionId);
    query.addBindValue(enumCode(stage));
    if (!Sql::read(m_db, query, QLatin1String("stage_criteria")))
        return result;
    while (query.next()) {
        StageCriterion c;
        Sql::readMeta(query, c.meta);
        c.missionId = query.value(5).toString();
        c.stage = enumFromCode<Stage>(query.value(6).toString()).value_or(Stage::Consultation);
        c.position = query.value(7).toInt();
        c.text = query.value(8).toString();
        c.done = query.value(9).toBool();
        c.doneOn = Sql::toDate(query.value(10));
        result.append(c);
    }
    return result;
}

std::optional<StageCriterion> StageRepository::findCriterion(const QString &id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT mission_id, stage FROM stage_criteria WHERE id = ? AND "
                                 "deleted = 0"));
    query.addBindValue(id);
    if (!Sql::read(m_db, query, QLatin1String("stage_criteria")) || !query.next())
        return std::nullopt;
    const QString missionId = query.value(0).toString();
    const Stage stage =
        enumFromCode<Stage>(query.value(1).toString()).value_or(Stage::Consultation);
    for (const StageCriterion &c : criteria(missionId, stage)) {
        if (c.meta.id == id)
            return c;
    }
    return std::nullopt;
}

bool StageRepository::ensureDefaults(const QString &missionId, QString *error, bool demo)
{
    TransactionGuard guard(m_db);
    if (!guard.started(error))
        return false;
    for (const Stage stage : enumValues<Stage>()) {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM stage_criteria WHERE mission_id = ? "
                                     "AND stage = ?"));
        query.addBindValue(missionId);
        query.addBindValue(enumCode(stage));
        if (!Sql::exec(query, error) || !query.next())
            return false;
        if (query.value(0).toInt() > 0)
            continue; // the mission has its own list (even if the user deleted every item)
        int position = 0;
        for (const QString &text : defaultCriteria(stage)) {
            StageCriterion c;
            c.meta.demo = demo;
            c.missionId = missionId;
            c.stage = stage;
            c.position = position++;
            c.text = text;
            if (!save(c, error))
                return false;
        }
    }
    return guard.commit(error);
}

bool StageRepository::save(StageCriterion &criterion, QString *error)
{
    const FieldErrors errors = criterion.validate();
    if (!errors.isEmpty()) {
        Sql::setError(error, joinMessages(errors));
        return false;
    }
    if (criterion.done && !criterion.doneOn.isValid())
        criterion.doneOn = Clock::today();
    if (!criterion.done)
        criterion.doneOn = {};
    StageCriterion written = criterion;
    TransactionGuard guard(m_db);
    if (!guard.started(error)
        || !Sql::upsert(m_db, s_criteria, written.meta,
                        {
                            {QLatin1String("mission_id"), written.missionId},
                            {QLatin1String("stage"), enumCode(written.stage)},
                            {QLatin1String("position"), written.position},
                            {QLatin1String("text"), written.text.trimmed()},
                            {QLatin1String("done"), written.done ? 1 : 0},
                            {QLatin1String("done_on"), Sql::fromDate(written.doneOn)},
                        },
                        error)
        || !guard.commit(error))
        return false;
    criterion = written;
    return true;
}

bool StageRepository::remove(const QString &criterionId, QString *error)
{
    return Sql::setDeleted(m_db, s_criteria, criterionId, true, error);
}

bool StageRepository::restore(const QString &criterionId, QString *error)
{
    return Sql::setDeleted(m_db, s_criteria, criterionId, false, error);
}

QList<StageTransition> StageRepository::transitions(const QString &missionId) const
{
    QList<StageTransition> result;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1, mission_id, from_stage, to_stage, happened_at, "
                                 "unmet_criteria, reason FROM stage_transitions WHERE "
                                 "deleted = 0 AND mission_id = ? ORDER BY happened_at, rowid")
                      .arg(Sql::metaColumns()));
    query.addBindValue(missionId);
    if (!Sql::read(m_db, query, QLatin1String("stage_transitions")))
        return result;
    while (query.next()) {
        StageTransition t;
        Sql::readMeta(query, t.meta);
        t.missionId = query.value(5).toString();
        t.from = enumFromCode<Stage>(query.value(6).toString()).value_or(Stage::Consultation);
        t.to = enumFromCode<Stage>(query.value(7).toString()).value_or(Stage::Consultation);
        t.happenedAt = Sql::toDateTime(query.value(8));
        t.unmetCriteria = query.value(9).toInt();
        t.reason = query.value(10).toString();
        result.append(t);
    }
    return result;
}

bool StageRepository::advance(const QString &missionId, Stage to, const QString &reason,
                              QString *error, StageTransition *recorded)
{
    MissionRepository missions(m_db);
    std::optional<Mission> mission = missions.find(missionId);
    if (!mission) {
        Sql::setError(error, tr("The mission no longer exists."));
        return false;
    }
    if (mission->currentStage == to) {
        Sql::setError(error, tr("The mission is already in that stage."));
        return false;
    }
    int unmet = 0;
    for (const StageCriterion &c : criteria(missionId, mission->currentStage))
        unmet += c.done ? 0 : 1;
    const bool forward = stageNumber(to) > stageNumber(mission->currentStage);
    if (forward && unmet > 0 && reason.trimmed().isEmpty()) {
        Sql::setError(error,
                      tr("%n exit criteria of the current stage are not met; say why the "
                         "mission moves on anyway.",
                         nullptr, unmet));
        return false;
    }
    StageTransition t;
    t.missionId = missionId;
    t.from = mission->currentStage;
    t.to = to;
    t.happenedAt = Clock::nowUtc();
    t.unmetCriteria = forward ? unmet : 0;
    t.reason = reason.trimmed().left(Limits::LongText);
    TransactionGuard guard(m_db);
    mission->currentStage = to;
    if (!guard.started(error) || !missions.save(*mission, error) || !insertTransition(t, error)
        || !guard.commit(error))
        return false;
    if (recorded)
        *recorded = t;
    return true;
}

bool StageRepository::recordPastTransition(StageTransition &transition, QString *error)
{
    if (!transition.happenedAt.isValid() || transition.missionId.isEmpty()) {
        Sql::setError(error, tr("A move needs its mission and its date."));
        return false;
    }
    return insertTransition(transition, error);
}

bool StageRepository::insertTransition(StageTransition &t, QString *error)
{
    return Sql::insert(m_db, s_transitions, t.meta,
                       {
                           {QLatin1String("mission_id"), t.missionId},
                           {QLatin1String("from_stage"), enumCode(t.from)},
                           {QLatin1String("to_stage"), enumCode(t.to)},
                           {QLatin1String("happened_at"), Sql::fromDateTime(t.happenedAt)},
                           {QLatin1String("unmet_criteria"), t.unmetCriteria},
                           {QLatin1String("reason"), t.reason},
                       },
                       error);
}

bool StageRepository::revert(const StageTransition &transition, QString *error)
{
    MissionRepository missions(m_db);
    std::optional<Mission> mission = missions.find(transition.missionId);
    if (!mission) {
        Sql::setError(error, tr("The mission no longer exists."));
        return false;
    }
    TransactionGuard guard(m_db);
    mission->currentStage = transition.from;
    return guard.started(error) && missions.save(*mission, error)
        && Sql::setDeleted(m_db, s_transitions, transition.meta.id, true, error)
        && guard.commit(error);
}
