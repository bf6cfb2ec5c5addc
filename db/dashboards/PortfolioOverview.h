#pragma once

#include "Enums.h"
#include "Record.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Database;

// One line per mission for the portfolio view: its stage, a RAG status, its top open risk and its
// next milestone, read with a few aggregate queries whatever the number of missions.
// The RAG status is the worst of the mission's indicators that have a value (none: no status).
struct MissionGlance
{
    Q_DECLARE_TR_FUNCTIONS(MissionGlance)

public:
    RecordMeta meta; // the mission's id
    QString code;
    QString title;
    QString programmeId; // empty: outside any programme
    Stage stage = Stage::Consultation;
    MissionStatus status = MissionStatus::Planned;
    std::optional<Rag> rag;
    int indicatorsRated = 0;
    QString topRisk;
    int topRiskScore = 0;
    QDate nextDate;
    QString nextWhat;

    // Open (not closed, not archived) missions, by code.
    static QList<MissionGlance> compute(Database &db, const QDate &today);
};
