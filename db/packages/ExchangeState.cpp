#include "Clock.h"
#include "Database.h"
#include "FieldPackage.h"
#include "PackageMerge.h"
#include "SqlSupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

// What exchanges leave in the database besides records (schema 9): its identity and export
// count, each peer's last package and last sent states, the packages imported.

PackageMerge::Exchange PackageMerge::exchangeWith(Database &db, const QString &storeId)
{
    Exchange exchange;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT last_sequence, exports_at_import, last_package, "
                                 "imported_at FROM exchange_peers WHERE store_id = ?"));
    query.addBindValue(storeId);
    if (query.exec() && query.next()) {
        exchange.known = true;
        exchange.lastSequence = query.value(0).toInt();
        exchange.exportsAtImport = query.value(1).toInt();
        exchange.lastPackage = query.value(2).toString();
        exchange.importedAt = query.value(3).toString();
    }
    return exchange;
}

bool PackageMerge::packageImported(Database &db, const QString &packageId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM package_imports WHERE package_id = ?"));
    query.addBindValue(packageId);
    return query.exec() && query.next();
}

int PackageMerge::exportCount(Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT exports FROM store_identity")) && query.next()
        ? query.value(0).toInt()
        : 0;
}

QHash<QString, QJsonObject> PackageMerge::sharedStates(Database &db, const QString &storeId,
                                                       const QString &table)
{
    QHash<QString, QJsonObject> states;
    if (storeId.isEmpty())
        return states;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT record_id, state FROM shared_state WHERE store_id = ? AND table_name = ?"));
    query.addBindValue(storeId);
    query.addBindValue(table);
    if (query.exec()) {
        while (query.next())
            states.insert(query.value(0).toString(),
                          QJsonDocument::fromJson(query.value(1).toByteArray()).object());
    }
    return states;
}

bool PackageMerge::execOrSay(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = FieldPackage::tr("The database could not record the exchange: %1")
                     .arg(query.lastError().text());
    return false;
}

