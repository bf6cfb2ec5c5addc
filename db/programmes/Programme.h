#pragma once

#include "Describe.h"
#include "Enums.h"
#include "Record.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

// A set of missions run under one name by a lead organisation and its partners (LEOP, 2005-2009),
// with a core team of trainers shared by its missions, events of its own that belong to no single
// state, its own risks, and a predecessor it replaced (its successor is the programme that names
// it as predecessor).
struct Programme
{
    Q_DECLARE_TR_FUNCTIONS(Programme)

public:
    RecordMeta meta;
    QString code;
    QString title;
    QString leadOrganisation;
    QString partners;
    QDate startDate;
    QDate endDate;
    MissionStatus status = MissionStatus::Planned;
    MissionOutcome outcome = MissionOutcome::Open;
    QDate outcomeOn;
    QString outcomeNote;
    QString predecessorId;
    QString notes;
    QStringList teamIds; // stakeholders of the core team

    FieldErrors validate() const;
    QString label() const { return code.isEmpty() ? title : code + QStringLiteral(" · ") + title; }
};

// An event of the programme itself: an international seminar, its founding meeting, a course it
// runs for several states' trainers.
struct ProgrammeEvent
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeEvent)

public:
    RecordMeta meta;
    QString programmeId;
    EventKind kind = EventKind::Seminar;
    QString title;
    QString city;
    QString country;
    QDate startDate;
    QDate endDate;
    bool held = false;
    QString leadStakeholderId; // one of the core team, usually
    int female = 0;
    int male = 0;
    int otherOrUnrecorded = 0;
    QString notes;

    FieldErrors validate() const;
    int participants() const { return female + male + otherOrUnrecorded; }
    QString place() const;
};

// How each is stored: see Describe.h.
template<> struct Table<Programme>
{
    static constexpr const char *name = "programmes";
    static constexpr const char *context = "Programme";
    static constexpr const char *order = "code";
    static constexpr const char *unique = "code"; // among live rows
    static constexpr LinkTable link {"programme_team", "programme_id", "stakeholder_id"};
    static QStringList &links(Programme &p) { return p.teamIds; }
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("code", r.code, QT_TRANSLATE_NOOP("Programme", "code"), Field::Required);
        io("title", r.title, QT_TRANSLATE_NOOP("Programme", "title"), Field::Required);
        io("lead_organisation", r.leadOrganisation,
           QT_TRANSLATE_NOOP("Programme", "lead organisation"));
        io("partners", r.partners, QT_TRANSLATE_NOOP("Programme", "partners"));
        io("start_date", r.startDate, QT_TRANSLATE_NOOP("Programme", "start date"));
        io("end_date", r.endDate, QT_TRANSLATE_NOOP("Programme", "end date"));
        io("status", r.status, QT_TRANSLATE_NOOP("Programme", "status"));
        io("outcome", r.outcome, QT_TRANSLATE_NOOP("Programme", "outcome"));
        io("outcome_on", r.outcomeOn, QT_TRANSLATE_NOOP("Programme", "outcome date"));
        io("outcome_note", r.outcomeNote, QT_TRANSLATE_NOOP("Programme", "outcome note"));
        io.ref("predecessor_id", r.predecessorId, QT_TRANSLATE_NOOP("Programme", "predecessor"));
        io("notes", r.notes, QT_TRANSLATE_NOOP("Programme", "notes"));
    }
};

template<> struct Table<ProgrammeEvent>
{
    static constexpr const char *name = "programme_events";
    static constexpr const char *context = "ProgrammeEvent";
    static constexpr const char *order = "start_date, created_at";
    static constexpr const char *owner = "programme_id";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io.ref("programme_id", r.programmeId, QT_TRANSLATE_NOOP("ProgrammeEvent", "programme"));
        io("kind", r.kind, QT_TRANSLATE_NOOP("ProgrammeEvent", "kind"));
        io("title", r.title, QT_TRANSLATE_NOOP("ProgrammeEvent", "title"), Field::Required);
        io("city", r.city, QT_TRANSLATE_NOOP("ProgrammeEvent", "city"));
        io("country", r.country, QT_TRANSLATE_NOOP("ProgrammeEvent", "country"));
        io("start_date", r.startDate, QT_TRANSLATE_NOOP("ProgrammeEvent", "start date"),
           Field::Required);
        io("end_date", r.endDate, QT_TRANSLATE_NOOP("ProgrammeEvent", "end date"));
        io("held", r.held, QT_TRANSLATE_NOOP("ProgrammeEvent", "held"));
        io.ref("lead_stakeholder_id", r.leadStakeholderId,
               QT_TRANSLATE_NOOP("ProgrammeEvent", "lead trainer"));
        io("female", r.female, QT_TRANSLATE_NOOP("ProgrammeEvent", "women"));
        io("male", r.male, QT_TRANSLATE_NOOP("ProgrammeEvent", "men"));
        io("other_or_unrecorded", r.otherOrUnrecorded,
           QT_TRANSLATE_NOOP("ProgrammeEvent", "others or not recorded"));
        io("notes", r.notes, QT_TRANSLATE_NOOP("ProgrammeEvent", "notes"));
    }
};
