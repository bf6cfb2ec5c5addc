#include "Database.h"
#include "FieldPackage.h"
#include "PackageMerge.h"

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
