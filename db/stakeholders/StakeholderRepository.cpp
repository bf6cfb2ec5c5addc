#include "StakeholderRepository.h"
#include "Clock.h"
#include "Database.h"
#include "SqlSupport.h"
#include "TransactionGuard.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

const QLatin1String s_table("stakeholders");
const QLatin1String s_links("mission_stakeholders");
const QLatin1String s_snapshots("stakeholder_snapshots");

QString selectSql(const QString &join, const QString &where)
{
    return QStringLiteral("SELECT s.id, s.created_at, s.updated_at, s.deleted, s.is_demo, s.kind, "
                          "s.name, s.name_protected, s.organisation, s.type, s.sex, s.power, "
                          "s.interest, s.attitude, s.trust, s.email, s.phone, s.address, s.notes "
                          "FROM stakeholders s %1 WHERE s.deleted = 0 %2 ORDER BY s.name")
        .arg(join, where);
}

Stakeholder fromRow(const QSqlQuery &q)
{
    Stakeholder s;
    Sql::readMeta(q, s.meta);
    s.kind = enumFromCode<StakeholderKind>(q.value(5).toString()).value_or(StakeholderKind::Person);
    s.name = q.value(6).toString();
    s.nameProtected = q.value(7).toBool();
    s.organisation = q.value(8).toString();
    s.type = enumFromCode<StakeholderType>(q.value(9).toString())
                 .value_or(StakeholderType::CivilSociety);
    s.sex = enumFromCode<Sex>(q.value(10).toString()).value_or(Sex::NotRecorded);
    s.power = q.value(11).toInt();
    s.interest = q.value(12).toInt();
    s.attitude = enumFromCode<Attitude>(q.value(13).toString()).value_or(Attitude::Neutral);
    s.trust = q.value(14).toInt();
    s.email = q.value(15).toString();
    s.phone = q.value(16).toString();
    s.address = q.value(17).toString();
    s.notes = q.value(18).toString();
    return s;
}

Sql::Columns columns(const Stakeholder &s)
{
    return {
        {QLatin1String("kind"), enumCode(s.kind)},
        {QLatin1String("name"), s.name.trimmed()},
        {QLatin1String("name_protected"), s.nameProtected ? 1 : 0},
        {QLatin1String("organisation"), s.organisation.trimmed()},
        {QLatin1String("type"), enumCode(s.type)},
        {QLatin1String("sex"), enumCode(s.sex)},
        {QLatin1String("power"), s.power},
        {QLatin1String("interest"), s.interest},
        {QLatin1String("attitude"), enumCode(s.attitude)},
        {QLatin1String("trust"), s.trust},
        {QLatin1String("email"), s.email.trimmed()},
        {QLatin1String("phone"), s.phone.trimmed()},
        {QLatin1String("address"), s.address},
        {QLatin1String("notes"), s.notes},
    };
}

bool samePosition(const Stakeholder &a, const Stakeholder &b)
{
    return a.power == b.power && a.interest == b.interest && a.attitude == b.attitude
        && a.trust == b.trust;
}

QList<Stakeholder> readAll(Database &db, QSqlQuery &query)
{
    QList<Stakeholder> result;
    if (!Sql::read(db, query, QLatin1String("stakeholders")))
        return result;
    while (query.next())
        result.append(fromRow(query));
    return result;
}

} // namespace

StakeholderRepository::StakeholderRepository(Database &db)
    : m_db(db)
{
}

QList<Stakeholder> StakeholderRepository::all() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(selectSql({}, {}));
    return readAll(m_db, query);
}

QList<Stakeholder> StakeholderRepository::forMission(const QString &missionId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(selectSql(
        QStringLiteral("JOIN mission_stakeholders l ON l.stakeholder_id = s.id AND l.deleted = 0"),
        QStringLiteral("AND l.mission_id = ?")));
    query.addBindValue(missionId);
    return readAll(m_db, query);
}

