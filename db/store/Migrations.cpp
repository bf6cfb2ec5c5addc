#include "Migrations.h"
#include "Log.h"
#include "MigrationSteps.h"

#include <QSqlError>
#include <QSqlQuery>

// Columns every table carries (see RecordMeta).
QString MigrationSteps::recordColumns()
{
    return QStringLiteral("id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),\n"
                          "created_at TEXT NOT NULL,\n"
                          "updated_at TEXT NOT NULL,\n"
                          "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),\n"
                          "is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))");
}

QString MigrationSteps::table(const char *name, const char *columns)
{
    return QStringLiteral("CREATE TABLE %1 (\n%2,\n%3\n)")
        .arg(QLatin1String(name), recordColumns(), QLatin1String(columns));
}

namespace {

using MigrationSteps::recordColumns;
using MigrationSteps::table;

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

// The LEOP stages: exit criteria and stage moves, then each stage's own records.
Migration version3()
{
    return {3,
            {
                QStringLiteral("ALTER TABLE missions ADD COLUMN embedded_in_curriculum INTEGER "
                               "NOT NULL DEFAULT 0 CHECK (embedded_in_curriculum IN (0, 1))"),
                QStringLiteral("ALTER TABLE missions ADD COLUMN trainers_target INTEGER "
                               "CHECK (trainers_target >= 0)"),
                QStringLiteral("ALTER TABLE missions ADD COLUMN officers_target INTEGER "
                               "CHECK (officers_target >= 0)"),
                table("stage_criteria",
                      "mission_id TEXT NOT NULL REFERENCES missions(id),"
                      "stage TEXT NOT NULL CHECK (stage IN ('consultation', 'orientation', "
                      "  'curriculum', 'train_the_trainer', 'post_training')),"
                      "position INTEGER NOT NULL DEFAULT 0,"
                      "text TEXT NOT NULL,"
                      "done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),"
                      "done_on TEXT"),
                QStringLiteral("CREATE INDEX stage_criteria_mission ON "
                               "stage_criteria(mission_id, stage, position)"),
                table("stage_transitions",
                      "mission_id TEXT NOT NULL REFERENCES missions(id),"
                      "from_stage TEXT NOT NULL,"
                      "to_stage TEXT NOT NULL,"
                      "happened_at TEXT NOT NULL,"
                      "unmet_criteria INTEGER NOT NULL DEFAULT 0,"
                      "reason TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX stage_transitions_mission ON "
                               "stage_transitions(mission_id, happened_at)"),
                table("consultation_sessions",
                      "mission_id TEXT NOT NULL REFERENCES missions(id),"
                      "date TEXT NOT NULL,"
                      "place TEXT NOT NULL DEFAULT '',"
                      "format TEXT NOT NULL CHECK (format IN ('roundtable', 'focus_group', "
                      "  'bilateral', 'survey', 'workshop')),"
                      "held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),"
                      "female INTEGER NOT NULL DEFAULT 0 CHECK (female >= 0),"
                      "male INTEGER NOT NULL DEFAULT 0 CHECK (male >= 0),"
                      "other_or_unrecorded INTEGER NOT NULL DEFAULT 0 "
                      "  CHECK (other_or_unrecorded >= 0),"
                      "notes TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX consultation_sessions_mission ON "
                               "consultation_sessions(mission_id, date)"),
                table("consultation_attendees",
                      "session_id TEXT NOT NULL REFERENCES consultation_sessions(id),"
                      "stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id)"),
                QStringLiteral("CREATE INDEX consultation_attendees_session ON "
                               "consultation_attendees(session_id)"),
                table("findings",
                      "mission_id TEXT NOT NULL REFERENCES missions(id),"
                      "session_id TEXT REFERENCES consultation_sessions(id),"
                      "kind TEXT NOT NULL CHECK (kind IN ('concern', 'expectation', "
                      "  'agreement', 'challenge', 'opportunity')),"
                      "text TEXT NOT NULL,"
                      "grouping TEXT NOT NULL DEFAULT '',"
                      "votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0)"),
                QStringLiteral("CREATE INDEX findings_mission ON findings(mission_id, kind)"),
                table("legislation_items",
                      "mission_id TEXT NOT NULL REFERENCES missions(id),"
                      "instrument TEXT NOT NULL,"
                      "article TEXT NOT NULL DEFAULT '',"
                      "approach TEXT NOT NULL CHECK (approach IN ('substantive_offence', "
                      "  'penalty_enhancement', 'general_aggravation', 'none')),"
                      "characteristics TEXT NOT NULL DEFAULT '',"
                      "gaps TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX legislation_items_mission ON "
                               "legislation_items(mission_id)"),
                table("capacity_assessments",
                      "mission_id TEXT NOT NULL REFERENCES missions(id),"
                      "dimension TEXT NOT NULL CHECK (dimension IN ('bias_indicators', "
                      "  'recording_data', 'investigation', 'victim_support', "
                      "  'community_engagement', 'leadership_policy', 'training_institution', "
                      "  'prosecution_liaison', 'information_sharing')),"
                      "assessed_on TEXT NOT NULL,"
                      "score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 4),"
                      "target INTEGER NOT NULL CHECK (target BETWEEN 0 AND 4),"
                      "evidence TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX capacity_assessments_mission ON "
                               "capacity_assessments(mission_id, dimension, assessed_on)"),
                table("needs",
                      "mission_id TEXT NOT NULL REFERENCES missions(id),"
                      "statement TEXT NOT NULL,"
                      "target_group TEXT NOT NULL DEFAULT '',"
                      "priority INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),"
                      "dimension TEXT,"
                      "current_score INTEGER CHECK (current_score BETWEEN 0 AND 4),"
                      "target_score INTEGER CHECK (target_score BETWEEN 0 AND 4),"
                      "votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0)"),
                QStringLiteral("CREATE INDEX needs_mission ON needs(mission_id)"),
                table("need_findings",
                      "need_id TEXT NOT NULL REFERENCES needs(id),"
                      "finding_id TEXT NOT NULL REFERENCES findings(id)"),
                QStringLiteral("CREATE INDEX need_findings_need ON need_findings(need_id)"),
                table("modules",
                      "mission_id TEXT NOT NULL REFERENCES missions(id),"
                      "code TEXT NOT NULL,"
                      "title TEXT NOT NULL,"
                      "topic TEXT NOT NULL DEFAULT '',"
                      "level TEXT NOT NULL CHECK (level IN ('core', 'specialist')),"
                      "hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),"
                      "objectives TEXT NOT NULL DEFAULT '',"
                      "target_group TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX modules_mission ON modules(mission_id, code)"),
                table("module_needs",
                      "module_id TEXT NOT NULL REFERENCES modules(id),"
                      "need_id TEXT NOT NULL REFERENCES needs(id),"
                      "coverage TEXT NOT NULL CHECK (coverage IN ('full', 'partial'))"),
                QStringLiteral("CREATE UNIQUE INDEX module_needs_pair ON "
                               "module_needs(module_id, need_id) WHERE deleted = 0"),
                table("trainees",
                      "mission_id TEXT NOT NULL REFERENCES missions(id),"
                      "name TEXT NOT NULL,"
                      "role TEXT NOT NULL CHECK (role IN ('trainer', 'participant')),"
                      "agency TEXT NOT NULL DEFAULT '',"
                      "region TEXT NOT NULL DEFAULT '',"
                      "sex TEXT NOT NULL DEFAULT 'not_recorded',"
                      "pre_score REAL CHECK (pre_score BETWEEN 0 AND 100),"
                      "post_score REAL CHECK (post_score BETWEEN 0 AND 100),"
                      "certified_on TEXT"),
                QStringLiteral("CREATE INDEX trainees_mission ON trainees(mission_id, role)"),
                table("training_sessions",
                      "mission_id TEXT NOT NULL REFERENCES missions(id),"
                      "tier TEXT NOT NULL CHECK (tier IN ('international', 'national', "
                      "  'regional', 'local')),"
                      "title TEXT NOT NULL DEFAULT '',"
                      "venue TEXT NOT NULL DEFAULT '',"
                      "start_date TEXT NOT NULL,"
                      "end_date TEXT,"
                      "held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),"
                      "lead_trainer_id TEXT REFERENCES trainees(id),"
                      "female INTEGER NOT NULL DEFAULT 0 CHECK (female >= 0),"
                      "male INTEGER NOT NULL DEFAULT 0 CHECK (male >= 0),"
                      "other_or_unrecorded INTEGER NOT NULL DEFAULT 0 "
                      "  CHECK (other_or_unrecorded >= 0)"),
                QStringLiteral("CREATE INDEX training_sessions_mission ON "
                               "training_sessions(mission_id, start_date)"),
                QStringLiteral("CREATE INDEX training_sessions_trainer ON "
                               "training_sessions(lead_trainer_id)"),
                table("session_modules",
                      "session_id TEXT NOT NULL REFERENCES training_sessions(id),"
                      "module_id TEXT NOT NULL REFERENCES modules(id)"),
                QStringLiteral("CREATE INDEX session_modules_session ON "
                               "session_modules(session_id)"),
                table("materials",
                      "mission_id TEXT NOT NULL REFERENCES missions(id),"
                      "module_id TEXT REFERENCES modules(id),"
                      "title TEXT NOT NULL,"
                      "type TEXT NOT NULL CHECK (type IN ('manual', 'handout', 'slides', "
                      "  'case_study', 'video')),"
                      "language TEXT NOT NULL DEFAULT '',"
                      "version TEXT NOT NULL DEFAULT '',"
                      "status TEXT NOT NULL CHECK (status IN ('draft', 'review', 'validated', "
                      "  'published')),"
                      "feedback TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX materials_mission ON materials(mission_id)"),
                table("followup_activities",
                      "mission_id TEXT NOT NULL REFERENCES missions(id),"
                      "type TEXT NOT NULL CHECK (type IN ('refresher', 'mentoring', "
                      "  'community_of_practice', 'resource_share', 'study_visit', "
                      "  'evaluation')),"
                      "title TEXT NOT NULL DEFAULT '',"
                      "date TEXT NOT NULL,"
                      "held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),"
                      "reached INTEGER NOT NULL DEFAULT 0 CHECK (reached >= 0),"
                      "notes TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX followup_activities_mission ON "
                               "followup_activities(mission_id, date)"),
                table("followup_needs",
                      "activity_id TEXT NOT NULL REFERENCES followup_activities(id),"
                      "need_id TEXT NOT NULL REFERENCES needs(id)"),
                QStringLiteral("CREATE INDEX followup_needs_activity ON "
                               "followup_needs(activity_id)"),
            }};
}

// Risk mitigation actions, indicators with their targets and values, and the settings a database
// carries with it (rating bands, RAG thresholds).
Migration version4()
{
    return {4,
            {
                table("risk_actions",
                      "risk_id TEXT NOT NULL REFERENCES risks(id),"
                      "action TEXT NOT NULL,"
                      "owner TEXT NOT NULL DEFAULT '',"
                      "due_date TEXT,"
                      "done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))"),
                QStringLiteral("CREATE INDEX risk_actions_risk ON risk_actions(risk_id, due_date)"),
                table("settings",
                      "key TEXT NOT NULL,"
                      "value TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE UNIQUE INDEX settings_key ON settings(key) "
                               "WHERE deleted = 0"),
                table("indicators",
                      "mission_id TEXT NOT NULL REFERENCES missions(id),"
                      "name TEXT NOT NULL,"
                      "level TEXT NOT NULL CHECK (level IN ('output', 'outcome', 'impact')),"
                      "unit TEXT NOT NULL DEFAULT '',"
                      "baseline REAL NOT NULL DEFAULT 0,"
                      "target REAL NOT NULL DEFAULT 0,"
                      "notes TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX indicators_mission ON indicators(mission_id)"),
                table("indicator_targets",
                      "indicator_id TEXT NOT NULL REFERENCES indicators(id),"
                      "date TEXT NOT NULL,"
                      "value REAL NOT NULL"),
                QStringLiteral("CREATE INDEX indicator_targets_indicator ON "
                               "indicator_targets(indicator_id, date)"),
                table("indicator_values",
                      "indicator_id TEXT NOT NULL REFERENCES indicators(id),"
                      "date TEXT NOT NULL,"
                      "value REAL NOT NULL,"
                      "female INTEGER CHECK (female >= 0),"
                      "male INTEGER CHECK (male >= 0)"),
                QStringLiteral("CREATE INDEX indicator_values_indicator ON "
                               "indicator_values(indicator_id, date)"),
            }};
}

// Training evaluation: each trainee's end-of-course reaction (Kirkpatrick level 1) and whether a
// follow-up found them applying it (level 3); the share of women a mission aims for.
Migration version5()
{
    return {5,
            {
                QStringLiteral("ALTER TABLE trainees ADD COLUMN reaction INTEGER "
                               "CHECK (reaction BETWEEN 1 AND 5)"),
                QStringLiteral("ALTER TABLE trainees ADD COLUMN applied INTEGER NOT NULL "
                               "DEFAULT 0 CHECK (applied IN (0, 1))"),
                QStringLiteral("ALTER TABLE missions ADD COLUMN women_share_target INTEGER "
                               "CHECK (women_share_target BETWEEN 0 AND 100)"),
            }};
}

// Record versions (row_version: a material has a "version" of its own): each save checks the
// version it read and raises it, so that a save of a row changed meanwhile (by an import, another
// window, a field package) is refused, never silently overwritten. Every row starts at 1.
Migration version6()
{
    Migration step {6, {}};
    for (const char *name : {"missions",
                             "stakeholders",
                             "mission_stakeholders",
                             "engagements",
                             "stakeholder_snapshots",
                             "risks",
                             "risk_assessments",
                             "stage_criteria",
                             "stage_transitions",
                             "consultation_sessions",
                             "consultation_attendees",
                             "findings",
                             "legislation_items",
                             "capacity_assessments",
                             "needs",
                             "need_findings",
                             "modules",
                             "module_needs",
                             "trainees",
                             "training_sessions",
                             "session_modules",
                             "materials",
                             "followup_activities",
                             "followup_needs",
                             "risk_actions",
                             "settings",
                             "indicators",
                             "indicator_targets",
                             "indicator_values"}) {
        step.statements.append(
            QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL "
                           "DEFAULT 1 CHECK (row_version >= 1)")
                .arg(QLatin1String(name)));
    }
    return step;
}

