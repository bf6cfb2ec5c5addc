#include "Stakeholder.h"
#include "Clock.h"
#include "Scales.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

FieldErrors Stakeholder::validate() const
{
    FieldErrors errors;
    const bool nameWithheld = name.isEmpty() && withheld.contains(QStringLiteral("name"));
    if (!nameWithheld && Check::required(errors, QStringLiteral("name"), tr("Name"), name))
        Check::maxLength(errors, QStringLiteral("name"), tr("Name"), name, Limits::Name);
    Check::plainText(errors, QStringLiteral("name"), tr("Name"), name);
    Check::maxLength(errors, QStringLiteral("organisation"), tr("Organisation"), organisation,
                     Limits::Name);
    // 0: not rated.
    if (power != 0)
        Check::scale(errors, QStringLiteral("power"), tr("Power"), power, Scales::RatingMin,
                     Scales::RatingMax);
    if (interest != 0)
        Check::scale(errors, QStringLiteral("interest"), tr("Interest"), interest,
                     Scales::RatingMin, Scales::RatingMax);
    if (trust != 0)
        Check::scale(errors, QStringLiteral("trust"), tr("Trust"), trust, Scales::RatingMin,
                     Scales::RatingMax);
    if (Check::maxLength(errors, QStringLiteral("email"), tr("E-mail"), email, Limits::Name)
        && !email.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
        if (!pattern.match(email).hasMatch())
            errors.append(
                {QStringLiteral("email"), tr("E-mail address should look like name@example.org.")});
    }
    Check::maxLength(errors, QStringLiteral("phone"), tr("Phone"), phone, Limits::ShortText);
    Check::maxLength(errors, QStringLiteral("address"), tr("Address"), address, Limits::ShortText);
    Check::maxLength(errors, QStringLiteral("notes"), tr("Notes"), notes, Limits::LongText);
    if (Check::plausibleDate(errors, QStringLiteral("positionAsOf"), tr("Position as of"),
                             positionAsOf)
        && positionAsOf.isValid() && positionAsOf > Clock::today()) {
        errors.append({QStringLiteral("positionAsOf"),
                       tr("A position cannot be dated after today (%1).")
                           .arg(Clock::today().toString(Qt::ISODate))});
    }
    return errors;
}

Quadrant quadrantFor(int power, int interest)
{
    const bool highPower = power >= 3;
    const bool highInterest = interest >= 3;
    if (highPower)
        return highInterest ? Quadrant::ManageClosely : Quadrant::KeepSatisfied;
    return highInterest ? Quadrant::KeepInformed : Quadrant::Monitor;
}

QString Stakeholder::ratingText(int rating)
{
    return rating > 0 ? QString::number(rating) : tr("Not rated");
}

QString Stakeholder::attitudeText(const std::optional<Attitude> &attitude)
{
    return attitude ? enumLabel(*attitude) : tr("Not rated");
}

QString Stakeholder::ratingShown(const char *column, int rating) const
{
    return ratingShownOf(rating, withheld.contains(QLatin1String(column)));
}

QString Stakeholder::ratingShownOf(int rating, bool withheld)
{
    return rating <= 0 && withheld ? tr("Withheld") : ratingText(rating);
}

QString Stakeholder::attitudeShown() const
{
    return attitudeShownOf(attitude, withheld.contains(QLatin1String("attitude")));
}

QString Stakeholder::attitudeShownOf(const std::optional<Attitude> &attitude, bool withheld)
{
    return !attitude && withheld ? tr("Withheld") : attitudeText(attitude);
}

Quadrant Stakeholder::quadrant() const
{
    return quadrantFor(power, interest);
}

QString Stakeholder::displayName() const
{
    return displayNameOf(name, nameProtected, type, withheld.contains(QStringLiteral("name")));
}

QString Stakeholder::displayNameOf(const QString &name, bool nameProtected, StakeholderType type,
                                   bool nameWithheld)
{
    if (name.isEmpty() && nameWithheld)
        return tr("Name withheld (%1)").arg(enumLabel(type));
    if (!nameProtected)
        return name;
    return tr("Protected (%1)").arg(enumLabel(type));
}

FieldErrors StakeholderLink::validate() const
{
    FieldErrors errors;
    if (missionId.isEmpty())
        errors.append(
            {QStringLiteral("missionId"), Stakeholder::tr("Choose the mission to link.")});
    if (stakeholderId.isEmpty())
        errors.append(
            {QStringLiteral("stakeholderId"), Stakeholder::tr("Choose the stakeholder to link.")});
    Check::maxLength(errors, QStringLiteral("role"), Stakeholder::tr("Role"), role,
                     Limits::ShortText);
    return errors;
}
