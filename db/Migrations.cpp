#include "Migrations.h"
#include "Log.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// Columns every table carries (see RecordMeta).
QString recordColumns()
{
    return QStringLiteral("id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),\n"
                          "created_at TEXT NOT NULL,\n"
                          "updated_at TEXT NOT NULL,\n"
                          "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),\n"
                          "is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))");
}

QString table(const char *name, const char *columns)
{
    return QStringLiteral("CREATE TABLE %1 (\n%2,\n%3\n)")
        .arg(QLatin1String(name), recordColumns(), QLatin1String(columns));
}

Migration version1()
{
    return {
        1,
        {
            QStringLiteral("PRAGMA application_id = %1").arg(Migrations::applicationId),
            table("missions",
                  "code TEXT NOT NULL,"
                  "title TEXT NOT NULL,"
                  "host_country TEXT NOT NULL DEFAULT '',"
                  "lead_organisation TEXT NOT NULL DEFAULT '',"
                  "national_counterpart TEXT NOT NULL DEFAULT '',"
                  "start_date TEXT,"
                  "end_date TEXT,"
                  "status TEXT NOT NULL CHECK (status IN "
                  "  ('planned', 'active', 'on_hold', 'closed')),"
                  "current_stage TEXT NOT NULL CHECK (current_stage IN ('consultation', "
                  "  'orientation', 'curriculum', 'train_the_trainer', 'post_training')),"
                  "mou_status TEXT NOT NULL CHECK (mou_status IN "
                  "  ('none', 'drafting', 'negotiation', 'signed', 'expired')),"
                  "mou_date TEXT,"
                  "budget_minor INTEGER,"
                  "currency TEXT NOT NULL DEFAULT 'EUR',"
                  "context TEXT NOT NULL CHECK (context IN "
                  "  ('stable', 'transition', 'post_conflict')),"
                  "predecessor_id TEXT REFERENCES missions(id),"
                  "handover_notes TEXT NOT NULL DEFAULT '',"
                  "archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))"),
            QStringLiteral("CREATE UNIQUE INDEX missions_code ON missions(code) "
                           "WHERE deleted = 0"),
            QStringLiteral("CREATE INDEX missions_status ON missions(status, current_stage)"),
            table("stakeholders",
                  "kind TEXT NOT NULL CHECK (kind IN ('person', 'group')),"
                  "name TEXT NOT NULL,"
                  "name_protected INTEGER NOT NULL DEFAULT 0 CHECK (name_protected IN (0, 1)),"
                  "organisation TEXT NOT NULL DEFAULT '',"
                  "type TEXT NOT NULL,"
                  "sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other', "
                  "  'not_recorded')),"
                  "power INTEGER NOT NULL CHECK (power BETWEEN 1 AND 5),"
                  "interest INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),"
                  "attitude TEXT NOT NULL CHECK (attitude IN ('blocker', 'sceptic', "
                  "  'neutral', 'supporter', 'champion')),"
                  "trust INTEGER NOT NULL CHECK (trust BETWEEN 1 AND 5),"
                  "email TEXT NOT NULL DEFAULT '',"
                  "phone TEXT NOT NULL DEFAULT '',"
                  "address TEXT NOT NULL DEFAULT '',"
                  "notes TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX stakeholders_name ON stakeholders(name)"),
            QStringLiteral("CREATE INDEX stakeholders_type ON stakeholders(type)"),
            table("mission_stakeholders",
                  "mission_id TEXT NOT NULL REFERENCES missions(id),"
                  "stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),"
                  "role TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE UNIQUE INDEX mission_stakeholders_pair ON "
                           "mission_stakeholders(mission_id, stakeholder_id) WHERE deleted = 0"),
            QStringLiteral("CREATE INDEX mission_stakeholders_stakeholder ON "
                           "mission_stakeholders(stakeholder_id)"),
            table("engagements",
                  "stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),"
                  "mission_id TEXT REFERENCES missions(id),"
                  "date TEXT NOT NULL,"
                  "type TEXT NOT NULL,"
                  "purpose TEXT NOT NULL DEFAULT '',"
                  "outcome TEXT NOT NULL DEFAULT '',"
                  "follow_up_date TEXT,"
                  "follow_up_done INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1))"),
            QStringLiteral("CREATE INDEX engagements_stakeholder ON "
                           "engagements(stakeholder_id, date)"),
            QStringLiteral("CREATE INDEX engagements_mission ON engagements(mission_id, date)"),
            QStringLiteral("CREATE INDEX engagements_follow_up ON engagements(follow_up_date) "
                           "WHERE follow_up_done = 0 AND deleted = 0"),
            table("stakeholder_snapshots",
                  "stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),"
                  "taken_at TEXT NOT NULL,"
                  "power INTEGER NOT NULL CHECK (power BETWEEN 1 AND 5),"
                  "interest INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),"
                  "attitude TEXT NOT NULL,"
                  "trust INTEGER NOT NULL CHECK (trust BETWEEN 1 AND 5)"),
            QStringLiteral("CREATE INDEX stakeholder_snapshots_stakeholder ON "
                           "stakeholder_snapshots(stakeholder_id, taken_at)"),
        }};
}

