#include "Curriculum.h"
#include "RepositoryImpl.h"
#include "Scales.h"

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
        Check::scale(errors, QStringLiteral("targetScore"), tr("Target score"), targetScore,
                     Scales::CapacityMin, Scales::CapacityMax);
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
    return Repository<Need>(m_db).forMission(missionId);
}

std::optional<Need> NeedRepository::find(const QString &id) const
{
    return Repository<Need>(m_db).find(id);
}

bool NeedRepository::save(Need &need, QString *error)
{
    return Repository<Need>(m_db).save(need, error);
}

bool NeedRepository::remove(const QString &id, QString *error)
{
    return Repository<Need>(m_db).remove(id, error);
}

bool NeedRepository::restore(const QString &id, QString *error)
{
    return Repository<Need>(m_db).restore(id, error);
}

ModuleRepository::ModuleRepository(Database &db)
    : m_db(db)
{
}

QList<TrainingModule> ModuleRepository::forMission(const QString &missionId) const
{
    return Repository<TrainingModule>(m_db).forMission(missionId);
}

std::optional<TrainingModule> ModuleRepository::find(const QString &id) const
{
    return Repository<TrainingModule>(m_db).find(id);
}

bool ModuleRepository::save(TrainingModule &module, QString *error)
{
    return Repository<TrainingModule>(m_db).save(module, error);
}

bool ModuleRepository::remove(const QString &id, QString *error)
{
    return Repository<TrainingModule>(m_db).remove(id, error);
}

bool ModuleRepository::restore(const QString &id, QString *error)
{
    return Repository<TrainingModule>(m_db).restore(id, error);
}

std::optional<Coverage> ModuleRepository::coverage(const QString &moduleId,
                                                   const QString &needId) const
{
    const QList<ModuleNeed> rows = Repository<ModuleNeed>(m_db).where(
        QStringLiteral("r.module_id = ? AND r.need_id = ?"), {moduleId, needId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().coverage;
}

bool ModuleRepository::setCoverage(const QString &moduleId, const QString &needId,
                                   std::optional<Coverage> coverage, QString *error, bool demo)
{
    Repository<ModuleNeed> cells(m_db);
    TransactionGuard guard(m_db);
    if (!guard.started(error))
        return false;
    const QList<ModuleNeed> rows =
        cells.where(QStringLiteral("r.module_id = ? AND r.need_id = ?"), {moduleId, needId});
    ModuleNeed cell = rows.isEmpty() ? ModuleNeed() : rows.first();
    bool ok = true;
    if (!coverage) {
        if (!rows.isEmpty())
            ok = cells.remove(cell.meta.id, error);
    } else if (rows.isEmpty() || cell.coverage != *coverage) {
        cell.moduleId = moduleId;
        cell.needId = needId;
        cell.coverage = *coverage;
        if (rows.isEmpty())
            cell.meta.demo = demo;
        ok = cells.write(cell, error);
    }
    return ok && guard.commit(error);
}

Traceability Traceability::compute(Database &db, const QString &missionId)
{
    Traceability t;
    t.needs = NeedRepository(db).forMission(missionId);
    t.modules = ModuleRepository(db).forMission(missionId);
    const QList<ModuleNeed> cells = Repository<ModuleNeed>(db).where(
        QStringLiteral("r.module_id IN (SELECT id FROM modules WHERE deleted = 0 AND mission_id = "
                       "?) AND r.need_id IN (SELECT id FROM needs WHERE deleted = 0)"),
        {missionId});
    QSet<QString> coveredNeeds, tracedModules;
    for (const ModuleNeed &cell : cells) {
        t.cells.insert({cell.moduleId, cell.needId}, cell.coverage);
        coveredNeeds.insert(cell.needId);
        tracedModules.insert(cell.moduleId);
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

template class Repository<Need>;
template class Repository<TrainingModule>;
template class Repository<ModuleNeed>;
