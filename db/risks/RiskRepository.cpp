#include "RiskRepository.h"
#include "Clock.h"
#include "RepositoryImpl.h"
#include "SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

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

QList<RiskRepository::OverdueWork> RiskRepository::overdueWork(const QDate &today, int limit) const
{
    QList<OverdueWork> work;
    QSqlError error;
    if (!readOverdueWork(m_db.connection(), today, limit, work, &error))
        Sql::reportReadFailure(m_db, error, QLatin1String("risks"));
    return work;
}

bool RiskRepository::readOverdueWork(const QSqlDatabase &connection, const QDate &today, int limit,
                                     QList<OverdueWork> &work, QSqlError *error)
{
    const auto read = [&](const QString &sql) {
        QSqlQuery query(connection);
        query.setForwardOnly(true);
        query.prepare(sql);
        query.addBindValue(Sql::fromDate(today));
        query.addBindValue(limit);
        if (!query.exec()) {
            if (error)
                *error = query.lastError();
            return false;
        }
        while (query.next()) {
            work.append({query.value(0).toString(), Sql::toDate(query.value(1)),
                         query.value(2).toString(), query.value(3).toString(),
                         query.value(4).toString(), query.value(5).toString(),
                         query.value(6).toString()});
        }
        return true;
    };
    // Each from its partial index (schema 17: risks_open_review, risk_actions_open_due). The
    // actions come first in the join (CROSS JOIN keeps the order): with few actions, SQLite would
    // otherwise walk every open risk looking for its actions.
    const bool reviews =
        read(QStringLiteral("SELECT k.id, k.review_date, '', k.title, k.mission_id, m.code, "
                            "k.owner FROM risks k LEFT JOIN missions m ON m.id = k.mission_id "
                            "AND m.deleted = 0 WHERE k.deleted = 0 AND k.state = 'open' AND "
                            "k.review_date < ? ORDER BY k.review_date, k.rowid LIMIT ?"));
    const bool actions = read(QStringLiteral(
        "SELECT k.id, a.due_date, a.action, k.title, k.mission_id, m.code, a.owner "
        "FROM risk_actions a CROSS JOIN risks k ON k.id = a.risk_id LEFT JOIN "
        "missions m ON m.id = k.mission_id AND m.deleted = 0 WHERE a.deleted = 0 AND a.done "
        "= 0 AND a.due_date < ? AND k.deleted = 0 AND k.state = 'open' ORDER BY "
        "a.due_date, a.rowid LIMIT ?"));
    return reviews && actions;
}

QList<Risk> RiskRepository::all() const
{
    return Repository<Risk>(m_db).all();
}

void RiskRepository::eachListed(const std::function<void(const Risk &)> &each) const
{
    Repository<Risk>(m_db).eachListed(
        {
            QStringLiteral("mission_id"),
            QStringLiteral("programme_id"),
            QStringLiteral("title"),
            QStringLiteral("category"),
            QStringLiteral("owner"),
            QStringLiteral("likelihood"),
            QStringLiteral("impact"),
            QStringLiteral("residual_likelihood"),
            QStringLiteral("residual_impact"),
            QStringLiteral("review_date"),
            QStringLiteral("state"),
            QStringLiteral("occurred_on"),
        },
        each);
}

QList<Risk> RiskRepository::forMission(const QString &missionId) const
{
    return Repository<Risk>(m_db).forMission(missionId);
}

QList<Risk> RiskRepository::forProgramme(const QString &programmeId) const
{
    return Repository<Risk>(m_db).where(
        QStringLiteral("r.programme_id = ? OR r.mission_id IN (SELECT id FROM missions WHERE "
                       "deleted = 0 AND programme_id = ?)"),
        {programmeId, programmeId});
}

std::optional<Risk> RiskRepository::find(const QString &id) const
{
    return Repository<Risk>(m_db).find(id);
}

int RiskRepository::count() const
{
    return Repository<Risk>(m_db).count();
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
    if (!guard.started(error) || !Repository<Risk>(m_db).write(written, error))
        return false;
    if (!before || !sameAssessment(*before, written)) {
        RiskAssessment assessment;
        assessment.meta.demo = written.meta.demo;
        assessment.riskId = written.meta.id;
        assessment.assessedAt = asOf.isValid() ? asOf : Clock::momentOf(written.assessedOn);
        // The latest assessment is the risk's current scores: history entered after the fact
        // goes in from the oldest on, never behind what the risk says now.
        const QList<RiskAssessment> earlier =
            before ? history(written.meta.id) : QList<RiskAssessment>();
        if (!earlier.isEmpty() && assessment.assessedAt < earlier.constLast().assessedAt) {
            Sql::setError(error,
                          Risk::tr("The scores were last assessed on %1; a re-assessment cannot "
                                   "be dated before that. Enter a risk's history from its oldest "
                                   "assessment on.")
                              .arg(earlier.constLast().assessedAt.date().toString(Qt::ISODate)));
            return false;
        }
        assessment.likelihood = written.likelihood;
        assessment.impact = written.impact;
        assessment.residualLikelihood = written.residualLikelihood;
        assessment.residualImpact = written.residualImpact;
        if (!Repository<RiskAssessment>(m_db).write(assessment, error))
            return false;
    }
    if (!guard.commit(error))
        return false;
    risk = written;
    return true;
}

bool RiskRepository::remove(const QString &id, QString *error)
{
    return Repository<Risk>(m_db).remove(id, error);
}

bool RiskRepository::restore(const QString &id, QString *error)
{
    return Repository<Risk>(m_db).restore(id, error);
}

QList<RiskAssessment> RiskRepository::history(const QString &riskId) const
{
    return Repository<RiskAssessment>(m_db).forOwner(riskId);
}

template class Repository<Risk>;
template class Repository<RiskAssessment>;
