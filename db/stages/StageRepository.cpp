#include "StageRepository.h"
#include "Clock.h"
#include "Database.h"
#include "MissionRepository.h"
#include "RepositoryImpl.h"

#include <algorithm>

FieldErrors StageCriterion::validate() const
{
    FieldErrors errors;
    if (missionId.isEmpty())
        errors.append({QStringLiteral("missionId"), tr("Choose the mission.")});
    if (Check::required(errors, QStringLiteral("text"), tr("Criterion"), text))
        Check::maxLength(errors, QStringLiteral("text"), tr("Criterion"), text, Limits::ShortText);
    if (Check::plausibleDate(errors, QStringLiteral("doneOn"), tr("Date met"), doneOn) && done
        && doneOn.isValid() && doneOn > Clock::today()) {
        errors.append({QStringLiteral("doneOn"),
                       tr("A criterion cannot be met after today (%1).")
                           .arg(Clock::today().toString(Qt::ISODate))});
    }
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
    return Repository<StageCriterion>(m_db).where(
        QStringLiteral("r.mission_id = ? AND r.stage = ?"), {missionId, enumCode(stage)});
}

std::optional<StageCriterion> StageRepository::findCriterion(const QString &id) const
{
    return Repository<StageCriterion>(m_db).find(id);
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
    return Repository<StageCriterion>(m_db).write(criterion, error);
}

bool StageRepository::remove(const QString &criterionId, QString *error)
{
    return Repository<StageCriterion>(m_db).remove(criterionId, error);
}

bool StageRepository::restore(const QString &criterionId, QString *error)
{
    return Repository<StageCriterion>(m_db).restore(criterionId, error);
}

QList<StageTransition> StageRepository::transitions(const QString &missionId) const
{
    return Repository<StageTransition>(m_db).forMission(missionId);
}

namespace {

// A day entered as "as of": noon UTC, so that it reads as the same day in every time zone.
QDateTime dayAt(const QDate &day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC);
}

} // namespace

bool StageRepository::advance(const QString &missionId, Stage to, const QString &reason,
                              QString *error, StageTransition *recorded, const QDate &on)
{
    if (on.isValid() && on > Clock::today()) {
        Sql::setError(error,
                      tr("A move cannot be dated after today (%1).")
                          .arg(Clock::today().toString(Qt::ISODate)));
        return false;
    }
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
    // A move made today is never refused: a mission may move on before its planned start.
    if (on.isValid() && on != Clock::today()) {
        QDate latest = mission->startDate;
        for (const StageTransition &earlier : transitions(missionId))
            latest = std::max(latest, dayOf(earlier.happenedAt));
        if (latest.isValid() && on < latest) {
            Sql::setError(error,
                          tr("The mission's last recorded move or its start was on %1: "
                             "a move cannot be dated before it.")
                              .arg(latest.toString(Qt::ISODate)));
            return false;
        }
    }
    StageTransition t;
    t.missionId = missionId;
    t.from = mission->currentStage;
    t.to = to;
    t.happenedAt = Clock::momentOf(on);
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
    return Repository<StageTransition>(m_db).write(t, error);
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
        && Repository<StageTransition>(m_db).remove(transition.meta.id, error)
        && guard.commit(error);
}

QDate StageRepository::dayOf(const QDateTime &happenedAt)
{
    const QDateTime utc = happenedAt.toUTC();
    return utc.time() == QTime(12, 0) ? utc.date() : happenedAt.toLocalTime().date();
}

std::optional<StageTransition> StageRepository::moveInto(const QList<StageTransition> &moves,
                                                         Stage stage)
{
    std::optional<StageTransition> found;
    for (const StageTransition &t : moves) {
        if (t.to == stage && stageNumber(t.from) < stageNumber(t.to)
            && (!found || t.happenedAt >= found->happenedAt))
            found = t;
    }
    return found;
}

bool StageRepository::setStageDates(const QString &missionId, const QList<QDate> &began,
                                    QString *error, QList<StageTransition> *written)
{
    const std::optional<Mission> mission = MissionRepository(m_db).find(missionId);
    if (!mission) {
        Sql::setError(error, tr("The mission no longer exists."));
        return false;
    }
    const int current = stageNumber(mission->currentStage);
    const QList<StageTransition> recorded = transitions(missionId);
    QDate previous = mission->startDate;
    QString previousName = tr("the mission's start");
    bool previousIsStart = true;
    // Every stage's day, entered or already recorded, must follow the one before.
    for (int n = 2; n <= current; ++n) {
        QDate day = n <= began.size() ? began.at(n - 1) : QDate();
        const bool entered = day.isValid();
        if (!entered) {
            if (const std::optional<StageTransition> t = moveInto(recorded, stageAt(n)))
                day = dayOf(t->happenedAt);
        }
        if (!day.isValid())
            continue;
        const QString name = enumLabel(stageAt(n));
        if (day > Clock::today()) {
            Sql::setError(error,
                          tr("%1 cannot have begun after today (%2).")
                              .arg(name, Clock::today().toString(Qt::ISODate)));
            return false;
        }
        // A move recorded as it happened stands, even before a start planned later.
        if (previous.isValid() && day < previous && (entered || !previousIsStart)) {
            Sql::setError(error,
                          tr("%1 cannot have begun (%2) before %3 (%4).")
                              .arg(name, day.toString(Qt::ISODate), previousName,
                                   previous.toString(Qt::ISODate)));
            return false;
        }
        previous = day;
        previousName = tr("%1 began").arg(name);
        previousIsStart = false;
    }
    if (written)
        written->clear();
    const QList<StageTransition> moves = transitions(missionId);
    TransactionGuard guard(m_db);
    if (!guard.started(error))
        return false;
    for (int n = 2; n <= current && n <= began.size(); ++n) {
        const QDate day = began.at(n - 1);
        if (!day.isValid())
            continue;
        StageTransition t;
        if (const std::optional<StageTransition> existing = moveInto(moves, stageAt(n))) {
            if (existing->happenedAt.date() == day && existing->happenedAt.timeSpec() == Qt::UTC)
                continue;
            t = *existing;
        } else {
            t.meta.demo = mission->meta.demo;
            t.missionId = missionId;
            t.from = stageAt(n - 1);
            t.to = stageAt(n);
            t.reason = tr("Recorded after the fact.");
        }
        t.happenedAt = dayAt(day);
        if (!Repository<StageTransition>(m_db).write(t, error))
            return false;
        if (written)
            written->append(t);
    }
    return guard.commit(error);
}

bool StageRepository::restoreTransitions(const QList<StageTransition> &before,
                                         const QList<StageTransition> &written, QString *error)
{
    TransactionGuard guard(m_db);
    if (!guard.started(error))
        return false;
    for (const StageTransition &t : written) {
        const auto was =
            std::find_if(before.cbegin(), before.cend(),
                         [&t](const StageTransition &b) { return b.meta.id == t.meta.id; });
        if (was == before.cend()) {
            if (!Repository<StageTransition>(m_db).remove(t.meta.id, error))
                return false;
            continue;
        }
        StageTransition restored = *was;
        restored.meta.version = 0;
        if (!Repository<StageTransition>(m_db).write(restored, error))
            return false;
    }
    return guard.commit(error);
}

template class Repository<StageCriterion>;
template class Repository<StageTransition>;
