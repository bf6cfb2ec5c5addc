#pragma once

#include "Indicators.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Where risk scores (likelihood x impact, 1-25) turn medium and high. Defaults: low 1-4, medium
// 5-10, high 12-25.
struct RiskBandLimits
{
    int mediumFrom = 5;
    int highFrom = 12;
};

// Settings that travel with a database (the planners who share it share them): the risk rating
// bands and the RAG thresholds of indicators.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    explicit SettingsRepository(Database &db);

    QString value(const QString &key, const QString &fallback = {}) const;
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);

    RiskBandLimits riskBands() const;
    bool setRiskBands(const RiskBandLimits &limits, QString *error = nullptr);
    RagThresholds ragThresholds() const;
    bool setRagThresholds(const RagThresholds &thresholds, QString *error = nullptr);

    static FieldErrors validate(const RiskBandLimits &limits);
    static FieldErrors validate(const RagThresholds &thresholds);

private:
    Database &m_db;
};
