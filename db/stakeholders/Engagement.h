#pragma once

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
