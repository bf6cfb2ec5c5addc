#include "Clock.h"
#include "Database.h"
#include "FieldPackage.h"
#include "PackageMerge.h"
#include "RecordJson.h"
#include "SqlSupport.h"
#include "TransactionGuard.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

// Receipts, what has not reached home, and the exchange history (schema 11). A receipt names a
// package by its id and the hash of its contents, which only a database that opened the package
// can know; it carries counts, never a record.

using PackageMerge::execOrSay;

namespace {

constexpr int ReceiptFormat = 1;
const char ReceiptKind[] = "intervention-planner-receipt";

QString ownStoreId(Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT id FROM store_identity")) && query.next()
        ? query.value(0).toString()
        : QString();
}

QMap<QString, FieldPackage::TableCounts> countsOf(const QJsonObject &summary)
{
    QMap<QString, FieldPackage::TableCounts> tables;
    const QJsonObject byTable = summary.value(QStringLiteral("tables")).toObject();
    for (auto it = byTable.constBegin(); it != byTable.constEnd(); ++it) {
        const QJsonObject counts = it.value().toObject();
        FieldPackage::TableCounts &table = tables[it.key()];
        table.incoming = counts.value(QStringLiteral("incoming")).toInt();
        table.added = counts.value(QStringLiteral("added")).toInt();
        table.updated = counts.value(QStringLiteral("updated")).toInt();
        table.unchanged = counts.value(QStringLiteral("unchanged")).toInt();
        table.conflicts = counts.value(QStringLiteral("conflicts")).toInt();
        table.duplicates = counts.value(QStringLiteral("duplicates")).toInt();
        table.rejected = counts.value(QStringLiteral("rejected")).toInt();
    }
    return tables;
}

} // namespace

QString FieldPackage::personName()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return tr("unknown");
}

