#include "FieldPackage.h"
#include "Curriculum.h"
#include "Database.h"
#include "EngagementRepository.h"
#include "MissionRepository.h"
#include "RecordIo.h"
#include "RiskRepository.h"
#include "Settings.h"
#include "StageRecords.h"
#include "StageRepository.h"
#include "StakeholderRepository.h"
#include "TransactionGuard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace {

template<typename T> struct Tag
{
    using Type = T;
};

// Every described record type, parents before children.
template<typename F> void forEachType(F &&f)
{
    f(Tag<Mission>());
    f(Tag<Stakeholder>());
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
}

QJsonValue toJson(const QVariant &value)
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
        QJsonArray links;
        for (const QString &id : Table<T>::links(const_cast<T &>(record)))
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

// The values of a description's `unique` columns, joined: two live records with the same key
// cannot both be stored. Empty for a type without one.
template<typename T> QString naturalKey(const T &record)
{
    if constexpr (requires { Table<T>::unique; }) {
        const QStringList columns = QString::fromLatin1(Table<T>::unique).split(u',');
        RecordIo::ColumnWriter writer;
        Table<T>::fields(writer, record);
        QStringList values;
        for (const auto &[column, value] : std::as_const(writer.columns)) {
            if (columns.contains(column))
                values.append(value.toString().toCaseFolded());
        }
        return values.join(QChar(0x1f));
    } else {
        Q_UNUSED(record)
        return {};
    }
}

template<typename T> QString uniqueColumns()
{
    if constexpr (requires { Table<T>::unique; })
        return QString::fromLatin1(Table<T>::unique).replace(u',', u'/');
    else
        return {};
}

// Walks the payload's records against the database; with `write`, adds the new ones.
bool walk(Database &db, const QJsonObject &tables, FieldPackage::Preview &preview, bool write,
          QString *error)
{
    bool ok = true;
    forEachType([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (!ok)
            return;
        const QString table = QLatin1String(Table<T>::name);
        const QJsonArray rows = tables.value(table).toArray();
        FieldPackage::TableCounts &counts = preview.tables[table];
        counts.incoming = int(rows.size());
        if (rows.isEmpty())
            return;
        Repository<T> repository(db);
        QHash<QString, T> held;
        QHash<QString, QString> keys; // natural key -> id, of live records here and added
        for (T &record : repository.everything()) {
            if (const QString key = naturalKey(record); !key.isEmpty() && !record.meta.deleted)
                keys.insert(key, record.meta.id);
            held.insert(record.meta.id, std::move(record));
        }
        QSet<QString> seen;
        for (const QJsonValue &row : rows) {
            const std::optional<T> incoming =
                row.isObject() ? recordFromJson<T>(row.toObject()) : std::nullopt;
            if (!incoming) {
                ++counts.rejected;
                preview.problems.append(
                    FieldPackage::tr("%1: a row without an id was left out.").arg(table));
                continue;
            }
            if (seen.contains(incoming->meta.id)) {
                ++counts.rejected;
                preview.problems.append(FieldPackage::tr("%1 %2: the package holds it twice.")
                                            .arg(table, incoming->meta.id));
                continue;
            }
            seen.insert(incoming->meta.id);
            const auto it = held.constFind(incoming->meta.id);
            if (it == held.cend()) {
                // Another record here already holds its unique values (the same mission code
                // typed on two computers): a possible duplicate for a person to look at.
                const QString key = incoming->meta.deleted ? QString() : naturalKey(*incoming);
                if (!key.isEmpty() && keys.contains(key)) {
                    ++counts.conflicts;
                    preview.problems.append(
                        FieldPackage::tr("%1 %2: another record here (%3) has the same %4; it may "
                                         "be the same one, made twice.")
                            .arg(table, incoming->meta.id, keys.value(key), uniqueColumns<T>()));
                    continue;
                }
                if (!key.isEmpty())
                    keys.insert(key, incoming->meta.id);
                ++counts.added;
                if (write) {
                    T record = *incoming;
                    if (!repository.insertNew(record, error)) {
                        ok = false;
                        return;
                    }
                }
            } else if (it->meta.deleted == incoming->meta.deleted
                       && Repository<T>::changedFields(*incoming, *it).isEmpty()) {
                ++counts.unchanged;
            } else {
                ++counts.conflicts;
                QStringList fields = Repository<T>::changedFields(*incoming, *it);
                if (it->meta.deleted != incoming->meta.deleted)
                    fields.prepend(FieldPackage::tr("deleted on one side"));
                preview.problems.append(FieldPackage::tr("%1 %2: differs here (%3).")
                                            .arg(table, incoming->meta.id, fields.join(u", ")));
            }
        }
    });
    return ok;
}

