#include "EngagementRepository.h"
#include "Database.h"
#include "SqlSupport.h"
#include "TransactionGuard.h"

#include <QSqlQuery>

namespace {

const QLatin1String s_table("engagements");

Sql::Columns columns(const Engagement &e)
{
    return {
        {QLatin1String("stakeholder_id"), e.stakeholderId},
        {QLatin1String("mission_id"), e.missionId.isEmpty() ? QVariant() : QVariant(e.missionId)},
        {QLatin1String("date"), Sql::fromDate(e.date)},
        {QLatin1String("type"), enumCode(e.type)},
        {QLatin1String("purpose"), e.purpose.trimmed()},
        {QLatin1String("outcome"), e.outcome},
        {QLatin1String("follow_up_date"), Sql::fromDate(e.followUpDate)},
        {QLatin1String("follow_up_done"), e.followUpDone ? 1 : 0},
    };
}

} // namespace

EngagementRepository::EngagementRepository(Database &db)
    : m_db(db)
{
}

QList<Engagement> EngagementRepository::select(const QString &where, const QVariantList &values,
                                               const QString &order) const
{
    QList<Engagement> result;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, stakeholder_id, mission_id, date, type, purpose, "
                                 "outcome, follow_up_date, follow_up_done FROM engagements "
                                 "WHERE deleted = 0 AND %2 ORDER BY %3")
                      .arg(Sql::metaColumns(), where, order));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!Sql::read(m_db, query, QLatin1String("engagements")))
        return result;
    while (query.next()) {
        Engagement e;
        Sql::readMeta(query, e.meta);
        e.stakeholderId = query.value(5).toString();
        e.missionId = query.value(6).toString();
        e.date = Sql::toDate(query.value(7));
        e.type =
            enumFromCode<EngagementType>(query.value(8).toString()).value_or(EngagementType::Other);
        e.purpose = query.value(9).toString();
        e.outcome = query.value(10).toString();
        e.followUpDate = Sql::toDate(query.value(11));
        e.followUpDone = query.value(12).toBool();
        result.append(e);
    }
    return result;
}

QList<Engagement> EngagementRepository::forStakeholder(const QString &stakeholderId) const
{
    return select(QStringLiteral("stakeholder_id = ?"), {stakeholderId},
                  QStringLiteral("date DESC"));
}

QList<Engagement> EngagementRepository::forMission(const QString &missionId) const
{
    return select(QStringLiteral("mission_id = ?"), {missionId}, QStringLiteral("date DESC"));
}

QList<Engagement> EngagementRepository::overdueFollowUps(const QDate &today, int limit) const
{
    return select(QStringLiteral("follow_up_done = 0 AND follow_up_date IS NOT NULL AND "
                                 "follow_up_date < ? AND stakeholder_id IN "
                                 "(SELECT id FROM stakeholders WHERE deleted = 0)"),
                  {Sql::fromDate(today)},
                  limit > 0 ? QStringLiteral("follow_up_date LIMIT %1").arg(limit)
                            : QStringLiteral("follow_up_date"));
}

std::optional<Engagement> EngagementRepository::find(const QString &id) const
{
    const QList<Engagement> found = select(QStringLiteral("id = ?"), {id}, QStringLiteral("id"));
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

int EngagementRepository::count() const
{
    return Sql::count(m_db, s_table);
}

bool EngagementRepository::save(Engagement &engagement, QString *error)
{
    const FieldErrors errors = engagement.validate();
    if (!errors.isEmpty()) {
        Sql::setError(error, joinMessages(errors));
        return false;
    }
    Engagement written = engagement;
    TransactionGuard guard(m_db);
    if (!guard.started(error) || !Sql::upsert(m_db, s_table, written.meta, columns(written), error)
        || !guard.commit(error))
        return false;
    engagement = written;
    return true;
}

bool EngagementRepository::remove(const QString &id, QString *error)
{
    return Sql::setDeleted(m_db, s_table, id, true, error);
}

bool EngagementRepository::restore(const QString &id, QString *error)
{
    return Sql::setDeleted(m_db, s_table, id, false, error);
}
