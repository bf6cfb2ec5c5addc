#include "SqlSupport.h"
#include "Clock.h"
#include "Database.h"
#include "Log.h"
#include "TransactionGuard.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

QVariant Sql::fromDate(const QDate &date)
{
    if (!date.isValid())
        return QVariant();
    return date.toString(Qt::ISODate);
}

QDate Sql::toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant Sql::fromDateTime(const QDateTime &value)
{
    if (!value.isValid())
        return QVariant();
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Sql::toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime result = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!result.isValid())
        result = QDateTime::fromString(value.toString(), Qt::ISODate);
    return result.toUTC();
}

// NULL is spelled QVariant(); a string, even a null QString, is stored as text so that NOT NULL
// text columns accept "nothing entered".
static QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

QString Sql::metaColumns()
{
    return QStringLiteral("id, created_at, updated_at, deleted, is_demo, row_version");
}

QString Sql::metaColumnsBrief()
{
    return QStringLiteral("id, NULL, NULL, deleted, is_demo, row_version");
}

void Sql::readMeta(const QSqlQuery &query, RecordMeta &meta)
{
    meta.id = query.value(0).toString();
    meta.createdAt = toDateTime(query.value(1));
    meta.updatedAt = toDateTime(query.value(2));
    meta.deleted = query.value(3).toBool();
    meta.demo = query.value(4).toBool();
    meta.version = query.value(5).toInt();
}

void Sql::readMetaBrief(const QSqlQuery &query, RecordMeta &meta)
{
    meta.id = query.value(0).toString();
    meta.deleted = query.value(3).toBool();
    meta.demo = query.value(4).toBool();
    meta.version = query.value(5).toInt();
}

void Sql::setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString Sql::describe(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt();
    switch (code & 0xff) { // primary result code
    case 13: // SQLITE_FULL
        return Database::tr("The disk is full. Free some space and try again; nothing was saved.");
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Database::tr(
            "The database is busy in another program. Try again in a moment; nothing was "
            "saved.");
    case 8: // SQLITE_READONLY
        return Database::tr(
            "The database file is read-only. Copy it to a folder you can write to; nothing "
            "was saved.");
    case 10: // SQLITE_IOERR
        return Database::tr(
                   "The disk reported an input/output error (%1). Check the drive; nothing was "
                   "saved.")
            .arg(error.databaseText());
    case 11: // SQLITE_CORRUPT
        return Database::tr("The database file is damaged (%1). Restore it from a backup.")
            .arg(error.databaseText());
    default:
        return Database::tr("The database refused the change: %1").arg(error.text());
    }
}

bool Sql::exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    qCWarning(lcDb) << "statement failed with SQLite code" << query.lastError().nativeErrorCode();
    setError(error, describe(query.lastError()));
    return false;
}

bool Sql::read(Database &db, QSqlQuery &query, QLatin1String what)
{
    if (query.exec())
        return true;
    reportReadFailure(db, query.lastError(), what);
    return false;
}

void Sql::reportReadFailure(Database &db, const QSqlError &error, QLatin1String what)
{
    qCWarning(lcDb) << "reading" << what << "failed with SQLite code" << error.nativeErrorCode();
    Q_EMIT db.readFailed(
        Database::tr("Some records (%1) could not be read: %2").arg(what, describe(error)));
}

bool Sql::insert(Database &db, QLatin1String table, RecordMeta &meta, const Columns &columns,
                 QString *error)
{
    if (meta.id.isEmpty())
        meta.id = newRecordId();
    const QDateTime now = Clock::nowUtc();
    if (!meta.createdAt.isValid())
        meta.createdAt = now;
    meta.updatedAt = now;

    meta.version = 1;
    QStringList names {QStringLiteral("id"),         QStringLiteral("created_at"),
                       QStringLiteral("updated_at"), QStringLiteral("deleted"),
                       QStringLiteral("is_demo"),    QStringLiteral("row_version")};
    for (const auto &column : columns)
        names.append(column.first);
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), names.size());

    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
    query.addBindValue(meta.id);
    query.addBindValue(fromDateTime(meta.createdAt));
    query.addBindValue(fromDateTime(meta.updatedAt));
    query.addBindValue(meta.deleted ? 1 : 0);
    query.addBindValue(meta.demo ? 1 : 0);
    query.addBindValue(meta.version);
    for (const auto &column : columns)
        query.addBindValue(bindable(column.second));
    if (!exec(query, error))
        return false;
    db.markChanged(table);
    return true;
}

