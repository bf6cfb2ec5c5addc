#include "Settings.h"
#include "Database.h"
#include "RepositoryImpl.h"
#include "Scales.h"
#include "SqlSupport.h"
#include "TransactionGuard.h"

namespace {
const QString s_mediumFrom = QStringLiteral("risk.mediumFrom");
const QString s_highFrom = QStringLiteral("risk.highFrom");
const QString s_amberFrom = QStringLiteral("rag.amberFrom");
const QString s_greenFrom = QStringLiteral("rag.greenFrom");
} // namespace

SettingsRepository::SettingsRepository(Database &db)
    : m_db(db)
{
}

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    const QList<Setting> rows = Repository<Setting>(m_db).where(QStringLiteral("r.key = ?"), {key});
    return rows.isEmpty() ? fallback : rows.first().value;
}

bool SettingsRepository::setValue(const QString &key, const QString &value, QString *error)
{
    const QList<Setting> rows = Repository<Setting>(m_db).where(QStringLiteral("r.key = ?"), {key});
    Setting setting = rows.isEmpty() ? Setting() : rows.first();
    if (!rows.isEmpty() && setting.value == value)
        return true;
    setting.key = key;
    setting.value = value;
    return Repository<Setting>(m_db).write(setting, error);
}

RiskBandLimits SettingsRepository::riskBands() const
{
    RiskBandLimits limits;
    limits.mediumFrom = value(s_mediumFrom, QString::number(limits.mediumFrom)).toInt();
    limits.highFrom = value(s_highFrom, QString::number(limits.highFrom)).toInt();
    return validate(limits).isEmpty() ? limits : RiskBandLimits();
}

bool SettingsRepository::setRiskBands(const RiskBandLimits &limits, QString *error)
{
    const FieldErrors errors = validate(limits);
    if (!errors.isEmpty()) {
        Sql::setError(error, joinMessages(errors));
        return false;
    }
    TransactionGuard guard(m_db);
    return guard.started(error) && setValue(s_mediumFrom, QString::number(limits.mediumFrom), error)
        && setValue(s_highFrom, QString::number(limits.highFrom), error) && guard.commit(error);
}

RagThresholds SettingsRepository::ragThresholds() const
{
    RagThresholds t;
    t.amberFrom = value(s_amberFrom, QString::number(t.amberFrom)).toInt();
    t.greenFrom = value(s_greenFrom, QString::number(t.greenFrom)).toInt();
    return validate(t).isEmpty() ? t : RagThresholds();
}

bool SettingsRepository::setRagThresholds(const RagThresholds &thresholds, QString *error)
{
    const FieldErrors errors = validate(thresholds);
    if (!errors.isEmpty()) {
        Sql::setError(error, joinMessages(errors));
        return false;
    }
    TransactionGuard guard(m_db);
    return guard.started(error)
        && setValue(s_amberFrom, QString::number(thresholds.amberFrom), error)
        && setValue(s_greenFrom, QString::number(thresholds.greenFrom), error)
        && guard.commit(error);
}

FieldErrors SettingsRepository::validate(const RiskBandLimits &limits)
{
    FieldErrors errors;
    if (limits.mediumFrom < 2 || limits.highFrom > 25 || limits.mediumFrom >= limits.highFrom) {
        errors.append({QStringLiteral("highFrom"),
                       tr("Risk bands need 2 ≤ medium from < high from ≤ 25 (they are %1 and %2).")
                           .arg(limits.mediumFrom)
                           .arg(limits.highFrom)});
    }
    return errors;
}

FieldErrors SettingsRepository::validate(const RagThresholds &thresholds)
{
    FieldErrors errors;
    if (thresholds.amberFrom < Scales::RagThresholdMin
        || thresholds.greenFrom > Scales::RagThresholdMax
        || thresholds.amberFrom >= thresholds.greenFrom) {
        errors.append({QStringLiteral("greenFrom"),
                       tr("RAG thresholds need 0 ≤ amber from < green from (they are %1 % and "
                          "%2 %).")
                           .arg(thresholds.amberFrom)
                           .arg(thresholds.greenFrom)});
    }
    return errors;
}

template class Repository<Setting>;
