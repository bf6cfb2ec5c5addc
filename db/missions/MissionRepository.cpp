#include "MissionRepository.h"
#include "RepositoryImpl.h"

#include <QCoreApplication>
#include <QSqlQuery>

MissionRepository::MissionRepository(Database &db)
    : m_db(db)
{
}

QList<Mission> MissionRepository::all() const
{
    return Repository<Mission>(m_db).all();
}

std::optional<Mission> MissionRepository::find(const QString &id) const
{
    return Repository<Mission>(m_db).find(id);
}

int MissionRepository::count() const
{
    return Repository<Mission>(m_db).count();
}

bool MissionRepository::codeInUse(const QString &code, const QString &exceptId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT 1 FROM missions WHERE deleted = 0 AND code = ? AND id <> ?"));
    query.addBindValue(code.trimmed());
    query.addBindValue(exceptId.isNull() ? QStringLiteral("")
                                         : exceptId); // never NULL: <> NULL is never true
    return query.exec() && query.next();
}

FieldErrors MissionRepository::check(const Mission &mission) const
{
    FieldErrors errors = mission.validate();
    if (!mission.code.trimmed().isEmpty() && codeInUse(mission.code, mission.meta.id)) {
        errors.append({QStringLiteral("code"),
                       Mission::tr("Code %1 is already used by another mission; "
                                   "choose another.")
                           .arg(mission.code.trimmed())});
    }
    if (!mission.predecessorId.isEmpty() && !find(mission.predecessorId)) {
        errors.append({QStringLiteral("predecessorId"),
                       Mission::tr("The predecessor mission no longer exists.")});
    }
    return errors;
}

bool MissionRepository::save(Mission &mission, QString *error)
{
    const FieldErrors errors = check(mission);
    if (!errors.isEmpty()) {
        Sql::setError(error, joinMessages(errors));
        return false;
    }
    return Repository<Mission>(m_db).write(mission, error);
}

bool MissionRepository::remove(const QString &id, QString *error)
{
    return Repository<Mission>(m_db).remove(id, error);
}

bool MissionRepository::restore(const QString &id, QString *error)
{
    return Repository<Mission>(m_db).restore(id, error);
}

template class Repository<Mission>;
