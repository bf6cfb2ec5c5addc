#include "Programme.h"
#include "Scales.h"

FieldErrors Programme::validate() const
{
    FieldErrors errors;
    Check::recordCode(errors, tr("Code"), code, QStringLiteral("LEOP"));
    if (Check::required(errors, QStringLiteral("title"), tr("Title"), title))
        Check::maxLength(errors, QStringLiteral("title"), tr("Title"), title, Limits::Name);
    Check::plainText(errors, QStringLiteral("title"), tr("Title"), title);
    Check::maxLength(errors, QStringLiteral("leadOrganisation"), tr("Lead organisation"),
                     leadOrganisation, Limits::Name);
    Check::maxLength(errors, QStringLiteral("partners"), tr("Partners"), partners,
                     Limits::ShortText);
    const bool startOk =
        Check::plausibleDate(errors, QStringLiteral("startDate"), tr("Start date"), startDate);
    const bool endOk =
        Check::plausibleDate(errors, QStringLiteral("endDate"), tr("End date"), endDate);
    if (startOk && endOk)
        Check::dateOrder(errors, QStringLiteral("endDate"), tr("Start date"), startDate,
                         tr("End date"), endDate);
    Check::plausibleDate(errors, QStringLiteral("outcomeOn"), tr("Outcome date"), outcomeOn);
    if (outcome == MissionOutcome::Open && outcomeOn.isValid()) {
        errors.append({QStringLiteral("outcomeOn"),
                       tr("An outcome date needs an outcome: choose what became of the "
                          "programme, or clear the date.")});
    }
    Check::maxLength(errors, QStringLiteral("outcomeNote"), tr("Outcome note"), outcomeNote,
                     Limits::LongText);
    Check::maxLength(errors, QStringLiteral("notes"), tr("Notes"), notes, Limits::LongText);
    if (!meta.id.isEmpty() && predecessorId == meta.id) {
        errors.append(
            {QStringLiteral("predecessorId"), tr("A programme cannot be its own predecessor.")});
    }
    return errors;
}

FieldErrors ProgrammeEvent::validate() const
{
    FieldErrors errors;
    if (programmeId.isEmpty())
        errors.append({QStringLiteral("programmeId"), tr("Choose the programme.")});
    if (Check::required(errors, QStringLiteral("title"), tr("Title"), title))
        Check::maxLength(errors, QStringLiteral("title"), tr("Title"), title, Limits::Name);
    Check::plainText(errors, QStringLiteral("title"), tr("Title"), title);
    Check::maxLength(errors, QStringLiteral("city"), tr("City"), city, Limits::Name);
    Check::maxLength(errors, QStringLiteral("country"), tr("Country"), country, Limits::Name);
    if (startDate.isNull())
        errors.append({QStringLiteral("startDate"), tr("Start date is required.")});
    const bool startOk =
        Check::plausibleDate(errors, QStringLiteral("startDate"), tr("Start date"), startDate);
    const bool endOk =
        Check::plausibleDate(errors, QStringLiteral("endDate"), tr("End date"), endDate);
    if (startOk && endOk)
        Check::dateOrder(errors, QStringLiteral("endDate"), tr("Start date"), startDate,
                         tr("End date"), endDate);
    for (const auto &[key, label, value] :
         {std::tuple(QStringLiteral("female"), tr("Women"), female),
          std::tuple(QStringLiteral("male"), tr("Men"), male),
          std::tuple(QStringLiteral("otherOrUnrecorded"), tr("Others or not recorded"),
                     otherOrUnrecorded)}) {
        if (value < 0 || value > Scales::HeadcountMax) {
            errors.append(
                {key, tr("%1 must be between 0 and 100,000 (it is %2).").arg(label).arg(value)});
        }
    }
    Check::maxLength(errors, QStringLiteral("notes"), tr("Notes"), notes, Limits::LongText);
    return errors;
}

QString ProgrammeEvent::place() const
{
    if (city.isEmpty())
        return country;
    return country.isEmpty() ? city : tr("%1, %2").arg(city, country);
}