// How a mission ended: embedded in the national academy, completed, stalled, abandoned, replaced.
Migration version7()
{
    return {7,
            {QStringLiteral("ALTER TABLE missions ADD COLUMN outcome TEXT NOT NULL DEFAULT 'open' "
                            "CHECK (outcome IN ('open', 'embedded', 'completed', 'stalled', "
                            "'abandoned', 'replaced'))")}};
}

// Keys for field packages: the database's own key pair (its secret half sealed by a passphrase)
// and the address book of peers whose packages it accepts.
Migration version8()
{
    return {8,
            {table("own_keys",
                   "public_key TEXT NOT NULL,"
                   "sealed_secret TEXT NOT NULL,"
                   "kdf TEXT NOT NULL,"
                   "row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)"),
             table("peers",
                   "name TEXT NOT NULL DEFAULT '',"
                   "public_key TEXT NOT NULL,"
                   "fingerprint TEXT NOT NULL,"
                   "revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),"
                   "row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)"),
             QStringLiteral("CREATE UNIQUE INDEX peers_fingerprint ON peers(fingerprint) "
                            "WHERE deleted = 0")}};
}

// Three-way merges of field packages: this database's own identity and export count; for each
// database it exchanged with (by that one's store id), the state of every record as that peer
// last sent it and where the exchange stood; the packages imported (so one is never taken twice);
// and the history of field values a merge replaced, shared by every record type.
Migration version9()
{
    return {9,
            {table("field_history",
                   "table_name TEXT NOT NULL,"
                   "record_id TEXT NOT NULL,"
                   "field TEXT NOT NULL,"
                   "value TEXT NOT NULL DEFAULT '',"
                   "replaced_by TEXT NOT NULL DEFAULT '',"
                   "reason TEXT NOT NULL CHECK (reason IN ('update', 'conflict')),"
                   "peer TEXT NOT NULL DEFAULT '',"
                   "package TEXT NOT NULL DEFAULT '',"
                   "row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)"),
             QStringLiteral("CREATE INDEX field_history_record ON field_history(record_id)"),
             QStringLiteral("CREATE TABLE store_identity (\n"
                            "id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),\n"
                            "created_at TEXT NOT NULL,\n"
                            "exports INTEGER NOT NULL DEFAULT 0 CHECK (exports >= 0)\n)"),
             QStringLiteral("CREATE TABLE exchange_peers (\n"
                            "store_id TEXT PRIMARY KEY NOT NULL,\n"
                            "name TEXT NOT NULL DEFAULT '',\n"
                            "last_sequence INTEGER NOT NULL DEFAULT 0,\n"
                            "exports_at_import INTEGER NOT NULL DEFAULT 0,\n"
                            "last_package TEXT NOT NULL DEFAULT '',\n"
                            "imported_at TEXT NOT NULL\n)"),
             QStringLiteral("CREATE TABLE shared_state (\n"
                            "store_id TEXT NOT NULL,\n"
                            "table_name TEXT NOT NULL,\n"
                            "record_id TEXT NOT NULL,\n"
                            "state TEXT NOT NULL,\n"
                            "PRIMARY KEY (store_id, table_name, record_id)\n) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE package_imports (\n"
                            "package_id TEXT PRIMARY KEY NOT NULL,\n"
                            "store_id TEXT NOT NULL,\n"
                            "sequence INTEGER NOT NULL,\n"
                            "imported_at TEXT NOT NULL,\n"
                            "summary TEXT NOT NULL\n)")}};
}

