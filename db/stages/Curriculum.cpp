#include "Curriculum.h"
#include "Database.h"
#include "SqlSupport.h"
#include "TransactionGuard.h"

#include <QSqlQuery>

namespace {
const QLatin1String s_needs("needs");
const QLatin1String s_modules("modules");
const QLatin1String s_coverage("module_needs");

QVariant optionalScore(int score)
{
    return score >= 0 ? QVariant(score) : QVariant();
}
} // namespace

int Need::gap() const
{
    return currentScore >= 0 && targetScore >= 0 ? targetScore - currentScore : 0;
}

QString Need::priorityLabel(int priority)
{
    switch (priority) {
    case 1:
        return tr("High");
    case 2:
        return tr("Medium");
    case 3:
        return tr("Low");
    }
    return {};
}

FieldErrors Need::validate() const
{
    FieldErrors errors;
    if (missionId.isEmpty())
        errors.append({QStringLiteral("missionId"), tr("Choose the mission.")});
    if (Check::required(errors, QStringLiteral("statement"), tr("Need"), statement))
        Check::maxLength(errors, QStringLiteral("statement"), tr("Need"), statement,
                         Limits::ShortText);
    Check::plainText(errors, QStringLiteral("statement"), tr("Need"), statement);
    Check::maxLength(errors, QStringLiteral("targetGroup"), tr("Target group"), targetGroup,
                     Limits::Name);
    Check::scale(errors, QStringLiteral("priority"), tr("Priority"), priority, 1, 3);
    if (currentScore != -1)
        Check::scale(errors, QStringLiteral("currentScore"), tr("Current score"), currentScore, 0,
                     4);
    if (targetScore != -1)
        Check::scale(errors, QStringLiteral("targetScore"), tr("Target score"), targetScore, 0, 4);
    if (currentScore >= 0 && targetScore >= 0 && targetScore < currentScore) {
        errors.append({QStringLiteral("targetScore"),
                       tr("The target score (%1) is below the current score (%2).")
                           .arg(targetScore)
                           .arg(currentScore)});
    }
    return errors;
}

FieldErrors TrainingModule::validate() const
{
    FieldErrors errors;
    if (missionId.isEmpty())
        errors.append({QStringLiteral("missionId"), tr("Choose the mission.")});
    if (Check::required(errors, QStringLiteral("code"), tr("Code"), code))
        Check::maxLength(errors, QStringLiteral("code"), tr("Code"), code, Limits::Code);
    if (Check::required(errors, QStringLiteral("title"), tr("Title"), title))
        Check::maxLength(errors, QStringLiteral("title"), tr("Title"), title, Limits::Name);
    Check::plainText(errors, QStringLiteral("title"), tr("Title"), title);
    Check::maxLength(errors, QStringLiteral("topic"), tr("Topic"), topic, Limits::Name);
    Check::maxLength(errors, QStringLiteral("objectives"), tr("Learning objectives"), objectives,
                     Limits::LongText);
    Check::maxLength(errors, QStringLiteral("targetGroup"), tr("Target group"), targetGroup,
                     Limits::Name);
    if (hours < 0 || hours > 500) {
        errors.append({QStringLiteral("hours"),
                       tr("Hours must be between 0 and 500 (it is %1).").arg(hours)});
    }
    return errors;
}

NeedRepository::NeedRepository(Database &db)
    : m_db(db)
{
}

QList<Need> NeedRepository::forMission(const QString &missionId) const
{
    QList<Need> result;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1, mission_id, statement, target_group, priority, "
                                 "dimension, current_score, target_score, votes FROM needs "
                                 "WHERE deleted = 0 AND mission_id = ? "
                                 "ORDER BY priority, created_at, rowid")
                      .arg(Sql::metaColumns()));
    query.addBindValue(missionId);
    if (!Sql::read(m_db, query, QLatin1String("needs")))
        return result;
    while (query.next()) {
        Need n;
        Sql::readMeta(query, n.meta);
        n.missionId = query.value(5).toString();
        n.statement = query.value(6).toString();
        n.targetGroup = query.value(7).toString();
        n.priority = query.value(8).toInt();
        n.dimension = enumFromCode<CapacityDimension>(query.value(9).toString());
        n.currentScore = query.value(10).isNull() ? -1 : query.value(10).toInt();
        n.targetScore = query.value(11).isNull() ? -1 : query.value(11).toInt();
        n.votes = query.value(12).toInt();
        result.append(n);
    }
    QSqlQuery links(m_db.connection());
    links.prepare(QStringLiteral("SELECT l.need_id, l.finding_id FROM need_findings l JOIN needs n "
                                 "ON n.id = l.need_id WHERE l.deleted = 0 AND n.mission_id = ? "
                                 "ORDER BY l.created_at, l.rowid"));
    links.addBindValue(missionId);
    if (links.exec()) {
        while (links.next()) {
            for (Need &n : result) {
                if (n.meta.id == links.value(0).toString())
                    n.findingIds.append(links.value(1).toString());
            }
        }
    }
    return result;
}

