#include "MigrationSteps.h"

// Schema 13: the store fits real interventions.
//
// - A programme groups missions under one name, with its lead organisation and partners, its own
//   dates, status and outcome, a predecessor (its successor is the programme that names it), a
//   core team of stakeholders (programme_team) and its own events (seminars, meetings) and risks.
// - A mission belongs to at most one programme, has one or more sites (country, city,
//   institution) in place of its one free-text host country, any number of predecessors
//   (mission_predecessors, in place of one predecessor_id), and an outcome with its date and a
//   note. Each host country becomes the mission's first site, split where the field named several
//   with semicolons ("Hungary; Spain"); the sites made here get ids derived from the mission's id
//   and their place, so that two databases upgraded apart make the same sites and merge them as
//   one.
// - A risk is open, occurred (with the date and the consequence) or closed, in place of a flag.
// - A training session may name its site and be led by a stakeholder (a programme's trainer).
//
// SQLite cannot drop a column another table's key refers to: missions is remade without its host
// country and predecessor, with the same rows and indexes (foreign keys are off during the step and
// checked before it commits).

namespace {

const char *const statuses = "('planned', 'active', 'on_hold', 'closed')";
const char *const outcomes =
    "('open', 'embedded', 'completed', 'stalled', 'abandoned', 'replaced')";

// The columns of missions after this step, without the record columns and row_version.
QString missionColumns()
{
    return QStringLiteral("code TEXT NOT NULL,"
                          "title TEXT NOT NULL,"
                          "lead_organisation TEXT NOT NULL DEFAULT '',"
                          "national_counterpart TEXT NOT NULL DEFAULT '',"
                          "start_date TEXT,"
                          "end_date TEXT,"
                          "status TEXT NOT NULL CHECK (status IN %1),"
                          "current_stage TEXT NOT NULL CHECK (current_stage IN ('consultation', "
                          "'orientation', 'curriculum', 'train_the_trainer', 'post_training')),"
                          "mou_status TEXT NOT NULL CHECK (mou_status IN ('none', 'drafting', "
                          "'negotiation', 'signed', 'expired')),"
                          "mou_date TEXT,"
                          "budget_minor INTEGER,"
                          "currency TEXT NOT NULL DEFAULT 'EUR',"
                          "context TEXT NOT NULL CHECK (context IN ('stable', 'transition', "
                          "'post_conflict')),"
                          "handover_notes TEXT NOT NULL DEFAULT '',"
                          "archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
                          "embedded_in_curriculum INTEGER NOT NULL DEFAULT 0 "
                          "CHECK (embedded_in_curriculum IN (0, 1)),"
                          "trainers_target INTEGER CHECK (trainers_target >= 0),"
                          "officers_target INTEGER CHECK (officers_target >= 0),"
                          "women_share_target INTEGER CHECK (women_share_target BETWEEN 0 AND 100),"
                          "outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN %2),"
                          "outcome_on TEXT,"
                          "outcome_note TEXT NOT NULL DEFAULT '',"
                          "programme_id TEXT REFERENCES programmes(id),"
                          "row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)")
        .arg(QLatin1String(statuses), QLatin1String(outcomes));
}

// The columns missions keeps, in the order of missionColumns().
const char *const keptMissionColumns =
    "id, created_at, updated_at, deleted, is_demo, code, title, lead_organisation, "
    "national_counterpart, start_date, end_date, status, current_stage, mou_status, mou_date, "
    "budget_minor, currency, context, handover_notes, archived, embedded_in_curriculum, "
    "trainers_target, officers_target, women_share_target, outcome, row_version";

// Each mission's host country, split on ';' (the one separator no country's name holds: "Korea,
// Republic of" and "Banja Luka / Бања Лука" stay whole), as its sites 1, 2...: the id is the
// first 24 characters of the mission's id followed by the site's number on 12 digits.
QString sitesFromHostCountries()
{
    return QStringLiteral(
        "WITH RECURSIVE parts(mission_id, created_at, is_demo, rest, country, n) AS ("
        " SELECT id, created_at, is_demo,"
        "  host_country || ';', NULL, 0"
        " FROM missions WHERE trim(host_country) <> ''"
        " UNION ALL"
        " SELECT mission_id, created_at, is_demo, substr(rest, instr(rest, ';') + 1),"
        "  trim(substr(rest, 1, instr(rest, ';') - 1)),"
        "  n + (trim(substr(rest, 1, instr(rest, ';') - 1)) <> '')"
        " FROM parts WHERE rest <> '')"
        " INSERT INTO mission_sites (id, created_at, updated_at, deleted, is_demo, mission_id,"
        "  position, country)"
        " SELECT substr(mission_id, 1, 24) || printf('%012d', n), created_at, created_at, 0,"
        "  is_demo, mission_id, n - 1, country"
        " FROM parts WHERE country IS NOT NULL AND country <> ''");
}

} // namespace

