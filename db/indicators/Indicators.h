#pragma once

#include "Describe.h"
#include "Enums.h"
#include "Record.h"
#include "Scales.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Database;

// What a mission measures: an output, outcome or impact indicator with its unit, baseline and
// target, intermediate targets on the way, and dated values with a women/men split.
struct Indicator
{
    Q_DECLARE_TR_FUNCTIONS(Indicator)

public:
    RecordMeta meta;
    QString missionId;
    QString name;
    IndicatorLevel level = IndicatorLevel::Output;
    QString unit;
    double baseline = 0;
    double target = 0;
    QString notes;

    FieldErrors validate() const;
};

struct IndicatorValue
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorValue)

public:
    RecordMeta meta;
    QString indicatorId;
    QDate date;
    double value = 0;
    std::optional<int> female;
    std::optional<int> male;

    FieldErrors validate() const;
};

// An intermediate target: the value the indicator should have reached by a date.
struct IndicatorTarget
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorTarget)

public:
    RecordMeta meta;
    QString indicatorId;
    QDate date;
    double value = 0;

    FieldErrors validate() const;
};

// The percentages at which achievement turns amber and green (defaults 70 and 90).
struct RagThresholds
{
    int amberFrom = Scales::RagAmberFrom;
    int greenFrom = Scales::RagGreenFrom;
};

// Where an indicator stands: its latest value, the achievement (current - baseline) / (target -
// baseline) as a percentage, and the RAG colour under the thresholds. No value yet: no status.
// With intermediate targets: the one due by `today` (the latest dated on or before it), how far
// along the way it stands, and the next one to come.
struct IndicatorStatus
{
    std::optional<double> current;
    QDate asOf;
    std::optional<double> achievement; // percent, may pass 100 or fall below 0
    std::optional<Rag> rag;
    std::optional<IndicatorTarget> due;
    std::optional<double> dueAchievement; // percent of the way the due target stands
    std::optional<IndicatorTarget> next;

    // Measured, with a target due, and short of it.
    bool behindDue() const;

    static IndicatorStatus of(const Indicator &indicator, const QList<IndicatorValue> &values,
                              const RagThresholds &thresholds = {},
                              const QList<IndicatorTarget> &targets = {}, const QDate &today = {});
};

std::optional<double> achievement(double baseline, double target, double current);
Rag ragFor(double achievementPercent, const RagThresholds &thresholds = {});

// How it is stored: see Describe.h.
template<> struct Table<Indicator>
{
    static constexpr const char *context = "Indicator";
    static constexpr const char *name = "indicators";
    static constexpr const char *order = "level, name, created_at";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io("name", r.name);
        io("level", r.level);
        io("unit", r.unit);
        io("baseline", r.baseline);
        io("target", r.target);
        io("notes", r.notes);
    }
};

template<> struct Table<IndicatorValue>
{
    static constexpr const char *context = "IndicatorValue";
    static constexpr const char *name = "indicator_values";
    static constexpr const char *order = "date, created_at";
    static constexpr const char *owner = "indicator_id";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("indicator_id", r.indicatorId);
        io("date", r.date);
        io("value", r.value);
        io("female", r.female);
        io("male", r.male);
    }
};

template<> struct Table<IndicatorTarget>
{
    static constexpr const char *context = "IndicatorTarget";
    static constexpr const char *name = "indicator_targets";
    static constexpr const char *order = "date, created_at";
    static constexpr const char *owner = "indicator_id";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("indicator_id", r.indicatorId);
        io("date", r.date);
        io("value", r.value);
    }
};
