#pragma once

// A record as a field package carries it: a JSON object with its id, its bookkeeping, every
// described column as stored and its links. For db/packages only.

#include "Aliases.h"
#include "Curriculum.h"
#include "EngagementRepository.h"
#include "FieldHistory.h"
#include "MissionRepository.h"
#include "ProgrammeRepository.h"
#include "RecordIo.h"
#include "RiskRepository.h"
#include "Settings.h"
#include "StageRecords.h"
#include "StageRepository.h"
#include "StakeholderRepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>
#include <optional>

namespace RecordJson {

template<typename T> struct Tag
{
    using Type = T;
};

// Every described record type, parents before children.
template<typename F> void forEachType(F &&f)
{
    f(Tag<Stakeholder>());
    f(Tag<Programme>());
    f(Tag<ProgrammeEvent>());
    f(Tag<Mission>());
    f(Tag<MissionSite>());
    f(Tag<StakeholderLink>());
    f(Tag<StakeholderSnapshot>());
    f(Tag<Engagement>());
    f(Tag<Risk>());
    f(Tag<RiskAssessment>());
    f(Tag<RiskAction>());
    f(Tag<StageCriterion>());
    f(Tag<StageTransition>());
    f(Tag<ConsultationSession>());
    f(Tag<Finding>());
    f(Tag<LegislationItem>());
    f(Tag<CapacityAssessment>());
    f(Tag<Need>());
    f(Tag<TrainingModule>());
    f(Tag<ModuleNeed>());
    f(Tag<Trainee>());
    f(Tag<TrainingSession>());
    f(Tag<Material>());
    f(Tag<FollowUpActivity>());
    f(Tag<Indicator>());
    f(Tag<IndicatorValue>());
    f(Tag<IndicatorTarget>());
    f(Tag<Setting>());
    f(Tag<RecordAlias>());
    f(Tag<FieldChange>()); // last: an import adds its own entries after the package's
}

// Runs `f<T>` for the type stored in `table`.
template<typename F> bool forTable(const QString &table, F &&f)
{
    bool ok = true;
    bool found = false;
    forEachType([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (!found && table == QLatin1String(Table<T>::name)) {
            found = true;
            ok = f(tag);
        }
    });
    return found && ok;
}

inline QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return value.toLongLong(); // exact: a budget in minor units can pass 2^53
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return value.toString();
    }
}

// A package's record, as a ValueReader source.
struct JsonColumns
{
    const QJsonObject &object;

    bool take(const char *name) const { return object.contains(QLatin1String(name)); }
    QVariant next(const char *name) const
    {
        const QJsonValue value = object.value(QLatin1String(name));
        return value.isNull() || value.isUndefined() ? QVariant() : value.toVariant();
    }
};

template<typename T> QJsonObject recordToJson(const T &record)
{
    RecordIo::ColumnWriter writer;
    Table<T>::fields(writer, record);
    QJsonObject o {
        {QStringLiteral("id"), record.meta.id},
        {QStringLiteral("created_at"), toJson(Sql::fromDateTime(record.meta.createdAt))},
        {QStringLiteral("updated_at"), toJson(Sql::fromDateTime(record.meta.updatedAt))},
        {QStringLiteral("deleted"), record.meta.deleted ? 1 : 0},
        {QStringLiteral("is_demo"), record.meta.demo ? 1 : 0},
    };
    for (const auto &[column, value] : std::as_const(writer.columns))
        o.insert(column, toJson(value));
    if constexpr (RecordIo::hasLinks<T>) {
        // As a set: the order links were made in differs from one computer to the next.
        QStringList ids = Table<T>::links(const_cast<T &>(record));
        ids.sort();
        QJsonArray links;
        for (const QString &id : std::as_const(ids))
            links.append(id);
        o.insert(QStringLiteral("links"), links);
    }
    return o;
}

template<typename T> std::optional<T> recordFromJson(const QJsonObject &o)
{
    const QString id = o.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return std::nullopt;
    T record;
    record.meta.id = id;
    record.meta.createdAt = Sql::toDateTime(o.value(QStringLiteral("created_at")).toVariant());
    record.meta.deleted = o.value(QStringLiteral("deleted")).toInt() != 0;
    record.meta.demo = o.value(QStringLiteral("is_demo")).toInt() != 0;
    RecordIo::ValueReader reader(JsonColumns {o});
    Table<T>::fields(reader, record);
    if constexpr (RecordIo::hasLinks<T>) {
        QStringList &links = Table<T>::links(record);
        for (const QJsonValue &link : o.value(QStringLiteral("links")).toArray())
            links.append(link.toString());
    }
    return record;
}

// Numbers compare as numbers (a package's 3 is the store's 3.0); everything else exactly.
// Numbers compare as numbers (a package's 3 is the store's 3.0), whole ones exactly (a budget in
// minor units can pass 2^53, where doubles lose units); everything else exactly.
inline bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble()) {
        constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
        const qint64 x = a.toInteger(notWhole);
        const qint64 y = b.toInteger(notWhole);
        if (x != notWhole || y != notWhole)
            return x == y;
        return a.toDouble() == b.toDouble();
    }
    return a == b;
}

// The columns of a record that a merge compares: not its id, not the bookkeeping.
inline bool compared(const QString &key)
{
    return key != u"id" && key != u"created_at" && key != u"updated_at" && key != u"is_demo";
}

inline bool sameRecord(const QJsonObject &a, const QJsonObject &b)
{
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        if (compared(it.key()) && b.contains(it.key()) && !sameValue(it.value(), b.value(it.key())))
            return false;
    }
    return true;
}

// The same record, column for column, with no column on one side only (a state kept from before
// a schema step lacks the newer columns).
inline bool identical(const QJsonObject &a, const QJsonObject &b)
{
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        if (compared(it.key()) && !b.contains(it.key()))
            return false;
    }
    return sameRecord(a, b) && sameRecord(b, a);
}

} // namespace RecordJson
