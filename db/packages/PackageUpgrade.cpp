#include "PackageUpgrade.h"

#include <QJsonArray>
#include <QStringList>

namespace {

constexpr int ProgrammesSchema = 13; // sites, several predecessors, risk states

QString partId(const QString &ownerId, int n)
{
    return ownerId.left(24) + QStringLiteral("%1").arg(n, 12, 10, QLatin1Char('0'));
}

// A mission or risk record of schema 12 as schema 13 holds it.
QJsonObject upgradedRecord(const QString &table, QJsonObject record)
{
    if (table == u"missions") {
        record.remove(QStringLiteral("host_country"));
        // The one predecessor becomes the mission's links (mission_predecessors).
        const QString predecessor = record.take(QStringLiteral("predecessor_id")).toString();
        if (!record.contains(QStringLiteral("links")))
            record.insert(QStringLiteral("links"),
                          predecessor.isEmpty() ? QJsonArray() : QJsonArray {predecessor});
    } else if (table == u"risks" && record.contains(QStringLiteral("closed"))) {
        const QJsonValue closed = record.take(QStringLiteral("closed"));
        if (!record.contains(QStringLiteral("state")))
            record.insert(QStringLiteral("state"),
                          closed.toInt() == 1 || closed.toBool() ? QStringLiteral("closed")
                                                                 : QStringLiteral("open"));
    }
    return record;
}

// The site the migration makes of a mission's `n`th host country: its id is the first 24
// characters of the mission's id followed by n on 12 digits, stamped with the mission's creation.
QJsonObject site(const QJsonObject &mission, int n, const QString &country)
{
    return {
        {QStringLiteral("id"), partId(mission.value(QStringLiteral("id")).toString(), n)},
        {QStringLiteral("created_at"), mission.value(QStringLiteral("created_at"))},
        {QStringLiteral("updated_at"), mission.value(QStringLiteral("created_at"))},
        {QStringLiteral("deleted"), 0},
        {QStringLiteral("is_demo"), mission.value(QStringLiteral("is_demo"))},
        {QStringLiteral("mission_id"), mission.value(QStringLiteral("id"))},
        {QStringLiteral("position"), n - 1},
        {QStringLiteral("country"), country},
        {QStringLiteral("city"), QString()},
        {QStringLiteral("institution"), QString()},
        {QStringLiteral("row_version"), 1},
    };
}

void appendTo(QJsonObject &tables, const QString &table, const QJsonArray &records)
{
    if (records.isEmpty())
        return;
    QJsonArray all = tables.value(table).toArray();
    for (const QJsonValue &record : records)
        all.append(record);
    tables.insert(table, all);
}

} // namespace

void PackageUpgrade::tables(int schema, QJsonObject &tables)
{
    if (schema <= 0 || schema >= ProgrammesSchema)
        return;
    QJsonArray sites;
    QJsonArray missions;
    for (const QJsonValue &value : tables.value(QStringLiteral("missions")).toArray()) {
        const QJsonObject mission = value.toObject();
        int n = 0;
        for (const QString &country :
             mission.value(QStringLiteral("host_country")).toString().split(u';')) {
            if (country.trimmed().isEmpty())
                continue;
            ++n;
            sites.append(site(mission, n, country.trimmed()));
        }
        missions.append(upgradedRecord(QStringLiteral("missions"), mission));
    }
    if (tables.contains(QStringLiteral("missions")))
        tables.insert(QStringLiteral("missions"), missions);
    QJsonArray risks;
    for (const QJsonValue &value : tables.value(QStringLiteral("risks")).toArray())
        risks.append(upgradedRecord(QStringLiteral("risks"), value.toObject()));
    if (tables.contains(QStringLiteral("risks")))
        tables.insert(QStringLiteral("risks"), risks);
    appendTo(tables, QStringLiteral("mission_sites"), sites);
}

void PackageUpgrade::echoedTables(int schema, QJsonObject &tables)
{
    if (schema <= 0 || schema >= ProgrammesSchema)
        return;
    for (const QString &table : {QStringLiteral("missions"), QStringLiteral("risks")}) {
        QJsonObject records = tables.value(table).toObject();
        for (auto it = records.begin(); it != records.end(); ++it) {
            if (it.value().isObject())
                it.value() = upgradedRecord(table, it.value().toObject());
        }
        if (tables.contains(table))
            tables.insert(table, records);
    }
}
