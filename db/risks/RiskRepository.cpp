#include "RiskRepository.h"
#include "Clock.h"
#include "Database.h"
#include "SqlSupport.h"
#include "TransactionGuard.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

const QLatin1String s_table("risks");
const QLatin1String s_history("risk_assessments");

Sql::Columns columns(const Risk &r)
{
    return {
        {QLatin1String("mission_id"), r.missionId.isEmpty() ? QVariant() : QVariant(r.missionId)},
        {QLatin1String("title"), r.title.trimmed()},
        {QLatin1String("description"), r.description},
        {QLatin1String("category"), enumCode(r.category)},
        {QLatin1String("owner"), r.owner.trimmed()},
        {QLatin1String("likelihood"), r.likelihood},
        {QLatin1String("impact"), r.impact},
        {QLatin1String("treatment"), enumCode(r.treatment)},
        {QLatin1String("mitigation"), r.mitigation},
        {QLatin1String("residual_likelihood"), r.residualLikelihood},
        {QLatin1String("residual_impact"), r.residualImpact},
        {QLatin1String("review_date"), Sql::fromDate(r.reviewDate)},
        {QLatin1String("closed"), r.closed ? 1 : 0},
    };
}

bool sameAssessment(const Risk &a, const Risk &b)
{
    return a.likelihood == b.likelihood && a.impact == b.impact
        && a.residualLikelihood == b.residualLikelihood && a.residualImpact == b.residualImpact;
}

} // namespace

RiskRepository::RiskRepository(Database &db)
    : m_db(db)
{
}

QList<Risk> RiskRepository::select(const QString &where, const QVariantList &values) const
{
    QList<Risk> result;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, mission_id, title, description, category, owner, "
                                 "likelihood, impact, treatment, mitigation, residual_likelihood, "
                                 "residual_impact, review_date, closed FROM risks "
                                 "WHERE deleted = 0 %2 ORDER BY likelihood * impact DESC, title")
                      .arg(Sql::metaColumns(), where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!Sql::read(m_db, query, QLatin1String("risks")))
        return result;
    while (query.next()) {
        Risk r;
        Sql::readMeta(query, r.meta);
        r.missionId = query.value(5).toString();
        r.title = query.value(6).toString();
        r.description = query.value(7).toString();
        r.category =
            enumFromCode<RiskCategory>(query.value(8).toString()).value_or(RiskCategory::Other);
        r.owner = query.value(9).toString();
        r.likelihood = query.value(10).toInt();
        r.impact = query.value(11).toInt();
        r.treatment =
            enumFromCode<RiskTreatment>(query.value(12).toString()).value_or(RiskTreatment::Accept);
        r.mitigation = query.value(13).toString();
        r.residualLikelihood = query.value(14).toInt();
        r.residualImpact = query.value(15).toInt();
        r.reviewDate = Sql::toDate(query.value(16));
        r.closed = query.value(17).toBool();
        result.append(r);
    }
    return result;
}

QList<Risk> RiskRepository::overdueReviews(const QDate &today, int limit) const
{
    QList<Risk> risks = select(QStringLiteral("AND id IN (SELECT id FROM risks WHERE deleted = 0 "
                                              "AND closed = 0 AND review_date < ? ORDER BY "
                                              "review_date LIMIT ?)"),
                               {Sql::fromDate(today), limit});
    std::sort(risks.begin(), risks.end(),
              [](const Risk &a, const Risk &b) { return a.reviewDate < b.reviewDate; });
    return risks;
}

QList<RiskAction> RiskRepository::overdueActions(const QDate &today, int limit) const
{
    QList<RiskAction> result;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id, a.risk_id, a.action, a.owner, a.due_date FROM "
                                 "risk_actions a JOIN risks r ON r.id = a.risk_id WHERE "
                                 "a.deleted = 0 AND r.deleted = 0 AND r.closed = 0 AND a.done = 0 "
                                 "AND a.due_date IS NOT NULL AND a.due_date < ? "
                                 "ORDER BY a.due_date LIMIT ?"));
    query.addBindValue(Sql::fromDate(today));
    query.addBindValue(limit);
    if (!Sql::read(m_db, query, QLatin1String("risk_actions")))
        return result;
    while (query.next()) {
        RiskAction a;
        a.meta.id = query.value(0).toString();
        a.riskId = query.value(1).toString();
        a.action = query.value(2).toString();
        a.owner = query.value(3).toString();
        a.dueDate = Sql::toDate(query.value(4));
        result.append(a);
    }
    return result;
}

QList<Risk> RiskRepository::all() const
{
    return select({}, {});
}

QList<Risk> RiskRepository::forMission(const QString &missionId) const
{
    return select(QStringLiteral("AND mission_id = ?"), {missionId});
}

std::optional<Risk> RiskRepository::find(const QString &id) const
{
    const QList<Risk> found = select(QStringLiteral("AND id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

int RiskRepository::count() const
{
    return Sql::count(m_db, s_table);
}

bool RiskRepository::save(Risk &risk, QString *error, const QDateTime &asOf)
{
    const FieldErrors errors = risk.validate();
    if (!errors.isEmpty()) {
        Sql::setError(error, joinMessages(errors));
        return false;
    }
    const std::optional<Risk> before = risk.meta.id.isEmpty() ? std::nullopt : find(risk.meta.id);
    Risk written = risk;
    TransactionGuard guard(m_db);
    if (!guard.started(error) || !Sql::upsert(m_db, s_table, written.meta, columns(written), error))
        return false;
    if (!before || !sameAssessment(*before, written)) {
        RecordMeta meta;
        meta.demo = written.meta.demo;
        const Sql::Columns assessment {
            {QLatin1String("risk_id"), written.meta.id},
            {QLatin1String("assessed_at"),
             Sql::fromDateTime(asOf.isValid() ? asOf : Clock::nowUtc())},
            {QLatin1String("likelihood"), written.likelihood},
            {QLatin1String("impact"), written.impact},
            {QLatin1String("residual_likelihood"), written.residualLikelihood},
            {QLatin1String("residual_impact"), written.residualImpact},
        };
        if (!Sql::insert(m_db, s_history, meta, assessment, error))
            return false;
    }
    if (!guard.commit(error))
        return false;
    risk = written;
    return true;
}

bool RiskRepository::remove(const QString &id, QString *error)
{
    return Sql::setDeleted(m_db, s_table, id, true, error);
}

bool RiskRepository::restore(const QString &id, QString *error)
{
    return Sql::setDeleted(m_db, s_table, id, false, error);
}

QList<RiskAssessment> RiskRepository::history(const QString &riskId) const
{
    QList<RiskAssessment> result;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1, risk_id, assessed_at, likelihood, impact, "
                                 "residual_likelihood, residual_impact FROM risk_assessments "
                                 "WHERE deleted = 0 AND risk_id = ? ORDER BY assessed_at, rowid")
                      .arg(Sql::metaColumns()));
    query.addBindValue(riskId);
    if (!Sql::read(m_db, query, QLatin1String("risk_assessments")))
        return result;
    while (query.next()) {
        RiskAssessment a;
        Sql::readMeta(query, a.meta);
        a.riskId = query.value(5).toString();
        a.assessedAt = Sql::toDateTime(query.value(6));
        a.likelihood = query.value(7).toInt();
        a.impact = query.value(8).toInt();
        a.residualLikelihood = query.value(9).toInt();
        a.residualImpact = query.value(10).toInt();
        result.append(a);
    }
    return result;
}
