#pragma once

#include "FieldPackage.h"

#include <QHash>
#include <QJsonObject>

class QSqlQuery;

// The import side of field packages: the payload read, the base of each record chosen, the
// three-way merge field by field, and what the exchange leaves behind (the state shared with the
// origin, the field history, the package as imported). See FieldPackage.h.
namespace PackageMerge {

// The preview of importing `payload`; with `decisions`, also the writes (inside the caller's
// transaction).
std::optional<FieldPackage::Preview> walk(Database &db, const QByteArray &payload,
                                          const FieldPackage::Decisions *decisions, QString *error,
                                          FieldPackage::ImportUndo *undo = nullptr);

// What this database knows of an exchange with another: the last package it took from it, and
// its own export count at that moment.
struct Exchange
{
    bool known = false;
    int lastSequence = 0;
    int exportsAtImport = 0;
    QString lastPackage;
    QString importedAt;
};
Exchange exchangeWith(Database &db, const QString &storeId);
// Whether the package with this id was imported here.
bool packageImported(Database &db, const QString &packageId);

// The exports this database has counted.
int exportCount(Database &db);
// The states a peer last sent of one table's records, by id.
QHash<QString, QJsonObject> sharedStates(Database &db, const QString &storeId,
                                         const QString &table);
// A value as the field history keeps it: as text, empty for nothing.
QString historyText(const QJsonValue &value);
// Runs a query of the exchange bookkeeping; on failure says so in `error`.
bool execOrSay(QSqlQuery &query, QString *error);

} // namespace PackageMerge