bool PackageMerge::recordImport(Database &db, const ImportRecord &record,
                                FieldPackage::ImportUndo *undo, QString *error)
{
    if (undo) {
        undo->packageId = record.packageId;
        undo->origin = record.origin;
        QSqlQuery before(db.connection());
        before.prepare(QStringLiteral("SELECT name, last_sequence, exports_at_import, "
                                      "last_package, imported_at, home FROM exchange_peers "
                                      "WHERE store_id = ?"));
        before.addBindValue(record.origin);
        if (before.exec() && before.next())
            undo->peerBefore =
                QJsonObject {{QStringLiteral("name"), before.value(0).toString()},
                             {QStringLiteral("last_sequence"), before.value(1).toInt()},
                             {QStringLiteral("exports_at_import"), before.value(2).toInt()},
                             {QStringLiteral("last_package"), before.value(3).toString()},
                             {QStringLiteral("imported_at"), before.value(4).toString()},
                             {QStringLiteral("home"), before.value(5).toInt()}};
        // What was marked delivered to the origin before, for the records this import marks.
        QHash<QString, int> versions; // table + id
        QSqlQuery marked(db.connection());
        marked.setForwardOnly(true);
        marked.prepare(QStringLiteral(
            "SELECT table_name, record_id, row_version FROM delivered WHERE store_id = ?"));
        marked.addBindValue(record.origin);
        if (marked.exec()) {
            while (marked.next())
                versions.insert(marked.value(0).toString() + u'/' + marked.value(1).toString(),
                                marked.value(2).toInt());
        }
        for (const Delivery &delivery : record.delivered) {
            const auto it = versions.constFind(delivery.table + u'/' + delivery.id);
            undo->deliveredBefore.append(
                {delivery.table, delivery.id,
                 it == versions.cend() ? std::nullopt : std::optional<int>(*it)});
        }
    }
    QSqlQuery state(db.connection());
    state.prepare(QStringLiteral("INSERT OR REPLACE INTO shared_state (store_id, table_name, "
                                 "record_id, state) VALUES (?, ?, ?, ?)"));
    for (const auto &[table, object] : record.shared) {
        state.addBindValue(record.origin);
        state.addBindValue(table);
        state.addBindValue(object.value(QStringLiteral("id")).toString());
        state.addBindValue(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        if (!execOrSay(state, error))
            return false;
    }
    QSqlQuery delivered(db.connection());
    delivered.prepare(QStringLiteral(
        "INSERT INTO delivered (store_id, table_name, record_id, row_version) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (store_id, table_name, record_id) DO UPDATE SET row_version = "
        "excluded.row_version"));
    for (const Delivery &delivery : record.delivered) {
        delivered.addBindValue(record.origin);
        delivered.addBindValue(delivery.table);
        delivered.addBindValue(delivery.id);
        delivered.addBindValue(delivery.version);
        if (!execOrSay(delivered, error))
            return false;
    }
    const QString now = Sql::fromDateTime(Clock::nowUtc()).toString();
    // The peer's row is updated in place: whether it is home stays as it was.
    QSqlQuery peer(db.connection());
    peer.prepare(QStringLiteral(
        "INSERT INTO exchange_peers (store_id, name, last_sequence, exports_at_import, "
        "last_package, imported_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (store_id) DO UPDATE "
        "SET name = excluded.name, last_sequence = excluded.last_sequence, exports_at_import = "
        "excluded.exports_at_import, last_package = excluded.last_package, imported_at = "
        "excluded.imported_at"));
    peer.addBindValue(record.origin);
    peer.addBindValue(notNull(record.originName));
    peer.addBindValue(record.sequence);
    peer.addBindValue(exportCount(db));
    peer.addBindValue(record.packageId);
    peer.addBindValue(now);
    if (!execOrSay(peer, error))
        return false;
    if (record.startsHere) {
        QSqlQuery home(db.connection());
        home.prepare(QStringLiteral("UPDATE exchange_peers SET home = 1 WHERE store_id = ? AND "
                                    "NOT EXISTS (SELECT 1 FROM exchange_peers WHERE home = 1)"));
        home.addBindValue(record.origin);
        if (!execOrSay(home, error))
            return false;
    }
    QSqlQuery imported(db.connection());
    imported.prepare(QStringLiteral(
        "INSERT INTO package_imports (package_id, store_id, sequence, imported_at, summary, "
        "origin_name, imported_by, payload_sha256, decisions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    imported.addBindValue(record.packageId);
    imported.addBindValue(record.origin);
    imported.addBindValue(record.sequence);
    imported.addBindValue(now);
    imported.addBindValue(QString::fromUtf8(record.summary));
    imported.addBindValue(notNull(record.originName));
    imported.addBindValue(FieldPackage::personName());
    imported.addBindValue(notNull(record.payloadSha256));
    imported.addBindValue(
        QString::fromUtf8(QJsonDocument(record.decisions).toJson(QJsonDocument::Compact)));
    return execOrSay(imported, error);
}

bool PackageMerge::recordExport(Database &db, const QJsonObject &root, const QByteArray &payload,
                                const QHash<QString, QHash<QString, int>> &versions, QString *error)
{
    QJsonObject records;
    for (auto table = versions.cbegin(); table != versions.cend(); ++table) {
        QJsonObject ids;
        for (auto id = table->cbegin(); id != table->cend(); ++id)
            ids.insert(id.key(), id.value());
        records.insert(table.key(), ids);
    }
    QStringList missions;
    for (const QJsonValue &code : root.value(QStringLiteral("missions")).toArray())
        missions.append(code.toString());
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO package_exports (package_id, sequence, made_at, made_by, missions, redacted, "
        "payload_sha256, records) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(root.value(QStringLiteral("package")).toString());
    query.addBindValue(root.value(QStringLiteral("sequence")).toInt());
    query.addBindValue(Sql::fromDateTime(Clock::nowUtc()));
    query.addBindValue(FieldPackage::personName());
    query.addBindValue(notNull(missions.join(u',')));
    query.addBindValue(root.value(QStringLiteral("redacted")).toBool() ? 1 : 0);
    query.addBindValue(
        QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()));
    query.addBindValue(QString::fromUtf8(QJsonDocument(records).toJson(QJsonDocument::Compact)));
    return execOrSay(query, error);
}
