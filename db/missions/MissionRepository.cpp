#include "MissionRepository.h"
#include "Database.h"
#include "SqlSupport.h"
#include "TransactionGuard.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

const QLatin1String s_table("missions");

QString selectSql(const QString &where)
{
    return QStringLiteral(
               "SELECT %1, code, title, host_country, lead_organisation, national_counterpart, "
               "start_date, end_date, status, current_stage, mou_status, mou_date, budget_minor, "
               "currency, context, predecessor_id, handover_notes, archived, trainers_target, "
               "officers_target, embedded_in_curriculum, women_share_target FROM missions "
               "WHERE deleted = 0 %2 ORDER BY code")
        .arg(Sql::metaColumns(), where);
}

Mission fromRow(const QSqlQuery &q)
{
    Mission m;
    Sql::readMeta(q, m.meta);
    m.code = q.value(5).toString();
    m.title = q.value(6).toString();
    m.hostCountry = q.value(7).toString();
    m.leadOrganisation = q.value(8).toString();
    m.nationalCounterpart = q.value(9).toString();
    m.startDate = Sql::toDate(q.value(10));
    m.endDate = Sql::toDate(q.value(11));
    m.status = enumFromCode<MissionStatus>(q.value(12).toString()).value_or(MissionStatus::Planned);
    m.currentStage = enumFromCode<Stage>(q.value(13).toString()).value_or(Stage::Consultation);
    m.mouStatus = enumFromCode<MouStatus>(q.value(14).toString()).value_or(MouStatus::None);
    m.mouDate = Sql::toDate(q.value(15));
    if (!q.value(16).isNull())
        m.budgetMinor = q.value(16).toLongLong();
    m.currency = q.value(17).toString();
    m.context =
        enumFromCode<MissionContext>(q.value(18).toString()).value_or(MissionContext::Stable);
    m.predecessorId = q.value(19).toString();
    m.handoverNotes = q.value(20).toString();
    m.archived = q.value(21).toBool();
    if (!q.value(22).isNull())
        m.trainersTarget = q.value(22).toInt();
    if (!q.value(23).isNull())
        m.officersTarget = q.value(23).toInt();
    m.embeddedInCurriculum = q.value(24).toBool();
    if (!q.value(25).isNull())
        m.womenShareTarget = q.value(25).toInt();
    return m;
}

Sql::Columns columns(const Mission &m)
{
    return {
        {QLatin1String("code"), m.code.trimmed()},
        {QLatin1String("title"), m.title.trimmed()},
        {QLatin1String("host_country"), m.hostCountry.trimmed()},
        {QLatin1String("lead_organisation"), m.leadOrganisation.trimmed()},
        {QLatin1String("national_counterpart"), m.nationalCounterpart.trimmed()},
        {QLatin1String("start_date"), Sql::fromDate(m.startDate)},
        {QLatin1String("end_date"), Sql::fromDate(m.endDate)},
        {QLatin1String("status"), enumCode(m.status)},
        {QLatin1String("current_stage"), enumCode(m.currentStage)},
        {QLatin1String("mou_status"), enumCode(m.mouStatus)},
        {QLatin1String("mou_date"), Sql::fromDate(m.mouDate)},
        {QLatin1String("budget_minor"), m.budgetMinor ? QVariant(*m.budgetMinor) : QVariant()},
        {QLatin1String("currency"), m.currency},
        {QLatin1String("context"), enumCode(m.context)},
        {QLatin1String("predecessor_id"),
         m.predecessorId.isEmpty() ? QVariant() : QVariant(m.predecessorId)},
        {QLatin1String("handover_notes"), m.handoverNotes},
        {QLatin1String("archived"), m.archived ? 1 : 0},
        {QLatin1String("trainers_target"),
         m.trainersTarget ? QVariant(*m.trainersTarget) : QVariant()},
        {QLatin1String("officers_target"),
         m.officersTarget ? QVariant(*m.officersTarget) : QVariant()},
        {QLatin1String("embedded_in_curriculum"), m.embeddedInCurriculum ? 1 : 0},
        {QLatin1String("women_share_target"),
         m.womenShareTarget ? QVariant(*m.womenShareTarget) : QVariant()},
    };
}

} // namespace

MissionRepository::MissionRepository(Database &db)
    : m_db(db)
{
}

QList<Mission> MissionRepository::all() const
{
    QList<Mission> missions;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(selectSql({}));
    if (!Sql::read(m_db, query, QLatin1String("missions")))
        return missions;
    while (query.next())
        missions.append(fromRow(query));
    return missions;
}

std::optional<Mission> MissionRepository::find(const QString &id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(selectSql(QStringLiteral("AND id = ?")));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return fromRow(query);
    return std::nullopt;
}

int MissionRepository::count() const
{
    return Sql::count(m_db, s_table);
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
    Mission written = mission;
    TransactionGuard guard(m_db);
    if (!guard.started(error) || !Sql::upsert(m_db, s_table, written.meta, columns(written), error)
        || !guard.commit(error))
        return false;
    mission = written;
    return true;
}

bool MissionRepository::remove(const QString &id, QString *error)
{
    return Sql::setDeleted(m_db, s_table, id, true, error);
}

bool MissionRepository::restore(const QString &id, QString *error)
{
    return Sql::setDeleted(m_db, s_table, id, false, error);
}