std::optional<Need> NeedRepository::find(const QString &id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT mission_id FROM needs WHERE id = ? AND deleted = 0"));
    query.addBindValue(id);
    if (!Sql::read(m_db, query, QLatin1String("needs")) || !query.next())
        return std::nullopt;
    for (const Need &n : forMission(query.value(0).toString())) {
        if (n.meta.id == id)
            return n;
    }
    return std::nullopt;
}

bool NeedRepository::save(Need &need, QString *error)
{
    const FieldErrors errors = need.validate();
    if (!errors.isEmpty()) {
        Sql::setError(error, joinMessages(errors));
        return false;
    }
    Need written = need;
    TransactionGuard guard(m_db);
    if (!guard.started(error)
        || !Sql::upsert(
            m_db, s_needs, written.meta,
            {
                {QLatin1String("mission_id"), written.missionId},
                {QLatin1String("statement"), written.statement.trimmed()},
                {QLatin1String("target_group"), written.targetGroup.trimmed()},
                {QLatin1String("priority"), written.priority},
                {QLatin1String("dimension"),
                 written.dimension ? QVariant(enumCode(*written.dimension)) : QVariant()},
                {QLatin1String("current_score"), optionalScore(written.currentScore)},
                {QLatin1String("target_score"), optionalScore(written.targetScore)},
                {QLatin1String("votes"), written.votes},
            },
            error)
        || !Sql::writeLinks(m_db, QLatin1String("need_findings"), QLatin1String("need_id"),
                            QLatin1String("finding_id"), written.meta.id, written.findingIds,
                            written.meta.demo, error)
        || !guard.commit(error))
        return false;
    need = written;
    return true;
}

bool NeedRepository::remove(const QString &id, QString *error)
{
    return Sql::setDeleted(m_db, s_needs, id, true, error);
}

bool NeedRepository::restore(const QString &id, QString *error)
{
    return Sql::setDeleted(m_db, s_needs, id, false, error);
}

ModuleRepository::ModuleRepository(Database &db)
    : m_db(db)
{
}

QList<TrainingModule> ModuleRepository::forMission(const QString &missionId) const
{
    QList<TrainingModule> result;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1, mission_id, code, title, topic, level, hours, "
                                 "objectives, target_group FROM modules WHERE deleted = 0 AND "
                                 "mission_id = ? ORDER BY code")
                      .arg(Sql::metaColumns()));
    query.addBindValue(missionId);
    if (!Sql::read(m_db, query, QLatin1String("modules")))
        return result;
    while (query.next()) {
        TrainingModule m;
        Sql::readMeta(query, m.meta);
        m.missionId = query.value(5).toString();
        m.code = query.value(6).toString();
        m.title = query.value(7).toString();
        m.topic = query.value(8).toString();
        m.level = enumFromCode<ModuleLevel>(query.value(9).toString()).value_or(ModuleLevel::Core);
        m.hours = query.value(10).toDouble();
        m.objectives = query.value(11).toString();
        m.targetGroup = query.value(12).toString();
        result.append(m);
    }
    return result;
}

std::optional<TrainingModule> ModuleRepository::find(const QString &id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT mission_id FROM modules WHERE id = ? AND deleted = 0"));
    query.addBindValue(id);
    if (!Sql::read(m_db, query, QLatin1String("modules")) || !query.next())
        return std::nullopt;
    for (const TrainingModule &m : forMission(query.value(0).toString())) {
        if (m.meta.id == id)
            return m;
    }
    return std::nullopt;
}