QByteArray FieldPackage::receipt(Database &db, const QString &packageId, QString *error)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT store_id, sequence, imported_at, summary, imported_by, "
                                 "payload_sha256 FROM package_imports WHERE package_id = ?"));
    query.addBindValue(packageId);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = tr("No import of this package is recorded here, so there is nothing to "
                        "confirm.");
        return {};
    }
    if (query.value(5).toString().isEmpty()) {
        if (error)
            *error = tr("This package was imported by an earlier version, which kept no hash of "
                        "it: no receipt can be made for it.");
        return {};
    }
    QJsonObject counts;
    const QJsonObject summary = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    for (const char *name : {"added", "updated", "unchanged", "conflicts"})
        counts.insert(QLatin1String(name), summary.value(QLatin1String(name)).toInt());
    const QJsonObject root {
        {QStringLiteral("kind"), QLatin1String(ReceiptKind)},
        {QStringLiteral("format"), ReceiptFormat},
        {QStringLiteral("package"), packageId},
        {QStringLiteral("origin"), query.value(0).toString()},
        {QStringLiteral("sequence"), query.value(1).toInt()},
        {QStringLiteral("payloadSha256"), query.value(5).toString()},
        {QStringLiteral("receivedBy"),
         QJsonObject {{QStringLiteral("store"), storeId(db, error)},
                      {QStringLiteral("name"), QFileInfo(db.path()).completeBaseName()}}},
        {QStringLiteral("importedAt"), query.value(2).toString()},
        {QStringLiteral("importedBy"), query.value(4).toString()},
        {QStringLiteral("counts"), counts}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<FieldPackage::ReceiptResult>
FieldPackage::importReceipt(Database &db, const QByteArray &bytes, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why + u' ' + tr("Nothing was marked.");
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || root.value(QStringLiteral("kind")).toString() != QLatin1String(ReceiptKind))
        return refuse(tr("This file is not a receipt of Intervention Planner."));
    if (root.value(QStringLiteral("format")).toInt() > ReceiptFormat)
        return refuse(tr("This receipt is in a newer format (%1) than this version reads (up to "
                         "%2); update Intervention Planner to import it.")
                          .arg(root.value(QStringLiteral("format")).toInt())
                          .arg(ReceiptFormat));
    ReceiptResult result;
    result.packageId = root.value(QStringLiteral("package")).toString();
    const QJsonObject by = root.value(QStringLiteral("receivedBy")).toObject();
    result.receivedBy = by.value(QStringLiteral("store")).toString();
    result.receivedByName = by.value(QStringLiteral("name")).toString();
    result.receivedAt = root.value(QStringLiteral("importedAt")).toString();
    const QString own = ownStoreId(db);
    if (result.packageId.isEmpty() || result.receivedBy.isEmpty())
        return refuse(tr("The receipt does not say which package it confirms, or where it was "
                         "imported."));
    if (own.isEmpty() || root.value(QStringLiteral("origin")).toString() != own)
        return refuse(tr("This receipt is for a package made by another database, not this "
                         "one."));
    if (result.receivedBy == own)
        return refuse(tr("This receipt was made by this database itself."));
    QSqlQuery sent(db.connection());
    sent.prepare(QStringLiteral("SELECT payload_sha256, redacted, records, receipt_from FROM "
                                "package_exports WHERE package_id = ?"));
    sent.addBindValue(result.packageId);
    if (!sent.exec() || !sent.next())
        return refuse(tr("This database has no record of making the package this receipt "
                         "confirms (%1).")
                          .arg(result.packageId));
    if (sent.value(0).toString() != root.value(QStringLiteral("payloadSha256")).toString())
        return refuse(tr("The receipt does not match the package made here: what was imported "
                         "there is not what was sent."));
    result.redacted = sent.value(1).toInt() == 1;
    const QJsonObject records = QJsonDocument::fromJson(sent.value(2).toByteArray()).object();
    const QString before = sent.value(3).toString();
    sent.finish();
    if (!result.redacted) {
        for (auto table = records.constBegin(); table != records.constEnd(); ++table)
            result.records += int(table.value().toObject().size());
    }
    if (before == result.receivedBy) {
        result.alreadyRecorded = true;
        return result;
    }

    TransactionGuard guard(db);
    if (!guard.started(error))
        return std::nullopt;
    QSqlQuery mark(db.connection());
    mark.prepare(
        QStringLiteral("UPDATE package_exports SET receipt_from = ?, receipt_from_name = "
                       "?, received_at = ?, receipt_imported_at = ? WHERE package_id = ?"));
    mark.addBindValue(result.receivedBy);
    mark.addBindValue(PackageMerge::notNull(result.receivedByName));
    mark.addBindValue(PackageMerge::notNull(result.receivedAt));
    mark.addBindValue(Sql::fromDateTime(Clock::nowUtc()));
    mark.addBindValue(result.packageId);
    if (!execOrSay(mark, error))
        return std::nullopt;
    // A redacted handover carried part of each record: none is delivered as it is here.
    if (!result.redacted) {
        QSqlQuery delivered(db.connection());
        delivered.prepare(QStringLiteral(
            "INSERT INTO delivered (store_id, table_name, record_id, row_version) VALUES (?, ?, "
            "?, ?) ON CONFLICT (store_id, table_name, record_id) DO UPDATE SET row_version = "
            "max(row_version, excluded.row_version)"));
        for (auto table = records.constBegin(); table != records.constEnd(); ++table) {
            const QJsonObject ids = table.value().toObject();
            for (auto id = ids.constBegin(); id != ids.constEnd(); ++id) {
                delivered.addBindValue(result.receivedBy);
                delivered.addBindValue(table.key());
                delivered.addBindValue(id.key());
                delivered.addBindValue(id.value().toInt());
                if (!execOrSay(delivered, error))
                    return std::nullopt;
            }
        }
    }
    // The database that confirmed it is known from now on, as a peer that sent nothing yet.
    QSqlQuery peer(db.connection());
    peer.prepare(QStringLiteral("INSERT INTO exchange_peers (store_id, name, imported_at) VALUES "
                                "(?, ?, '') ON CONFLICT (store_id) DO NOTHING"));
    peer.addBindValue(result.receivedBy);
    peer.addBindValue(PackageMerge::notNull(result.receivedByName));
    if (!execOrSay(peer, error) || !guard.commit(error))
        return std::nullopt;
    return result;
}

