#pragma once

#include "Describe.h"
#include "Enums.h"
#include "Record.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// One contact with a stakeholder: a meeting, call, workshop or visit, and what should follow.
struct Engagement
{
    Q_DECLARE_TR_FUNCTIONS(Engagement)

public:
    RecordMeta meta;
    QString stakeholderId;
    QString missionId; // optional
    QDate date;
    EngagementType type = EngagementType::Meeting;
    QString purpose;
    QString outcome;
    QDate followUpDate;
    bool followUpDone = false;

    FieldErrors validate() const;
    bool followUpOverdue(const QDate &today) const;
};

// How it is stored: see Describe.h. What was said is about a person: sensitive.
template<> struct Table<Engagement>
{
    static constexpr const char *name = "engagements";
    static constexpr const char *context = "Engagement";
    static constexpr const char *order = "date DESC";
    static constexpr const char *owner = "stakeholder_id";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io.ref("stakeholder_id", r.stakeholderId, QT_TRANSLATE_NOOP("Engagement", "stakeholder"));
        io.ref("mission_id", r.missionId, QT_TRANSLATE_NOOP("Engagement", "mission"));
        io("date", r.date, QT_TRANSLATE_NOOP("Engagement", "date"), Field::Required);
        io("type", r.type, QT_TRANSLATE_NOOP("Engagement", "type"));
        io("purpose", r.purpose, QT_TRANSLATE_NOOP("Engagement", "purpose"), Field::Sensitive);
        io("outcome", r.outcome, QT_TRANSLATE_NOOP("Engagement", "outcome"), Field::Sensitive);
        io("follow_up_date", r.followUpDate, QT_TRANSLATE_NOOP("Engagement", "follow-up date"));
        io("follow_up_done", r.followUpDone, QT_TRANSLATE_NOOP("Engagement", "follow-up done"));
    }
};
