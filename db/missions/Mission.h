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

// A capacity-building intervention in one host country, moving through the five LEOP stages.
struct Mission
{
    Q_DECLARE_TR_FUNCTIONS(Mission)

public:
    RecordMeta meta;
    QString code;
    QString title;
    QString hostCountry;
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
    QString predecessorId;
    QString handoverNotes;
    bool archived = false;
    // Train-the-trainer and post-training targets: national trainers to certify, officers the
    // cascade should reach; and whether the course is part of the national academy curriculum.
    std::optional<int> trainersTarget;
    std::optional<int> officersTarget;
    std::optional<int> womenShareTarget; // per cent of the people trained
    bool embeddedInCurriculum = false;
    MissionOutcome outcome = MissionOutcome::Open;

    FieldErrors validate() const;
};

// How a mission is stored: see Describe.h. Adding a field to Mission means a line here, a
// migration, and the editor's widget.
template<> struct Table<Mission>
{
    static constexpr const char *name = "missions";
    static constexpr const char *context = "Mission";
    static constexpr const char *order = "code";
    static constexpr const char *unique = "code"; // among live rows
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("code", r.code, QT_TRANSLATE_NOOP("Mission", "code"), Field::Required);
        io("title", r.title, QT_TRANSLATE_NOOP("Mission", "title"), Field::Required);
        io("host_country", r.hostCountry, QT_TRANSLATE_NOOP("Mission", "host country"));
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
        io.ref("predecessor_id", r.predecessorId, QT_TRANSLATE_NOOP("Mission", "predecessor"));
        io("handover_notes", r.handoverNotes, QT_TRANSLATE_NOOP("Mission", "handover notes"));
        io("archived", r.archived, QT_TRANSLATE_NOOP("Mission", "archive state"));
        io("trainers_target", r.trainersTarget, QT_TRANSLATE_NOOP("Mission", "trainers target"));
        io("officers_target", r.officersTarget, QT_TRANSLATE_NOOP("Mission", "officers target"));
        io("embedded_in_curriculum", r.embeddedInCurriculum,
           QT_TRANSLATE_NOOP("Mission", "national curriculum status"));
        io("women_share_target", r.womenShareTarget,
           QT_TRANSLATE_NOOP("Mission", "women's share target"));
        io("outcome", r.outcome, QT_TRANSLATE_NOOP("Mission", "outcome"));
    }
};
