#pragma once

#include "FieldPackage.h"

#include <QHash>
#include <QJsonArray>
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
// A record held here exactly as a peer has it, at this row version.
struct Delivery
{
    QString table;
    QString id;
    int version = 0;
};
// What an import leaves about its origin (besides records and field history).
struct ImportRecord
{
    QString origin;
    QString originName;
    QString packageId;
    int sequence = 0;
    QString payloadSha256;
    QList<std::pair<QString, QJsonObject>> shared; // table, state as sent: the next base
    QList<Delivery> delivered;
    QJsonArray decisions;
    QByteArray summary; // the preview's counts
    bool startsHere = false; // the origin becomes this database's home
};
// Writes it: the shared states, the peer's last package, what it delivered, the import (with
// who took it in, when, and its decisions). With `undo`, notes what it replaced.
bool recordImport(Database &db, const ImportRecord &record, FieldPackage::ImportUndo *undo,
                  QString *error);
// Remembers a package made here, for its receipt: the hash of its contents and each record it
// carried at its row version (by table, then id).
bool recordExport(Database &db, const QJsonObject &root, const QByteArray &payload,
                  const QHash<QString, QHash<QString, int>> &versions, QString *error);

// Text for a NOT NULL column: empty, never null (Qt binds a null string as NULL).
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
// Runs a query of the exchange bookkeeping; on failure says so in `error`.
bool execOrSay(QSqlQuery &query, QString *error);

} // namespace PackageMerge