std::optional<FieldPackage::Undelivered> FieldPackage::undelivered(Database &db)
{
    Undelivered result;
    {
        QSqlQuery home(db.connection());
        if (!home.exec(QStringLiteral("SELECT store_id, name FROM exchange_peers WHERE home = 1"))
            || !home.next())
            return std::nullopt;
        result.home = home.value(0).toString();
        result.homeName = home.value(1).toString();
    }
    RecordJson::forEachType([&](auto tag) {
        using T = typename decltype(tag)::Type;
        const QString table = QLatin1String(Table<T>::name);
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM %1 AS r WHERE NOT EXISTS (SELECT 1 "
                                     "FROM delivered AS d WHERE d.store_id = ? AND d.table_name "
                                     "= ? AND d.record_id = r.id AND d.row_version >= "
                                     "r.row_version)")
                          .arg(table));
        query.addBindValue(result.home);
        query.addBindValue(table);
        if (query.exec() && query.next() && query.value(0).toInt() > 0) {
            result.tables.insert(table, query.value(0).toInt());
            result.records += query.value(0).toInt();
        }
    });
    return result;
}

void FieldPackage::forgetExport(Database &db, const QString &packageId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("DELETE FROM package_exports WHERE package_id = ?"));
    query.addBindValue(packageId);
    query.exec();
}

QList<FieldPackage::ExchangePeer> FieldPackage::exchangePeers(Database &db)
{
    QList<ExchangePeer> peers;
    QSqlQuery query(db.connection());
    if (query.exec(QStringLiteral("SELECT store_id, name, home FROM exchange_peers ORDER BY name, "
                                  "store_id"))) {
        while (query.next())
            peers.append({query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toInt() == 1});
    }
    return peers;
}

bool FieldPackage::setHome(Database &db, const QString &storeId, QString *error)
{
    TransactionGuard guard(db);
    if (!guard.started(error))
        return false;
    QSqlQuery clear(db.connection());
    clear.prepare(QStringLiteral("UPDATE exchange_peers SET home = (store_id = ?)"));
    clear.addBindValue(storeId);
    return execOrSay(clear, error) && guard.commit(error);
}

QList<FieldPackage::HistoryEntry> FieldPackage::history(Database &db)
{
    QList<HistoryEntry> entries;
    QSqlQuery imports(db.connection());
    if (imports.exec(QStringLiteral("SELECT package_id, sequence, imported_at, imported_by, "
                                    "store_id, origin_name, summary, decisions FROM "
                                    "package_imports"))) {
        while (imports.next()) {
            HistoryEntry entry;
            entry.imported = true;
            entry.packageId = imports.value(0).toString();
            entry.sequence = imports.value(1).toInt();
            entry.at = imports.value(2).toString();
            entry.by = imports.value(3).toString();
            entry.peer = imports.value(4).toString();
            entry.peerName = imports.value(5).toString();
            const QJsonObject summary =
                QJsonDocument::fromJson(imports.value(6).toByteArray()).object();
            entry.tables = countsOf(summary);
            for (const QJsonValue &value :
                 QJsonDocument::fromJson(imports.value(7).toByteArray()).array()) {
                const QJsonObject decided = value.toObject();
                entry.decisions.append({decided.value(QStringLiteral("table")).toString(),
                                        decided.value(QStringLiteral("id")).toString(),
                                        decided.value(QStringLiteral("title")).toString(),
                                        decided.value(QStringLiteral("field")).toString(),
                                        decided.value(QStringLiteral("take")).toString()});
            }
            entries.append(entry);
        }
    }
    QSqlQuery exports(db.connection());
    if (exports.exec(QStringLiteral("SELECT package_id, sequence, made_at, made_by, missions, "
                                    "redacted, receipt_from, receipt_from_name, received_at FROM "
                                    "package_exports"))) {
        while (exports.next()) {
            HistoryEntry entry;
            entry.packageId = exports.value(0).toString();
            entry.sequence = exports.value(1).toInt();
            entry.at = exports.value(2).toString();
            entry.by = exports.value(3).toString();
            entry.missions = exports.value(4).toString().split(u',', Qt::SkipEmptyParts);
            entry.redacted = exports.value(5).toInt() == 1;
            entry.peer = exports.value(6).toString();
            entry.peerName = exports.value(7).toString();
            entry.receivedAt = exports.value(8).toString();
            entries.append(entry);
        }
    }
    // Newest first; the same moment keeps imports and exports in a fixed order.
    std::sort(entries.begin(), entries.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        return a.at != b.at ? a.at > b.at : a.packageId < b.packageId;
    });
    return entries;
}

