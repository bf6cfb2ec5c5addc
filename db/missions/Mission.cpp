#include "Mission.h"
#include "Scales.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

FieldErrors Mission::validate() const
{
    FieldErrors errors;
    Check::recordCode(errors, tr("Code"), code, QStringLiteral("HR-HC-01"));
    if (Check::required(errors, QStringLiteral("title"), tr("Title"), title))
        Check::maxLength(errors, QStringLiteral("title"), tr("Title"), title, Limits::Name);
    Check::plainText(errors, QStringLiteral("title"), tr("Title"), title);
    Check::maxLength(errors, QStringLiteral("leadOrganisation"), tr("Lead organisation"),
                     leadOrganisation, Limits::Name);
    Check::maxLength(errors, QStringLiteral("nationalCounterpart"), tr("National counterpart"),
                     nationalCounterpart, Limits::Name);
    Check::maxLength(errors, QStringLiteral("handoverNotes"), tr("Handover notes"), handoverNotes,
                     Limits::LongText);

    if (trainersTarget && (*trainersTarget < 0 || *trainersTarget > Scales::HeadcountMax))
        errors.append(
            {QStringLiteral("trainersTarget"),
             tr("Trainers target must be between 0 and 100,000 (it is %1).").arg(*trainersTarget)});
    if (officersTarget && (*officersTarget < 0 || *officersTarget > Scales::ReachedMax))
        errors.append({QStringLiteral("officersTarget"),
                       tr("Officers target must be between 0 and 10,000,000 (it is %1).")
                           .arg(*officersTarget)});

    if (womenShareTarget && (*womenShareTarget < 0 || *womenShareTarget > 100))
        errors.append({QStringLiteral("womenShareTarget"),
                       tr("Women's share target must be between 0 and 100 % (it is %1).")
                           .arg(*womenShareTarget)});

    const bool startOk =
        Check::plausibleDate(errors, QStringLiteral("startDate"), tr("Start date"), startDate);
    const bool endOk =
        Check::plausibleDate(errors, QStringLiteral("endDate"), tr("End date"), endDate);
    if (startOk && endOk)
        Check::dateOrder(errors, QStringLiteral("endDate"), tr("Start date"), startDate,
                         tr("End date"), endDate);
    Check::plausibleDate(errors, QStringLiteral("mouDate"), tr("MoU date"), mouDate);
    if ((mouStatus == MouStatus::Signed || mouStatus == MouStatus::Expired) && mouDate.isNull()) {
        errors.append({QStringLiteral("mouDate"),
                       tr("A signed or expired MoU needs the date it was signed.")});
    }
    if (budgetMinor && *budgetMinor < 0)
        errors.append({QStringLiteral("budgetMinor"), tr("Budget cannot be negative.")});
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyPattern.match(currency).hasMatch()) {
        errors.append({QStringLiteral("currency"),
                       tr("Currency \"%1\" is not a three-letter ISO 4217 code such as EUR or USD.")
                           .arg(currency)});
    }
    if (!meta.id.isEmpty() && predecessorIds.contains(meta.id)) {
        errors.append(
            {QStringLiteral("predecessorIds"), tr("A mission cannot be its own predecessor.")});
    }
    Check::plausibleDate(errors, QStringLiteral("outcomeOn"), tr("Outcome date"), outcomeOn);
    if (outcome == MissionOutcome::Open && outcomeOn.isValid()) {
        errors.append({QStringLiteral("outcomeOn"),
                       tr("An outcome date needs an outcome: choose what became of the mission, "
                          "or clear the date.")});
    }
    Check::maxLength(errors, QStringLiteral("outcomeNote"), tr("Outcome note"), outcomeNote,
                     Limits::LongText);
    // Named by their place in the list: a site added in the form has no position yet.
    for (qsizetype i = 0; i < sites.size(); ++i) {
        if (sites.at(i).meta.deleted)
            continue;
        for (const FieldError &e : sites.at(i).validate())
            errors.append({QStringLiteral("sites"), tr("Site %1: %2").arg(i + 1).arg(e.message)});
    }
    return errors;
}

QStringList Mission::countries() const
{
    QStringList result;
    for (const MissionSite &site : sites) {
        if (!site.meta.deleted && !result.contains(site.country))
            result.append(site.country);
    }
    return result;
}

FieldErrors MissionSite::validate() const
{
    FieldErrors errors;
    if (Check::required(errors, QStringLiteral("country"), tr("Country"), country))
        Check::maxLength(errors, QStringLiteral("country"), tr("Country"), country, Limits::Name);
    Check::plainText(errors, QStringLiteral("country"), tr("Country"), country);
    Check::maxLength(errors, QStringLiteral("city"), tr("City"), city, Limits::Name);
    Check::maxLength(errors, QStringLiteral("institution"), tr("Institution"), institution,
                     Limits::Name);
    return errors;
}

QString MissionSite::label() const
{
    QString place = city.isEmpty() ? country : tr("%1, %2").arg(city, country);
    return institution.isEmpty() ? place : tr("%1 (%2)").arg(place, institution);
}
