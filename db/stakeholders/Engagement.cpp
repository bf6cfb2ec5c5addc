#include "Engagement.h"

#include <QCoreApplication>

FieldErrors Engagement::validate() const
{
    FieldErrors errors;
    if (stakeholderId.isEmpty())
        errors.append({QStringLiteral("stakeholderId"), tr("Choose the stakeholder met.")});
    if (date.isNull())
        errors.append({QStringLiteral("date"), tr("Date is required.")});
    const bool dateOk = Check::plausibleDate(errors, QStringLiteral("date"), tr("Date"), date);
    const bool followOk = Check::plausibleDate(errors, QStringLiteral("followUpDate"),
                                               tr("Follow-up date"), followUpDate);
    if (dateOk && followOk)
        Check::dateOrder(errors, QStringLiteral("followUpDate"), tr("Date"), date,
                         tr("Follow-up date"), followUpDate);
    Check::maxLength(errors, QStringLiteral("purpose"), tr("Purpose"), purpose, Limits::ShortText);
    Check::maxLength(errors, QStringLiteral("outcome"), tr("Outcome"), outcome, Limits::LongText);
    return errors;
}

bool Engagement::followUpOverdue(const QDate &today) const
{
    return followUpDate.isValid() && !followUpDone && followUpDate < today;
}
