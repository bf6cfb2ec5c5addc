#pragma once

#include "Record.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlError>
#include <QVariant>

class Database;
class QSqlQuery;

// The small vocabulary the repositories share: how dates and bookkeeping columns are stored, and
// generic insert/update/soft-delete with bound values. Table and column names come from code,
// never from input.
namespace Sql {

using Columns = QList<QPair<QLatin1String, QVariant>>;

QVariant fromDate(const QDate &date); // NULL when not set, else YYYY-MM-DD
QDate toDate(const QVariant &value);
QVariant fromDateTime(const QDateTime &value); // UTC, ISO 8601 with milliseconds
QDateTime toDateTime(const QVariant &value);

QString metaColumns(); // "id, created_at, updated_at, deleted, is_demo, row_version"
constexpr int metaColumnCount = 6;
// From the first metaColumnCount columns of a row selected with metaColumns() first.
void readMeta(const QSqlQuery &query, RecordMeta &meta);
// The same without the times (a list's read: parsing 100,000 of them costs more than the read),
// from a row selected with metaColumnsBrief() first (the times not read at all: NULL).
void readMetaBrief(const QSqlQuery &query, RecordMeta &meta);
QString metaColumnsBrief(); // "id, NULL, NULL, deleted, is_demo, row_version"

bool insert(Database &db, QLatin1String table, RecordMeta &meta, const Columns &columns,
            QString *error);
// Raises the row's version; refused when meta.version is set and the row has moved on (changed
// elsewhere since it was read). Fills meta's new version and time.
bool update(Database &db, QLatin1String table, RecordMeta &meta, const Columns &columns,
            QString *error);
// The row's version, 0 when there is no such row.
int version(Database &db, QLatin1String table, const QString &id);
// Updates the row with meta.id, or inserts it when there is none (filling id and timestamps).
bool upsert(Database &db, QLatin1String table, RecordMeta &meta, const Columns &columns,
            QString *error);
bool setDeleted(Database &db, QLatin1String table, const QString &id, bool deleted, QString *error);
bool exists(Database &db, QLatin1String table, const QString &id);
// Makes the live rows of a link table from `ownerId` point exactly at `ids`: links no longer wanted
// are marked deleted, new ones inserted, those kept left alone.
bool writeLinks(Database &db, QLatin1String table, QLatin1String ownerColumn,
                QLatin1String otherColumn, const QString &ownerId, const QStringList &ids,
                bool demo, QString *error);
// Rows not deleted.
int count(Database &db, QLatin1String table);

bool exec(QSqlQuery &query, QString *error);
// Runs a prepared read of `what` (a table's name). A failure is never silent: it is logged (the
// SQLite code, no values) and reported through Database::readFailed, so the user hears of it.
bool read(Database &db, QSqlQuery &query, QLatin1String what);
// The same for a read that failed elsewhere (on a connection of its own, say).
void reportReadFailure(Database &db, const QSqlError &error, QLatin1String what);
// A message a person can act on for a failed statement (disk full, locked, read-only...).
QString describe(const QSqlError &error);

void setError(QString *error, const QString &message);

} // namespace Sql