Migration MigrationSteps::version13()
{
    using MigrationSteps::table;
    QStringList statements {
        table("programmes",
              "code TEXT NOT NULL,"
              "title TEXT NOT NULL,"
              "lead_organisation TEXT NOT NULL DEFAULT '',"
              "partners TEXT NOT NULL DEFAULT '',"
              "start_date TEXT,"
              "end_date TEXT,"
              "status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'active', "
              "'on_hold', 'closed')),"
              "outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'embedded', "
              "'completed', 'stalled', 'abandoned', 'replaced')),"
              "outcome_on TEXT,"
              "outcome_note TEXT NOT NULL DEFAULT '',"
              "predecessor_id TEXT REFERENCES programmes(id),"
              "notes TEXT NOT NULL DEFAULT '',"
              "row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)"),
        QStringLiteral("CREATE UNIQUE INDEX programmes_code ON programmes(code) WHERE deleted = 0"),
        table("programme_team",
              "programme_id TEXT NOT NULL REFERENCES programmes(id),"
              "stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),"
              "row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)"),
        QStringLiteral("CREATE INDEX programme_team_programme ON programme_team(programme_id)"),
        table("programme_events",
              "programme_id TEXT NOT NULL REFERENCES programmes(id),"
              "kind TEXT NOT NULL CHECK (kind IN ('seminar', 'meeting', 'training', 'other')),"
              "title TEXT NOT NULL,"
              "city TEXT NOT NULL DEFAULT '',"
              "country TEXT NOT NULL DEFAULT '',"
              "start_date TEXT NOT NULL,"
              "end_date TEXT,"
              "held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),"
              "lead_stakeholder_id TEXT REFERENCES stakeholders(id),"
              "female INTEGER NOT NULL DEFAULT 0 CHECK (female >= 0),"
              "male INTEGER NOT NULL DEFAULT 0 CHECK (male >= 0),"
              "other_or_unrecorded INTEGER NOT NULL DEFAULT 0 CHECK (other_or_unrecorded >= 0),"
              "notes TEXT NOT NULL DEFAULT '',"
              "row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)"),
        QStringLiteral("CREATE INDEX programme_events_programme ON "
                       "programme_events(programme_id, start_date)"),
        table("mission_sites",
              "mission_id TEXT NOT NULL REFERENCES missions(id),"
              "position INTEGER NOT NULL DEFAULT 0,"
              "country TEXT NOT NULL,"
              "city TEXT NOT NULL DEFAULT '',"
              "institution TEXT NOT NULL DEFAULT '',"
              "row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)"),
        QStringLiteral("CREATE INDEX mission_sites_mission ON mission_sites(mission_id)"),
        QStringLiteral("CREATE INDEX mission_sites_country ON mission_sites(country)"),
        sitesFromHostCountries(),
        table("mission_predecessors",
              "mission_id TEXT NOT NULL REFERENCES missions(id),"
              "predecessor_id TEXT NOT NULL REFERENCES missions(id),"
              "row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)"),
        QStringLiteral("CREATE INDEX mission_predecessors_mission ON "
                       "mission_predecessors(mission_id)"),
        QStringLiteral("INSERT INTO mission_predecessors (id, created_at, updated_at, deleted, "
                       "is_demo, mission_id, predecessor_id) SELECT substr(id, 1, 24) || "
                       "'000000000000', updated_at, updated_at, 0, is_demo, id, predecessor_id "
                       "FROM missions WHERE predecessor_id IS NOT NULL"),
        QStringLiteral("CREATE TABLE missions_v13 (\n%1,\n%2\n)")
            .arg(recordColumns(), missionColumns()),
        QStringLiteral("INSERT INTO missions_v13 (%1) SELECT %1 FROM missions")
            .arg(QLatin1String(keptMissionColumns)),
        QStringLiteral("DROP TABLE missions"),
        QStringLiteral("ALTER TABLE missions_v13 RENAME TO missions"),
        QStringLiteral("CREATE UNIQUE INDEX missions_code ON missions(code) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX missions_status ON missions(status, current_stage)"),
        QStringLiteral("CREATE INDEX missions_programme ON missions(programme_id)"),
        QStringLiteral("ALTER TABLE risks ADD COLUMN programme_id TEXT REFERENCES programmes(id)"),
        QStringLiteral("ALTER TABLE risks ADD COLUMN state TEXT NOT NULL DEFAULT 'open' "
                       "CHECK (state IN ('open', 'occurred', 'closed'))"),
        QStringLiteral("ALTER TABLE risks ADD COLUMN occurred_on TEXT"),
        QStringLiteral("ALTER TABLE risks ADD COLUMN consequence TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE risks SET state = 'closed' WHERE closed = 1"),
        QStringLiteral("ALTER TABLE risks DROP COLUMN closed"),
        QStringLiteral("CREATE INDEX risks_programme ON risks(programme_id)"),
        QStringLiteral("ALTER TABLE training_sessions ADD COLUMN site_id TEXT "
                       "REFERENCES mission_sites(id)"),
        QStringLiteral("ALTER TABLE training_sessions ADD COLUMN lead_stakeholder_id TEXT "
                       "REFERENCES stakeholders(id)"),
    };
    return {13, statements, true};
}