bool ModuleRepository::save(TrainingModule &module, QString *error)
{
    const FieldErrors errors = module.validate();
    if (!errors.isEmpty()) {
        Sql::setError(error, joinMessages(errors));
        return false;
    }
    TrainingModule written = module;
    TransactionGuard guard(m_db);
    if (!guard.started(error)
        || !Sql::upsert(m_db, s_modules, written.meta,
                        {
                            {QLatin1String("mission_id"), written.missionId},
                            {QLatin1String("code"), written.code.trimmed()},
                            {QLatin1String("title"), written.title.trimmed()},
                            {QLatin1String("topic"), written.topic.trimmed()},
                            {QLatin1String("level"), enumCode(written.level)},
                            {QLatin1String("hours"), written.hours},
                            {QLatin1String("objectives"), written.objectives},
                            {QLatin1String("target_group"), written.targetGroup.trimmed()},
                        },
                        error)
        || !guard.commit(error))
        return false;
    module = written;
    return true;
}

bool ModuleRepository::remove(const QString &id, QString *error)
{
    return Sql::setDeleted(m_db, s_modules, id, true, error);
}

bool ModuleRepository::restore(const QString &id, QString *error)
{
    return Sql::setDeleted(m_db, s_modules, id, false, error);
}

std::optional<Coverage> ModuleRepository::coverage(const QString &moduleId,
                                                   const QString &needId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT coverage FROM module_needs WHERE deleted = 0 AND "
                                 "module_id = ? AND need_id = ?"));
    query.addBindValue(moduleId);
    query.addBindValue(needId);
    if (!Sql::read(m_db, query, QLatin1String("module_needs")) || !query.next())
        return std::nullopt;
    return enumFromCode<Coverage>(query.value(0).toString());
}

bool ModuleRepository::setCoverage(const QString &moduleId, const QString &needId,
                                   std::optional<Coverage> coverage, QString *error, bool demo)
{
    TransactionGuard guard(m_db);
    if (!guard.started(error))
        return false;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id FROM module_needs WHERE deleted = 0 AND "
                                 "module_id = ? AND need_id = ?"));
    query.addBindValue(moduleId);
    query.addBindValue(needId);
    if (!Sql::exec(query, error))
        return false;
    const QString existing = query.next() ? query.value(0).toString() : QString();
    query.finish();
    bool ok = true;
    if (!coverage) {
        if (!existing.isEmpty())
            ok = Sql::setDeleted(m_db, s_coverage, existing, true, error);
    } else {
        RecordMeta meta;
        meta.id = existing;
        meta.demo = demo;
        ok = Sql::upsert(m_db, s_coverage, meta,
                         {
                             {QLatin1String("module_id"), moduleId},
                             {QLatin1String("need_id"), needId},
                             {QLatin1String("coverage"), enumCode(*coverage)},
                         },
                         error);
    }
    return ok && guard.commit(error);
}

Traceability Traceability::compute(Database &db, const QString &missionId)
{
    Traceability t;
    t.needs = NeedRepository(db).forMission(missionId);
    t.modules = ModuleRepository(db).forMission(missionId);
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT mn.module_id, mn.need_id, mn.coverage FROM module_needs "
                                 "mn JOIN modules m ON m.id = mn.module_id AND m.deleted = 0 "
                                 "JOIN needs n ON n.id = mn.need_id AND n.deleted = 0 "
                                 "WHERE mn.deleted = 0 AND m.mission_id = ?"));
    query.addBindValue(missionId);
    QSet<QString> coveredNeeds, tracedModules;
    if (query.exec()) {
        while (query.next()) {
            const QString module = query.value(0).toString();
            const QString need = query.value(1).toString();
            t.cells.insert(
                {module, need},
                enumFromCode<Coverage>(query.value(2).toString()).value_or(Coverage::Full));
            coveredNeeds.insert(need);
            tracedModules.insert(module);
        }
    }
    for (const Need &n : std::as_const(t.needs)) {
        if (!coveredNeeds.contains(n.meta.id))
            t.uncoveredNeeds.append(n.meta.id);
    }
    for (const TrainingModule &m : std::as_const(t.modules)) {
        if (!tracedModules.contains(m.meta.id))
            t.untracedModules.append(m.meta.id);
    }
    return t;
}

std::optional<Coverage> Traceability::at(const QString &moduleId, const QString &needId) const
{
    const auto it = cells.constFind({moduleId, needId});
    if (it == cells.cend())
        return std::nullopt;
    return *it;
}