bool Sql::update(Database &db, QLatin1String table, RecordMeta &meta, const Columns &columns,
                 QString *error)
{
    const QDateTime now = Clock::nowUtc();
    QStringList assignments {QStringLiteral("updated_at = ?"), QStringLiteral("deleted = ?"),
                             QStringLiteral("row_version = row_version + 1")};
    for (const auto &column : columns)
        assignments.append(QStringLiteral("%1 = ?").arg(column.first));

    QSqlQuery query(db.connection());
    // The version read, when there is one, must still be the row's: else someone changed it.
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND (? = 0 OR row_version = ?) "
                                 "RETURNING row_version")
                      .arg(table, assignments.join(QStringLiteral(", "))));
    query.addBindValue(fromDateTime(now));
    query.addBindValue(meta.deleted ? 1 : 0);
    for (const auto &column : columns)
        query.addBindValue(bindable(column.second));
    query.addBindValue(meta.id);
    query.addBindValue(meta.version);
    query.addBindValue(meta.version);
    if (!exec(query, error))
        return false;
    if (!query.next()) {
        const int current = version(db, table, meta.id);
        setError(error,
                 current > 0 ? Database::tr("This record was changed elsewhere (in another window, "
                                            "or by an import) since you opened it; nothing was "
                                            "saved.")
                             : Database::tr("The record no longer exists; it may have been "
                                            "deleted."));
        return false;
    }
    meta.version = query.value(0).toInt();
    meta.updatedAt = now;
    query.finish();
    db.markChanged(table);
    return true;
}

int Sql::version(Database &db, QLatin1String table, const QString &id)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool Sql::upsert(Database &db, QLatin1String table, RecordMeta &meta, const Columns &columns,
                 QString *error)
{
    if (!meta.id.isEmpty() && exists(db, table, meta.id))
        return update(db, table, meta, columns, error);
    return insert(db, table, meta, columns, error);
}

bool Sql::setDeleted(Database &db, QLatin1String table, const QString &id, bool deleted,
                     QString *error)
{
    TransactionGuard guard(db);
    if (!guard.started(error))
        return false;
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("UPDATE %1 SET deleted = ?, updated_at = ?, row_version = row_version + 1 "
                       "WHERE id = ?")
            .arg(table));
    query.addBindValue(deleted ? 1 : 0);
    query.addBindValue(fromDateTime(Clock::nowUtc()));
    query.addBindValue(id);
    if (!exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        setError(error, Database::tr("The record no longer exists."));
        return false;
    }
    db.markChanged(table);
    return guard.commit(error);
}

bool Sql::exists(Database &db, QLatin1String table, const QString &id)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    return query.exec() && query.next();
}

int Sql::count(Database &db, QLatin1String table)
{
    QSqlQuery query(db.connection());
    if (query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table))
        && query.next())
        return query.value(0).toInt();
    return 0;
}

bool Sql::writeLinks(Database &db, QLatin1String table, QLatin1String ownerColumn,
                     QLatin1String otherColumn, const QString &ownerId, const QStringList &ids,
                     bool demo, QString *error)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 = ? AND deleted = 0")
                      .arg(otherColumn, table, ownerColumn));
    query.addBindValue(ownerId);
    if (!Sql::exec(query, error))
        return false;
    QSet<QString> existing;
    QStringList unwanted;
    while (query.next()) {
        const QString other = query.value(1).toString();
        if (ids.contains(other) && !existing.contains(other))
            existing.insert(other);
        else
            unwanted.append(query.value(0).toString());
    }
    for (const QString &id : unwanted) {
        if (!Sql::setDeleted(db, table, id, true, error))
            return false;
    }
    for (const QString &other : ids) {
        if (other.isEmpty() || existing.contains(other))
            continue;
        RecordMeta meta;
        meta.demo = demo;
        if (!Sql::insert(db, table, meta, {{ownerColumn, ownerId}, {otherColumn, other}}, error))
            return false;
        existing.insert(other);
    }
    return true;
}