// Ratings and attitude may be empty: not rated yet, or withheld by the redacted handover of another
// organisation (see withheld_fields). SQLite cannot drop NOT NULL in place: both tables are remade
// with the same columns and indexes, their rows copied. A field a redacted package withheld is
// remembered, so that a package from here carries the marker on, never an empty value that would
// blank the real one elsewhere.
Migration version10()
{
    const auto rebuild = [](const char *name, const char *columns, const char *names,
                            QStringList indexes) {
        QStringList statements {
            QStringLiteral("CREATE TABLE %1_v10 (\n%2,\n%3,\n"
                           "row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)\n)")
                .arg(QLatin1String(name), recordColumns(), QLatin1String(columns)),
            QStringLiteral("INSERT INTO %1_v10 (id, created_at, updated_at, deleted, is_demo, %2, "
                           "row_version) SELECT id, created_at, updated_at, deleted, is_demo, %2, "
                           "row_version FROM %1")
                .arg(QLatin1String(name), QLatin1String(names)),
            QStringLiteral("DROP TABLE %1").arg(QLatin1String(name)),
            QStringLiteral("ALTER TABLE %1_v10 RENAME TO %1").arg(QLatin1String(name))};
        return statements + indexes;
    };
    QStringList statements = rebuild(
        "stakeholders",
        "kind TEXT NOT NULL CHECK (kind IN ('person', 'group')),"
        "name TEXT NOT NULL,"
        "name_protected INTEGER NOT NULL DEFAULT 0 CHECK (name_protected IN (0, 1)),"
        "organisation TEXT NOT NULL DEFAULT '',"
        "type TEXT NOT NULL,"
        "sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other', 'not_recorded')),"
        "power INTEGER CHECK (power BETWEEN 1 AND 5),"
        "interest INTEGER CHECK (interest BETWEEN 1 AND 5),"
        "attitude TEXT CHECK (attitude IN ('blocker', 'sceptic', 'neutral', 'supporter', "
        "'champion')),"
        "trust INTEGER CHECK (trust BETWEEN 1 AND 5),"
        "email TEXT NOT NULL DEFAULT '',"
        "phone TEXT NOT NULL DEFAULT '',"
        "address TEXT NOT NULL DEFAULT '',"
        "notes TEXT NOT NULL DEFAULT ''",
        "kind, name, name_protected, organisation, type, sex, power, interest, attitude, trust, "
        "email, phone, address, notes",
        {QStringLiteral("CREATE INDEX stakeholders_name ON stakeholders(name)"),
         QStringLiteral("CREATE INDEX stakeholders_type ON stakeholders(type)")});
    statements += rebuild("stakeholder_snapshots",
                          "stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),"
                          "taken_at TEXT NOT NULL,"
                          "power INTEGER CHECK (power BETWEEN 1 AND 5),"
                          "interest INTEGER CHECK (interest BETWEEN 1 AND 5),"
                          "attitude TEXT,"
                          "trust INTEGER CHECK (trust BETWEEN 1 AND 5)",
                          "stakeholder_id, taken_at, power, interest, attitude, trust",
                          {QStringLiteral("CREATE INDEX stakeholder_snapshots_stakeholder ON "
                                          "stakeholder_snapshots(stakeholder_id, taken_at)")});
    statements.append(
        QStringLiteral("CREATE TABLE withheld_fields (\n"
                       "table_name TEXT NOT NULL,\n"
                       "record_id TEXT NOT NULL,\n"
                       "field TEXT NOT NULL,\n"
                       "package TEXT NOT NULL DEFAULT '',\n"
                       "PRIMARY KEY (table_name, record_id, field)\n) WITHOUT ROWID"));
    return {10, statements, true};
}

