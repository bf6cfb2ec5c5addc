#include "Indicators.h"

#include <cmath>

FieldErrors Indicator::validate() const
{
    FieldErrors errors;
    if (missionId.isEmpty())
        errors.append({QStringLiteral("missionId"), tr("Choose the mission.")});
    if (Check::required(errors, QStringLiteral("name"), tr("Indicator"), name))
        Check::maxLength(errors, QStringLiteral("name"), tr("Indicator"), name, Limits::ShortText);
    Check::plainText(errors, QStringLiteral("name"), tr("Indicator"), name);
    Check::maxLength(errors, QStringLiteral("unit"), tr("Unit"), unit, Limits::Code);
    Check::maxLength(errors, QStringLiteral("notes"), tr("Notes"), notes, Limits::LongText);
    if (!std::isfinite(baseline) || !std::isfinite(target))
        errors.append({QStringLiteral("target"), tr("Baseline and target must be numbers.")});
    else if (baseline == target)
        errors.append({QStringLiteral("target"),
                       tr("The target equals the baseline (%1); set the value the mission aims "
                          "for.")
                           .arg(baseline)});
    return errors;
}

FieldErrors IndicatorValue::validate() const
{
    FieldErrors errors;
    if (indicatorId.isEmpty())
        errors.append({QStringLiteral("indicatorId"), tr("Choose the indicator.")});
    Check::requiredDate(errors, QStringLiteral("date"), tr("Date"), date);
    if (!std::isfinite(value))
        errors.append({QStringLiteral("value"), tr("The value must be a number.")});
    for (const auto &[field, label, count] :
         {std::tuple {"female", tr("Women"), female}, std::tuple {"male", tr("Men"), male}}) {
        if (count && *count < 0)
            errors.append({QLatin1String(field),
                           tr("%1 cannot be negative (it is %2).").arg(label).arg(*count)});
    }
    return errors;
}

FieldErrors IndicatorTarget::validate() const
{
    FieldErrors errors;
    if (indicatorId.isEmpty())
        errors.append({QStringLiteral("indicatorId"), tr("Choose the indicator.")});
    Check::requiredDate(errors, QStringLiteral("date"), tr("Date"), date);
    if (!std::isfinite(value))
        errors.append({QStringLiteral("value"), tr("The value must be a number.")});
    return errors;
}

std::optional<double> achievement(double baseline, double target, double current)
{
    if (target == baseline)
        return std::nullopt;
    return 100.0 * (current - baseline) / (target - baseline);
}

Rag ragFor(double achievementPercent, const RagThresholds &thresholds)
{
    if (achievementPercent >= thresholds.greenFrom)
        return Rag::Green;
    if (achievementPercent >= thresholds.amberFrom)
        return Rag::Amber;
    return Rag::Red;
}

IndicatorStatus IndicatorStatus::of(const Indicator &indicator, const QList<IndicatorValue> &values,
                                    const RagThresholds &thresholds,
                                    const QList<IndicatorTarget> &targets, const QDate &today)
{
    IndicatorStatus status;
    for (const IndicatorValue &v : values) {
        if (v.indicatorId != indicator.meta.id || v.meta.deleted)
            continue;
        if (!status.asOf.isValid() || v.date >= status.asOf) {
            status.asOf = v.date;
            status.current = v.value;
        }
    }
    if (status.current) {
        status.achievement = ::achievement(indicator.baseline, indicator.target, *status.current);
        if (status.achievement)
            status.rag = ragFor(*status.achievement, thresholds);
    }
    for (const IndicatorTarget &t : targets) {
        if (t.indicatorId != indicator.meta.id || t.meta.deleted || !t.date.isValid())
            continue;
        if (today.isValid() && t.date <= today) {
            if (!status.due || t.date >= status.due->date)
                status.due = t;
        } else if (!status.next || t.date < status.next->date) {
            status.next = t;
        }
    }
    if (status.due)
        status.dueAchievement =
            ::achievement(indicator.baseline, indicator.target, status.due->value);
    return status;
}

bool IndicatorStatus::behindDue() const
{
    return achievement && dueAchievement && *achievement < *dueAchievement;
}
