#pragma once

#include "Mission.h"
#include "PortfolioSummary.h"
#include "Programme.h"
#include "Risk.h"

#include <QDate>
#include <QList>

#include <optional>

class Database;

// What a programme's dashboard shows, read once per refresh: the programme with its predecessor
// and successor, its missions (with their sites) and how they spread over status, stage and
// outcome, its risks and those of its missions (open, and those that came true), and its events.
struct ProgrammeDashboard
{
    QDate today;
    Programme programme;
    std::optional<Programme> predecessor;
    std::optional<Programme> successor;
    PortfolioSummary summary; // narrowed to the programme
    QList<Mission> missions; // by code
    QList<ProgrammeEvent> events; // by start date
    QList<Risk> openRisks; // highest inherent score first
    QList<Risk> issues; // came true, latest first
    QStringList teamNames; // the core team, by name

    // The span the timeline covers: the programme's, widened to its missions and events (today's
    // year when nothing is dated).
    QDate first() const;
    QDate last() const;

    // Empty (programme.meta.id empty) when there is no such live programme.
    static ProgrammeDashboard compute(Database &db, const QString &programmeId, const QDate &today);
};