std::optional<QJsonObject> tablesOf(const QByteArray &payload, int *schema, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || root.value(QStringLiteral("kind")).toString() != u"intervention-planner-records") {
        if (error)
            *error = FieldPackage::tr("The package's contents are not records this version can "
                                      "read.");
        return std::nullopt;
    }
    const int format = root.value(QStringLiteral("format")).toInt();
    *schema = root.value(QStringLiteral("schema")).toInt();
    if (format > FieldPackage::PayloadFormat || *schema > Database::latestSchemaVersion()) {
        if (error)
            *error = FieldPackage::tr("The package holds data format %1, newer than this version "
                                      "reads (up to %2). Update Intervention Planner to import "
                                      "it; nothing was written.")
                         .arg(*schema)
                         .arg(Database::latestSchemaVersion());
        return std::nullopt;
    }
    return root.value(QStringLiteral("tables")).toObject();
}

} // namespace

int FieldPackage::Preview::total(int TableCounts::*field) const
{
    int sum = 0;
    for (const TableCounts &counts : tables)
        sum += counts.*field;
    return sum;
}

QByteArray FieldPackage::Preview::toJson() const
{
    QJsonObject byTable;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        if (it->incoming == 0)
            continue;
        byTable.insert(it.key(),
                       QJsonObject {{QStringLiteral("added"), it->added},
                                    {QStringLiteral("unchanged"), it->unchanged},
                                    {QStringLiteral("conflicts"), it->conflicts},
                                    {QStringLiteral("rejected"), it->rejected}});
    }
    const QJsonObject root {{QStringLiteral("added"), total(&TableCounts::added)},
                            {QStringLiteral("unchanged"), total(&TableCounts::unchanged)},
                            {QStringLiteral("conflicts"), total(&TableCounts::conflicts)},
                            {QStringLiteral("rejected"), total(&TableCounts::rejected)},
                            {QStringLiteral("schema"), schema},
                            {QStringLiteral("tables"), byTable}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray FieldPackage::exportAll(Database &db)
{
    QJsonObject tables;
    QJsonObject counts;
    forEachType([&](auto tag) {
        using T = typename decltype(tag)::Type;
        QJsonArray rows;
        for (const T &record : Repository<T>(db).everything())
            rows.append(recordToJson(record));
        counts.insert(QLatin1String(Table<T>::name), rows.size());
        tables.insert(QLatin1String(Table<T>::name), rows);
    });
    const QJsonObject root {
        {QStringLiteral("kind"), QStringLiteral("intervention-planner-records")},
        {QStringLiteral("format"), PayloadFormat},
        {QStringLiteral("schema"), Database::latestSchemaVersion()},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("tables"), tables}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<FieldPackage::Preview> FieldPackage::preview(Database &db, const QByteArray &payload,
                                                           QString *error)
{
    Preview result;
    const std::optional<QJsonObject> tables = tablesOf(payload, &result.schema, error);
    if (!tables || !walk(db, *tables, result, false, error))
        return std::nullopt;
    return result;
}

std::optional<FieldPackage::Preview> FieldPackage::apply(Database &db, const QByteArray &payload,
                                                         QString *error)
{
    std::optional<Preview> planned = preview(db, payload, error);
    if (!planned)
        return std::nullopt;
    if (!planned->canApply()) {
        if (error) {
            QStringList why;
            if (const int conflicts = planned->total(&TableCounts::conflicts))
                why.append(tr("%n record(s) differ here from the package.", nullptr, conflicts));
            if (const int rejected = planned->total(&TableCounts::rejected))
                why.append(tr("%n row(s) of the package cannot be read.", nullptr, rejected));
            *error = why.join(u' ') + u' ' + tr("Nothing was written.");
        }
        return std::nullopt;
    }
    if (planned->changesNothing())
        return planned;
    TransactionGuard guard(db);
    if (!guard.started(error))
        return std::nullopt;
    // A record may name one that comes later in the package (a mission's predecessor): the
    // references are checked when the whole import commits.
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    Preview applied;
    applied.schema = planned->schema;
    QString dummy;
    const std::optional<QJsonObject> tables = tablesOf(payload, &applied.schema, &dummy);
    if (!tables || !walk(db, *tables, applied, true, error))
        return std::nullopt;
    if (!applied.canApply()) { // the database changed since the preview: nothing is kept
        if (error)
            *error = tr("The database changed while the package was being imported. Nothing was "
                        "written; import it again.");
        return std::nullopt;
    }
    if (!guard.commit(error))
        return std::nullopt;
    return applied;
}
