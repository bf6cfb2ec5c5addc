#include "StakeholderRepository.h"
#include "Clock.h"
#include "Database.h"
#include "RepositoryImpl.h"

#include <QSqlQuery>

namespace {

bool samePosition(const Stakeholder &a, const Stakeholder &b)
{
    return a.power == b.power && a.interest == b.interest && a.attitude == b.attitude
        && a.trust == b.trust;
}

// The name as shown, from a row of (id, name, name_protected, type).
QString displayNameOf(const QSqlQuery &query)
{
    Stakeholder s;
    s.name = query.value(1).toString();
    s.nameProtected = query.value(2).toBool();
    s.type = enumFromCode<StakeholderType>(query.value(3).toString())
                 .value_or(StakeholderType::CivilSociety);
    return s.displayName();
}

} // namespace

StakeholderRepository::StakeholderRepository(Database &db)
    : m_db(db)
{
}

// Each stakeholder's withheld fields (see Stakeholder::withheld).
QHash<QString, QStringList> StakeholderRepository::withheldFields() const
{
    QHash<QString, QStringList> withheld;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT record_id, field FROM withheld_fields WHERE "
                                   "table_name = 'stakeholders'")))
        return withheld;
    while (query.next())
        withheld[query.value(0).toString()].append(query.value(1).toString());
    return withheld;
}

QList<Stakeholder> StakeholderRepository::withWithheld(QList<Stakeholder> stakeholders) const
{
    if (stakeholders.isEmpty())
        return stakeholders;
    const QHash<QString, QStringList> withheld = withheldFields();
    if (withheld.isEmpty())
        return stakeholders;
    for (Stakeholder &s : stakeholders)
        s.withheld = withheld.value(s.meta.id);
    return stakeholders;
}

QList<Stakeholder> StakeholderRepository::all() const
{
    return withWithheld(Repository<Stakeholder>(m_db).all());
}

void StakeholderRepository::eachListed(const std::function<void(const Stakeholder &)> &each) const
{
    const QHash<QString, QStringList> withheld = withheldFields();
    Repository<Stakeholder>(m_db).eachListed(
        {QStringLiteral("name"), QStringLiteral("name_protected"), QStringLiteral("organisation"),
         QStringLiteral("type"), QStringLiteral("power"), QStringLiteral("interest"),
         QStringLiteral("attitude"), QStringLiteral("trust")},
        [&](Stakeholder &s) {
            if (!withheld.isEmpty())
                s.withheld = withheld.value(s.meta.id);
            each(s);
        });
}

QList<Stakeholder> StakeholderRepository::forMission(const QString &missionId) const
{
    return withWithheld(Repository<Stakeholder>(m_db).where(
        QStringLiteral("r.id IN (SELECT stakeholder_id FROM mission_stakeholders WHERE "
                       "deleted = 0 AND mission_id = ?)"),
        {missionId}));
}

std::optional<Stakeholder> StakeholderRepository::find(const QString &id) const
{
    std::optional<Stakeholder> found = Repository<Stakeholder>(m_db).find(id);
    if (!found)
        return found;
    return withWithheld({*found}).constFirst();
}

int StakeholderRepository::count() const
{
    return Repository<Stakeholder>(m_db).count();
}

QHash<QString, QString> StakeholderRepository::displayNames() const
{
    QHash<QString, QString> names;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, name_protected, type FROM stakeholders "
                                   "WHERE deleted = 0")))
        return names;
    while (query.next())
        names.insert(query.value(0).toString(), displayNameOf(query));
    return names;
}

bool StakeholderRepository::save(Stakeholder &stakeholder, QString *error, const QDateTime &asOf)
{
    const FieldErrors errors = stakeholder.validate();
    if (!errors.isEmpty()) {
        Sql::setError(error, joinMessages(errors));
        return false;
    }
    const std::optional<Stakeholder> before =
        stakeholder.meta.id.isEmpty() ? std::nullopt : find(stakeholder.meta.id);
    Stakeholder written = stakeholder;
    TransactionGuard guard(m_db);
    if (!guard.started(error) || !Repository<Stakeholder>(m_db).write(written, error))
        return false;
    if (!before || !samePosition(*before, written)) {
        const QDateTime takenAt = asOf.isValid() ? asOf : Clock::momentOf(written.positionAsOf);
        // A day entered after the fact may fall before snapshots already kept (an older position
        // recorded later, or an undone change): history is read in the order of its days.
        if (!addSnapshot(written, takenAt, error))
            return false;
    }
    if (!guard.commit(error))
        return false;
    stakeholder = written;
    return true;
}

bool StakeholderRepository::addSnapshot(const Stakeholder &s, const QDateTime &takenAt,
                                        QString *error)
{
    StakeholderSnapshot snapshot;
    snapshot.meta.demo = s.meta.demo;
    snapshot.stakeholderId = s.meta.id;
    snapshot.takenAt = takenAt;
    snapshot.power = s.power;
    snapshot.interest = s.interest;
    snapshot.attitude = s.attitude;
    snapshot.trust = s.trust;
    return Repository<StakeholderSnapshot>(m_db).write(snapshot, error);
}

bool StakeholderRepository::remove(const QString &id, QString *error)
{
    return Repository<Stakeholder>(m_db).remove(id, error);
}

bool StakeholderRepository::restore(const QString &id, QString *error)
{
    return Repository<Stakeholder>(m_db).restore(id, error);
}

QList<StakeholderSnapshot> StakeholderRepository::snapshots(const QString &stakeholderId) const
{
    return Repository<StakeholderSnapshot>(m_db).forOwner(stakeholderId);
}

QList<StakeholderLink> StakeholderRepository::links(const QString &column, const QString &id) const
{
    return Repository<StakeholderLink>(m_db).where(QStringLiteral("r.%1 = ?").arg(column), {id});
}

QList<StakeholderLink> StakeholderRepository::linksForMission(const QString &missionId) const
{
    return links(QStringLiteral("mission_id"), missionId);
}

QList<StakeholderLink>
StakeholderRepository::linksForStakeholder(const QString &stakeholderId) const
{
    return links(QStringLiteral("stakeholder_id"), stakeholderId);
}

bool StakeholderRepository::link(StakeholderLink &link, QString *error)
{
    FieldErrors errors = link.validate();
    if (errors.isEmpty() && link.meta.id.isEmpty()) {
        for (const StakeholderLink &existing : linksForMission(link.missionId)) {
            if (existing.stakeholderId == link.stakeholderId) {
                errors.append({QStringLiteral("stakeholderId"),
                               Stakeholder::tr("This stakeholder is already linked to the "
                                               "mission; edit the existing role instead.")});
            }
        }
    }
    if (!errors.isEmpty()) {
        Sql::setError(error, joinMessages(errors));
        return false;
    }
    return Repository<StakeholderLink>(m_db).write(link, error);
}

bool StakeholderRepository::unlink(const QString &linkId, QString *error)
{
    return Repository<StakeholderLink>(m_db).remove(linkId, error);
}

template class Repository<Stakeholder>;
template class Repository<StakeholderLink>;
template class Repository<StakeholderSnapshot>;
