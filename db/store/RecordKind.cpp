#include "RecordKind.h"

#include <array>

namespace {

constexpr std::array<const char *, int(RecordKind::Count)> s_tables {
    "missions",
    "stakeholders",
    "mission_stakeholders",
    "engagements",
    "stakeholder_snapshots",
    "risks",
    "risk_assessments",
    "risk_actions",
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
    "settings",
    "indicators",
    "indicator_targets",
    "indicator_values",
    "own_keys",
    "peers",
    "field_history",
    "record_aliases",
    "programmes",
    "programme_team",
    "programme_events",
    "mission_sites",
    "mission_predecessors",
};

} // namespace

QLatin1String RecordKindTables::tableOf(RecordKind kind)
{
    const int index = int(kind);
    return index >= 0 && index < int(RecordKind::Count) ? QLatin1String(s_tables[index])
                                                        : QLatin1String();
}

RecordKind RecordKindTables::kindOf(QLatin1String table)
{
    for (int i = 0; i < int(RecordKind::Count); ++i) {
        if (table == QLatin1String(s_tables[i]))
            return RecordKind(i);
    }
    return RecordKind::Count;
}

bool RecordKindTables::isExchangeBookkeeping(QLatin1String table)
{
    return table == QLatin1String("store_identity") || table == QLatin1String("exchange_peers")
        || table == QLatin1String("shared_state") || table == QLatin1String("package_imports")
        || table == QLatin1String("withheld_fields") || table == QLatin1String("package_exports")
        || table == QLatin1String("delivered");
}
