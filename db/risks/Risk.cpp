#include "Risk.h"
#include "Clock.h"
#include "Scales.h"

#include <QCoreApplication>

FieldErrors Risk::validate() const
{
    FieldErrors errors;
    if (Check::required(errors, QStringLiteral("title"), tr("Title"), title))
        Check::maxLength(errors, QStringLiteral("title"), tr("Title"), title, Limits::Name);
    Check::plainText(errors, QStringLiteral("title"), tr("Title"), title);
    Check::maxLength(errors, QStringLiteral("description"), tr("Description"), description,
                     Limits::LongText);
    Check::maxLength(errors, QStringLiteral("owner"), tr("Owner"), owner, Limits::Name);
    Check::maxLength(errors, QStringLiteral("mitigation"), tr("Mitigation"), mitigation,
                     Limits::LongText);
    Check::scale(errors, QStringLiteral("likelihood"), tr("Likelihood"), likelihood,
                 Scales::RatingMin, Scales::RatingMax);
    Check::scale(errors, QStringLiteral("impact"), tr("Impact"), impact, Scales::RatingMin,
                 Scales::RatingMax);
    Check::optionalScale(errors, QStringLiteral("residualLikelihood"), tr("Residual likelihood"),
                         residualLikelihood, Scales::RatingMin, Scales::RatingMax);
    Check::optionalScale(errors, QStringLiteral("residualImpact"), tr("Residual impact"),
                         residualImpact, Scales::RatingMin, Scales::RatingMax);
    if ((residualLikelihood == 0) != (residualImpact == 0)) {
        errors.append({QStringLiteral("residualImpact"),
                       tr("Give both residual likelihood and residual impact, or neither.")});
    }
    Check::plausibleDate(errors, QStringLiteral("reviewDate"), tr("Review date"), reviewDate);
    Check::plausibleDate(errors, QStringLiteral("occurredOn"), tr("Date it came true"), occurredOn);
    if (state == RiskState::Occurred && occurredOn.isNull()) {
        errors.append({QStringLiteral("occurredOn"),
                       tr("A risk that came true needs the date it did (an approximate one will "
                          "do).")});
    }
    if (state == RiskState::Open && (occurredOn.isValid() || !consequence.isEmpty())) {
        errors.append({QStringLiteral("occurredOn"),
                       tr("An open risk has not come true: choose \"Came true\" as its state, or "
                          "clear the date and the consequence.")});
    }
    Check::maxLength(errors, QStringLiteral("consequence"), tr("Consequence"), consequence,
                     Limits::LongText);
    if (Check::plausibleDate(errors, QStringLiteral("assessedOn"), tr("Assessed on"), assessedOn)
        && assessedOn.isValid() && assessedOn > Clock::today()) {
        errors.append({QStringLiteral("assessedOn"),
                       tr("An assessment cannot be dated after today (%1).")
                           .arg(Clock::today().toString(Qt::ISODate))});
    }
    if (!missionId.isEmpty() && !programmeId.isEmpty()) {
        errors.append({QStringLiteral("programmeId"),
                       tr("A risk belongs to a mission or to a programme, not to both: a "
                          "mission's risks count in its programme already.")});
    }
    return errors;
}

FieldErrors RiskAction::validate() const
{
    FieldErrors errors;
    if (riskId.isEmpty())
        errors.append({QStringLiteral("riskId"), tr("Choose the risk.")});
    if (Check::required(errors, QStringLiteral("action"), tr("Action"), action))
        Check::maxLength(errors, QStringLiteral("action"), tr("Action"), action, Limits::ShortText);
    Check::plainText(errors, QStringLiteral("action"), tr("Action"), action);
    Check::maxLength(errors, QStringLiteral("owner"), tr("Owner"), owner, Limits::Name);
    Check::plausibleDate(errors, QStringLiteral("dueDate"), tr("Due date"), dueDate);
    return errors;
}

RiskBand riskBand(int score, int mediumFrom, int highFrom)
{
    if (score >= highFrom)
        return RiskBand::High;
    if (score >= mediumFrom)
        return RiskBand::Medium;
    return RiskBand::Low;
}
