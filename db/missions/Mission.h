#pragma once

#include "Describe.h"
#include "Enums.h"
#include "Record.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// Where a mission works: a country, and where known a city and an institution (a pilot run at two
// sites in two countries has two).
struct MissionSite
{
    Q_DECLARE_TR_FUNCTIONS(MissionSite)

public:
    RecordMeta meta;
    QString missionId;
    int position = 0;
    QString country;
    QString city;
    QString institution;

    FieldErrors validate() const;
    // "Budapest, Hungary (National Police Academy)": what is known, most specific first.
    QString label() const;
};

// A capacity-building intervention in a participating state, at one or more sites, moving through
// the five LEOP stages; part of a programme or on its own.
struct Mission
{
    Q_DECLARE_TR_FUNCTIONS(Mission)

public:
    RecordMeta meta;
    QString code;
    QString title;
    QString programmeId; // empty: a mission on its own
    QString leadOrganisation;
    QString nationalCounterpart;
    QDate startDate;
    QDate endDate;
    MissionStatus status = MissionStatus::Planned;
    Stage currentStage = Stage::Consultation;
    MouStatus mouStatus = MouStatus::None;
    QDate mouDate;
    std::optional<qint64> budgetMinor; // in hundredths of the currency unit
    QString currency = QStringLiteral("EUR");
    MissionContext context = MissionContext::Stable;
    QStringList predecessorIds; // the missions this one took over from
    QString handoverNotes;
    bool archived = false;
    // Train-the-trainer and post-training targets: national trainers to certify, officers the
    // cascade should reach; and whether the course is part of the national academy curriculum.
    std::optional<int> trainersTarget;
    std::optional<int> officersTarget;
    std::optional<int> womenShareTarget; // per cent of the people trained
    bool embeddedInCurriculum = false;
    MissionOutcome outcome = MissionOutcome::Open;
    QDate outcomeOn; // when the outcome was known
    QString outcomeNote;
    // Not in the description: written with the mission by MissionRepository::save, in order,
    // and read with it by MissionRepository's reads (a field package carries them as records).
    QList<MissionSite> sites;

    FieldErrors validate() const;
    // The countries of its sites, each once, in order; joined for a table cell.
    QStringList countries() const;
    QString countriesText() const { return countries().join(QStringLiteral(", ")); }
};

// How a mission is stored: see Describe.h. Adding a field to Mission means a line here, a
// migration, and the editor's widget.
template<> struct Table<Mission>
{
    static constexpr const char *name = "missions";
    static constexpr const char *context = "Mission";
    static constexpr const char *order = "code";
    static constexpr const char *unique = "code"; // among live rows
    static constexpr LinkTable link {"mission_predecessors", "mission_id", "predecessor_id"};
    static QStringList &links(Mission &m) { return m.predecessorIds; }
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("code", r.code, QT_TRANSLATE_NOOP("Mission", "code"), Field::Required);
        io("title", r.title, QT_TRANSLATE_NOOP("Mission", "title"), Field::Required);
        io.ref("programme_id", r.programmeId, QT_TRANSLATE_NOOP("Mission", "programme"));
        io("lead_organisation", r.leadOrganisation,
           QT_TRANSLATE_NOOP("Mission", "lead organisation"));
        io("national_counterpart", r.nationalCounterpart,
           QT_TRANSLATE_NOOP("Mission", "national counterpart"));
        io("start_date", r.startDate, QT_TRANSLATE_NOOP("Mission", "start date"));
        io("end_date", r.endDate, QT_TRANSLATE_NOOP("Mission", "end date"));
        io("status", r.status, QT_TRANSLATE_NOOP("Mission", "status"));
        io("current_stage", r.currentStage, QT_TRANSLATE_NOOP("Mission", "stage"));
        io("mou_status", r.mouStatus, QT_TRANSLATE_NOOP("Mission", "MoU status"));
        io("mou_date", r.mouDate, QT_TRANSLATE_NOOP("Mission", "MoU date"));
        io("budget_minor", r.budgetMinor, QT_TRANSLATE_NOOP("Mission", "budget"));
        io("currency", r.currency, QT_TRANSLATE_NOOP("Mission", "currency"));
        io("context", r.context, QT_TRANSLATE_NOOP("Mission", "context"));
        io("handover_notes", r.handoverNotes, QT_TRANSLATE_NOOP("Mission", "handover notes"));
        io("archived", r.archived, QT_TRANSLATE_NOOP("Mission", "archive state"));
        io("trainers_target", r.trainersTarget, QT_TRANSLATE_NOOP("Mission", "trainers target"));
        io("officers_target", r.officersTarget, QT_TRANSLATE_NOOP("Mission", "officers target"));
        io("embedded_in_curriculum", r.embeddedInCurriculum,
           QT_TRANSLATE_NOOP("Mission", "national curriculum status"));
        io("women_share_target", r.womenShareTarget,
           QT_TRANSLATE_NOOP("Mission", "women's share target"));
        io("outcome", r.outcome, QT_TRANSLATE_NOOP("Mission", "outcome"));
        io("outcome_on", r.outcomeOn, QT_TRANSLATE_NOOP("Mission", "outcome date"));
        io("outcome_note", r.outcomeNote, QT_TRANSLATE_NOOP("Mission", "outcome note"));
    }
};

template<> struct Table<MissionSite>
{
    static constexpr const char *name = "mission_sites";
    static constexpr const char *context = "MissionSite";
    // Ties (sites merged from a field package) in the file's order, as the list of missions
    // puts them (MissionRepository::listed).
    static constexpr const char *order = "position";
    // Where a mission is is part of what it is: a mission that travels as a record alone (a
    // predecessor) takes its sites.
    static constexpr bool partOfOwner = true;
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io.ref("mission_id", r.missionId);
        io("position", r.position, QT_TRANSLATE_NOOP("MissionSite", "position"));
        io("country", r.country, QT_TRANSLATE_NOOP("MissionSite", "country"), Field::Required);
        io("city", r.city, QT_TRANSLATE_NOOP("MissionSite", "city"));
        io("institution", r.institution, QT_TRANSLATE_NOOP("MissionSite", "institution"));
    }
};
