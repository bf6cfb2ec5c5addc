#pragma once

#include "Enums.h"
#include "Record.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

// A person or group with a stake in one or more missions. Contact details, ratings and protected
// names are sensitive: they never reach logs, the projector, or an export the user did not ask for.
struct Stakeholder
{
    Q_DECLARE_TR_FUNCTIONS(Stakeholder)

public:
    RecordMeta meta;
    StakeholderKind kind = StakeholderKind::Person;
    QString name;
    bool nameProtected = false; // e.g. a victim who reported a hate crime
    QString organisation;
    StakeholderType type = StakeholderType::CivilSociety;
    Sex sex = Sex::NotRecorded;
    int power = 3; // 1-5
    int interest = 3; // 1-5
    Attitude attitude = Attitude::Neutral;
    int trust = 3; // 1-5
    QString email;
    QString phone;
    QString address;
    QString notes;

    FieldErrors validate() const;
    QStringList changedFields(const Stakeholder &other) const;
    static QString fieldLabel(const QString &field);
    Quadrant quadrant() const;
    // The name as it may be shown where protected names must not appear.
    QString displayName() const;
};

// Mendelow: power and interest of 3 or more count as high.
Quadrant quadrantFor(int power, int interest);

// A stakeholder's role in one mission; a stakeholder can serve several missions.
struct StakeholderLink
{
    RecordMeta meta;
    QString missionId;
    QString stakeholderId;
    QString role;

    FieldErrors validate() const;
};

// Power, interest, attitude and trust as they stood on a date, so that movement can be charted.
struct StakeholderSnapshot
{
    RecordMeta meta;
    QString stakeholderId;
    QDateTime takenAt;
    int power = 3;
    int interest = 3;
    Attitude attitude = Attitude::Neutral;
    int trust = 3;
};
