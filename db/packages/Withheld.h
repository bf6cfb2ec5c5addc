#pragma once

#include "Describe.h"
#include "RecordJson.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// The redacted handover, for another organisation: every sensitive field (contact details,
// ratings, attitude, notes, what was said) and every protected name leaves as an explicit
// "withheld" marker, never as an empty value, so that an import can tell "not sent" from
// "emptied" and never blanks real data with it. A record that arrives with withheld fields keeps
// them empty ("Not rated"), and the fields are remembered (withheld_fields), so that a package
// from that database carries the marker on.
namespace Withheld {

QJsonValue marker(); // {"withheld": true}
bool isMarker(const QJsonValue &value);

// The columns of a record that a redacted package leaves out: the sensitive ones, and a
// revealable one (a name) when the record protects it (name_protected).
QStringList columnsToWithhold(const QList<FieldInfo> &fields, const QJsonObject &record);
// The record with those columns as markers.
QJsonObject redact(const QList<FieldInfo> &fields, QJsonObject record);

// An incoming record with each marker resolved: this computer's value when the record is held
// here (a withheld field changes nothing), else the column's empty value, its column added to
// `withheld`. `empty` holds each column's empty value (see emptyValues).
QJsonObject resolve(QJsonObject incoming, const QJsonObject *here, const QJsonObject &empty,
                    QStringList *withheld);

// Each column's value when it holds nothing, as the record type stores it: "" for text, null for
// a rating or a choice that may be empty.
template<typename T> QJsonObject emptyValues()
{
    QJsonObject nothing = RecordJson::recordToJson(T());
    for (auto it = nothing.begin(); it != nothing.end(); ++it) {
        if (RecordJson::compared(it.key()) && it.key() != u"deleted" && it.key() != u"links")
            it.value() = QJsonValue(QJsonValue::Null);
    }
    nothing.insert(QStringLiteral("id"), QStringLiteral("00000000-0000-0000-0000-000000000000"));
    const std::optional<T> read = RecordJson::recordFromJson<T>(nothing);
    return read ? RecordJson::recordToJson(*read) : QJsonObject();
}

// The withheld fields kept here for one table, by record id.
QHash<QString, QStringList> stored(Database &db, const QString &table);
bool remember(Database &db, const QString &table, const QString &id, const QStringList &columns,
              const QString &package, QString *error);
// Forgets a record's withheld fields (an import taken back).
bool forget(Database &db, const QString &table, const QString &id, QString *error);
// A record's withheld fields that are still empty, as markers, for a package from here.
QJsonObject carryOn(QJsonObject record, const QStringList &columns);

} // namespace Withheld
