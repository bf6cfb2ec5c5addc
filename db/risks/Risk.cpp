#include "Risk.h"
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
