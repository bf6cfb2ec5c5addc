#include "EngagementRepository.h"
#include "RepositoryImpl.h"
#include "SqlSupport.h"
#include "Stakeholder.h"

#include <QSqlError>
#include <QSqlQuery>

EngagementRepository::EngagementRepository(Database &db)
    : m_db(db)
{
}

QList<Engagement> EngagementRepository::forStakeholder(const QString &stakeholderId) const
{
    return Repository<Engagement>(m_db).forOwner(stakeholderId);
}

QList<Engagement> EngagementRepository::forMission(const QString &missionId) const
{
    return Repository<Engagement>(m_db).where(QStringLiteral("r.mission_id = ?"), {missionId});
}

QList<EngagementRepository::ListedFollowUp>
EngagementRepository::overdueFollowUps(const QDate &today, int limit) const
{
    QList<ListedFollowUp> listed;
    QSqlError error;
    if (!readOverdueFollowUps(m_db.connection(), today, limit, listed, &error))
        Sql::reportReadFailure(m_db, error, QLatin1String("engagements"));
    return listed;
}

bool EngagementRepository::readOverdueFollowUps(const QSqlDatabase &connection, const QDate &today,
                                                int limit, QList<ListedFollowUp> &listed,
                                                QSqlError *error)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    // The engagements first (CROSS JOIN keeps the order), walking the follow-up index in date
    // order up to the limit.
    query.prepare(QStringLiteral(
        "SELECT e.id, e.stakeholder_id, e.mission_id, e.follow_up_date, e.purpose, s.name, "
        "s.name_protected, s.type, m.code FROM engagements e CROSS JOIN stakeholders s ON s.id = "
        "e.stakeholder_id LEFT JOIN missions m ON m.id = e.mission_id AND m.deleted = 0 WHERE "
        "e.deleted = 0 AND e.follow_up_done = 0 AND e.follow_up_date IS NOT NULL AND "
        "e.follow_up_date < ? AND s.deleted = 0 ORDER BY e.follow_up_date, e.rowid LIMIT ?"));
    query.addBindValue(Sql::fromDate(today));
    query.addBindValue(limit > 0 ? limit : -1); // -1: no limit
    if (!query.exec()) {
        if (error)
            *error = query.lastError();
        return false;
    }
    while (query.next()) {
        ListedFollowUp row;
        row.engagement.meta.id = query.value(0).toString();
        row.engagement.stakeholderId = query.value(1).toString();
        row.engagement.missionId = query.value(2).toString();
        row.engagement.followUpDate = Sql::toDate(query.value(3));
        row.engagement.purpose = query.value(4).toString();
        Stakeholder stakeholder;
        stakeholder.name = query.value(5).toString();
        stakeholder.nameProtected = query.value(6).toBool();
        stakeholder.type = enumFromCode<StakeholderType>(query.value(7).toString())
                               .value_or(StakeholderType::CivilSociety);
        row.stakeholder = stakeholder.displayName();
        row.missionCode = query.value(8).toString();
        listed.append(row);
    }
    return true;
}

std::optional<Engagement> EngagementRepository::find(const QString &id) const
{
    return Repository<Engagement>(m_db).find(id);
}

int EngagementRepository::count() const
{
    return Repository<Engagement>(m_db).count();
}

bool EngagementRepository::save(Engagement &engagement, QString *error)
{
    return Repository<Engagement>(m_db).save(engagement, error);
}

bool EngagementRepository::remove(const QString &id, QString *error)
{
    return Repository<Engagement>(m_db).remove(id, error);
}

bool EngagementRepository::restore(const QString &id, QString *error)
{
    return Repository<Engagement>(m_db).restore(id, error);
}

template class Repository<Engagement>;
