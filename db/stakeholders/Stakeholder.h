#pragma once

#include "Describe.h"
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

// How each is stored: see Describe.h. Ratings, contact details and notes are sensitive; a name
// may be protected, and is then shown only when the user reveals it.
template<> struct Table<Stakeholder>
{
    static constexpr const char *name = "stakeholders";
    static constexpr const char *context = "Stakeholder";
    static constexpr const char *order = "name";
    static constexpr const char *alike = "name,organisation";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("kind", r.kind, QT_TRANSLATE_NOOP("Stakeholder", "kind"));
        io("name", r.name, QT_TRANSLATE_NOOP("Stakeholder", "name"),
           Field::Required | Field::Revealable);
        io("name_protected", r.nameProtected, QT_TRANSLATE_NOOP("Stakeholder", "name protection"));
        io("organisation", r.organisation, QT_TRANSLATE_NOOP("Stakeholder", "organisation"));
        io("type", r.type, QT_TRANSLATE_NOOP("Stakeholder", "type"));
        io("sex", r.sex, QT_TRANSLATE_NOOP("Stakeholder", "sex"));
        io("power", r.power, QT_TRANSLATE_NOOP("Stakeholder", "power"), Field::Sensitive);
        io("interest", r.interest, QT_TRANSLATE_NOOP("Stakeholder", "interest"), Field::Sensitive);
        io("attitude", r.attitude, QT_TRANSLATE_NOOP("Stakeholder", "attitude"), Field::Sensitive);
        io("trust", r.trust, QT_TRANSLATE_NOOP("Stakeholder", "trust"), Field::Sensitive);
        io("email", r.email, QT_TRANSLATE_NOOP("Stakeholder", "e-mail"), Field::Sensitive);
        io("phone", r.phone, QT_TRANSLATE_NOOP("Stakeholder", "phone"), Field::Sensitive);
        io("address", r.address, QT_TRANSLATE_NOOP("Stakeholder", "address"), Field::Sensitive);
        io("notes", r.notes, QT_TRANSLATE_NOOP("Stakeholder", "notes"), Field::Sensitive);
    }
};

template<> struct Table<StakeholderLink>
{
    static constexpr const char *name = "mission_stakeholders";
    static constexpr const char *context = "Stakeholder";
    static constexpr const char *order = "created_at";
    static constexpr const char *unique = "mission_id,stakeholder_id";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io.ref("mission_id", r.missionId);
        io.ref("stakeholder_id", r.stakeholderId);
        io("role", r.role, QT_TRANSLATE_NOOP("Stakeholder", "role"));
    }
};

template<> struct Table<StakeholderSnapshot>
{
    static constexpr const char *name = "stakeholder_snapshots";
    static constexpr const char *context = "Stakeholder";
    static constexpr const char *order = "taken_at";
    static constexpr const char *owner = "stakeholder_id";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io.ref("stakeholder_id", r.stakeholderId);
        io("taken_at", r.takenAt);
        io("power", r.power, nullptr, Field::Sensitive);
        io("interest", r.interest, nullptr, Field::Sensitive);
        io("attitude", r.attitude, nullptr, Field::Sensitive);
        io("trust", r.trust, nullptr, Field::Sensitive);
    }
};
