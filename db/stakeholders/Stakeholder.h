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
    // Ratings 1-5; 0 (and no attitude) when not rated, or withheld by another organisation's
    // redacted handover (see WithheldFields.h).
    int power = 3;
    int interest = 3;
    std::optional<Attitude> attitude = Attitude::Neutral;
    int trust = 3;
    QString email;
    QString phone;
    QString address;
    QString notes;
    // Not stored with the record: the columns another organisation's redacted handover withheld
    // and that are still empty here (db/packages/Withheld.h). A withheld name is not required.
    QStringList withheld;
    // Not stored with the record: the day the position saved (power, interest, attitude, trust)
    // stood, which dates its snapshot when it changed; empty means now. Not after today.
    QDate positionAsOf;

    FieldErrors validate() const;
    // Whether power and interest are both rated: only then has the stakeholder a place on the
    // grid and in its counts.
    bool placed() const { return power > 0 && interest > 0; }
    Quadrant quadrant() const;
    // The name as it may be shown where protected names must not appear.
    QString displayName() const;
    // A rating or attitude as a person reads it: "4", "Blocker", or "Not rated".
    static QString ratingText(int rating);
    static QString attitudeText(const std::optional<Attitude> &attitude);
    // The same for this stakeholder's `column` ("power", "attitude"): "Withheld" when another
    // organisation's redacted handover withheld it and it is still empty.
    QString ratingShown(const char *column, int rating) const;
    QString attitudeShown() const;
    // The same from their parts, for a list's row that keeps only those.
    static QString displayNameOf(const QString &name, bool nameProtected, StakeholderType type,
                                 bool nameWithheld);
    static QString ratingShownOf(int rating, bool withheld);
    static QString attitudeShownOf(const std::optional<Attitude> &attitude, bool withheld);
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
    int power = 3; // 0: not rated
    int interest = 3;
    std::optional<Attitude> attitude = Attitude::Neutral;
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
        io("name_protected", r.nameProtected, QT_TRANSLATE_NOOP("Stakeholder", "name protection"),
           Field::Protecting);
        io("organisation", r.organisation, QT_TRANSLATE_NOOP("Stakeholder", "organisation"));
        io("type", r.type, QT_TRANSLATE_NOOP("Stakeholder", "type"));
        io("sex", r.sex, QT_TRANSLATE_NOOP("Stakeholder", "sex"));
        io("power", nullWhen(r.power, 0), QT_TRANSLATE_NOOP("Stakeholder", "power"),
           Field::Sensitive);
        io("interest", nullWhen(r.interest, 0), QT_TRANSLATE_NOOP("Stakeholder", "interest"),
           Field::Sensitive);
        io("attitude", r.attitude, QT_TRANSLATE_NOOP("Stakeholder", "attitude"), Field::Sensitive);
        io("trust", nullWhen(r.trust, 0), QT_TRANSLATE_NOOP("Stakeholder", "trust"),
           Field::Sensitive);
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
        io("power", nullWhen(r.power, 0), nullptr, Field::Sensitive);
        io("interest", nullWhen(r.interest, 0), nullptr, Field::Sensitive);
        io("attitude", r.attitude, nullptr, Field::Sensitive);
        io("trust", nullWhen(r.trust, 0), nullptr, Field::Sensitive);
    }
};
