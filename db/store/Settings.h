#pragma once

#include "Describe.h"
#include "Indicators.h"
#include "Record.h"
#include "Repository.h"
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

// One setting that travels with the database: a key and its value.
struct Setting
{
    RecordMeta meta;
    QString key;
    QString value;
};

template<> struct Table<Setting>
{
    static constexpr const char *name = "settings";
    static constexpr const char *context = "Setting";
    static constexpr const char *order = "key";
    static constexpr const char *unique = "key";
    static constexpr bool everyPackage = true; // a package of some missions carries them too
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("key", r.key, QT_TRANSLATE_NOOP("Setting", "key"), Field::Required);
        io("value", r.value, QT_TRANSLATE_NOOP("Setting", "value"));
    }
};

extern template class Repository<Setting>;

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