// Receipts and the import report. A package made here is remembered with the hash of its
// contents and each record it carried at its row version; the receipt of the database that
// imported it names that package and hash, and marks those records delivered there, as does an
// import of records exactly as another database sent them. An import keeps who took it in and
// how each conflict was decided. A database started from another's package calls that one home:
// what has not reached home yet is shown.
Migration version11()
{
    return {11,
            {QStringLiteral("CREATE TABLE package_exports (\n"
                            "package_id TEXT PRIMARY KEY NOT NULL,\n"
                            "sequence INTEGER NOT NULL,\n"
                            "made_at TEXT NOT NULL,\n"
                            "made_by TEXT NOT NULL DEFAULT '',\n"
                            "missions TEXT NOT NULL DEFAULT '',\n"
                            "redacted INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1)),\n"
                            "payload_sha256 TEXT NOT NULL,\n"
                            "records TEXT NOT NULL,\n"
                            "receipt_from TEXT NOT NULL DEFAULT '',\n"
                            "receipt_from_name TEXT NOT NULL DEFAULT '',\n"
                            "received_at TEXT NOT NULL DEFAULT '',\n"
                            "receipt_imported_at TEXT NOT NULL DEFAULT ''\n)"),
             QStringLiteral("CREATE TABLE delivered (\n"
                            "store_id TEXT NOT NULL,\n"
                            "table_name TEXT NOT NULL,\n"
                            "record_id TEXT NOT NULL,\n"
                            "row_version INTEGER NOT NULL,\n"
                            "PRIMARY KEY (store_id, table_name, record_id)\n) WITHOUT ROWID"),
             QStringLiteral("ALTER TABLE package_imports ADD COLUMN origin_name TEXT NOT NULL "
                            "DEFAULT ''"),
             QStringLiteral("ALTER TABLE package_imports ADD COLUMN imported_by TEXT NOT NULL "
                            "DEFAULT ''"),
             QStringLiteral("ALTER TABLE package_imports ADD COLUMN payload_sha256 TEXT NOT NULL "
                            "DEFAULT ''"),
             QStringLiteral("ALTER TABLE package_imports ADD COLUMN decisions TEXT NOT NULL "
                            "DEFAULT '[]'"),
             QStringLiteral("ALTER TABLE exchange_peers ADD COLUMN home INTEGER NOT NULL DEFAULT "
                            "0 CHECK (home IN (0, 1))")}};
}