Migration version2()
{
    return {2,
            {
                table("risks",
                      "mission_id TEXT REFERENCES missions(id),"
                      "title TEXT NOT NULL,"
                      "description TEXT NOT NULL DEFAULT '',"
                      "category TEXT NOT NULL,"
                      "owner TEXT NOT NULL DEFAULT '',"
                      "likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),"
                      "impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),"
                      "treatment TEXT NOT NULL,"
                      "mitigation TEXT NOT NULL DEFAULT '',"
                      "residual_likelihood INTEGER NOT NULL DEFAULT 0 "
                      "  CHECK (residual_likelihood BETWEEN 0 AND 5),"
                      "residual_impact INTEGER NOT NULL DEFAULT 0 "
                      "  CHECK (residual_impact BETWEEN 0 AND 5),"
                      "review_date TEXT,"
                      "closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))"),
                QStringLiteral("CREATE INDEX risks_mission ON risks(mission_id)"),
                table("risk_assessments",
                      "risk_id TEXT NOT NULL REFERENCES risks(id),"
                      "assessed_at TEXT NOT NULL,"
                      "likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),"
                      "impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),"
                      "residual_likelihood INTEGER NOT NULL DEFAULT 0,"
                      "residual_impact INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("CREATE INDEX risk_assessments_risk ON "
                               "risk_assessments(risk_id, assessed_at)"),
            }};
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

const QList<Migration> &Migrations::standard()
{
    static const QList<Migration> steps {version1(), version2()};
    return steps;
}

int Migrations::storedVersion(const QSqlDatabase &db, bool *ok)
{
    QSqlQuery query(db);
    const bool done = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
    if (ok)
        *ok = done;
    return done ? query.value(0).toInt() : -1;
}

bool Migrations::run(QSqlDatabase &db, const QList<Migration> &steps, QString *error)
{
    bool ok = false;
    const int current = storedVersion(db, &ok);
    if (!ok) {
        if (error)
            *error = QStringLiteral("cannot read the schema version");
        return false;
    }
    for (const Migration &step : steps) {
        if (step.version <= current)
            continue;
        QString stepError;
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &stepError)) {
            if (error)
                *error = stepError;
            return false;
        }
        bool stepOk = true;
        for (const QString &statement : step.statements) {
            if (!exec(db, statement, &stepError)) {
                stepOk = false;
                break;
            }
        }
        // PRAGMA user_version is transactional: it rolls back with the step.
        if (stepOk)
            stepOk =
                exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version), &stepError)
                && exec(db, QStringLiteral("COMMIT"), &stepError);
        if (!stepOk) {
            QString ignored;
            exec(db, QStringLiteral("ROLLBACK"), &ignored);
            qCWarning(lcDb) << "schema upgrade to version" << step.version << "failed";
            if (error)
                *error = QStringLiteral("upgrade to schema version %1: %2")
                             .arg(step.version)
                             .arg(stepError);
            return false;
        }
        qCInfo(lcDb) << "schema upgraded to version" << step.version;
    }
    return true;
}
