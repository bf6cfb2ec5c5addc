#include "MigrationSteps.h"

// The post-training stage's own findings (lessons learned, resources asked for, next steps) and
// the day a finding was noted (the workshop's date; empty for findings from before). SQLite
// cannot widen a CHECK in place: findings is remade with its columns, index and rows;
// need_findings, which refers to it, refers to the new table once it has the old one's name.
Migration MigrationSteps::version15()
{
    return {15,
            {table("findings_v15",
                   "mission_id TEXT NOT NULL REFERENCES missions(id),"
                   "session_id TEXT REFERENCES consultation_sessions(id),"
                   "kind TEXT NOT NULL CHECK (kind IN ('concern', 'expectation', 'agreement', "
                   "  'challenge', 'opportunity', 'lesson', 'resource_request', 'next_step')),"
                   "text TEXT NOT NULL,"
                   "grouping TEXT NOT NULL DEFAULT '',"
                   "votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),"
                   "row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),"
                   "noted_on TEXT"),
             QStringLiteral("INSERT INTO findings_v15 (id, created_at, updated_at, deleted, "
                            "is_demo, mission_id, session_id, kind, text, grouping, votes, "
                            "row_version) SELECT id, created_at, updated_at, deleted, is_demo, "
                            "mission_id, session_id, kind, text, grouping, votes, row_version "
                            "FROM findings"),
             QStringLiteral("DROP TABLE findings"),
             QStringLiteral("ALTER TABLE findings_v15 RENAME TO findings"),
             QStringLiteral("CREATE INDEX findings_mission ON findings(mission_id, kind)")},
            true};
}

// The day a need was noted (a workshop's date on the orientation or curriculum board, or the
// day typed in its editor), as findings have since version 15; empty for needs from before.
Migration MigrationSteps::version16()
{
    return {16, {QStringLiteral("ALTER TABLE needs ADD COLUMN noted_on TEXT")}};
}