// Combining duplicates: the id of a record combined into another stays resolvable (a package
// that still uses it lands on the kept record), and the values only the combined record held are
// kept in the field history, for a reason of their own. SQLite cannot widen a CHECK in place:
// field_history is remade with the same columns and index (no table refers to it).
Migration version12()
{
    return {12,
            {table("record_aliases",
                   "table_name TEXT NOT NULL,"
                   "record_id TEXT NOT NULL CHECK (length(record_id) = 36),"
                   "row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)"),
             QStringLiteral("CREATE INDEX record_aliases_record ON record_aliases(record_id)"),
             table("field_history_v12",
                   "table_name TEXT NOT NULL,"
                   "record_id TEXT NOT NULL,"
                   "field TEXT NOT NULL,"
                   "value TEXT NOT NULL DEFAULT '',"
                   "replaced_by TEXT NOT NULL DEFAULT '',"
                   "reason TEXT NOT NULL CHECK (reason IN ('update', 'conflict', 'combined')),"
                   "peer TEXT NOT NULL DEFAULT '',"
                   "package TEXT NOT NULL DEFAULT '',"
                   "row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)"),
             QStringLiteral("INSERT INTO field_history_v12 SELECT id, created_at, updated_at, "
                            "deleted, is_demo, table_name, record_id, field, value, replaced_by, "
                            "reason, peer, package, row_version FROM field_history"),
             QStringLiteral("DROP TABLE field_history"),
             QStringLiteral("ALTER TABLE field_history_v12 RENAME TO field_history"),
             QStringLiteral("CREATE INDEX field_history_record ON field_history(record_id)")}};
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
    static const QList<Migration> steps {version1(),
                                         version2(),
                                         version3(),
                                         version4(),
                                         version5(),
                                         version6(),
                                         version7(),
                                         version8(),
                                         version9(),
                                         version10(),
                                         version11(),
                                         version12(),
                                         MigrationSteps::version13(),
                                         MigrationSteps::version14(),
                                         MigrationSteps::version15(),
                                         MigrationSteps::version16(),
                                         MigrationSteps::version17()};
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
        // PRAGMA foreign_keys does nothing inside a transaction: it is set around the step.
        bool keysWereOn = false;
        if (step.rebuildsTables) {
            QSqlQuery keys(db);
            keysWereOn = keys.exec(QStringLiteral("PRAGMA foreign_keys")) && keys.next()
                && keys.value(0).toInt() == 1;
            exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"), &stepError);
        }
        const auto keysBack = [&] {
            QString ignored;
            if (keysWereOn)
                exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &ignored);
        };
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &stepError)) {
            keysBack();
            if (error)
                *error = stepError;
            return false;
        }
        // A remade table must not leave a record without one it refers to; violations from
        // before the step (there should be none) are not the step's.
        const auto violations = [&db] {
            QSqlQuery check(db);
            int count = 0;
            if (check.exec(QStringLiteral("PRAGMA foreign_key_check")))
                while (check.next())
                    ++count;
            return count;
        };
        const int violationsBefore = step.rebuildsTables ? violations() : 0;
        bool stepOk = true;
        for (const QString &statement : step.statements) {
            if (!exec(db, statement, &stepError)) {
                stepOk = false;
                break;
            }
        }
        if (stepOk && step.rebuildsTables && violations() > violationsBefore) {
            stepOk = false;
            stepError = QStringLiteral("a remade table lost a record another refers to");
        }
        // PRAGMA user_version is transactional: it rolls back with the step.
        if (stepOk)
            stepOk =
                exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version), &stepError)
                && exec(db, QStringLiteral("COMMIT"), &stepError);
        if (!stepOk) {
            QString ignored;
            exec(db, QStringLiteral("ROLLBACK"), &ignored);
            keysBack();
            qCWarning(lcDb) << "schema upgrade to version" << step.version << "failed";
            if (error)
                *error = QStringLiteral("upgrade to schema version %1: %2")
                             .arg(step.version)
                             .arg(stepError);
            return false;
        }
        keysBack();
        qCInfo(lcDb) << "schema upgraded to version" << step.version;
    }
    return true;
}