std::optional<Stakeholder> StakeholderRepository::find(const QString &id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(selectSql({}, QStringLiteral("AND s.id = ?")));
    query.addBindValue(id);
    const QList<Stakeholder> found = readAll(m_db, query);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

int StakeholderRepository::count() const
{
    return Sql::count(m_db, s_table);
}

QHash<QString, QString> StakeholderRepository::displayNames() const
{
    QHash<QString, QString> names;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, name_protected, type FROM stakeholders "
                                   "WHERE deleted = 0")))
        return names;
    while (query.next()) {
        Stakeholder s;
        s.name = query.value(1).toString();
        s.nameProtected = query.value(2).toBool();
        s.type = enumFromCode<StakeholderType>(query.value(3).toString())
                     .value_or(StakeholderType::CivilSociety);
        names.insert(query.value(0).toString(), s.displayName());
    }
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
    if (!guard.started(error) || !Sql::upsert(m_db, s_table, written.meta, columns(written), error))
        return false;
    if (!before || !samePosition(*before, written)) {
        if (!addSnapshot(written, asOf.isValid() ? asOf : Clock::nowUtc(), error))
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
    RecordMeta meta;
    meta.demo = s.meta.demo;
    return Sql::insert(m_db, s_snapshots, meta,
                       {
                           {QLatin1String("stakeholder_id"), s.meta.id},
                           {QLatin1String("taken_at"), Sql::fromDateTime(takenAt)},
                           {QLatin1String("power"), s.power},
                           {QLatin1String("interest"), s.interest},
                           {QLatin1String("attitude"), enumCode(s.attitude)},
                           {QLatin1String("trust"), s.trust},
                       },
                       error);
}

bool StakeholderRepository::remove(const QString &id, QString *error)
{
    return Sql::setDeleted(m_db, s_table, id, true, error);
}

bool StakeholderRepository::restore(const QString &id, QString *error)
{
    return Sql::setDeleted(m_db, s_table, id, false, error);
}

QList<StakeholderSnapshot> StakeholderRepository::snapshots(const QString &stakeholderId) const
{
    QList<StakeholderSnapshot> result;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1, stakeholder_id, taken_at, power, interest, attitude, "
                                 "trust FROM stakeholder_snapshots WHERE deleted = 0 AND "
                                 "stakeholder_id = ? ORDER BY taken_at, rowid")
                      .arg(Sql::metaColumns()));
    query.addBindValue(stakeholderId);
    if (!Sql::read(m_db, query, QLatin1String("stakeholder_snapshots")))
        return result;
    while (query.next()) {
        StakeholderSnapshot snapshot;
        Sql::readMeta(query, snapshot.meta);
        snapshot.stakeholderId = query.value(5).toString();
        snapshot.takenAt = Sql::toDateTime(query.value(6));
        snapshot.power = query.value(7).toInt();
        snapshot.interest = query.value(8).toInt();
        snapshot.attitude =
            enumFromCode<Attitude>(query.value(9).toString()).value_or(Attitude::Neutral);
        snapshot.trust = query.value(10).toInt();
        result.append(snapshot);
    }
    return result;
}

QList<StakeholderLink> StakeholderRepository::links(const QString &column, const QString &id) const
{
    QList<StakeholderLink> result;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1, mission_id, stakeholder_id, role FROM "
                                 "mission_stakeholders WHERE deleted = 0 AND %2 = ?")
                      .arg(Sql::metaColumns(), column));
    query.addBindValue(id);
    if (!Sql::read(m_db, query, QLatin1String("mission_stakeholders")))
        return result;
    while (query.next()) {
        StakeholderLink link;
        Sql::readMeta(query, link.meta);
        link.missionId = query.value(5).toString();
        link.stakeholderId = query.value(6).toString();
        link.role = query.value(7).toString();
        result.append(link);
    }
    return result;
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
    StakeholderLink written = link;
    TransactionGuard guard(m_db);
    if (!guard.started(error)
        || !Sql::upsert(m_db, s_links, written.meta,
                        {
                            {QLatin1String("mission_id"), written.missionId},
                            {QLatin1String("stakeholder_id"), written.stakeholderId},
                            {QLatin1String("role"), written.role.trimmed()},
                        },
                        error)
        || !guard.commit(error))
        return false;
    link = written;
    return true;
}

bool StakeholderRepository::unlink(const QString &linkId, QString *error)
{
    return Sql::setDeleted(m_db, s_links, linkId, true, error);
}
