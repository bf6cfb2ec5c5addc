#pragma once

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

    FieldErrors validate() const;
    // The names of the fields whose values differ from `other` (bookkeeping aside).
    QStringList changedFields(const Mission &other) const;
    // "title", "end date": a field's name as a sentence would use it.
    static QString fieldLabel(const QString &field);
};