QString FieldPackage::historyReport(const HistoryEntry &entry)
{
    QStringList lines;
    const auto when = [](const QString &stored) {
        const QDateTime at = Sql::toDateTime(stored);
        return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : stored;
    };
    if (entry.imported) {
        lines << tr("Field package imported") << QString()
              << tr("Package: %1 (export %2 of %3)")
                     .arg(entry.packageId)
                     .arg(entry.sequence)
                     .arg(entry.peerName)
              << tr("Imported: %1, by %2").arg(when(entry.at), entry.by) << QString();
        int added = 0;
        int updated = 0;
        int conflicts = 0;
        for (auto it = entry.tables.cbegin(); it != entry.tables.cend(); ++it) {
            if (it->added + it->updated + it->conflicts + it->duplicates + it->rejected == 0)
                continue;
            added += it->added;
            updated += it->updated;
            conflicts += it->conflicts;
            lines << tr("%1: %2 new, %3 updated, %4 changed on both sides, %5 possible "
                        "duplicates")
                         .arg(typeLabel(it.key()))
                         .arg(it->added)
                         .arg(it->updated)
                         .arg(it->conflicts)
                         .arg(it->duplicates);
        }
        if (added + updated + conflicts == 0)
            lines << tr("Every record of the package was here already.");
        lines << QString()
              << tr("Decisions (%n field(s) changed on both sides):", nullptr,
                    int(entry.decisions.size()));
        if (entry.decisions.isEmpty())
            lines << tr("None: nothing was changed on both sides.");
        for (const Decided &decided : entry.decisions) {
            const QString take = decided.take == u"here" ? tr("kept this computer's value")
                : decided.take == u"incoming"            ? tr("took the incoming value")
                : decided.take == u"kept"
                ? tr("kept the record (edited here, deleted there, or the other way)")
                : tr("wrote an edited value");
            lines << QStringLiteral("- %1 “%2”, %3: %4")
                         .arg(typeLabel(decided.table), decided.title, decided.field, take);
        }
    } else {
        lines << tr("Field package made here") << QString()
              << tr("Package: %1 (export %2)").arg(entry.packageId).arg(entry.sequence)
              << tr("Made: %1, by %2").arg(when(entry.at), entry.by)
              << (entry.missions.isEmpty()
                      ? tr("Missions: all, with the portfolio-level risks")
                      : tr("Missions: %1").arg(entry.missions.join(QStringLiteral(", "))))
              << (entry.redacted ? tr("Redacted handover: sensitive fields were withheld.")
                                 : tr("Full package."))
              << (entry.peer.isEmpty() ? tr("No receipt imported yet.")
                                       : tr("Receipt: imported into %1 on %2.")
                                             .arg(entry.peerName, when(entry.receivedAt)));
    }
    return lines.join(u'\n') + u'\n';
}
