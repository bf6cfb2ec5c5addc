#include "Withheld.h"
#include "Database.h"
#include "PackageMerge.h"

#include <QSqlQuery>

QJsonValue Withheld::marker()
{
    return QJsonObject {{QStringLiteral("withheld"), true}};
}

bool Withheld::isMarker(const QJsonValue &value)
{
    return value.isObject() && value.toObject().value(QStringLiteral("withheld")).toBool();
}

QStringList Withheld::columnsToWithhold(const QList<FieldInfo> &fields, const QJsonObject &record)
{
    QStringList columns;
    for (const FieldInfo &field : fields) {
        const QString column = field.column;
        if (field.flags & Field::Sensitive)
            columns.append(column);
        else if ((field.flags & Field::Revealable)
                 && record.value(column + QStringLiteral("_protected")).toInt() != 0)
            columns.append(column);
    }
    return columns;
}

QJsonObject Withheld::redact(const QList<FieldInfo> &fields, QJsonObject record)
{
    for (const QString &column : columnsToWithhold(fields, record))
        record.insert(column, marker());
    return record;
}

QJsonObject Withheld::resolve(QJsonObject incoming, const QJsonObject *here,
                              const QJsonObject &empty, QStringList *withheld)
{
    for (auto it = incoming.begin(); it != incoming.end(); ++it) {
        if (!isMarker(it.value()))
            continue;
        if (here && here->contains(it.key())) {
            it.value() = here->value(it.key());
        } else {
            it.value() = empty.value(it.key());
            if (withheld)
                withheld->append(it.key());
        }
    }
    return incoming;
}

QHash<QString, QStringList> Withheld::stored(Database &db, const QString &table)
{
    QHash<QString, QStringList> result;
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("SELECT record_id, field FROM withheld_fields WHERE table_name = ?"));
    query.addBindValue(table);
    if (query.exec()) {
        while (query.next())
            result[query.value(0).toString()].append(query.value(1).toString());
    }
    return result;
}

bool Withheld::remember(Database &db, const QString &table, const QString &id,
                        const QStringList &columns, const QString &package, QString *error)
{
    for (const QString &column : columns) {
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT OR REPLACE INTO withheld_fields (table_name, "
                                      "record_id, field, package) VALUES (?, ?, ?, ?)"));
        insert.addBindValue(table);
        insert.addBindValue(id);
        insert.addBindValue(column);
        insert.addBindValue(package);
        if (!PackageMerge::execOrSay(insert, error))
            return false;
    }
    return true;
}

bool Withheld::forget(Database &db, const QString &table, const QString &id, QString *error)
{
    QSqlQuery remove(db.connection());
    remove.prepare(
        QStringLiteral("DELETE FROM withheld_fields WHERE table_name = ? AND record_id = ?"));
    remove.addBindValue(table);
    remove.addBindValue(id);
    return PackageMerge::execOrSay(remove, error);
}

QJsonObject Withheld::carryOn(QJsonObject record, const QStringList &columns)
{
    for (const QString &column : columns) {
        const QJsonValue value = record.value(column);
        if (value.isNull() || value.isUndefined()
            || (value.isString() && value.toString().isEmpty()))
            record.insert(column, marker());
    }
    return record;
}
