#include "MissionRepository.h"
#include "RepositoryImpl.h"
#include "TransactionGuard.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

MissionRepository::MissionRepository(Database &db)
    : m_db(db)
{
}

namespace {

// Fills each mission's sites from one read of them all.
void attachSites(QList<Mission> &missions, const QList<MissionSite> &sites)
{
    QHash<QString, qsizetype> rowOf;
    for (qsizetype i = 0; i < missions.size(); ++i)
        rowOf.insert(missions.at(i).meta.id, i);
    for (const MissionSite &site : sites) {
        if (const qsizetype row = rowOf.value(site.missionId, -1); row >= 0)
            missions[row].sites.append(site);
    }
}

} // namespace

QList<Mission> MissionRepository::all() const
{
    QList<Mission> missions = Repository<Mission>(m_db).all();
    attachSites(missions, Repository<MissionSite>(m_db).all());
    return missions;
}

QList<Mission> MissionRepository::listed() const
{
    QList<Mission> missions = Repository<Mission>(m_db).all(
        {QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("lead_organisation"),
         QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("status"),
         QStringLiteral("current_stage"), QStringLiteral("mou_status"), QStringLiteral("mou_date"),
         QStringLiteral("archived"), QStringLiteral("outcome"), QStringLiteral("outcome_on"),
         QStringLiteral("programme_id")});
    // What a site's label shows, without the bookkeeping (its times took a third of the read),
    // in the file's order: each mission's few are put in their order (Table<MissionSite>) here.
    attachSites(
        missions,
        Repository<MissionSite>(m_db).all({QStringLiteral("mission_id"), QStringLiteral("position"),
                                           QStringLiteral("country"), QStringLiteral("city"),
                                           QStringLiteral("institution")}));
    for (Mission &mission : missions) {
        std::stable_sort(
            mission.sites.begin(), mission.sites.end(),
            [](const MissionSite &a, const MissionSite &b) { return a.position < b.position; });
    }
    return missions;
}

QHash<QString, QString> MissionRepository::codes() const
{
    QHash<QString, QString> codes;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, code FROM missions WHERE deleted = 0"))) {
        while (query.next())
            codes.insert(query.value(0).toString(), query.value(1).toString());
    }
    return codes;
}

QList<Mission> MissionRepository::labels() const
{
    QList<Mission> missions;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, code, title, status, programme_id, archived FROM "
                                   "missions WHERE deleted = 0 ORDER BY code")))
        return missions;
    while (query.next()) {
        Mission m;
        m.meta.id = query.value(0).toString();
        m.code = query.value(1).toString();
        m.title = query.value(2).toString();
        m.status =
            enumFromCode<MissionStatus>(query.value(3).toString()).value_or(MissionStatus::Planned);
        m.programmeId = query.value(4).toString();
        m.archived = query.value(5).toBool();
        missions.append(m);
    }
    return missions;
}

std::optional<Mission> MissionRepository::find(const QString &id) const
{
    std::optional<Mission> mission = Repository<Mission>(m_db).find(id);
    if (mission)
        mission->sites = sites(id);
    return mission;
}

QList<Mission> MissionRepository::ofProgramme(const QString &programmeId) const
{
    QList<Mission> missions =
        Repository<Mission>(m_db).where(QStringLiteral("r.programme_id = ?"), {programmeId});
    attachSites(missions,
                Repository<MissionSite>(m_db).where(
                    QStringLiteral("r.mission_id IN (SELECT id FROM missions WHERE "
                                   "programme_id = ? AND deleted = 0)"),
                    {programmeId}));
    return missions;
}

QList<MissionSite> MissionRepository::sites(const QString &missionId) const
{
    return Repository<MissionSite>(m_db).forMission(missionId);
}

QStringList MissionRepository::countries() const
{
    QStringList result;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT s.country FROM mission_sites s JOIN missions m "
                                 "ON m.id = s.mission_id WHERE s.deleted = 0 AND m.deleted = 0"));
    if (Sql::read(m_db, query, QLatin1String("mission_sites"))) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return result;
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
    for (const QString &predecessor : mission.predecessorIds) {
        if (!Repository<Mission>(m_db).find(predecessor)) {
            errors.append({QStringLiteral("predecessorIds"),
                           Mission::tr("A predecessor mission no longer exists.")});
            break;
        }
    }
    if (!mission.programmeId.isEmpty()
        && !Sql::exists(m_db, QLatin1String("programmes"), mission.programmeId)) {
        errors.append(
            {QStringLiteral("programmeId"), Mission::tr("The programme no longer exists.")});
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
    MissionRepository::nameSites(mission);
    // Undo and redo restore a mission by name (version 0): its sites likewise.
    const bool byName = mission.meta.version == 0;
    TransactionGuard guard(m_db);
    if (!guard.started(error) || !Repository<Mission>(m_db).write(mission, error))
        return false;
    Repository<MissionSite> sites(m_db);
    int position = 0;
    for (MissionSite &site : mission.sites) {
        site.missionId = mission.meta.id;
        site.meta.demo = mission.meta.demo;
        if (byName)
            site.meta.version = 0;
        const std::optional<MissionSite> stored = sites.findAny(site.meta.id);
        if (site.meta.deleted) {
            // Removed in the form: deleted with the version it was read at, so a site changed
            // meanwhile is refused rather than lost.
            if (stored && !stored->meta.deleted && !sites.write(site, error))
                return false;
            continue;
        }
        site.position = position++;
        if (stored && !stored->meta.deleted
            && Repository<MissionSite>::changedFields(site, *stored).isEmpty()) {
            site.meta = stored->meta;
            continue;
        }
        if (!sites.save(site, error))
            return false;
    }
    // A site not in the list is left alone: one another window or an import added meanwhile.
    mission.sites.removeIf([](const MissionSite &s) { return s.meta.deleted; });
    return guard.commit(error);
}

void MissionRepository::nameSites(Mission &mission)
{
    for (MissionSite &site : mission.sites) {
        if (site.meta.id.isEmpty())
            site.meta.id = newRecordId();
    }
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
template class Repository<MissionSite>;
