#pragma once

#include "Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// What a mission's timeline shows: the span of each stage reached so far, the dated events of
// the stage forms, and the milestones. Rules (docs/stages.md): a stage starts when the mission
// moved into it (its recorded move), the first stage when the mission started or its first
// consultation was held, whichever came first; a stage ends when the next one starts; the
// current stage runs until today.
struct MissionTimeline
{
    Q_DECLARE_TR_FUNCTIONS(MissionTimeline)

public:
    struct Span
    {
        Stage stage = Stage::Consultation;
        QDate start;
        QDate end;
        bool current = false;
    };

    enum class Row { Consultation, Training, FollowUp, Milestone };
    struct Event
    {
        Row row = Row::Milestone;
        QDate date;
        QString label;
        bool done = false; // held, signed, reached
        QString caption; // milestones: the word written beside the marker
    };

    QList<Span> spans;
    QList<Event> events;
    QDate missionStart;
    QDate missionEnd;
    QDate today;
    bool closed = false; // a closed mission with an end date: its course, not up to today

    // The earliest and latest dates shown (spans, events, mission dates, and today unless the
    // mission is closed).
    QDate first() const;
    QDate last() const;

    static MissionTimeline compute(Database &db, const QString &missionId, const QDate &today);
    static QString rowLabel(Row row);
};
